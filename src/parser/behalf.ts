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
 *
 * Said in regional or everyday words (behalf-words.ts): "Uni, catat punyo Etek: laku 8 bungkuih
 * 80rb" (Minang), "mbak tolong cathet duweke Mbok Sarmi: payu 10 pincuk", "Teh, catatkeun nu
 * Ceu Enok: …", "masukin punya Kak Rini: …", "kanggo Bulik Sri: …". A title or kin word alone
 * as the person ("punyo Etek", "buat Mak:") names no one for sure: note member_kin, asked for
 * her name, never recorded. An address in front ("Uni, …", "bu, catat ya laku 50rb") is her
 * speaking to someone, skipped; "punyaku", "punya saya", "punyo ambo", "punya warung" are her own.
 */
import { lookupWord } from './lexicon.ts';
import { MAX_CHARS } from './normalize.ts';
import { PRAISE } from './other-owner.ts';
import type { ParseResult } from './types.ts';
import {
  BETWEEN, CATAT, PARTICLES, WEAK_CATAT, isAddress, isForLead, isForWord, isPointed, isSelf, isSellerVerb, isTitle, isWeakForWord,
} from './behalf-words.ts';

const POLITE = new Set(['tolong', 'tlg', 'mohon', 'bantu', 'coba', 'saya', 'aku', 'minta', 'bisa', 'bisakah', 'sekalian']);
/**
 * Titles read in front of a name without "catat" ("Bu Sumi laku 3 bros"): the plain ones and the
 * regions' kin titles. Not "teh" (tea: "teh pucuk laku 15"), "kang" (a seller: "kang cilok").
 */
const IMPLICIT_TITLES = new Set(['bu', 'ibu', 'buk', 'bunda', 'pak', 'bapak', 'mbak', 'mba', 'mas', 'kak', 'teteh', 'cik', 'koh', 'bang',
  'om', 'tante', 'mpok', 'neng', 'mak', 'uni', 'uda', 'bude', 'pakde', 'dek', 'adek', 'jeng', 'sdri', 'sdr', 'ny',
  'nek', 'nenek', 'etek', 'acil', 'julak', 'inang', 'namboru', 'bulik', 'bulek', 'budhe', 'mama', 'mamak', 'mace', 'usi', 'nona',
  'opung', 'ompung', 'inaq', 'inak', 'amak', 'bundo', 'ceu', 'mbok', 'cici', 'bibi', 'uwak', 'daeng', 'mbakyu', 'yu']);

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
  if (isForWord(w) || POLITE.has(w) || isTitle(w) || isSelf(w) || CATAT.has(w) || WEAK_CATAT.has(w)) return false;
  return lookupWord(w) === null;
}

function capitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

function isColon(c: number): boolean {
  return c === 58;
}

/** " - " or " – " after a name: a dash set apart by spaces, as a colon ("Bu Sumi - laku 80rb"). */
function dashAt(s: string, i: number): boolean {
  const ch = s.charCodeAt(i);
  return (ch === 45 || ch === 0x2013) && i > 0 && isSpace(s.charCodeAt(i - 1)) && isSpace(s.charCodeAt(i + 1));
}

/** A colon, or a spaced dash, at the cursor: consumed, true. */
function nameMark(c: Cursor): boolean {
  if (isColon(c.s.charCodeAt(c.i)) || dashAt(c.s, c.i)) {
    c.i++;
    skipSpaces(c);
    return true;
  }
  return false;
}

/** The next word's lower case, the cursor left where it was. */
function peekWord(c: Cursor): string {
  const p: Cursor = { s: c.s, i: c.i };
  skipSpaces(p);
  return readWord(p).toLowerCase();
}

