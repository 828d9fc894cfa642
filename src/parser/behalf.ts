/**
 * on_behalf: a facilitator records for a member.
 *
 *   "catat untuk Ani: laku 5 bros @15rb"    → member "Ani", text "laku 5 bros @15rb"
 *   "catatkan Bu Ani laku 5 bros @15rb"     → member "Bu Ani"
 *   "/catat @ani laku 5 bros @15rb"         → member "@ani"
 *   "tolong catat punya Bu Sumi: laku …"     → member "Bu Sumi"
 *   "untuk Ani: laku 5 bros @15rb"          → member "Ani" (no "catat": a ":" or a title is needed)
 *   "Bu Sumi laku 3 bros 45rb"              → member "Bu Sumi", note member_implicit: a title and
 *                                             a name before a seller's verb ("Bu Tin beli 3 bros"
 *                                             stays her sale to Bu Tin)
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
const FOR = new Set(['untuk', 'utk', 'buat', 'bwt', 'u', 'punya', 'punyanya', 'milik']);
/** Opening a message without "catat": "untuk Ani: …" (the short "u" is too thin for that). */
const FOR_LEAD = new Set(['untuk', 'utk', 'buat', 'bwt']);
/**
 * What only the seller herself does: "Bu Sumi laku 3 bros" is Bu Sumi's sale, not a customer's
 * purchase. Buying words are not here: "Bu Sumi belanja 3 bros 45rb" is as often a customer
 * who shopped (the writer's own sale) as Bu Sumi's spending.
 */
const SELLER_VERBS = new Set(['laku', 'lku', 'laris', 'terjual', 'jual', 'jualan', 'menjual', 'payu', 'penjualan', 'omset', 'pemasukan']);
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
const OPENERS = new Set(['/', 'c', 't', 'm', 'b', 's', 'a', 'u', 'i', 'p', 'k', 'o', 'n', 'd', 'j']);
/**
 * Every word that can open one (a "catat" word, a "for", a polite word, a title): a first word
 * outside them ends the reading in one lookup (this runs on every message, and nearly every
 * one ends here).
 */
const OPENING_WORDS = new Set([...CATAT, ...FOR_LEAD, ...POLITE, ...TITLES]);

/**
 * "Bu Sumi laku 3 bros 45rb", "Bu Sumi: laku 3 bros": a title and a name, then ":" or a
 * seller's verb. The name is as written; the rest keeps its verb.
 */
function implicitMember(s: string, start: number): ParseResult | null {
  const c: Cursor = { s, i: start };
  const title = readWord(c);
  if (!TITLES.has(title.toLowerCase())) return null;
  skipSpaces(c);
  const name = readWord(c);
  if (!nameOk(name)) return null;
  // "bu ani laku …": a lower-case name is as likely a name as not — asked, never recorded as hers.
  const guessed = name.charAt(0) === name.charAt(0).toLowerCase();
  let end = c.i;
  // "Bu Sri Wahyuni: …": a second capitalised name word before the colon.
  const save = c.i;
  skipSpaces(c);
  const second = readWord(c);
  if (second !== '' && s.charCodeAt(c.i) === 58 && nameOk(second)) end = c.i;
  else c.i = save;
  skipSpaces(c);
  let colon = false;
  if (s.charCodeAt(c.i) === 58 /* : */) {
    colon = true;
    c.i++;
    skipSpaces(c);
  }
  const restStart = c.i;
  const verb = readWord(c).toLowerCase();
  if (!colon && !SELLER_VERBS.has(verb)) return null;
  const text = s.slice(restStart).trim();
  if (text === '') return null;
  const notes = guessed ? ['member_implicit', 'member_guessed'] : ['member_implicit'];
  return { intent: 'on_behalf', member: s.slice(start, end), text, confidence: guessed ? 0.6 : 0.85, notes };
}

export function detectOnBehalf(raw: string): ParseResult | null {
  const s = raw.length > MAX_CHARS ? raw.slice(0, MAX_CHARS) : raw;
  const c: Cursor = { s, i: 0 };
  skipSpaces(c);
  if (!OPENERS.has(s.charAt(c.i).toLowerCase())) return null;
  const opening = c.i;
  let command = false;
  let verb = '';
  let verbless = false;
  for (let guard = 0; guard < 3; guard++) {
    if (s.charCodeAt(c.i) === 47 /* / */) {
      command = true;
      c.i++;
    }
    const wordStart = c.i;
    const w = readWord(c).toLowerCase();
    if (guard === 0 && !command && !OPENING_WORDS.has(w)) return null;
    if (CATAT.has(w)) {
      verb = w;
      break;
    }
    if (!command && FOR_LEAD.has(w)) {
      // "untuk Ani: …": the "for" is read again below.
      c.i = wordStart;
      verbless = true;
      break;
    }
    if (command || !POLITE.has(w)) return guard === 0 && !command ? implicitMember(s, opening) : null;
    skipSpaces(c);
  }
  if (verb === '' && !verbless) return null;
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
  // Without "catat" ("untuk Ani: …", "buat Bu Sumi: …") a ":" must close the name: "buat dapur 50rb" is not.
  // With a title ("buat Bu Sri laku …") or a seller's verb after the name ("untuk Ani laku …") it is too.
  if (verbless) {
    const colon = s.slice(nameStart, c.i).includes(':');
    const sellerNext = SELLER_VERBS.has(readWord({ s, i: c.i }).toLowerCase());
    if (!forSeen || (bare && !colon && !sellerNext)) return null;
  }
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
