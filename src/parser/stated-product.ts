/**
 * A price times a count, with its result said: "goceng kali 6 jadi 30rb", "5rb x 6 = 30rb" (Betawi,
 * and everyday Indonesian). In a payment ("Mpok Ipeh bayar utang nasi uduk …, goceng kali 6 jadi
 * 30rb") the result is what was paid, the price and the count its check: one amount, not three.
 * Only when the figures agree (5.000 × 6 = 30.000); anything else is left to the readers, who ask.
 */
import type { Analysis } from './analyze.ts';
import type { NumExpr } from './amount.ts';
import { T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { G_MULT } from './word-roles.ts';

/** "kali" (times) and "x"; Javanese "ping". */
const TIMES = new Set(['kali', 'x', 'ping']);
/** The result: "jadi" (and the Sasak "jari" read as it: context-words.ts), Javanese "dadi", "total". */
const MAKES = new Set(['jadi', 'jd', 'jdi', 'jari', 'total', 'totalnya', 'semua', 'semuanya']);

export interface StatedProduct {
  /** The result said: the amount. */
  result: NumExpr;
  /** Token span of the whole "price × count = result". */
  start: number;
  end: number;
}

function times(t: Token | undefined): boolean {
  return t !== undefined && t.type === T_WORD && (TIMES.has(t.key) || (t.f2 & G_MULT) !== 0);
}

function makes(t: Token | undefined): boolean {
  return t !== undefined && ((t.type === T_PUNCT && t.text === '=') || (t.type === T_WORD && MAKES.has(t.key)));
}

/** The first "price × count = result" that checks out, after token `from`; null if none. */
export function statedProduct(a: Analysis, from: number): StatedProduct | null {
  const { tokens, nums } = a;
  for (let k = 0; k + 1 < nums.length; k++) {
    const price = nums[k] as NumExpr;
    if (price.start < from || price.rupiah === null) continue;
    if (!times(tokens[price.end])) continue;
    const count = tokens[price.end + 1];
    if (count === undefined || count.type !== T_NUM || !count.num?.plain) continue;
    const n = Number(count.num.digits);
    if (!makes(tokens[price.end + 2])) continue;
    const result = nums.find((e) => e.start === price.end + 3);
    if (result === undefined || result.rupiah === null || !Number.isInteger(n) || n < 2) continue;
    if (price.rupiah * n === result.rupiah) return { result, start: price.start, end: result.end };
  }
  return null;
}

/** The amounts in `money` that lie outside the product: the others, with its result in their place. */
export function productAmounts(money: readonly NumExpr[], p: StatedProduct): NumExpr[] {
  const outside = money.filter((e) => e.start < p.start || e.start >= p.end);
  return [...outside, p.result].sort((x, y) => x.start - y.start);
}
