/**
 * A count corrected after its price was said: "payu bros 10 @12rb, eh salah ding 12 biji
 * maksudnya", "wa laku 3 daster @ 70rb eh 4 dink". The count she meant replaces the count
 * before the price (in its place, so "bros 12 @12rb" is read), and the correction words,
 * the new count and what closes the correction ("ding", "dink", "deh", "maksudnya") are hidden.
 *
 * The number after the correction must be a count, not the price corrected: it is one when a
 * counting unit follows it ("12 biji"), or when read as a price (in thousands, "15" = 15rb) it
 * would be far from the price said (4 after "@70rb" is no price of 70rb goods). Otherwise
 * ("laku 10 @12rb eh 15": 15 pieces or 15rb?) it is unclear and asked by spoken-correction.ts.
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN, type NumExpr } from './amount.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { F_UNIT } from './word-roles.ts';

/** Words that close a correction after the new number: "eh 5 ding", "12 biji maksudnya", "4 dink", "5 deh". */
export const CLOSES_CORRECTION = new Set(['ding', 'deng', 'dink', 'deh', 'dech', 'maksudnya', 'maksud', 'maksudku', 'maksude', 'ya', 'yah']);

/**
 * Where the words closing a correction end, after the number ending at `from` (and the unit
 * right after it): `from` itself when there are none.
 */
export function trailingTakeBack(a: Analysis, from: number): number {
  const { tokens } = a;
  let k = from;
  if ((tokens[k]?.f ?? 0) & F_UNIT) k++;
  let end = from;
  while (k < tokens.length && (tokens[k] as Token).type === T_WORD && a.numIn[k] === -1 && CLOSES_CORRECTION.has((tokens[k] as Token).key)) end = ++k;
  return end;
}

/** "eh 4 lagi", "eh 2 biji juga": more of it after the new count — added, or taken back? Asked. */
const ADDS_MORE = new Set(['lagi', 'lg', 'juga', 'jg', 'tambah', 'more', 'maning', 'deui']);

/** Whether a word of ADDS_MORE follows the number ending at `from` (or its unit). */
export function addsMore(a: Analysis, from: number): boolean {
  const t = a.tokens[from];
  const u = t !== undefined && (t.f & F_UNIT) !== 0 ? a.tokens[from + 1] : t;
  return u !== undefined && u.type === T_WORD && ADDS_MORE.has(u.key);
}

/** How far a price may be from a bare number read in thousands and that number still be the price corrected. */
const PRICE_NEAR = 2;

/** How much larger than the count before a corrected count may be ("10 eh 12", "4 eh 5", "2 eh 10"): twice it and ten more. */
const COUNT_FAR = 2;
const COUNT_SLACK = 10;

function isCount(ex: NumExpr | undefined): boolean {
  return ex !== undefined && ex.strength === S_PLAIN && ex.rupiah !== null && ex.rupiah > 0 && ex.rupiah < 1000;
}

/**
 * `price`: the money number last before the correction; `y`: the new number; `tail`: where the
 * closing words end. The view with the count replaced, and where the hidden correction ends;
 * null when the new number may be the price corrected, or no count stands before the price.
 */
export function countBehindPrice(a: Analysis, price: number, y: number, tail: number): { view: Analysis; tail: number } | null {
  const { tokens, nums } = a;
  const priceEx = nums[price];
  const newEx = nums[y];
  if (!priceEx || priceEx.rupiah === null || priceEx.rupiah < 1000 || !newEx || newEx.rupiah === null) return null;
  let count = -1;
  for (let k = priceEx.start - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.type === T_NL) return null;
    const x = a.numIn[k] as number;
    if (x >= 0) {
      count = x;
      break;
    }
    if (t.type !== T_WORD && t.type !== T_PUNCT) return null;
  }
  const countEx = nums[count];
  if (!isCount(countEx) || countEx === undefined) return null;
  // "laku 3 daster @70rb eh 400 dink": a count many times the one corrected is rather a slip of the
  // price (40rb? 400 pieces?) — asked, never 28jt unasked.
  if (newEx.rupiah > (countEx.rupiah ?? 0) * COUNT_FAR + COUNT_SLACK) return null;
  const unitAfter = ((tokens[newEx.end]?.f ?? 0) & F_UNIT) !== 0;
  if (!unitAfter) {
    const asPrice = newEx.rupiah * 1000;
    if (asPrice * PRICE_NEAR >= priceEx.rupiah && asPrice <= priceEx.rupiah * PRICE_NEAR) return null;
  }
  const replaced = nums.slice();
  replaced[count] = { ...countEx, value: newEx.value, rupiah: newEx.rupiah };
  return { view: { ...a, nums: replaced }, tail: Math.max(tail, unitAfter ? newEx.end + 1 : newEx.end) };
}
