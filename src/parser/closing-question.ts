/**
 * A day sheet that ends by asking what it came to: "…\nkeluar: mute 30rb, senar 8rb\nuntung
 * brp ya bu?", "…\ntotal semua berapa?". The question is about the lines above (the reply's
 * recap answers it), not a doubt about whether they happened, so it does not make the sheet
 * a question. Only a last line with no number of its own, asking about a result word (profit,
 * total, what is left), under at least two lines that carry amounts.
 */
import type { Analysis } from './analyze.ts';
import { F_QUESTION } from './word-roles.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';

const RESULT_WORDS = new Set(['untung', 'untungnya', 'laba', 'labanya', 'rugi', 'ruginya', 'total', 'totalnya', 'jumlah', 'jumlahnya',
  'hasil', 'hasilnya', 'sisa', 'sisanya', 'bersih', 'bersihnya', 'semua', 'semuanya', 'keuntungan', 'keuntungannya']);

/** The first token of the closing question line, or -1. */
export function closingQuestion(a: Analysis): number {
  if (!a.question && !a.tokens.some((t) => (t.f & F_QUESTION) !== 0)) return -1;
  const t = a.tokens;
  let last = t.length - 1;
  while (last >= 0 && (t[last] as Token).type === T_NL) last--;
  let start = last;
  while (start > 0 && (t[start - 1] as Token).type !== T_NL) start--;
  if (start === 0) return -1;
  let asks = false;
  let result = false;
  for (let i = start; i <= last; i++) {
    const w = t[i] as Token;
    if (w.type === T_NUM) return -1;
    if (w.type === T_PUNCT && w.text === '?') asks = true;
    if (w.type === T_WORD && (w.f & F_QUESTION) !== 0) asks = true;
    if (w.type === T_WORD && RESULT_WORDS.has(w.key)) result = true;
  }
  if (!asks || !result) return -1;
  // At least two lines with amounts above it, and no question before it.
  let lines = 0;
  let numbered = false;
  for (let i = 0; i < start; i++) {
    const w = t[i] as Token;
    if (w.type === T_PUNCT && w.text === '?') return -1;
    if (w.type === T_WORD && (w.f & F_QUESTION) !== 0) return -1;
    if (w.type === T_NUM) numbered = true;
    if (w.type === T_NL) {
      if (numbered) lines++;
      numbered = false;
    }
  }
  return lines >= 2 ? start : -1;
}
