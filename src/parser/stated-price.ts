/**
 * Prices that were talked about but are not what changed hands, and the result she states
 * after a discount:
 *
 * - a list price next to the price paid: "harusnya 60rb tapi dikasih 55rb aja", "harga
 *   aslinya 20rb, dilepas 17rb" — the first is only the list price, the sale is the second;
 * - a bargain: "ditawar dari 20rb jadi 17rb" — "dari X" is the asking price;
 * - a discount's stated result: "@50rb diskon 10rb jadi 140rb" — 140rb is her own sum, a
 *   check on the arithmetic, never a second sale.
 *
 * The list or asking price is hidden from the reading (it is accounted for: it is not a
 * number left unread); the stated result is taken out and handed back to be checked.
 */
import { inPastPrice, pastPriceSpans } from './past-price.ts';
import { numIndex, type Analysis } from './analyze.ts';
import { S_PLAIN, type NumExpr } from './amount.ts';
import { T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { F_NEG, F_UNIT, G_EACH, G_PER } from './word-roles.ts';
import { M_HIDDEN } from './marks.ts';
import { DISCOUNT_WORDS, isDiscountWord } from './discount-word.ts';
import type { EntryOut } from './entry-drafts.ts';
import type { RecordScan } from './scan-record.ts';
import { askingPriceEnd, finalAfterFinally, FINALLY, finallyMoney } from './haggle-lead.ts';
import { present, trigger } from './triggers.ts';
import { numAt } from './number-at.ts';

/** Words that name a price as the list price: "harusnya", "harga aslinya", "biasanya". */
const LIST_PRICE = new Set(['harusnya', 'seharusnya', 'mestinya', 'semestinya', 'normalnya', 'aslinya', 'biasanya', 'biasane',
  'standarnya', 'bandrol', 'bandrolnya', 'banderol']);
/** After "harga": "harga normal", "harga asli", "harga pasaran" name the list price. */
const PRICE_KIND = new Set(['normal', 'asli', 'pasaran', 'biasa', 'awal', 'aslinya', 'normalnya', 'biasanya']);
/** Words between the list price and the price paid: "tapi", "cuma", "dikasih". */
const BUT = new Set(['tapi', 'tp', 'tpi', 'tetapi', 'namun', 'cuma', 'cuman', 'cm', 'hanya', 'dikasih', 'dikasi', 'dilepas',
  'dibayar', 'jadi', 'jd', 'dijual', 'laku', 'terjual', 'tinggal', 'dapat', 'dapet']);
const SALE_VERBS = new Set(['laku', 'terjual', 'dijual']);
/** Haggling words: "ditawar dari 20rb jadi 17rb". */
const HAGGLE = new Set(['ditawar', 'nawar', 'menawar', 'tawar', 'ditawarin', 'nego', 'dinego', 'tawarannya']);
const T_HAGGLE = trigger(HAGGLE);
/** Every word `statedPrices` opens on (a list price, a price's kind, haggling, "akhirnya", a discount). */
const T_STATED = trigger(LIST_PRICE, PRICE_KIND, HAGGLE, FINALLY, DISCOUNT_WORDS);
/** Words before the result of a haggle or a discount. */
const RESULT = new Set(['jadi', 'jd', 'jdi', 'ke', 'menjadi', 'tinggal', 'totalnya', 'dibayar', 'bayar', 'bayarnya']);

export interface StatedPrices {
  /** The analysis with the list price and the stated result hidden. */
  view: Analysis;
  /** "ditawar dari 20rb jadi 17rb": the price agreed in a haggle (the sale is at it). */
  haggled: NumExpr | null;
  /** The asking price was marked as each ("@50rb ditawar jadi 45rb"): the agreed one is too. */
  haggledEach: boolean;
  /** "diskon 10rb jadi 140rb": her stated result after the discount (a check). */
  afterDiscount: number | null;
  /** The stated result of a discount is not an amount that can be checked (it is not rupiah). */
  resultUnread: boolean;
  /** "tas 150rb, akhirnya 50rb" (a steep drop) or "akhirnya 200rb" (higher): which price changed hands? Asked. */
  finallyUnread: boolean;
  /** A "harusnya X" after an amount with no price paid: a correction or a list price? */
  unclear: boolean;
  /** The discount is per piece ("diskon 10rb per biji"). */
  offEach: boolean;
  /** The discount is said to be off the whole ("diskon 10rb totalnya", "dari total"). */
  offTotal: boolean;
  /** A list price was set aside ("harusnya 60rb tapi dikasih 55rb"). */
  listPrice: boolean;
}

/** Words that say a discount is off the whole: "totalnya", "dari total", "semuanya". */
const WHOLE = new Set(['totalnya', 'total', 'semua', 'semuanya', 'sekalian', 'keseluruhan']);

/**
 * The end of "totalnya" / "dari total" / "semuanya" at k when no number follows it (then it
 * is the discount's scope, not a stated result), else k.
 */
function wholeAfter(a: Analysis, k: number): number {
  let j = k;
  if (a.tokens[j]?.key === 'dari' || a.tokens[j]?.key === 'buat' || a.tokens[j]?.key === 'untuk') j++;
  const w = a.tokens[j];
  if (w?.type !== T_WORD || !WHOLE.has(w.key)) return k;
  const after = a.tokens[j + 1];
  if (after !== undefined && (a.numIn[j + 1] as number) >= 0) return k;
  if (after?.type === T_PUNCT && after.text !== ',' && after.text !== '.' && after.text !== '!') return k;
  return j + 1;
}

/** The next number expression from token i on, skipping at most `gap` words (no punctuation but a comma). */
function nextNum(a: Analysis, i: number, gap: number): NumExpr | null {
  let words = 0;
  for (let j = i; j < a.tokens.length; j++) {
    const ex = numAt(a, j);
    if (ex) return ex;
    const t = a.tokens[j] as Token;
    if (t.type === T_PUNCT && t.text !== ',') return null;
    if (t.type !== T_WORD && t.type !== T_PUNCT) return null;
    if (t.type === T_WORD && ++words > gap) return null;
  }
  return null;
}

/** A view of `a` without the tokens flagged in `hide`: their numbers are gone, not left over. */
export function withoutTokens(a: Analysis, hide: Uint8Array): Analysis {
  const marks = new Uint8Array(a.marks);
  for (let i = 0; i < a.tokens.length; i++) if (hide[i] !== 0 && marks[i] === 0) marks[i] = M_HIDDEN;
  const nums = a.nums.filter((ex) => hide[ex.start] === 0);
  const numIn = numIndex(a.tokens.length, nums);
  const dates = a.dates.filter((m) => hide[m.start] === 0);
  return { ...a, marks, nums, numIn, dates };
}

function hideRange(hide: Uint8Array, from: number, to: number): void {
  for (let i = from; i < to; i++) hide[i] = 1;
}

/** Finds list prices, haggles and a discount's stated result; null when there are none. */
export function statedPrices(a: Analysis): StatedPrices | null {
  if (a.nums.length < 2 || !present(a, T_STATED)) return null;
  const { tokens } = a;
  let hide: Uint8Array | null = null;
  let haggled: NumExpr | null = null;
  let afterDiscount: number | null = null;
  let resultUnread = false;
  let finallyUnread = false;
  let unclear = false;
  let offEach = false;
  let offTotal = false;
  let haggledEach = false;
  let listPrice = false;
  let old: Array<[number, number]> | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    // "harusnya 60rb tapi dikasih 55rb", "harga aslinya 20rb, dilepas 17rb".
    if (LIST_PRICE.has(t.key) || LIST_PRICE.has(t.text) || (tokens[i - 1]?.key === 'harga' && PRICE_KIND.has(t.key))) {
      const list = nextNum(a, i + 1, 1);
      if (!list || list.rupiah === null) continue;
      let but = -1;
      for (let j = list.end; j < tokens.length && j <= list.end + 4; j++) {
        const u = tokens[j] as Token;
        if (u.type === T_NUM) break;
        if (u.type === T_WORD && BUT.has(u.key)) {
          but = j;
          break;
        }
      }
      if (but < 0) {
        // "laku 3 bros 45rb harusnya 50rb": a correction of the 45rb, or its list price? Asked.
        // ("beli gula 17rb, biasanya 15rb": the usual price she compares with, past-price.ts: no question.)
        if (a.nums[0] !== list) {
          hide ??= new Uint8Array(tokens.length);
          hideRange(hide, i, list.end);
          old ??= pastPriceSpans(a);
          if (!inPastPrice(old, i)) unclear = true;
        }
        continue;
      }
      const paid = nextNum(a, but + 1, 3);
      if (!paid && a.nums[0] !== list) {
        // "laku 2 baju 80rb, harusnya 90rb tapi dikasih diskon": the price paid came first.
        hide ??= new Uint8Array(tokens.length);
        hideRange(hide, i, list.end);
        listPrice = true;
        continue;
      }
      if (!paid || paid.rupiah === null || paid.rupiah >= list.rupiah) continue;
      hide ??= new Uint8Array(tokens.length);
      hideRange(hide, i, list.end);
      listPrice = true;
      // "harga aslinya": the price word before the list word goes with it.
      if (tokens[i - 1]?.key === 'harga') hide[i - 1] = 1;
      for (let j = list.end; j < but; j++) if ((tokens[j] as Token).type !== T_WORD || BUT.has((tokens[j] as Token).key)) hide[j] = 1;
      // "tapi dikasih", "cuma dilepas": the words that bring in the price paid (a sale verb stays).
      for (let j = but; j < paid.start; j++) {
        const u = tokens[j] as Token;
        if (u.type === T_WORD && BUT.has(u.key) && !SALE_VERBS.has(u.key)) hide[j] = 1;
      }
      i = paid.start - 1;
      continue;
    }
    // "ditawar dari 20rb jadi 17rb", "nego 20rb ke 17rb".
    // "…900rb, tapi orang tawar jadi 800rb", "tas 150rb, akhirnya 130rb" (haggle-lead.ts).
    const finallyWord = FINALLY.has(t.key) && !mentionsHaggle(a);
    if (HAGGLE.has(t.key) || finallyWord) {
      // "tas 50rb ditawar (jadi) 45rb", "harga 50rb, ditawar 45rb": the asking price came first.
      const k = askingPriceEnd(tokens, i);
      const before = numAt(a, k);
      const after = before ? (finallyWord ? finalAfterFinally(a, i, before) : nextNum(a, i + 1, 1)) : null;
      // (Not when the offer is refused after it, "nawar 120rb tapi gak saya kasih", nor with another
      // amount after it, "orang nawar 120rb, akhirnya 135rb": which price stood is asked.)
      if (before && after && before.rupiah !== null && after.rupiah !== null && after.rupiah < before.rupiah &&
        before.end <= i && !offerUndone(a, after.end)) {
        hide ??= new Uint8Array(tokens.length);
        hideRange(hide, before.start, after.start);
        if (tokens[before.start - 1]?.key === 'harga') hide[before.start - 1] = 1;
        // "@50rb ditawar jadi 45rb": the asking price was each, so is the price agreed.
        if (tokens[before.start - 1]?.text === '@') {
          hide[before.start - 1] = 0;
          haggledEach = true;
        }
        haggled = after;
        i = after.end - 1;
        continue;
      }
      if (finallyWord) {
        if (before && finallyMoney(a, i)) {
          finallyUnread = true;
          hide ??= new Uint8Array(tokens.length);
        }
        continue;
      }
      let j = i + 1;
      if (tokens[j]?.key === 'dari') j++;
      const asked = nextNum(a, j, 1);
      if (!asked || asked.rupiah === null) continue;
      const r = tokens[asked.end];
      if (!r || r.type !== T_WORD || !RESULT.has(r.key)) continue;
      const agreed = nextNum(a, asked.end + 1, 0);
      if (!agreed || agreed.rupiah === null || agreed.rupiah >= asked.rupiah) continue;
      hide ??= new Uint8Array(tokens.length);
      hideRange(hide, i, asked.end + 1);
      haggled = agreed;
      i = agreed.end - 1;
      continue;
    }
    // "diskon 10rb jadi 140rb": the result she worked out.
    if (isDiscountWord(tokens, i)) {
      const d = nextNum(a, i + 1, 1);
      if (!d) continue;
      // "diskon total 15rb", "potongan semua 10rb": the whole word before the amount says off the whole.
      const wholeWord = tokens[i + 1];
      if (d.start === i + 2 && wholeWord?.type === T_WORD && WHOLE.has(wholeWord.key)) {
        hide ??= new Uint8Array(tokens.length);
        hideRange(hide, i + 1, i + 2);
        offTotal = true;
      }
      // "diskon 10rb per biji", "potongan 2rb masing-masing": taken off each piece.
      let k = d.end;
      const perFrom = k;
      if ((((tokens[k]?.f2 ?? 0) & G_PER) !== 0 || (tokens[k]?.type === T_PUNCT && tokens[k]?.text === '/')) &&
        ((tokens[k + 1]?.f ?? 0) & F_UNIT) !== 0) k += 2;
      else if (((tokens[k]?.f2 ?? 0) & G_EACH) !== 0 && tokens[k]?.info?.one !== true) k += 1;
      if (k > perFrom) {
        hide ??= new Uint8Array(tokens.length);
        hideRange(hide, perFrom, k);
        offEach = true;
      }
      // "diskon 10rb totalnya", "potongan 5rb dari total", "diskon 10rb semua": off the whole.
      const whole = wholeAfter(a, k);
      if (k === perFrom && whole > k) {
        hide ??= new Uint8Array(tokens.length);
        hideRange(hide, k, whole);
        offTotal = true;
        k = whole;
      }
      const r = tokens[k];
      if (r?.type === T_PUNCT && r.text === ',') k++;
      const w = tokens[k];
      if (!w || w.type !== T_WORD || !(RESULT.has(w.key) || w.key === 'total' || w.key === 'jumlah') || w.key === 'ke') continue;
      const res = nextNum(a, k + 1, 1);
      if (!res) continue;
      hide ??= new Uint8Array(tokens.length);
      hideRange(hide, k, res.end);
      if (res.rupiah === null) resultUnread = true;
      else afterDiscount = res.rupiah;
      i = res.end - 1;
    }
  }
  if (!hide) return null;
  return { view: withoutTokens(a, hide), haggled, haggledEach, afterDiscount, resultUnread, finallyUnread, offEach, offTotal, listPrice, unclear };
}

