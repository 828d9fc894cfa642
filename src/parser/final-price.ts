/**
 * A discount stated as the price she ended with (issue 15). When the message says which price
 * changed hands, that price is the sale and the earlier one is only the price before:
 *
 * - "gamis harga 200rb kasih diskon jadi 180rb", "laku sepatu 100rb dipotong jadi 85rb", "jual
 *   tas 150rb dinego jadi 120rb": a price, discount or bargaining words with no amount of their
 *   own, then `jadi` and a lower price;
 * - "dapet harga 45rb dari 50rb", "kukasih 90rb aja dari 100", "laku baju dari 100rb jadi 90rb":
 *   the price given, and `dari` the higher one it came down from ("dari 100" after "90rb" is
 *   100 thousand);
 * - "laku tas potong 10rb jadi 140rb": a discount with no price before it, then its result;
 * - "harga teman 35rb", "harga saudara", "harga khusus": a friendly price is still the price.
 *
 * The earlier price and the words of the discount are hidden (accounted for, never a second
 * sale). A price each before a discount ("@200rb … jadi 180rb") with a count above one leaves
 * the result each or for all unsaid: `eachUnclear`, asked. Bargains written with "ditawar" /
 * "nawar" and discounts with their own amount and a stated result ("diskon 10rb jadi 140rb")
 * are stated-price.ts's; "X, kukasih Y aja" is given-price.ts's (asked).
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN, type NumExpr } from './amount.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { withoutTokens } from './stated-price.ts';
import { F_EXPENSE, F_SALE, F_WEAK, G_EACH, G_PER } from './word-roles.ts';
import { present, trigger } from './triggers.ts';
import { asSaleWord } from './token-rewrite.ts';
import { numAt } from './number-at.ts';

/** Words of a discount or a bargain with no amount of their own, between the price and "jadi". */
const BETWEEN = new Set(['kasih', 'kukasih', 'dikasih', 'ngasih', 'kasi', 'kukasi', 'dikasi', 'ngasi', 'diskon', 'disc', 'discount',
  'potong', 'dipotong', 'potongan', 'kupotong', 'nego', 'dinego', 'nego-nego', 'dilepas', 'kulepas', 'lepas', 'harga', 'aja', 'saja',
  'tapi', 'tp', 'trus', 'terus', 'terus', 'lalu', 'akhirnya', 'ahirnya', 'ya', 'dia', 'pembeli', 'pembelinya', 'minta', 'karena',
  'langganan', 'teman', 'temen', 'sedikit', 'dikit', 'dikurangi', 'kurangi', 'kurangin', 'dikurangin',
  // "tapi aku kasih diskon jadi …", "sa kasih diskon jd …": who gave it.
  'aku', 'saya', 'sy', 'sa', 'ku', 'gw', 'gue', 'beta', 'kita', 'ak', 'aq', 'deal', 'sepakat']);
/** Words that make the in-between a discount (not only fillers). */
const DISCOUNTING = new Set(['kasih', 'kukasih', 'dikasih', 'ngasih', 'kasi', 'kukasi', 'dikasi', 'ngasi', 'diskon', 'disc', 'discount',
  'potong', 'dipotong', 'potongan', 'kupotong', 'nego', 'dinego', 'nego-nego', 'dilepas', 'kulepas', 'lepas', 'dikurangi', 'kurangi',
  'kurangin', 'dikurangin']);
/** She gave the price (the seller's act): with no verb, the message is her sale. */
const SELLER_GAVE = new Set(['kasih', 'kukasih', 'ngasih', 'kasi', 'kukasi', 'ngasi', 'dilepas', 'kulepas', 'lepas', 'kupotong']);
/**
 * Words that name the price before as the list price ("harusnya 140rb", "harga aslinya 100rb",
 * "harga normal", "harga awal"): the price written after a discount is then plainly the one paid.
 */
const LIST_WORDS = new Set(['harusnya', 'seharusnya', 'mestinya', 'semestinya', 'normalnya', 'aslinya', 'asli', 'normal', 'awal',
  'awalnya', 'biasanya', 'biasane', 'standarnya', 'bandrol', 'bandrolnya', 'banderol', 'pasaran']);
/** People who buy from her: "cust nego jd 90rb dr harga 100rb" is her buyer bargaining. */
const BUYER_HAGGLES = new Set(['cust', 'customer', 'costumer', 'kustomer', 'pembeli', 'pembelinya', 'pelanggan', 'konsumen', 'buyer',
  'langganan', 'pelanggannya', 'konsumennya']);
