/**
 * Chat abbreviations that drop vowels: "bsk" (besok), "rmh" (rumah), "sklh" (sekolah), "ambl"
 * (ambil), "blnj" (belanja), "untg" (untung), "jjn" (jajan), "plstk" (plastik), "lstrk"
 * (listrik). Members type them all the time, and each one the lexicon did not list was a word
 * read as goods: "bsk laku 200rb" was recorded today as a sale (issue 15). Rather than listing spellings one by one, a word the lexicon does not know
 * reads as the keyword it abbreviates, when exactly one keyword fits:
 *
 * - the same consonants in the same order (the consonant skeleton: "bsk" = "besok" = b-s-k);
 * - the word is the keyword with vowels left out: its letters appear in the keyword in order,
 *   it keeps the first letter, at least half the keyword's vowels are gone and at most three
 *   letters in all (so real words stay themselves: "baju" is no "bajua", "Sumi" no "suami",
 *   "Meli" no "meuli"; "smua" with one vowel dropped of three is left as written);
 * - the word cannot be a word written in full (unsyllabic: "bsk", "makn", "sklh"), and
 * - the keyword has a role (a verb, a date, a total, a household purpose…) and at least four
 *   letters; every keyword of that skeleton the word fits is the same word.
 *
 * So "bros" is never "beras" (an "o" the keyword lacks), "kue" never "kulakane" (other
 * consonants). Keywords of one meaning spelt several ways ("belanja", "blonjo") agree. Words a reader looks for by their letters (triggers.ts) are never abbreviations:
 * the caller asks only for words no part of the parser knows. Pure data built once.
 */
import { F_NUMWORD, F_SCALE, F_SLANG, F_UNIT, type WordInfo } from './word-roles.ts';

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** The consonants in order; "ng" counts as one ("untg" is "untung", "skrg" is "sekarang"). */
function skeleton(w: string): string {
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i] as string;
    if (VOWELS.has(c)) continue;
    if (c === 'n' && w[i + 1] === 'g') continue;
    out += c;
  }
  return out;
}

function vowelCount(w: string): number {
  let n = 0;
  for (const c of w) if (VOWELS.has(c)) n++;
  return n;
}

/** Whether `short` is `long` with letters left out (in order, same first letter). */
function leavesOut(short: string, long: string): boolean {
  if (short[0] !== long[0] || short.length >= long.length) return false;
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}

/** Consonant pairs that begin Indonesian words (loanwords included): "bros", "kripik", "sprei", "stok". */
const ONSETS = new Set(['br', 'bl', 'dr', 'fl', 'fr', 'gl', 'gr', 'kl', 'kr', 'pl', 'pr', 'sk', 'sl', 'sm', 'sn', 'sp', 'st', 'sw', 'tr', 'ps',
  'kh', 'sy', 'ny', 'ng', 'dh', 'th', 'ch', 'sh', 'ph', 'kw']);

/**
 * Whether the word could not be written in full Indonesian syllables: it opens with two
 * consonants no word opens with ("bsk", "rmh", "jjn"), ends in two consonants ("makn", "untg",
 * "ambl"; "ng" is one), or runs three consonants together ("sklh", "lstrk"). Real words
 * written in full ("tip", "spa", "cek", "sing", "baju") pass none of these and stay themselves.
 */
function unsyllabic(w: string): boolean {
  const cons: boolean[] = [];
  for (let i = 0; i < w.length; i++) {
    const c = w[i] as string;
    // "ng", "ny" are one sound.
    if ((c === 'g' || c === 'y') && w[i - 1] === 'n') continue;
    cons.push(!VOWELS.has(c));
  }
  const n = cons.length;
  if (n >= 2 && cons[0] && cons[1] && !ONSETS.has(w.slice(0, 2))) return true;
  if (n >= 2 && cons[n - 1] && cons[n - 2]) return true;
  for (let i = 2; i < n; i++) if (cons[i] && cons[i - 1] && cons[i - 2]) return true;
  return false;
}

/** Only letters a-z: a skeleton of other scripts or digits would match nothing sensible. */
function plain(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Whether two keywords play the same roles (their spellings may differ: "belanja", "blonjo"). */
function sameRoles(a: WordInfo, b: WordInfo): boolean {
  return a.canon === b.canon || (a.flags === b.flags && a.flags2 === b.flags2 && a.kind === b.kind && a.relDays === b.relDays &&
    a.num === b.num && a.scale === b.scale && a.period === b.period);
}

/**
 * Keywords a member abbreviates: Indonesian and regional words with a role. Numbers, amounts and
 * units are left out ("skt" is "sakit", ill, never Javanese "seket", 50; "kls" is no "kilos"), and so
 * are English forms ("tkng" is "tukang", never "taking"; "kds" no "kids"): members abbreviate
 * their own language, and a wrong figure or kind is worse than a word left unread.
 */
function abbreviable(word: string, info: WordInfo): boolean {
  if ((info.flags & (F_NUMWORD | F_SCALE | F_SLANG | F_UNIT)) !== 0) return false;
  if (word.endsWith('ing') || word.endsWith('ed')) return false;
  const last = word[word.length - 1] as string;
  const before = word[word.length - 2] as string;
  return !(last === 's' && !VOWELS.has(before));
}

export type AbbreviationLookup = (word: string) => WordInfo | null;

/** Builds the lookup from the lexicon's entries (keyword → what it is). */
export function buildAbbreviations(entries: Iterable<[string, WordInfo]>): AbbreviationLookup {
  const bySkeleton = new Map<string, [string, WordInfo][]>();
  for (const [word, info] of entries) {
    if (word.length < 4 || !plain(word) || (info.flags === 0 && info.flags2 === 0) || !abbreviable(word, info)) continue;
    const sk = skeleton(word);
    if (sk.length < 2) continue;
    const list = bySkeleton.get(sk);
    if (list === undefined) bySkeleton.set(sk, [[word, info]]);
    else list.push([word, info]);
  }
  return (word) => {
    if (word.length < 3 || !plain(word) || !unsyllabic(word)) return null;
    const sk = skeleton(word);
    // Two consonants at least: "ua", "eo" are no abbreviation of anything.
    if (sk.length < 2) return null;
    const list = bySkeleton.get(sk);
    if (list === undefined) return null;
    const vowels = vowelCount(word);
    let found: WordInfo | null = null;
    let extra = Infinity;
    for (const [kw, info] of list) {
      // Half its vowels gone at least, and no more than three letters: "baju" is no "bajua", "Sumi" no "suami".
      if (!leavesOut(word, kw) || vowels > Math.floor(vowelCount(kw) / 2) || kw.length - word.length > 3) continue;
      // Keywords of one meaning may have several spellings ("belanja", "blonjo"): any will do, the closest is kept.
      if (found !== null && !sameRoles(found, info)) return null;
      if (kw.length - word.length < extra) {
        found = info;
        extra = kw.length - word.length;
      }
    }
    return found;
  };
}
