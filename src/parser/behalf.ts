/**
 * on_behalf: a facilitator records for a member.
 *
 *   "catat untuk Ani: laku 5 bros @15rb"    → member "Ani", text "laku 5 bros @15rb"
 *   "catatkan Bu Ani laku 5 bros @15rb"     → member "Bu Ani"
 *   "/catat @ani laku 5 bros @15rb"         → member "@ani"
 *
 * Read from the raw text (not the lower-cased tokens) because the member's name and the
 * rest are returned as written; the flow parses the rest again as that member. A small
 * hand-written scanner, linear in the text and without regular expressions over it.
 * "catat laku 5 bros" (no name) and "catat untuk hari ini …" (a date) are not on_behalf.
 */
import { lookupWord } from './lexicon.ts';
import { MAX_CHARS } from './normalize.ts';
import type { ParseResult } from './types.ts';

const CATAT = new Set(['catat', 'catatkan', 'catatin', 'catetin', 'catetkan', 'cttkan', 'cttin']);
const FOR = new Set(['untuk', 'utk', 'buat', 'bwt', 'u']);
const POLITE = new Set(['tolong', 'tlg', 'mohon', 'bantu', 'coba', 'saya', 'aku']);
const TITLES = new Set(['bu', 'ibu', 'buk', 'bunda', 'pak', 'bapak', 'mbak', 'mba', 'mas', 'kak', 'teteh', 'cik', 'koh', 'bang',
  'om', 'tante', 'mpok', 'neng', 'mak', 'uni', 'uda', 'bude', 'pakde', 'dek', 'adek', 'jeng', 'sdri', 'sdr', 'ny']);

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c >= 0xc0 && c <= 0x24f;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

interface Cursor {
  s: string;
  i: number;
}

function skipSpaces(c: Cursor): void {
  while (c.i < c.s.length && isSpace(c.s.charCodeAt(c.i))) c.i++;
}

/** A word of letters (and inner "'" / "-") at the cursor, or ''. */
function readWord(c: Cursor): string {
  const start = c.i;
  while (c.i < c.s.length) {
    const ch = c.s.charCodeAt(c.i);
    if (isLetter(ch) || ((ch === 39 || ch === 45) && c.i > start && isLetter(c.s.charCodeAt(c.i + 1)))) c.i++;
    else break;
  }
  return c.s.slice(start, c.i);
}

function nameOk(word: string): boolean {
  const w = word.toLowerCase();
  if (w.length < 2 || w.length > 20) return false;
  if (FOR.has(w) || POLITE.has(w) || TITLES.has(w)) return false;
  return lookupWord(w) === null;
}

/** First letters of the words that can open an on_behalf message (catat, tolong, mohon…). */
const OPENERS = new Set(['/', 'c', 't', 'm', 'b', 's', 'a']);

export function detectOnBehalf(raw: string): ParseResult | null {
  const s = raw.length > MAX_CHARS ? raw.slice(0, MAX_CHARS) : raw;
  const c: Cursor = { s, i: 0 };
  skipSpaces(c);
  if (!OPENERS.has(s.charAt(c.i).toLowerCase())) return null;
  let command = false;
  let verb = '';
  for (let guard = 0; guard < 3; guard++) {
    if (s.charCodeAt(c.i) === 47 /* / */) {
      command = true;
      c.i++;
    }
    const w = readWord(c).toLowerCase();
    if (CATAT.has(w)) {
      verb = w;
      break;
    }
    if (command || !POLITE.has(w)) return null;
    skipSpaces(c);
  }
  if (verb === '') return null;
  if (command && s.charCodeAt(c.i) === 64 /* /catat@botname */) {
    c.i++;
    while (c.i < s.length && (isLetter(s.charCodeAt(c.i)) || s.charCodeAt(c.i) === 95 || (s.charCodeAt(c.i) >= 48 && s.charCodeAt(c.i) <= 57))) c.i++;
  }
  skipSpaces(c);
  // Optional "untuk" / "atas nama" / "a.n."
  let forSeen = false;
  const save = c.i;
  const w1 = readWord(c).toLowerCase();
  if (FOR.has(w1)) forSeen = true;
  else if (w1 === 'atas') {
    skipSpaces(c);
    if (readWord(c).toLowerCase() === 'nama') forSeen = true;
    else c.i = save;
  } else c.i = save;
  if (!forSeen && s.startsWith('a.n.', c.i)) {
    c.i += 4;
    forSeen = true;
  }
  skipSpaces(c);
  // The member: "@ani", "Bu Ani", "Ani".
  let member: string;
  let bare = false;
  const nameStart = c.i;
  if (s.charCodeAt(c.i) === 64 /* @ */) {
    c.i++;
    const h = c.i;
    while (c.i < s.length) {
      const ch = s.charCodeAt(c.i);
      if (isLetter(ch) || ch === 95 || (ch >= 48 && ch <= 57) || ch === 46) c.i++;
      else break;
    }
    if (c.i - h < 2) return null;
    member = s.slice(nameStart, c.i);
  } else {
    const first = readWord(c);
    if (first === '') return null;
    if (TITLES.has(first.toLowerCase())) {
      skipSpaces(c);
      const nm = readWord(c);
      if (nm === '' || (!nameOk(nm) && !forSeen)) return null;
      member = s.slice(nameStart, c.i);
    } else {
      if (!nameOk(first)) return null;
      member = first;
      bare = true;
    }
    // A second name word only when a ":" follows it ("catat untuk Sri Wahyuni: …").
    const save2 = c.i;
    skipSpaces(c);
    const second = readWord(c);
    if (second !== '' && s.charCodeAt(c.i) === 58 /* : */ && nameOk(second)) member = s.slice(nameStart, c.i);
    else c.i = save2;
  }
  // Separator, then the rest as written.
  skipSpaces(c);
  let sep = false;
  while (c.i < s.length) {
    const ch = s.charCodeAt(c.i);
    if (ch === 58 || ch === 44 || ch === 45 || ch === 59 || ch === 10 || ch === 13 || isSpace(ch)) {
      if (!isSpace(ch)) sep = true;
      c.i++;
    } else break;
  }
  const text = s.slice(c.i).trim();
  // "catat kerudung 5 @15rb": a bare word after "catat" is as likely goods as a name. It is a
  // member only with "untuk", a "/catat" command or a ":" after it; lower-case, it is asked.
  if (bare && !forSeen && !command && !sep) return null;
  let confidence = 0.95;
  const notes: string[] = [];
  if (bare && member === member.toLowerCase() && !sep) {
    confidence = 0.6;
    notes.push('member_guessed');
  }
  if (text === '') {
    confidence = 0.5;
    notes.push('no_text');
  }
  if (raw.length > MAX_CHARS) {
    confidence = Math.min(confidence, 0.5);
    notes.push('truncated');
  }
  const r: ParseResult = { intent: 'on_behalf', member, text, confidence };
  if (notes.length > 0) r.notes = notes;
  return r;
}
