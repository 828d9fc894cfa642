/**
 * The number expression a token belongs to, looked up on the analysis (`numIn` maps a token to
 * its expression in `nums`, or −1). Shared by the readers that walk tokens and need the amount
 * under one: one definition, so every reader agrees on what "the number at i" is.
 */
import type { Analysis } from './analyze.ts';
import type { NumExpr } from './amount.ts';

/** The number expression token `i` is part of, or null. */
export function numAt(a: Analysis, i: number): NumExpr | null {
  const k = a.numIn[i];
  return k === undefined || k < 0 ? null : (a.nums[k] ?? null);
}

/** The number expression that starts at token `i`, or null (a token inside one, not at its start, is null). */
export function numStarting(a: Analysis, i: number): NumExpr | null {
  const ex = numAt(a, i);
  return ex !== null && ex.start === i ? ex : null;
}
