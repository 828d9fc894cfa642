/**
 * "jualan" naming what the goods bought are FOR, not a sale: "beli gerobak jualan 500rb" (a
 * selling cart), "sewa tenda jualan di pasar malam 75rb" (a stall's tent), "bayar sewa tempat
 * jualan 100rb", "beli bahan jualan 100rb" (stock to sell). Read as the verb, the sale word
 * after the goods outvoted the buying verb before them, and each was recorded as a confident
 * SALE of the money she spent.
 *
 * The shape, from known words only: a buying or paying verb (F_EXPENSE: beli, sewa, bayar…),
 * then the goods — a few words or a count, none of them a verb, a time, a negation or a plan —
 * then "jualan" right after a goods word, then the money or where it stands ("di pasar"), all in
 * one clause. "jualan" is then read as a filler word (the goods stay "gerobak", "tenda").
 * Untouched: "beli tenda 75rb jualan laku 200rb" (money between), "kulakan gula, jualan es 100rb"
 * (another clause), "beli gula trus jualan es 100rb" (a connector before it is a verb again).
 */
import { F_CUR_PRE, F_DATE, F_EXPENSE, F_FUTURE, F_NEG, F_NUMWORD, F_QUESTION, F_SALE, F_SCALE, F_SLANG, G_HONORIFIC, G_SELF } from './word-roles.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { AD_COSTS } from './cost-nouns.ts';

/** Words that make what follows a new act ("beli gula trus jualan es"), never goods. */
const CONNECTORS = new Set(['trus', 'terus', 'trs', 'lalu', 'kemudian', 'abis', 'habis', 'sama', 'ama', 'dan', 'n', 'sambil',
  'sekalian', 'skalian', 'juga', 'jg', 'baru', 'udah', 'udh', 'sudah', 'sdh', 'dah', 'lagi', 'lg', 'buat', 'untuk', 'utk', 'bwt', 'mau']);
/** Flags of a word that cannot be the goods: another verb, a day, a negation, a plan, a question. */
const NOT_GOODS = F_SALE | F_EXPENSE | F_DATE | F_NEG | F_FUTURE | F_QUESTION;
/** How far back the buying verb may stand from "jualan": the goods are a few words. */
const REACH = 5;

/** Whether the "jualan" at token i names what the goods bought are for (see the file comment). */
export function sellingGoodsBought(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before?.type !== T_WORD || (before.f & NOT_GOODS) !== 0 || CONNECTORS.has(before.key)) return false;
  if (!moneyOrPlaceAfter(tokens, i + 1)) return false;
  for (let j = i - 2; j >= 0 && j >= i - 1 - REACH; j--) {
    const t = tokens[j] as Token;
    if (t.type === T_NL || t.type === T_PUNCT) return false;
    if (t.type === T_NUM) {
      // A count of the goods ("beli 2 bros jualan") may stand here; money may not.
      if (!t.num?.plain || ((tokens[j + 1]?.f ?? 0) & F_SCALE) !== 0) return false;
      continue;
    }
    if ((t.f & F_EXPENSE) !== 0 && (t.f & F_SALE) === 0) return true;
    if ((t.f & NOT_GOODS) !== 0 || CONNECTORS.has(t.key)) return false;
  }
  return false;
}

/** After "jualan": the money at once (in figures, after "Rp", or in words), or where she sells ("di pasar malam 75rb"), or the message's end. */
function moneyOrPlaceAfter(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined) return true;
  if (t.type === T_NUM) return !t.num?.plain || ((tokens[k + 1]?.f ?? 0) & F_SCALE) !== 0;
  if (t.type !== T_WORD) return false;
  // ("Rp 50.000", and money spoken in words: "lima puluh ribu", "dua ratus rb".)
  if ((t.f & F_CUR_PRE) !== 0) return tokens[k + 1]?.type === T_NUM;
  if ((t.f & F_NUMWORD) !== 0) {
    let j = k;
    while (tokens[j]?.type === T_WORD && ((tokens[j] as Token).f & F_NUMWORD) !== 0) j++;
    return ((tokens[j]?.f ?? 0) & F_SCALE) !== 0;
  }
  return (t.f & F_SLANG) !== 0 || t.key === 'di' || t.key === 'dipasar';
}

