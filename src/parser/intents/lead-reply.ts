/**
 * Short answers to a market lead in her own words: joining ("ikut", "saya ambil",
 * "saya ambil 10", "siap ikut", "sanggup") and declining ("maaf belum bisa", "tidak dulu",
 * "skip", "gak ikut", "P12 pass"). These words are everyday chat as well, so without a lead
 * code the answer is a guess (below CONFIDENT): the flow counts it only when a lead reached
 * her recently, and in a group only when she replies to the bot.
 */
import type { Analysis } from '../analyze.ts';
import { S_MONEY, S_PLAIN } from '../amount.ts';
import { Confidence } from '../confidence.ts';
import { F_EXPENSE, F_NEG, F_SALE } from '../word-roles.ts';
import { T_NUM, T_PUNCT, T_WORD, type Token } from '../lexer.ts';
import type { ParseResult } from '../types.ts';
import { pieces } from './lead.ts';
import { scored } from './shared.ts';

/** Words of joining. */
const JOIN = new Set(['ikut', 'ikutan', 'ikuut', 'ambil', 'sanggup', 'join']);
/** Words of declining on their own ("skip", "pass"). */
const DECLINE_ALONE = new Set(['skip', 'pass', 'lewat', 'absen']);
/** After a negation, these make a decline ("belum bisa", "tidak dulu", "gak ikut"). */
const DECLINE_AFTER_NEG = new Set(['bisa', 'sanggup', 'ikut', 'ikutan', 'dulu', 'ambil', 'minat', 'berminat', 'mampu']);
const NEG = new Set(['belum', 'tidak', 'tdk', 'gak', 'ga', 'nggak', 'ngga', 'enggak', 'engga', 'gk', 'nda', 'blm']);
/** Words that may stand around the answer without changing it. */
const AROUND = new Set(['maaf', 'mohon', 'saya', 'aku', 'sy', 'kami', 'bu', 'ibu', 'pak', 'kak', 'mbak', 'ya', 'yaa', 'iya',
  'dulu', 'ini', 'kali', 'lain', 'sekarang', 'dl', 'untuk', 'utk', 'yang', 'peluang', 'ini', 'siap', 'mau', 'insyaallah',
  'ok', 'oke', 'deh', 'aja', 'saja', 'terima', 'kasih', 'makasih', 'tawarannya', 'nya', 'juga', 'jg', 'bisa', 'sih', 'ya',
  'minat', 'berminat', 'pcs', 'kodi', 'lusin', 'buah', 'biji', 'paket', 'kotak', 'bungkus', 'ambil']);

/** "P12" glued letters+digits: a lead code. */
function codeAt(a: Analysis, i: number): string | null {
  const t = a.tokens[i] as Token;
  const n = a.tokens[i + 1];
  if (t.type === T_WORD && t.info === null && /^[a-z]{1,3}$/.test(t.text) && n && n.type === T_NUM && n.attached &&
    n.num?.plain && n.text.length <= 5) {
    return (t.text + n.text).toUpperCase();
  }
  return null;
}

export function detectLeadReply(a: Analysis): ParseResult | null {
  if (a.wordCount > 8 || a.question || (a.f & (F_SALE | F_EXPENSE)) !== 0) return null;
  const { tokens } = a;
  let code: string | null = null;
  let codeNum = -1;
  let join = false;
  let decline = false;
  let quantity: number | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_PUNCT) continue;
    if (t.type === T_NUM) {
      if (i === codeNum) continue;
      const k = a.numIn[i] as number;
      const ex = k >= 0 ? a.nums[k] : undefined;
      // Money is not an answer's count: "ambil 50rb" is not "ambil 50".
      if (!ex || ex.strength === S_MONEY || ex.strength !== S_PLAIN || ex.value === null || ex.value.s !== 0) return null;
      if (quantity !== null || ex.value.m < 1 || ex.value.m > 1_000_000) return null;
      quantity = pieces(a, ex.end, ex.value.m); // "ikut 2 kodi" = 40 pieces, as "sanggup 2 kodi"
      i = ex.end - 1;
      continue;
    }
    if (t.type !== T_WORD) return null;
    const found: string | null = code === null ? codeAt(a, i) : null;
    if (found !== null) {
      code = found;
      codeNum = i + 1;
      continue;
    }
    if (NEG.has(t.key) || (t.f & F_NEG) !== 0) {
      const next = nextWord(a, i);
      if (next !== null && DECLINE_AFTER_NEG.has(next.key)) {
        decline = true;
        continue;
      }
      return null; // "belum laku", "tidak jadi": something else
    }
    if (DECLINE_ALONE.has(t.key)) decline = true;
    else if (JOIN.has(t.key)) join = true;
    else if (!AROUND.has(t.key)) return null;
  }
  if (decline) {
    if (quantity !== null) return null;
    const c = new Confidence(code !== null ? 0.9 : 0.6);
    if (code === null) c.cap(0.6, 'bare_answer');
    return scored({ intent: 'lead_decline', leadCode: code, confidence: 0 }, c);
  }
  if (!join) return null;
  // "ikut 20", "saya ambil 10" say how many, like "sanggup 40"; "ikut" alone may be chat.
  const c = new Confidence(code !== null ? 0.9 : 0.85);
  if (code === null) c.cap(quantity === null ? 0.6 : 0.85, 'bare_answer');
  if (quantity === null) c.notes.push('no_quantity');
  return scored({ intent: 'lead_interest', quantity, leadCode: code, confidence: 0 }, c);
}

function nextWord(a: Analysis, i: number): Token | null {
  for (let j = i + 1; j < a.tokens.length; j++) {
    const t = a.tokens[j] as Token;
    if (t.type === T_WORD) return t;
    if (t.type !== T_PUNCT) return null;
  }
  return null;
}
