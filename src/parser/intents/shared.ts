/**
 * Small readers and confidence rules that several intent detectors share.
 */
import type { Analysis } from '../analyze.ts';
import { S_GROUPED, S_MONEY, type NumExpr } from '../amount.ts';
import { C_APPROX, C_DOUBT, C_PARTIAL, Confidence, round2 } from '../confidence.ts';
import { T_NUM, T_WORD, type Token } from '../lexer.ts';
import type { ParseResult } from '../types.ts';

/** The number expression that covers token i, or null. */
export function exAt(a: Analysis, i: number): NumExpr | null {
  const k = a.numIn[i];
  return k === undefined || k < 0 ? null : (a.nums[k] as NumExpr);
}

/** Stamps the result with the confidence (two decimals) and its notes, if any. */
export function scored<T extends ParseResult>(r: T, c: Confidence): T {
  r.confidence = round2(c.value);
  if (c.notes.length > 0) r.notes = c.notes;
  return r;
}

/** The token is a word whose key is one of `keys`. */
export function isWordKey(t: Token | undefined, keys: ReadonlySet<string>): boolean {
  return t !== undefined && t.type === T_WORD && keys.has(t.key);
}

/** Plain integer value of a number token even when it was marked (ordinal, date…). */
export function rawInt(t: Token | undefined): number | null {
  if (!t || t.type !== T_NUM || !t.num || !t.num.ok || !t.num.plain) return null;
  return t.num.value.m;
}

/** The first amount from token `from` on that can be money, else the first unusable one (to say why). */
export function firstAmount(a: Analysis, from: number): NumExpr | null {
  let bad: NumExpr | null = null;
  for (const ex of a.nums) {
    if (ex.start < from) continue;
    if (ex.rupiah !== null) return ex;
    bad ??= ex;
  }
  return bad;
}

/** Caps the confidence by how clearly the amount is written. */
export function capAmount(c: Confidence, ex: NumExpr): void {
  if (ex.strength === S_MONEY) c.cap(0.95);
  else if (ex.strength === S_GROUPED) c.cap(0.93);
  else if (ex.rupiah !== null && ex.rupiah >= 1000) c.cap(0.85);
  else c.cap(C_PARTIAL, 'small_plain_number');
  if (ex.ambiguous) c.cap(0.6, 'ambiguous_amount');
  if (ex.approx) c.cap(C_APPROX, 'approximate');
}

/**
 * The amount a customer paid, read by both payment readers (payment-received.ts, debtor-paid.ts):
 * the figure (null when unreadable or absent) with the confidence capped by how clearly it is
 * written, a second figure beside it (`amounts` readable ones in all) asked, and no figure at all
 * asked unless the payment settles the whole debt ("lunas").
 */
export function paidAmount(c: Confidence, ex: NumExpr | undefined, amounts: number, settled: boolean): number | null {
  if (!ex) {
    if (!settled) c.cap(C_PARTIAL, 'no_amount');
    return null;
  }
  if (ex.rupiah === null) c.cap(0.3, ex.problem ?? 'malformed');
  else capAmount(c, ex);
  if (amounts > 1) c.cap(C_DOUBT, 'several_amounts');
  return ex.rupiah;
}

/** An amount that cannot be read: the result keeps a low confidence and says why. */
export function capBad(c: Confidence, ex: NumExpr): Confidence {
  return capBadReason(c, ex.problem ?? 'malformed');
}

export function capBadReason(c: Confidence, reason: string): Confidence {
  c.cap(0.3, reason);
  return c;
}
