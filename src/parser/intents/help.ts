/**
 * help: "tolong", "bantuan", "cara pakai", "gimana caranya", "menu", a lone "?".
 */
import { firstSignificant, isSoft, type Analysis } from '../analyze.ts';
import { C_PARTIAL, Confidence } from '../confidence.ts';
import { F_HELP, F_HELP_WEAK, F_QUESTION, G_CONJ } from '../word-roles.ts';
import { T_NUM, T_PUNCT, T_WORD, type Token } from '../lexer.ts';
import { present, trigger } from '../triggers.ts';
import type { ParseResult } from '../types.ts';
import { scored } from './shared.ts';

export function detectHelp(a: Analysis): ParseResult | null {
  const { tokens } = a;
  if ((a.f & F_HELP) !== 0) {
    const c = new Confidence(0.95);
    let idx = -1;
    for (let i = 0; i < tokens.length; i++) {
      if (((tokens[i] as Token).f & F_HELP) !== 0) {
        idx = i;
        break;
      }
    }
    if (idx !== firstSignificant(a)) c.cap(a.wordCount <= 6 ? 0.8 : C_PARTIAL, 'help_word_not_first');
    if (a.nums.length > 0) c.cap(C_PARTIAL, 'has_number');
    return scored({ intent: 'help', confidence: 0 }, c);
  }
  // Only help-ish words, fillers and question marks: "tolong", "tolong bu", "gimana caranya?"
  let helpish = false;
  let other = false;
  let onlyQuestionMarks = true;
  for (const t of tokens) {
    if (t.type === T_WORD) {
      onlyQuestionMarks = false;
      if ((t.f & F_HELP_WEAK) !== 0) helpish = true;
      else if ((t.f & F_QUESTION) !== 0 || isSoft(t) || (t.f2 & G_CONJ) !== 0) continue;
      else other = true;
    } else if (t.type === T_NUM) {
      other = true;
      onlyQuestionMarks = false;
    } else if (t.type === T_PUNCT && t.text !== '?' && t.text !== '!' && t.text !== '.') {
      onlyQuestionMarks = false;
    }
  }
  if (helpish && !other) return scored({ intent: 'help', confidence: 0 }, new Confidence(0.85));
  if (onlyQuestionMarks && a.question) return scored({ intent: 'help', confidence: 0 }, new Confidence(0.8));
  return null;
}

/** What she can ask the bot to do: "cara catat utang", "gimana kalau mau hapus". */
const BOT_ACTIONS = new Set(['catat', 'mencatat', 'nyatet', 'nyatat', 'dicatat', 'rekap', 'ngerekap', 'hapus', 'ralat',
  'koreksi', 'input', 'masukin', 'masukkan', 'lihat', 'liat', 'daftar', 'ubah', 'ganti', 'edit', 'batal', 'batalkan',
  // putting a slip right: "kalau salah ketik gimana benerinnya?"
  'benerin', 'benerinnya', 'betulin', 'betulinnya', 'betulkan', 'membetulkan', 'perbaiki', 'memperbaiki', 'benerke', 'mbenerke',
  'catatnya', 'nyatetnya', 'hapusnya', 'ngapus', 'ngehapus', 'ngoreksi', 'ngeralat', 'ubahnya', 'gantinya']);
const HOW_WORDS = new Set(['cara', 'caranya', 'gimana', 'bagaimana', 'gmn', 'gimana caranya', 'piye', 'kepiye', 'kumaha', 'carane']);
/** The bot itself, asked what it can do: "bot ini bisa apa aja?", "fiturnya apa aja?". */
const BOT_SELF = new Set(['bot', 'robot', 'aplikasi', 'aplikasinya', 'botnya', 'kamu', 'fitur', 'fiturnya', 'menunya']);
/** Particles that may trail a question without a "?": "bisa apa aja sih", "apa aja dong". */
const TRAILING = new Set(['sih', 'si', 'dong', 'donk', 'ya', 'yah', 'deh', 'nih', 'aja', 'saja', 'ajah', 'kah', 'tuh', 'ni']);

/** The last word that is not a trailing particle is a question word ("apa"/"ngapain"). */
function endsAsking(a: Analysis): boolean {
  const words = a.tokens.filter((t) => t.type === T_WORD).flatMap((t) => t.key.split(' '));
  let i = words.length - 1;
  while (i >= 0 && TRAILING.has(words[i] as string)) i--;
  const last = words[i];
  return last === 'apa' || last === 'ngapain' || last === 'apaan';
}
const CAN = new Set(['bisa', 'bs', 'fitur', 'fiturnya', 'fungsi', 'fungsinya', 'gunanya', 'ngapain', 'apa']);

/**
 * A question about using the bot ("gimana cara catat utang?", "bagaimana cara lihat rekap
 * minggu?", "kalau mau hapus catatan gimana?", "bot ini bisa apa aja?"): help, before the recap, undo and list words
 * it contains are read as commands. Only without numbers: "cara" in a record is chat.
 */
/** Each reading below needs "cara", a how word or the bot named (read word by word, as the trigger pass does). */
const T_HOW_TO = trigger(['cara', 'caranya', 'carane'], HOW_WORDS, BOT_SELF);

export function detectHowTo(a: Analysis): ParseResult | null {
  if (a.nums.length > 0 || !present(a, T_HOW_TO)) return null;
  let how = false;
  let cara = false;
  let action = false;
  let self = false;
  let can = 0;
  for (const t of a.tokens) {
    if (t.type !== T_WORD) continue;
    // A merged phrase ("cara catat") is read word by word.
    for (const w of t.key.split(' ')) {
      if (w === 'cara' || w === 'caranya' || w === 'carane') cara = true;
      if (HOW_WORDS.has(w)) how = true;
      if (BOT_ACTIONS.has(w)) action = true;
      if (BOT_SELF.has(w)) self = true;
      if (CAN.has(w)) can++;
    }
  }
  // "bot ini bisa apa aja?", "bot ini bisa apa aja sih": what the bot can do. Without a "?",
  // the question particle ("apa") must come last, at most softened by a trailing particle
  // (sih, dong, ya, deh, nih, aja): "bot ini bisa apa aja sih" asks, "bot bisa catat apa" too,
  // but "apa bot bisa catat utang" is read by the other readers.
  const whatCan = self && can >= 2 && (a.question || endsAsking(a));
  if (!(cara || whatCan || (how && action && a.question))) return null;
  return scored({ intent: 'help', confidence: 0 }, new Confidence(0.9));
}

// Without these words it reads nothing (its first test): readIntent does not call it (index.ts, guard-lists.ts).
detectHowTo.words = T_HOW_TO;