/** "jadi", Javanese "dadi" / "dados": the result. */
const RESULT = new Set(['jadi', 'jd', 'jdi', 'tinggal', 'menjadi']);
/** Words just before the price given in "Y dari X": a price or a giving word. */
const GIVEN_LEAD = new Set([...SELLER_GAVE, 'harga', 'harganya', 'jadi', 'jd', 'cuma', 'cuman', 'cm', 'hanya', 'dikasih', 'dikasi']);
/** "harga teman 35rb": who the price was for, or what kind of price; not goods. */
const PRICE_FOR = new Set(['teman', 'temen', 'kawan', 'konco', 'saudara', 'sodara', 'keluarga', 'tetangga', 'khusus', 'spesial',
  'special', 'langganan', 'reseller', 'grosir', 'promo', 'sahabat', 'sobat', 'sedulur', 'batur', 'rencang', 'dunsanak']);
const HAGGLE = new Set(['ditawar', 'nawar', 'menawar', 'tawar', 'ditawarin', 'tawarannya']);
/** Reductions with their own amount that stated-price.ts does not read as a discount word. */
const REDUCE = new Set(['dikurangi', 'kurangi', 'dikurangin', 'kurangin', 'dipotong', 'kupotong', 'motong', 'ngurangin', 'ngurangi']);
const NEGO = new Set(['nego', 'dinego', 'nego-nego']);
const ONLY = new Set(['aja', 'saja', 'doang', 'tok', 'wae']);
const BUY_DEAL = new Set(['dapet', 'dapat']);

export interface FinalPrice {
  view: Analysis;
  /** A price each before the discount, and several pieces: the result each or for all? */
  eachUnclear: boolean;
  /** A bargaining word ("nego") was read here: stated-price.ts need not ask about it. */
  haggleRead: boolean;
  /**
   * "jual taplak 150rb tp dikasih diskon jadi 130rb": the passive "dikasih" leaves who gave
   * the discount unsaid; cases-trust-lead.jsonl keeps it asked (the price read is the lower one).
   */
  passiveGiven: boolean;
  /** Which of two prices changed hands is not said plainly ("45rb dari 50rb" after goods), or a reduction's result disagrees. */
  unsure: boolean;
}

/** "90rb … dari 100": a plain number under 1.000 after a price in thousands is thousands too. */
function rupiahOf(ex: NumExpr, scaleOf: NumExpr): number | null {
  if (ex.rupiah === null) return null;
  if (ex.strength === S_PLAIN && ex.rupiah < 1000 && scaleOf.rupiah !== null && scaleOf.rupiah >= 1000) return ex.rupiah * 1000;
  return ex.rupiah;
}

/** A count above one anywhere in the message (a plain small number that is not money). */
function severalPieces(a: Analysis, skip: ReadonlySet<NumExpr>): boolean {
  return a.nums.some((ex) => !skip.has(ex) && ex.strength === S_PLAIN && ex.rupiah !== null && ex.rupiah > 1 && ex.rupiah < 1000);
}

/** The one count of pieces in the message besides the price and the result, or null. */
function onlyCount(a: Analysis, price: NumExpr, result: NumExpr): number | null {
  let n: number | null = null;
  for (const ex of a.nums) {
    if (ex === price || ex === result || ex.strength !== S_PLAIN || ex.rupiah === null || ex.rupiah >= 1000) continue;
    if (n !== null) return null;
    n = ex.rupiah;
  }
  return n !== null && n > 1 ? n : null;
}

/** Whether the price starting at token `start` is marked each ("@200rb", "200rb per biji", "satunya"). */
/** "harga", "harganya" (and the regional "regane", "hargana") just before a price. */
const PRICE_WORDS = new Set(['harga', 'harganya', 'hrg', 'hargane', 'hargana', 'regane']);

function markedEach(a: Analysis, ex: NumExpr): boolean {
  const before = a.tokens[ex.start - 1];
  const after = a.tokens[ex.end];
  return (before?.type === T_PUNCT && before.text === '@') || (((after?.f2 ?? 0) & (G_EACH | G_PER)) !== 0);
}