// Without these words it reads nothing (its first test): its caller does not call it (guard-lists.ts says why).
statedPrices.words = T_STATED;

/** What the stated prices say about a record read from the view. */
export interface StatedCheck {
  /** The discount was checked against her stated result: no longer a doubt. */
  discountChecked: boolean;
  /** A doubt to ask about (a note), or null. */
  doubt: string | null;
}

/** The counts of the view that are not the agreed price: "…, laku 2" after a haggle. */
function plainCounts(a: Analysis, agreed: NumExpr): NumExpr[] {
  return a.nums.filter((ex) => ex !== agreed && !ex.words && ex.rupiah !== null && ex.value !== null && ex.value.s === 0 &&
    ex.value.m >= 1 && ex.value.m < 1000 && ex.strength === 0);
}

/**
 * Checks the record read from the view against what she stated: a discount's result must
 * equal the sale less the discount (or the count times the price less the discount each);
 * a haggled price with a count elsewhere is a price each or a total: asked. Changes the
 * scan's entries to the reading she stated.
 */
export function checkStated(stated: StatedPrices, scan: RecordScan): StatedCheck {
  const out: StatedCheck = { discountChecked: false, doubt: null };
  if (stated.resultUnread) out.doubt = 'total_mismatch';
  if (stated.unclear) out.doubt = 'self_correction_unclear';
  const y = stated.afterDiscount;
  const on = scan.discountOn;
  if (stated.offEach && on) {
    // "diskon 10rb per biji": off each piece, when the price each and the count are written.
    if (on.unitPrice !== null && on.entry.quantity !== null && on.unitPrice > on.off) {
      // Said per piece, with the price each and the count written: nothing is left to ask.
      on.entry.amount = on.entry.quantity * (on.unitPrice - on.off);
      on.entry.unitPrice = on.unitPrice - on.off;
      if (y === null) out.discountChecked = true;
    } else out.doubt = 'discount_unapplied';
  }
  if (stated.offTotal && on && !stated.offEach && y === null) {
    // "diskon 10rb totalnya": off the whole sale, as applied (scan-record.ts).
    out.discountChecked = true;
  }
  // "terjual 2 tas, biasanya 80rb tapi jadi 70rb": 70rb each, or for both? Asked.
  if (stated.listPrice && scan.entries.some((e) => e.quantity !== null && e.quantity !== 1 && e.unitPrice === null)) {
    out.doubt = 'list_price_each_or_total';
  }
  if (y !== null) {
    if (on && y === on.entry.amount) out.discountChecked = true;
    else if (on && on.unitPrice !== null && on.entry.quantity !== null && on.unitPrice > on.off &&
      y === on.entry.quantity * (on.unitPrice - on.off)) {
      // "3 kerudung @50rb diskon 10rb jadi 120rb": 10rb off each.
      on.entry.amount = y;
      on.entry.unitPrice = on.unitPrice - on.off;
      out.discountChecked = true;
    } else if (on) {
      on.entry.amount = y;
      out.doubt = 'total_mismatch';
    } else if (scan.discountProblem && !scan.entries.some((e) => e.kind === 'sale') && scan.unresolved.length === 1 &&
      scan.unresolved[0]?.kind === 'sale' && scan.unresolved[0].reason === 'no_amount') {
      // "laku 2 bros potongan 5rb jadi 25rb": no price before the discount, the result is what was paid.
      const u = scan.unresolved.pop() as (typeof scan.unresolved)[number];
      scan.entries.push(entryOf(u, y));
      scan.discountProblem = false;
      out.discountChecked = true;
    }
  }
  return out;
}

