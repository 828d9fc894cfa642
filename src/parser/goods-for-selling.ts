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
import { F_DATE, F_EXPENSE, F_FUTURE, F_NEG, F_QUESTION, F_SALE, F_SCALE, F_SLANG } from './word-roles.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';

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

/** After "jualan": the money at once, or where she sells ("di pasar malam 75rb"), or the message's end. */
function moneyOrPlaceAfter(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined) return true;
  if (t.type === T_NUM) return !t.num?.plain || ((tokens[k + 1]?.f ?? 0) & F_SCALE) !== 0;
  if (t.type !== T_WORD) return false;
  return (t.f & F_SLANG) !== 0 || t.key === 'di' || t.key === 'dipasar';
}