const T_FINAL = trigger(RESULT, ['harga', 'harganya', 'dari', 'dr']);
export function finalPrice(a: Analysis): FinalPrice | null {
  if (!present(a, T_FINAL)) return null;
  const { tokens } = a;
  if (tokens.some((t) => HAGGLE.has(t.key))) return null;
  const hide = new Uint8Array(tokens.length);
  let found = false;
  let eachUnclear = false;
  let sellerAt = -1;
  let resultAt = -1;
  let haggleRead = false;
  let unsure = false;
  let passiveGiven = false;
  const used = new Set<NumExpr>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    // "harga teman 35rb": the kind of price is no goods.
    const friendly = (t.key === 'harga' || t.key === 'harganya') && PRICE_FOR.has(tokens[i + 1]?.key ?? '') ? numAt(a, i + 2) : null;
    if (friendly) {
      hide[i + 1] = 1;
      found = true;
      // "laku 3 kerudung harga teman 35rb": 35rb each, or for the three? Asked.
      if (severalPieces(a, new Set([friendly]))) eachUnclear = true;
      continue;
    }
    if (RESULT.has(t.key)) {
      const y = numAt(a, i + 1);
      if (!y || y.rupiah === null || y.rupiah < 1000) continue;
      // Back over the discount's words to the price before them.
      let k = i - 1;
      let discounting = false;
      let gave = -1;
      while (k >= 0) {
        const u = tokens[k] as Token;
        // (Javanese "tak kasih" is "I give"; the lexer reads "tak" as the negation.)
        if (u.type === T_WORD && (BETWEEN.has(u.key) || (u.text === 'tak' && SELLER_GAVE.has(tokens[k + 1]?.key ?? '')))) {
          if (DISCOUNTING.has(u.key)) discounting = true;
          if (SELLER_GAVE.has(u.key)) gave = k;
          k--;
          continue;
        }
        if (u.type === T_PUNCT && u.text === ',') {
          k--;
          continue;
        }
        break;
      }
      const x = numAt(a, k);
      // "laku 2 tas 100rb dikurangi 10rb jadi 90rb": a reduction with its own amount (one that
      // stated-price.ts does not read) after the price — the result is the sale, checked.
      if (x && !discounting && REDUCE.has(tokens[x.start - 1]?.key ?? '')) {
        let m = x.start - 2;
        while (m >= 0 && tokens[m]?.type === T_WORD && BETWEEN.has((tokens[m] as Token).key)) m--;
        if (tokens[m]?.type === T_PUNCT && tokens[m]?.text === ',') m--;
        const price = numAt(a, m);
        if (price && price.rupiah !== null && x.rupiah !== null && price.rupiah > y.rupiah) {
          if (price.rupiah - x.rupiah !== y.rupiah) unsure = true;
          for (let j = price.start; j <= i; j++) hide[j] = 1;
          used.add(price);
          found = true;
          resultAt = i;
          continue;
        }
      }
      // "laku tas potong 10rb jadi 140rb": a discount with its amount and no price before it.
      const d = x && k >= 1 && isDiscount(tokens, x.start - 1) ? x : null;
      if (d && !priceBefore(a, d.start - 1)) {
        for (let j = d.start - 1; j <= i; j++) hide[j] = 1;
        used.add(d);
        found = true;
        resultAt = i;
        continue;
      }
      // "jual 5 stel @60rb, tp diskon jd 280rb semua": a result above the price each is no price
      // each (a discount lowers it); below the count × the price it is the whole, discounted.
      // ("4 kerudung harganya 35rb, diskon jadi 130rb semua": after a count, "harga X" with a
      // result above X can only be X each — a discount never raises a total.)
      const hargaEach = x !== null && PRICE_WORDS.has(tokens[x.start - 1]?.key ?? '');
      const n = x && discounting && x.rupiah !== null && x.rupiah < y.rupiah && x.end <= i && (markedEach(a, x) || hargaEach) ? onlyCount(a, x, y) : null;
      if (x && n !== null && x.rupiah !== null && n * x.rupiah > y.rupiah) {
        const at = tokens[x.start - 1]?.type === T_PUNCT && tokens[x.start - 1]?.text === '@' ? x.start - 1 : hargaEach ? x.start - 1 : x.start;
        for (let j = at; j <= i; j++) hide[j] = 1;
        used.add(x);
        for (let j = x.end; j < i; j++) {
          const key = (tokens[j] as Token).key;
          if (NEGO.has(key)) haggleRead = true;
          if (key === 'dikasih' || key === 'dikasi') passiveGiven = true;
        }
        found = true;
        resultAt = i;
        continue;
      }
      if (!x || !discounting || x.rupiah === null || x.rupiah <= y.rupiah || x.end > i) continue;
      // "@200rb … jadi 180rb" with 3 pieces: each, or for all three? Asked. The "@" stays.
      if (markedEach(a, x) && severalPieces(a, new Set([x, y]))) eachUnclear = true;
      for (let j = x.start; j <= i; j++) hide[j] = 1;
      if (tokens[x.start - 1]?.key === 'harga' || tokens[x.start - 1]?.key === 'harganya') hide[x.start - 1] = 1;
      // "harusnya 140rb", "harga aslinya 100rb": the list word goes with the price before.
      const listAt = listWordBefore(a, x.start);
      for (let j = listAt; j >= 0 && j < x.start; j++) hide[j] = 1;
      used.add(x);
      if (gave >= 0) sellerAt = gave;
      for (let j = x.end; j < i; j++) {
        const key = (tokens[j] as Token).key;
        if (NEGO.has(key)) haggleRead = true;
        // ("jual beras harusnya 140rb, dikasih diskon jadi 135rb": with the price before named the
        // list price and her own selling verb, the price after is the one paid, whoever gave it.)
        if ((key === 'dikasih' || key === 'dikasi') && !(listAt >= 0 && ownSale(a))) passiveGiven = true;
      }
      dealTail(a, y.end, hide);
      found = true;
      resultAt = i;
      continue;
    }
    // "dapet harga 45rb dari 50rb", "kukasih 90rb aja dari 100": the price given, from a higher one.
    if (t.key === 'dari' || t.key === 'dr') {
      // "nego jd 90rb dr harga 100rb": the price word after "dari" goes with the price.
      const x = numAt(a, i + 1) ?? (tokens[i + 1]?.key === 'harga' || tokens[i + 1]?.key === 'harganya' ? numAt(a, i + 2) : null);
      let k = i - 1;
      while (k >= 0 && ONLY.has((tokens[k] as Token).key)) k--;
      const y = numAt(a, k);
      if (!x || !y || y.rupiah === null || y.rupiah < 1000 || y.end > i) continue;
      const from = rupiahOf(x, y);
      if (from === null || from <= y.rupiah || from > y.rupiah * 3) continue;
      // After the number "dari X" must end its clause: "90rb dari 100 pcs" is something else.
      const next = tokens[x.end];
      if (next !== undefined && !(next.type === T_PUNCT || next.type === T_NL || ONLY.has(next.key) || next.key === 'jadi')) continue;
      const lead = tokens[y.start - 1];
      // "laku baju dari 100rb jadi 90rb" is read at "jadi" below; here the price given is first.
      if (lead?.type !== T_WORD || !GIVEN_LEAD.has(lead.key)) {
        // "laku 3 bros 45rb dari 50rb": the lower of two prices, never both; which one changed
        // hands is not said by a price word: asked, with the lower one.
        if (x.strength === S_PLAIN || numAt(a, y.start - 1) !== null) continue;
        for (let j = i; j < x.end; j++) hide[j] = 1;
        unsure = true;
        found = true;
        i = x.end - 1;
        continue;
      }
      for (let j = i; j < x.end; j++) hide[j] = 1;
      used.add(x);
      // "cust nego jd 90rb dr harga 100rb": her buyer bargained the price down — read, and her sale.
      const nego = buyerHaggled(a, y.start);
      if (nego >= 0) {
        haggleRead = true;
        sellerAt = nego;
        if (RESULT.has(lead.key)) hide[y.start - 1] = 1;
      }
      dealTail(a, x.end, hide);
      if (SELLER_GAVE.has(lead.key)) {
        sellerAt = y.start - 1;
        // "laku jilbab, kukasih 90rb aja dari 100": with a verb, the giving word is no goods.
        if (otherVerb(a, y.start - 1)) hide[y.start - 1] = 1;
      }
      // "dapet harga 45rb": the words of getting a price are no goods when a verb says the kind.
      if (lead.key === 'harga' && BUY_DEAL.has(tokens[y.start - 2]?.key ?? '') && otherVerb(a, y.start - 2)) {
        hide[y.start - 1] = 1;
        hide[y.start - 2] = 1;
      }
      found = true;
      i = x.end - 1;
    }
  }
  // "laku baju dari 100rb jadi 90rb": the price it came down from, then the result.
  for (let i = 0; i + 1 < tokens.length; i++) {
    if ((tokens[i] as Token).key !== 'dari' || hide[i]) continue;
    const x = numAt(a, i + 1);
    if (!x || x.rupiah === null || !RESULT.has(tokens[x.end]?.key ?? '')) continue;
    const y = numAt(a, x.end + 1);
    if (!y || y.rupiah === null || y.rupiah >= x.rupiah || y.rupiah < 1000) continue;
    if (markedEach(a, y) || severalPieces(a, new Set([x, y]))) eachUnclear = true;
    for (let j = i; j <= x.end; j++) hide[j] = 1;
    // "pembeli nego tas dr 150rb jd 130rb, deal": her buyer bargained — read, and her sale.
    const nego = buyerHaggled(a, i);
    if (nego >= 0) {
      haggleRead = true;
      sellerAt = nego;
    }
    dealTail(a, y.end, hide);
    found = true;
  }
  if (!found) return null;
  let view = withoutTokens(a, hide);
  // "gamis harga 200rb kasih diskon jadi 180rb": no verb, and she gave the price — her sale.
  if (sellerAt >= 0 && (a.f & (F_SALE | F_EXPENSE)) === 0) {
    const at = resultAt >= 0 ? resultAt : sellerAt;
    const out = view.tokens.slice();
    const marks = new Uint8Array(view.marks);
    out[at] = asSaleWord(out[at] as Token);
    marks[at] = 0;
    view = { ...view, tokens: out, marks, f: view.f | F_SALE };
  }
  return { view, eachUnclear, haggleRead, passiveGiven, unsure };
}

