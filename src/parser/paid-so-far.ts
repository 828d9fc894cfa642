/**
 * Part of a sale paid so far: "jual 3 gamis 450rb, terus yang bayar baru 300rb", "laku 3 gamis
 * 450rb, bayarnya baru 300rb". The second amount is what the buyer has paid of the first, not
 * an expense of hers ("bayar") nor a second sale ("bayarnya 300rb"): recorded as either, her
 * books were confidently wrong. The paying clause is left out and the sale asked (`part_paid`:
 * the rest is owed — by whom?). "baru bayar listrik 50rb" (just paid a bill) names what was
 * paid for, and is not this.
 */
import type { Analysis } from './analyze.ts';
import { T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';

/** The buyer paying: "yang bayar", "bayarnya", "dibayar". */
const PAID = new Set(['bayar', 'dibayar', 'bayarnya', 'dibayarnya', 'dibayarin']);
/** "… so far" ("cuma dibayar 100rb" is the price she let it go for: given-price.ts, not this). */
const SO_FAR = new Set(['baru', 'br']);

const T_PAID = trigger(PAID);
/** The token where the amount paid so far starts, or -1. */
export function paidSoFarAt(a: Analysis): number {
  if (!present(a, T_PAID)) return -1;
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !PAID.has(t.key)) continue;
    const prev = tokens[i - 1]?.key ?? '';
    const buyerPays = t.key !== 'bayar' || prev === 'yang' || prev === 'yg';
    // "yang bayar baru 300rb", "bayarnya baru 300rb" / "baru dibayar 300rb"
    let j = i + 1;
    let soFar = SO_FAR.has(prev) && t.key !== 'bayar';
    if (SO_FAR.has(tokens[j]?.key ?? '')) {
      soFar = true;
      j++;
    }
    if (!buyerPays || !soFar) continue;
    if ((a.numIn[j] as number) >= 0 && a.nums[a.numIn[j] as number]?.start === j) return j;
  }
  return -1;
}