function entryOf(u: { item: string | null; quantity: number | null; unit: string | null }, amount: number): EntryOut {
  return { kind: 'sale', amount, item: u.item, quantity: u.quantity, unit: u.unit, unitPrice: null, confidence: 0.95, notes: [],
    totalOnly: false };
}

/**
 * After a haggle ("ditawar dari 20rb jadi 17rb, laku 2"): the sale is at the agreed price;
 * with a count elsewhere it is that many at the price each — or was the price for all of
 * them? Returns the entries to record and whether that question stands; null when the
 * view was read well enough on its own (no count, the agreed price read as the sale).
 */
export function haggledSale(stated: StatedPrices, view: Analysis, scan: RecordScan): { each: boolean } | null {
  const agreed = stated.haggled;
  if (agreed === null || agreed.rupiah === null) return null;
  const counts = plainCounts(view, agreed);
  if (counts.length !== 1 || view.nums.length !== 2) return null;
  const n = (counts[0] as NumExpr).rupiah as number;
  // "laku 1 daster nego 75rb jadi 65rb": one piece, one reading.
  const item = scan.entries.find((e) => e.item !== null)?.item ?? scan.unresolved.find((u) => u.item !== null)?.item ?? null;
  const e = entryOf({ item, quantity: n, unit: null }, n * agreed.rupiah);
  e.unitPrice = agreed.rupiah;
  scan.entries.splice(0, scan.entries.length, e);
  scan.unresolved.length = 0;
  scan.leftover = 0;
  return { each: n !== 1 && !stated.haggledEach };
}

/** After the price agreed at `from`: a negation ("tapi gak saya kasih") or another amount of money. */
function offerUndone(a: Analysis, from: number): boolean {
  for (let i = from; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_WORD && (t.f & F_NEG) !== 0) return true;
  }
  return a.nums.some((ex) => ex.start >= from && ex.strength !== S_PLAIN && ex.rupiah !== null);
}

/** A haggling word anywhere: with no haggle read ("@50rb ditawar 60rb"), the record is asked. */
export function mentionsHaggle(a: Analysis): boolean {
  return present(a, T_HAGGLE) && a.tokens.some((t) => t.type === T_WORD && HAGGLE.has(t.key));
}