/** A seller's verb at the cursor, after at most three words like "tadi", "alah", "hari ini" ("Bu Sumi tadi laku 80rb"). */
function sellerAhead(c: Cursor): boolean {
  const p: Cursor = { s: c.s, i: c.i };
  for (let k = 0; k < 4; k++) {
    skipSpaces(p);
    const w = readWord(p).toLowerCase();
    if (isSellerVerb(w)) return true;
    // ("Bu Sumi minta dicatat laku 3 bros": her asking to be recorded, before her selling.)
    if (!BETWEEN.has(w) && !CATAT.has(w)) return false;
  }
  return false;
}

/** "…, hebat", "keren": praise of someone's selling is talk about her (other-owner.ts), not a request to record. */
function praised(text: string): boolean {
  const c: Cursor = { s: text, i: 0 };
  while (c.i < text.length) {
    const w = readWord(c);
    if (w === '') c.i++;
    else if (PRAISE.has(w.toLowerCase())) return true;
  }
  return false;
}

function implicitResult(s: string, start: number, end: number, text: string, guessed: boolean, kin = false): ParseResult | null {
  if (text === '' || praised(text)) return null;
  const notes = kin ? ['member_implicit', 'member_kin'] : guessed ? ['member_implicit', 'member_guessed'] : ['member_implicit'];
  return { intent: 'on_behalf', member: s.slice(start, end), text, confidence: guessed || kin ? 0.6 : 0.85, notes };
}

/**
 * "Bu Sumi laku 3 bros 45rb", "Bu Sumi: laku 3 bros", "Bu Sumi - laku …", "Bu Sumi tadi laku …":
 * a title and a name, then ":" (or a spaced dash) or a seller's verb. The name is as written;
 * the rest keeps its verb. A kin word alone before ":" ("Etek: laku 8 bungkuih") is someone
 * not named: asked (member_kin). Before a verb it is left alone: "Etek laku 80rb" is as often
 * her family selling for her (family-sellers.ts).
 */
function implicitMember(s: string, start: number): ParseResult | null {
  const c: Cursor = { s, i: start };
  const title = readWord(c).toLowerCase();
  if (!IMPLICIT_TITLES.has(title)) return null;
  const titleEnd = c.i;
  skipSpaces(c);
  if (!isAddress(title) && nameMark(c)) return implicitResult(s, start, titleEnd, s.slice(c.i).trim(), true, true);
  const name = readWord(c);
  if (!nameOk(name)) return null;
  // "bu ani laku …": a lower-case name is as likely a name as not — asked, never recorded as hers.
  const guessed = !capitalised(name);
  let end = c.i;
  // "Bu Sri Wahyuni: …": a second capitalised name word before the colon.
  const save = c.i;
  skipSpaces(c);
  const second = readWord(c);
  if (second !== '' && (isColon(s.charCodeAt(c.i)) || dashAt(s, c.i + 1)) && nameOk(second)) end = c.i;
  else c.i = save;
  skipSpaces(c);
  const marked = nameMark(c);
  if (!marked && !sellerAhead(c)) return null;
  return implicitResult(s, start, end, s.slice(c.i).trim(), guessed);
}

/**
 * Whose notes, report or wares, in front: "catatan Bu Sumi: laku 3 bros", "laporan Etek Ros: …",
 * "jualan Bu Sumi: …". Only before a title and a name, and a colon or her selling after it
 * ("Laporan: Senin 175rb", "Jualan Bakso: laku 20 mangkok" are her own headings).
 */
const LEAD_NOUNS = new Set(['catatan', 'catatane', 'catatannya', 'laporan', 'laporane', 'laporannya', 'jualan', 'jualane', 'jualannya',
  'dagangan', 'dagangane', 'dagangannya', 'setoran', 'setorannya']);

/** First letters of the words that can open an on_behalf message (catat, tolong, mohon…), and "/". */
const OPENING_WORDS = new Set([...CATAT, ...WEAK_CATAT, ...POLITE, ...IMPLICIT_TITLES, ...LEAD_NOUNS, 'untuk', 'utk', 'buat', 'bwt', 'punya', 'punyo',
  'punyae', 'milik', 'duweke', 'kagungan', 'gadah', 'kanggo', 'kangge', 'pikeun', 'keur', 'untuak', 'gasan', 'hagan', 'tuk', 'teh', 'kakak']);
