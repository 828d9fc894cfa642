/**
 * delete_all: "hapus semua yang hari ini", "hapus semua catatan kemarin", "batalkan semua
 * tgl 18" — every entry of one day. The flow always asks before deleting (yes/no).
 */
import { firstSignificant, isSoft, type Analysis } from '../analyze.ts';
import { C_PARTIAL, Confidence } from '../confidence.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from '../lexer.ts';
import type { ParseResult } from '../types.ts';
import { scored } from './shared.ts';

const DELETE_WORDS = new Set(['hapus', 'hapuskan', 'hps', 'delete', 'batalkan', 'batal']);
const ALL_WORDS = new Set(['semua', 'semuanya', 'seluruh', 'seluruhnya', 'all']);
/** Words that may stand between "hapus semua" and the day: nothing else is allowed. */
const ALLOWED = new Set(['catatan', 'entri', 'data', 'yang', 'yg', 'tanggal', 'tgl', 'punya', 'saya', 'aku', 'hari', 'untuk', 'buat', 'di']);

export function detectDeleteAll(a: Analysis): ParseResult | null {
  const { tokens } = a;
  const first = firstSignificant(a);
  const head = tokens[first];
  if (!head || head.type !== T_WORD || !DELETE_WORDS.has(head.key)) return null;
  let all = false;
  for (let k = first + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.type === T_PUNCT || t.type === T_NL) continue;
    if (a.marks[k] !== 0) continue; // the day's own words and numbers
    if (t.type === T_WORD && ALL_WORDS.has(t.key)) {
      all = true;
      continue;
    }
    if (t.type === T_WORD && (ALLOWED.has(t.key) || isSoft(t))) continue;
    return null; // "hapus semua bros": goods, not a day — not this
  }
  if (!all || a.nums.length > 0 || a.dates.length > 1) return null;
  const mention = a.dates[0];
  if (mention && (mention.date === null || mention.future)) return null;
  const c = new Confidence(0.9);
  if (a.question) c.cap(C_PARTIAL, 'question');
  return scored({ intent: 'delete_all', date: mention?.date ?? a.today, confidence: 0 }, c);
}