// Without these words it reads nothing (its first test): its caller does not call it (guard-lists.ts says why).
finalPrice.words = T_FINAL;

/** "…, deal, udh tf", "…, sepakat, lunas": the bargain closed and paid — no goods, no second amount. */
const DEAL_TAIL = new Set(['deal', 'dil', 'sepakat', 'oke', 'ok', 'oce', 'udh', 'udah', 'sudah', 'sdh', 'dah', 'tf', 'transfer',
  'ditransfer', 'dibayar', 'lunas', 'cash', 'tunai', 'langsung', 'lgsg', 'lsg']);

/**
 * Hides a closing clause of only deal and paid words after a haggle's price (from token `from`
 * to the end of the line), so it is read neither as goods nor as a doubt; anything else there stays.
 */
function dealTail(a: Analysis, from: number, hide: Uint8Array): void {
  const { tokens } = a;
  let k = from;
  let deal = false;
  while (k < tokens.length) {
    const t = tokens[k] as Token;
    if (t.type === T_NL) break;
    if (t.type === T_PUNCT && (t.text === ',' || t.text === '.' || t.text === '!')) {
      k++;
      continue;
    }
    if (t.type !== T_WORD || !DEAL_TAIL.has(t.key)) return;
    if (t.key === 'deal' || t.key === 'dil' || t.key === 'sepakat') deal = true;
    k++;
  }
  if (!deal) return;
  for (let j = from; j < k; j++) hide[j] = 1;
}

