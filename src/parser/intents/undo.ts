/**
 * undo: "batal", "hapus yang tadi", "salah", "/undo". "salah" alone is "undo that";
 * "jangan salah paham" is not.
 */
import { firstSignificant, type Analysis } from '../analyze.ts';
import { S_PLAIN } from '../amount.ts';
import { C_PARTIAL, Confidence } from '../confidence.ts';
import { F_NEG, F_UNDO } from '../word-roles.ts';
import { T_WORD, type Token } from '../lexer.ts';
import type { ParseResult } from '../types.ts';
import { scored } from './shared.ts';

export function detectUndo(a: Analysis, leadingOnly: boolean): ParseResult | null {
  const { tokens } = a;
  let idx = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (((tokens[i] as Token).f & F_UNDO) !== 0 && a.marks[i] === 0) {
      idx = i;
      break;
    }
  }
  if (idx < 0) return null;
  const first = firstSignificant(a);
  if (leadingOnly && idx !== first) return null;
  const t = tokens[idx] as Token;
  const before = tokens[idx - 1];
  if (before && before.type === T_WORD && (before.f & F_NEG) !== 0 && t.key !== 'jadi') return null; // "jangan salah paham"
  const money = a.nums.some((e) => e.rupiah !== null && e.strength > S_PLAIN);
  const c = new Confidence(0.95);
  if (idx !== first) c.cap(a.wordCount <= 5 ? 0.8 : C_PARTIAL, 'undo_word_not_first');
  else if (a.wordCount > 4) c.cap(0.8);
  if (t.key === 'salah' && a.wordCount > 3) c.cap(C_PARTIAL, 'salah_in_sentence');
  if (money) c.cap(0.6, 'has_amount');
  if (a.question) c.cap(C_PARTIAL, 'question');
  return scored({ intent: 'undo', confidence: 0 }, c);
}
