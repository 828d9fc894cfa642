/**
 * undo: "batal", "hapus yang tadi", "salah", "/undo". "salah" alone is "undo that";
 * "jangan salah paham" is not.
 */
import { firstSignificant, isSoft, type Analysis } from '../analyze.ts';
import { S_PLAIN } from '../amount.ts';
import { C_PARTIAL, Confidence } from '../confidence.ts';
import { F_EXPENSE, F_NEG, F_SALE, F_UNDO } from '../word-roles.ts';
import { T_WORD, type Token } from '../lexer.ts';
import type { ParseResult } from '../types.ts';
import { scored } from './shared.ts';

/** Correction words that also mean "take it back" when they stand alone ("salah", "ralat"). */
const CORRECT_UNDO = new Set(['salah', 'keliru', 'ralat', 'koreksi']);
/** "salah ketik", "salah input": a slip of the keyboard, still "take it back". */
const SLIP_WORDS = new Set(['ketik', 'ketikan', 'tik', 'tulis', 'nulis', 'catat', 'input', 'kirim', 'pencet', 'kepencet', 'masuk']);

/** Words that call something off: alone (or with "yang tadi") they take back her last entry. */
const CALL_OFF = new Set(['batal', 'batalkan', 'gak jadi', 'tidak jadi', 'ga jadi', 'cancel', 'dibatalkan', 'dibatalin', 'batalin']);
/** Words after a call-off word that point at her own entry ("batal yang tadi", "batalkan catatan terakhir"). */
const ENTRY_WORDS = new Set(['yang tadi', 'yang terakhir', 'tadi', 'terakhir', 'barusan', 'itu', 'ini', 'catatan', 'catatannya',
  'yang', 'yg', 'aja', 'saja', 'deh', 'dong', 'ya', 'yah', 'tsb', 'tersebut', 'entry', 'input', 'inputan', 'kiriman', 'pesan tadi',
  'semua', 'semuanya', 'sj', 'ae', 'wae', 'bu', 'kak', 'mbak', 'nomor', 'no', 'ke']);

/**
 * Whether the first word after the call-off word at `idx` names an event of her day ("beli gas",
 * "pesan 50 box", "laku") rather than her entry: then it is news that something did not happen.
 */
function calledOffEvent(tokens: readonly Token[], idx: number): boolean {
  for (let j = idx + 1; j < tokens.length; j++) {
    const x = tokens[j] as Token;
    if (x.type !== T_WORD) return false; // "batal, …", "batal 50rb": not an event named
    if (ENTRY_WORDS.has(x.key) || (x.f & F_UNDO) !== 0) return false;
    if (isSoft(x)) continue;
    return true; // a verb ("beli", "laku", "pesan") or goods: something that did not happen
  }
  return false;
}

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
  // "gak jadi beli gas, masih ada", "batal pesan 50 box", "nggak jadi laku": an event that did
  // not happen, told as news — not "take back my last entry". Voiding her books on it would be
  // the worst reading; it records nothing and is not acted on.
  if (CALL_OFF.has(t.key) && calledOffEvent(tokens, idx)) return { intent: 'unknown', confidence: C_PARTIAL, notes: ['called_off_event'] };
  const money = a.nums.some((e) => e.rupiah !== null && e.strength > S_PLAIN);
  const c = new Confidence(0.95);
  if (idx !== first) c.cap(a.wordCount <= 5 ? 0.8 : C_PARTIAL, 'undo_word_not_first');
  else if (a.wordCount > 4) c.cap(0.8);
  if (t.key === 'salah' && a.wordCount > 3) c.cap(C_PARTIAL, 'salah_in_sentence');
  // "ralat, itu jualan besok": a correction word with more to say that was not understood
  // is not "take it back" — asked, never acted on.
  if (CORRECT_UNDO.has(t.key) && tokens.slice(idx + 1).some((x) => x.type === T_WORD && !isSoft(x) && (x.f & F_UNDO) === 0 && !SLIP_WORDS.has(x.key))) {
    c.cap(C_PARTIAL, 'correction_unread');
  }
  // "ralat, itu besok", "salah, itu lusa", "ralat itu jualan": a day or a kind after the
  // correction word (soft words above) says what to change, which the correction parser did
  // not take — not "take it back".
  if (CORRECT_UNDO.has(t.key) && (a.dates.some((m) => m.start > idx) ||
    tokens.slice(idx + 1).some((x) => x.type === T_WORD && (x.f & (F_SALE | F_EXPENSE)) !== 0))) {
    c.cap(C_PARTIAL, 'correction_unread');
  }
  // "hapus yang kemarin", "hapus catatan kemarin": another day than the last recording's;
  // "hapus semua bros": which of them? Neither is "take the last one back".
  if (a.dates.some((m) => m.date !== a.today)) c.cap(C_PARTIAL, 'undo_other_day');
  if (tokens.some((x) => x.key === 'semua' || x.key === 'semuanya')) c.cap(C_PARTIAL, 'undo_which');
  if (money) c.cap(0.6, 'has_amount');
  if (a.question) c.cap(C_PARTIAL, 'question');
  return scored({ intent: 'undo', confidence: 0 }, c);
}