/** The first token of a list word ("harusnya", "harga aslinya", "harga normal") right before token `at`, or -1. */
function listWordBefore(a: Analysis, at: number): number {
  const w = a.tokens[at - 1];
  if (w?.type !== T_WORD || !LIST_WORDS.has(w.key)) return -1;
  const h = a.tokens[at - 2];
  return h?.type === T_WORD && (h.key === 'harga' || h.key === 'harganya') ? at - 2 : at - 1;
}

/**
 * "cust nego jd 90rb", "pembeli nego tas dr 150rb": a bargaining word a few words before token
 * `before` with a buyer just before it; its index, or -1.
 */
function buyerHaggled(a: Analysis, before: number): number {
  for (let k = before - 1; k >= 1 && k >= before - 4; k--) {
    const t = a.tokens[k] as Token;
    if (t.type !== T_WORD) return -1;
    if (NEGO.has(t.key) && BUYER_HAGGLES.has(a.tokens[k - 1]?.key ?? '')) return k;
  }
  return -1;
}

/** Her own strong selling verb ("jual", "laku"), or a buyer named. */
function ownSale(a: Analysis): boolean {
  return a.tokens.some((t) => t.type === T_WORD && (((t.f & F_SALE) !== 0 && (t.f & F_WEAK) === 0) || BUYER_HAGGLES.has(t.key)));
}

function isDiscount(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && (t.key === 'potong' || t.key === 'potongan' || t.key === 'diskon' || t.key === 'dipotong' || t.key === 'disc');
}

/** A money amount earlier on the same line than token i. */
function priceBefore(a: Analysis, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    if ((a.tokens[k] as Token).type === T_NL) return false;
    const ex = numAt(a, k);
    if (ex && ex.rupiah !== null && ex.rupiah >= 1000) return true;
  }
  return false;
}

/** A sale or expense verb other than at token i. */
function otherVerb(a: Analysis, i: number): boolean {
  return a.tokens.some((t, k) => k !== i && t.type === T_WORD && (t.f & (F_SALE | F_EXPENSE)) !== 0 && !BUY_DEAL.has(t.key));
}
