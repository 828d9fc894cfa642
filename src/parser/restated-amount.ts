/**
 * An amount restated in words in brackets: "terima tf 500rb (lima ratus ribu) dari bu Ani",
 * "Rp1.250.000,- (satu juta dua ratus lima puluh ribu rupiah)", as receipts and transfer slips
 * write it. The bracket says nothing new, so the message is read exactly as without it: a
 * second amount must not change the intent (a payment received read as a sale because its
 * reader saw two amounts), the kind or the confidence.
 */
import type { Analysis } from './analyze.ts';
import type { NumExpr } from './amount.ts';
import { T_PUNCT, T_WORD, type Token } from './lexer.ts';

/** Words that may close an amount restated in words: "(… ribu rupiah)", "(… ribu saja)". */
const RESTATED_TAIL = new Set(['rupiah', 'rp', 'saja', 'aja', 'doang', 'ribu', 'rb']);

/**
 * "150rb (seratus lima puluh ribu)", "Rp1.250.000,- (satu juta … rupiah)": a bracket that holds
 * only the amount just before it, said again (as on a receipt or a transfer slip). Its close,
 * or -1. Any other amount in brackets is not this.
 */
export function sameAmountInParen(a: Analysis, i: number, end: number, before: NumExpr): number {
  if (before.rupiah === null || before.end !== i && !(before.end === i - 1 && a.tokens[i - 1]?.type === T_PUNCT)) return -1;
  let found = false;
  for (let j = i + 1; j < end && j < i + 16; j++) {
    const t = a.tokens[j] as Token;
    const ni = a.numIn[j] as number;
    if (ni >= 0) {
      const ex = a.nums[ni] as NumExpr;
      if (found || ex.rupiah !== before.rupiah) return -1;
      found = true;
      j = ex.end - 1;
      continue;
    }
    if (t.type === T_PUNCT && t.text === ')') return found ? j : -1;
    if (t.type === T_PUNCT && (t.text === '-' || t.text === ',' || t.text === '.')) continue;
    if (t.type === T_WORD && RESTATED_TAIL.has(t.key)) continue;
    return -1;
  }
  return -1;
}

/**
 * Tokens of every bracket that only restates the amount right before it, as a mask (1: drop),
 * or null when there is none.
 */
export function restatedBrackets(a: Analysis): Uint8Array | null {
  let drop: Uint8Array | null = null;
  for (let i = 1; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_PUNCT || t.text !== '(') continue;
    // The amount touching the bracket, or one punctuation mark before it ("1.250.000,- (").
    let k = a.numIn[i - 1] as number;
    if (k < 0 && i >= 2 && a.tokens[i - 1]?.type === T_PUNCT) k = a.numIn[i - 2] as number;
    if (k < 0) continue;
    const close = sameAmountInParen(a, i, a.tokens.length, a.nums[k] as NumExpr);
    if (close < 0) continue;
    drop ??= new Uint8Array(a.tokens.length);
    for (let j = i; j <= close; j++) drop[j] = 1;
    i = close;
  }
  return drop;
}
