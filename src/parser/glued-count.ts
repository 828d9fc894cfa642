/**
 * Number words glued to a word outside the amount: "dua duanya" / "dua2nya" (both of them),
 * "satu satu" / "satu per satu" (one by one), "dua kali" (twice), "tiga bungkus" (a count of
 * goods). Said right after a spoken amount ("lima puluh dua ribu dua duanya udah bayar",
 * "sepuluh ribu tiga bungkus") they are not its rest: 52.002 and 10.003 were never meant.
 * Only small counts (below one hundred) glue this way; "dua ribu lima ratus per bungkus" keeps
 * its rest, the price of one piece.
 */
import { T_NUM, T_WORD, type Token } from './lexer.ts';
import { F_NUMWORD, F_SCALE, F_UNIT, G_HUNDRED, G_TEENS, G_TENS } from './word-roles.ts';

/** After a count: "dua kali" (twice). ("dua x lima ribu" is arithmetic, read elsewhere.) */
const TIMES = new Set(['kali', 'kalinya']);
/** Between the two halves of "satu per satu", "satu demi satu". */
const BY = new Set(['per', 'demi']);

/** "dua dua ribu", "satu satu juta": a stammer before a scale or more number words is still the amount. */
function numberGoesOn(t: Token | undefined): boolean {
  return t !== undefined && t.type === T_WORD && ((t.f & (F_NUMWORD | F_SCALE)) !== 0 || (t.f2 & (G_HUNDRED | G_TENS | G_TEENS)) !== 0);
}

/**
 * Whether the number word at `at` (value `value`) is said twice — "dua duanya", "dua2nya",
 * "satu satu", "satu per satu", "tiga-tiganya" — a way of saying "both", "each", "one by one",
 * never an amount. Seen from either half: the word after it, or the one before.
 */
export function doubledCount(tokens: readonly Token[], at: number, value: number): boolean {
  const t = tokens[at];
  if (t === undefined || value >= 100) return false;
  const after = tokens[at + 1];
  if (t.type === T_WORD && (t.f & F_NUMWORD) !== 0 && after !== undefined) {
    if (after.type === T_NUM) return after.attached && after.num?.ok === true && after.num.plain && after.num.value.m === value;
    if (after.type === T_WORD) {
      if (after.text === `${t.text}nya` || after.text.startsWith(`${t.text}-`)) return true;
      if (after.key === t.key && !numberGoesOn(tokens[at + 2])) return true;
      const then = tokens[at + 2];
      if (BY.has(after.key) && then !== undefined && then.type === T_WORD && then.key === t.key) return true;
    }
  }
  // The second half: "2" in "dua2nya", the second "satu" of "satu satu" / "satu per satu".
  const before = tokens[at - 1];
  const twoBack = tokens[at - 2];
  if (t.type === T_NUM) return t.attached && sameNumber(before, value);
  return sameNumber(before, value) && before?.key === t.key && !numberGoesOn(tokens[at + 1]) ||
    (before !== undefined && BY.has(before.key) && sameNumber(twoBack, value) && twoBack?.key === t.key);
}

/**
 * Whether `b` is a number word of `value`. (At module level, not a closure in doubledCount: that
 * runs for every number of every message, and tsx's keepNames turns a named closure into a
 * defineProperty call each time it is made — 5 % of a short message's parse.)
 */
function sameNumber(b: Token | undefined, value: number): boolean {
  return b !== undefined && b.type === T_WORD && (b.f & F_NUMWORD) !== 0 && b.info?.num === value;
}

/**
 * Whether the small count read from words, ending before `next`, is glued to the word after it
 * (doubled, "kali", a unit of goods) rather than continuing the amount before it.
 */
export function gluedCount(tokens: readonly Token[], next: number, end: number, value: number): boolean {
  if (value >= 100 || next >= end) return false;
  if (doubledCount(tokens, next - 1, value)) return true;
  const after = tokens[next] as Token;
  if (after.type !== T_WORD) return false;
  return TIMES.has(after.key) || (after.f & F_UNIT) !== 0;
}