/*
 * The same "jualan" right after the word that names the cost, with no goods between. Why it was
 * a sale: "jualan" is a strong sale verb in the lexicon, and readSegment (entries.ts) lets the
 * later verb of a clause decide its kind while nothing is priced yet ("beli … eh laku") — so in
 * "beli jualan 50rb", "ongkos jualan 20rb" the sale word after the cost outvoted it, and in
 * "tenda jualan 75rb" (no verb at all) it was the only verb. The word's role is settled here,
 * before that fold, as sellingGoodsBought's is:
 *  - after a buying verb that opens her clause ("beli jualan 50rb", "td belanja jualan 200rb",
 *    "kulakan jualan 300rb") or "stok" ("stok jualan 150rb"), "jualan" is the goods bought to sell:
 *    read as "dagangan" ("beli dagangan 300rb", "stok dagangan 150rb" are expenses already);
 *  - after a cost word ("ongkos jualan 20rb", "biaya jualan 10rb", "plastik jualan 10rb",
 *    "parkir jualan 2rb") it says what the cost is for: a filler, the cost word is the verb;
 *  - after her stall's gear or stock with no verb ("tenda jualan 75rb", "gerobak jualan 500rb",
 *    "barang jualan 100rb") it says what they are for: a filler, and the money, with no verb
 *    left, is asked (bought or rented? from the words alone the kind is not said).
 * Untouched: "jualan 75rb", "jualan tenda 75rb" (she sells tents), "hasil jualan", "uang jualan",
 * "laku jualan" (no cost word before it), "ada yg beli jualan 50rb", "bu Ani beli jualan 50rb" (a
 * buyer before the verb: her sale), "keluar jualan", "abis jualan" (went out selling, after
 * selling), "upah jualan", "gaji jualan", "fee jualan" (her pay for selling may be income),
 * "modal jualan" (modal-business.ts), "laku 3 tenda jualan 75rb" (a sale verb before it).
 */

/** "jualan", and Javanese "dodolan" ("kulakan dodolan 300rb"), as the lexicon reads them (not yet made another word). */
export const SELLING = new Set(['jualan', 'dodolan']);
/** Buying verbs whose object "jualan" is the stock bought to sell ("beli jualan 50rb"). */
const BUY_STOCK = new Set(['beli', 'membeli', 'mbeli', 'belanja', 'belanjain', 'kulakan', 'kulak', 'ngulak', 'nyetok', 'restock', 'stok',
  'stock', 'tuku', 'nuku', 'tumbas', 'blonjo', 'meuli', 'mambali']);
/** Cost words that name what she pays for; "jualan" after them is what the cost is for. */
const COST_FOR = new Set(['ongkos', 'ongkir', 'biaya', 'sewa', 'parkir', 'retribusi', 'pajak', 'kebersihan', 'keamanan', ...AD_COSTS,
  'plastik', 'kresek', 'listrik', 'bensin', 'transport', 'cost']);
/** Her stall's gear and her stock, nouns with no verb: "tenda jualan", "gerobak jualan", "bahan jualan". */
const GEAR = new Set(['tenda', 'gerobak', 'grobak', 'rombong', 'etalase', 'meja', 'kursi', 'terpal', 'spanduk', 'banner', 'baliho',
  'kardus', 'dus', 'rak', 'payung', 'lapak', 'tempat', 'kios', 'booth', 'stand', 'box', 'boks', 'toples', 'wadah', 'kemasan', 'bahan',
  'barang']);
/** Words that may stand before her buying verb in her own clause: when, already, I. */
const HER_LEAD = new Set(['td', 'tadi', 'barusan', 'baru', 'br', 'hari', 'ini', 'hr', 'sudah', 'abis', 'habis', 'hbs', 'mau']);
/** Words that may stand between "jualan" and its money: when, how she sells, new or used ("gerobak jualan baru 2,5jt"). */
const AFTER = new Set(['hari', 'ini', 'hr', 'online', 'ol', 'offline', 'keliling', 'baru', 'bekas']);

