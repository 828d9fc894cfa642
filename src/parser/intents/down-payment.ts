/**
 * Down-payment words ("DP", "panjar", "uang muka", "tanda jadi"): shared by orders and
 * customer payments.
 */
import type { Analysis } from '../analyze.ts';
import { T_WORD, type Token } from '../lexer.ts';

// (Javanese "panjer" is "panjar" as spoken.)
export const DP_KEYS = new Set(['dp', 'panjar', 'panjer', 'persekot', 'terima dp', 'depe']);

/** How many tokens the down-payment word at i spans (0 when there is none). */
export function isDpAt(a: Analysis, i: number): number {
  const t = a.tokens[i] as Token;
  if (t.type !== T_WORD) return 0;
  if (DP_KEYS.has(t.key)) return 1;
  const n = a.tokens[i + 1];
  if ((t.key === 'uang' || t.key === 'duit') && n?.key === 'muka') return 2;
  if (t.key === 'tanda' && n?.key === 'jadi') return 2;
  return 0;
}