const OPENERS = new Set(['/', ...[...OPENING_WORDS].map((w) => w.charAt(0))]);

/** "catat" then "ya", "dong" or a word of address and a comma ("catat bu, punya Etek: …"), skipped. */
function skipParticles(c: Cursor): void {
  for (let k = 0; k < 3; k++) {
    const save = c.i;
    skipSpaces(c);
    const w = readWord(c).toLowerCase();
    const comma = c.s.charCodeAt(c.i) === 44;
    if (PARTICLES.has(w) || (isAddress(w) && comma)) {
      while (c.i < c.s.length && (c.s.charCodeAt(c.i) === 44 || isSpace(c.s.charCodeAt(c.i)))) c.i++;
      continue;
    }
    c.i = save;
    return;
  }
}

export function detectOnBehalf(raw: string): ParseResult | null {
  const s = raw.length > MAX_CHARS ? raw.slice(0, MAX_CHARS) : raw;
  return readRequest(s, 0, raw.length > MAX_CHARS) ?? trailingRequest(s, raw.length > MAX_CHARS);
}

/** Letters that a request to record at the end of a message contains ("catat", "catet", "cathet", "tulis", "input", "masukin"). */
const TRAILING_GATES = ['cat', 'cet', 'ctt', 'tuli', 'input', 'masuk'];
/** What may follow the person in a request at the end: "… buat Bu Sumi ya bu, makasih". */
const CLOSING = new Set(['makasih', 'terima', 'kasih', 'trims', 'tq', 'thx', 'nuhun', 'hatur', 'matur', 'suwun', 'tengkyu', 'nggih', 'enggih',
  'njih', 'inggih', 'muhun', 'enya', 'iyo', 'iya']);

function closingOnly(text: string): boolean {
  const c: Cursor = { s: text, i: 0 };
  while (c.i < text.length) {
    const w = readWord(c).toLowerCase();
    if (w === '') {
      const ch = text.charCodeAt(c.i);
      if (isLetter(ch) || (ch >= 48 && ch <= 57)) return false;
      c.i++;
    } else if (!PARTICLES.has(w) && !isAddress(w) && !isTitle(w) && !CLOSING.has(w) && !POLITE.has(w)) return false;
  }
  return true;
}

/**
 * "laku 3 bros 45rb, tolong catat buat Bu Sumi", "laku 8 bungkuih 80rb, catat untuak Etek ya":
 * the request comes last. Read from each "tolong"/"catat" word after the first: a request
 * naming someone, with nothing after it but "ya", "bu", "makasih", makes the words before it
 * hers to record.
 */
function trailingRequest(s: string, truncated: boolean): ParseResult | null {
  const lower = s.toLowerCase();
  if (!TRAILING_GATES.some((g) => lower.includes(g))) return null;
  const c: Cursor = { s, i: 0 };
  readWord(c);
  while (c.i < s.length) {
    const start = c.i;
    const w = readWord(c).toLowerCase();
    if (w === '') {
      c.i++;
      continue;
    }
    if (!POLITE.has(w) && !CATAT.has(w) && !WEAK_CATAT.has(w)) continue;
    const r = readRequest(s, start, truncated);
    if (r === null || r.intent !== 'on_behalf' || (r.notes?.includes('member_implicit') ?? false) || !closingOnly(r.text)) continue;
    let end = start;
    while (end > 0 && (isSpace(s.charCodeAt(end - 1)) || ',.;-–\n\r('.includes(s.charAt(end - 1)))) end--;
    const text = s.slice(0, end).trim();
    if (text === '') return null;
    const notes = (r.notes ?? []).filter((n) => n !== 'no_text');
    const confidence = notes.includes('member_kin') || notes.includes('member_guessed') || truncated ? 0.6 : 0.95;
    const out: ParseResult = { intent: 'on_behalf', member: r.member, text, confidence };
    if (notes.length > 0) out.notes = notes;
    return out;
  }
  return null;
}