/** What the "jualan" at token i is after a cost or a buying verb right before it: 'stock', 'purpose', or null. */
export function sellingCost(tokens: readonly Token[], i: number): 'stock' | 'purpose' | null {
  const before = tokens[i - 1];
  const t = tokens[i] as Token;
  if (before?.type !== T_WORD || !SELLING.has(t.key)) return null;
  const stock = BUY_STOCK.has(before.key);
  const cost = !stock && COST_FOR.has(before.key);
  const gear = !stock && !cost && GEAR.has(before.key);
  if (!stock && !cost && !gear) return null;
  let k = i + 1;
  while (k < tokens.length && (tokens[k] as Token).type === T_WORD && (AFTER.has((tokens[k] as Token).key) || ((tokens[k] as Token).f & F_DATE) !== 0)) k++;
  // (Her stock bought may head a list: "belanja jualan:\ngula 2kg 30rb\nminyak 36rb", as "belanja dagangan:" does.)
  const next = tokens[k];
  const heads = stock && (next?.type === T_NL || (next?.type === T_PUNCT && next.text === ':'));
  if (!heads && !moneyOrPlaceAfter(tokens, k)) return null;
  // The clause before the word: only her own lead-in words before a buying verb (a buyer before it
  // makes it her sale), and no sale verb before a cost or her gear ("laku 3 tenda jualan 75rb").
  for (let j = i - 2; j >= 0; j--) {
    const w = tokens[j] as Token;
    if (w.type === T_NL || (w.type === T_PUNCT && (w.text === ',' || w.text === ';' || w.text === '.'))) break;
    if (stock && !(w.type === T_WORD && ((w.f & F_DATE) !== 0 || HER_LEAD.has(w.key) || ((w.f2 & G_SELF) !== 0 && (w.f2 & G_HONORIFIC) === 0)))) return null;
    if (!stock && (w.f & (F_SALE | F_NEG | F_FUTURE | F_QUESTION)) !== 0) return null;
  }
  if ((before.f & (F_NEG | F_FUTURE | F_QUESTION)) !== 0) return null;
  return stock ? 'stock' : 'purpose';
}

/**
 * Whether tokens [start, end) name her stall's gear for selling ("tenda jualan"): "jualan" made a
 * filler after a GEAR word. After a sale, "laku 5 bros 75rb, tenda jualan 10rb" is a cost of the
 * stall, not more of the sale (carried-kind.ts costCarried asks it as a purchase).
 */
export function gearForSelling(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_WORD && SELLING.has(t.text) && t.key === 'ji' && GEAR.has(tokens[i - 1]?.key ?? '')) return true;
  }
  return false;
}

/*
 * "jualan" after "khusus" (set aside for): "isi paket data hp khusus jualan 65rb", "beli plastik
 * khusus dagangan 20rb", "hp khusus dodolan" — what the thing is kept for, the business, never a
 * sale. Read as the verb, the sale word outvoted the buying word before it (or was the only
 * verb) and the money she spent on the phone's data was a confident sale. A goods word must
 * stand before "khusus" (no verb, no number), and the money, where she sells or the clause's
 * end must follow ("khusus jualan online 65rb"). "khusus hari ini jualan 50rb" (khusus not
 * right before it) and "harga khusus" (final-price.ts) are untouched.
 */
/** "khusus" as written, with its chat spellings. */
const SET_ASIDE = new Set(['khusus', 'kusus', 'husus', 'khsus', 'khusu']);
/** The trade named as what a thing is kept for. */
export const KEPT_FOR = new Set(['jualan', 'dodolan', 'dagangan', 'daganganku', 'jualanku']);

/** Whether the trade word at token i says what the goods before "khusus" are kept for (see above). */
export function keptForSelling(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (!KEPT_FOR.has(t.text) || !SET_ASIDE.has(tokens[i - 1]?.text ?? '')) return false;
  const goods = tokens[i - 2];
  if (goods?.type !== T_WORD || (goods.f & NOT_GOODS) !== 0 || CONNECTORS.has(goods.key)) return false;
  let k = i + 1;
  while (k < tokens.length && (tokens[k] as Token).type === T_WORD && AFTER.has((tokens[k] as Token).key)) k++;
  const next = tokens[k];
  return next === undefined || next.type === T_NL || (next.type === T_PUNCT && next.text !== '@') || moneyOrPlaceAfter(tokens, k);
}