/** A request to record for someone starting at `start` ("catat untuk Ani: …", "Uni, catat punyo Etek: …", "Bu Sumi laku …"). */
function readRequest(s: string, start: number, truncated: boolean): ParseResult | null {
  const c: Cursor = { s, i: start };
  skipSpaces(c);
  if (!OPENERS.has(s.charAt(c.i).toLowerCase())) return null;
  const opening = c.i;
  let command = false;
  let verb = '';
  let verbless = false;
  let addressed = false;
  let nounLead = false;
  for (let guard = 0; guard < 4; guard++) {
    if (s.charCodeAt(c.i) === 47 /* / */) {
      command = true;
      c.i++;
    }
    const wordStart = c.i;
    const w = readWord(c).toLowerCase();
    if (guard === 0 && !command && !OPENING_WORDS.has(w) && !isForLead(w)) return null;
    if (CATAT.has(w) || WEAK_CATAT.has(w)) {
      verb = w;
      break;
    }
    if (!command && LEAD_NOUNS.has(w)) {
      c.i = wordStart;
      verbless = true;
      nounLead = true;
      break;
    }
    if (!command && isForLead(w)) {
      // "untuk Ani: …": the "for" is read again below.
      c.i = wordStart;
      verbless = true;
      break;
    }
    // "Uni, catat punyo Etek: …", "mbak tolong catet …": a word of address in front, skipped.
    if (!command && !addressed && guard === 0 && isTitle(w)) {
      if (s.charCodeAt(c.i) === 44 /* , */ || s.charCodeAt(c.i) === 33 /* ! */) {
        c.i++;
        skipSpaces(c);
        addressed = true;
        continue;
      }
      const next = peekWord(c);
      if (POLITE.has(next) || CATAT.has(next) || WEAK_CATAT.has(next)) {
        skipSpaces(c);
        addressed = true;
        continue;
      }
      return implicitMember(s, opening);
    }
    // "Uni, Bu Sumi laku 80rb": the address, then a title and a name.
    if (addressed && !POLITE.has(w) && isTitle(w)) return implicitMember(s, wordStart);
    if (command || !POLITE.has(w)) return guard === 0 && !command ? implicitMember(s, opening) : null;
    skipSpaces(c);
  }
  if (verb === '' && !verbless) return null;
  const weak = WEAK_CATAT.has(verb);
  if (command && s.charCodeAt(c.i) === 64 /* /catat@botname */) {
    c.i++;
    while (c.i < s.length && (isLetter(s.charCodeAt(c.i)) || s.charCodeAt(c.i) === 95 || (s.charCodeAt(c.i) >= 48 && s.charCodeAt(c.i) <= 57))) c.i++;
  }
  if (!verbless) skipParticles(c);
  skipSpaces(c);
  // Optional "untuk" / "punya" / "punyo" / "kanggo" / "atas nama" / "a.n."
  let forSeen = false;
  let forWord = '';
  const save = c.i;
  const w1 = readWord(c).toLowerCase();
  if (isForWord(w1) || (nounLead && LEAD_NOUNS.has(w1))) {
    forSeen = true;
    forWord = w1;
  } else if (w1 === 'atas') {
    skipSpaces(c);
    if (readWord(c).toLowerCase() === 'nama') forSeen = true;
    else c.i = save;
  } else c.i = save;
  if (!forSeen && s.startsWith('a.n.', c.i)) {
    c.i += 4;
    forSeen = true;
  }
  // "tulis", "masukin", "input", "rekap" record for someone only with "punya"/"untuk" after them.
  if (weak && !forSeen) return null;
  skipSpaces(c);
  // "punya saya", "punyo ambo", "punya warung": her own.
  if (forSeen && isSelf(peekWord(c))) return null;
  // The member: "@ani", "Bu Ani", "Ani", or a kin word alone ("punyo Etek").
  let member: string;
  let bare = false;
  let kin = false;
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
    if (first === '' || isSelf(first.toLowerCase())) return null;
    if (forSeen && isPointed(first.toLowerCase())) {
      member = first;
      kin = true;
    } else if (isTitle(first.toLowerCase()) && (forSeen || IMPLICIT_TITLES.has(first.toLowerCase()))) {
      const titleEnd = c.i;
      skipSpaces(c);
      const nm = readWord(c);
      const named = nm !== '' && (nameOk(nm) || (forSeen && capitalised(nm) && !isSellerVerb(nm.toLowerCase()) && !isForWord(nm.toLowerCase())));
      if (named) member = s.slice(nameStart, c.i);
      else if (forSeen) {
        // "punyo Etek: …", "buat Mak laku …": someone, but not named.
        c.i = titleEnd;
        member = first;
        kin = true;
      } else return null;
    } else {
      if (!nameOk(first)) return null;
      // "catat nu kamari …", "bagi hasil": "nu" and "bagi" name a person only before a title or a capital.
      if (isWeakForWord(forWord) && !capitalised(first)) return null;
      member = first;
      bare = true;
    }
    // A second name word only when a ":" follows it ("catat untuk Sri Wahyuni: …").
    const save2 = c.i;
    skipSpaces(c);
    const second = !kin ? readWord(c) : '';
    if (second !== '' && isColon(s.charCodeAt(c.i)) && nameOk(second)) member = s.slice(nameStart, c.i);
    else c.i = save2;
  }
  // Separator, then the rest as written.
  skipSpaces(c);
  let sep = false;
  while (c.i < s.length) {
    const ch = s.charCodeAt(c.i);
    if (ch === 58 || ch === 44 || ch === 45 || ch === 0x2013 || ch === 59 || ch === 10 || ch === 13 || isSpace(ch)) {
      if (!isSpace(ch)) sep = true;
      c.i++;
    } else break;
  }
  const text = s.slice(c.i).trim();
  // "catat kerudung 5 @15rb": a bare word after "catat" is as likely goods as a name. It is a
  // member only with "untuk", a "/catat" command or a ":" or "," after it; lower-case without a ":", it is asked.
  if (bare && !forSeen && !command && !sep) return null;
  const colon = s.slice(nameStart, c.i).includes(':');
  const sellerNext = sellerAhead({ s, i: c.i });
  // Without "catat" ("untuk Ani: …", "buat Bu Sumi: …") a ":" must close the name: "buat dapur 50rb" is not.
  // With a title ("buat Bu Sri laku …") or a seller's verb after the name ("untuk Ani laku …") it is too.
  if (verbless && (!forSeen || ((bare || kin || nounLead) && !colon && !sellerNext))) return null;
  if (nounLead && (bare || kin)) return null;
  // "input punya Bu Ani: …" records; "rekap punya Bu Ani minggu ini" asks for her recap.
  if (weak && !/[0-9]/.test(text)) return null;
  let confidence = 0.95;
  const notes: string[] = [];
  if (kin) {
    confidence = 0.6;
    notes.push('member_kin');
  } else if (bare && member === member.toLowerCase() && !colon) {
    confidence = 0.6;
    notes.push('member_guessed');
  }
  if (text === '') {
    confidence = 0.5;
    notes.push('no_text');
  }
  if (truncated) {
    confidence = Math.min(confidence, 0.5);
    notes.push('truncated');
  }
  const r: ParseResult = { intent: 'on_behalf', member, text, confidence };
  if (notes.length > 0) r.notes = notes;
  return r;
}
