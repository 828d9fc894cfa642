/**
 * A word typed with one slip of the thumb, read as the word she meant (issue #15, "books she can
 * trust"): members type on cheap phones, and a slip in a word some reader looks for ("maksuud",
 * "seeeekor", "kemrain") used to leave that reader blind, so the message was read
 * without it — often as a confident record of the wrong amount or kind.
 *
 * Two slips are undone, for a word no list knows as written:
 * - letters pressed twice or more ("lakuuu", "tabuuungan", "seeeekor"): each run of one letter
 *   is read as one or two of it, and the word is the one spelling of those that is known
 *   ("seekor", never "sekor"; "maaf" from "maaaf"); two known spellings of different meaning: none;
 * - two inner neighbours swapped ("pemsaukan", "kemrain"), in a word of five letters or more:
 *   the word is the one known word that close. A letter left out or added, or a swap at either
 *   end, is never guessed: real words the parser does not list are that close to its keywords
 *   ("nasi" to "ngasi", "telur" to "telu", "lauk" to "laku").
 *
 * "Known" is the parser's own vocabulary: the lexicon's spellings and every reader's trigger
 * words (triggers.ts, token-triggers.ts). A word some list already reads (a regional word, a
 * verb form, a name after a title) is never corrected, so a real word one slip from a keyword
 * keeps its own meaning. Called once per distinct word (the lexer caches what a word reads as),
 * and the lookups are map lookups: a few dozen for a long unknown word, nothing for a known one.
 */
import { listedSpellings, lookupExact } from './lexicon.ts';
import { isTriggerWord, triggerWords } from './triggers.ts';
import { tokenTriggerWords } from './token-triggers.ts';
import { F_EXPENSE, F_NUMWORD, F_PAYVERB, F_SALE, F_SCALE, F_SLANG, F_UNIT } from './word-roles.ts';

/** Words of at least this many letters are read through a swap (shorter ones are too alike). */
const MIN_SWAPPED = 5;
/** Beyond this many runs of a repeated letter, the one-or-two choices are not tried (2^n spellings). */
const MAX_RUNS = 4;
const LETTERS = /^[a-z]+$/;

let tokenWords: Set<string> | null = null;
function isTokenTriggerWord(w: string): boolean {
  if (tokenWords === null) tokenWords = new Set(tokenTriggerWords().flat());
  return tokenWords.has(w);
}

/** Whether the parser knows this spelling as written: the lexicon's or some reader's word. */
export function knownSpelling(w: string): boolean {
  return lookupExact(w) !== null || isTriggerWord(w) || isTokenTriggerWord(w);
}

/** What a known word means, so that two spellings of one word count as one candidate. */
function meaningOf(w: string): string {
  return lookupExact(w)?.canon ?? w;
}

/** Known words of MIN_SWAPPED+ letters, gathered at the first unknown word, when every reader has registered its words. */
let vocabulary: Set<string> | null = null;

function build(): Set<string> {
  const words = new Set<string>();
  for (const w of listedSpellings()) if (w.length >= MIN_SWAPPED && LETTERS.test(w)) words.add(w);
  for (const w of triggerWords()) if (w.length >= MIN_SWAPPED && LETTERS.test(w)) words.add(w);
  for (const list of tokenTriggerWords()) for (const w of list) if (w.length >= MIN_SWAPPED && LETTERS.test(w)) words.add(w);
  return words;
}

/**
 * "seeeekor" → "seekor": the known spelling with each run of a letter as one or two of it. Of
 * several known ones the longest, the fewest letters taken out ("eeeh": "eeh", as "eh" a word of
 * correcting); two of one length and different meanings: none.
 * `known` tells whether a spelling is read by any list.
 */
function undoubled(w: string, known: (s: string) => boolean): string | null {
  const runs: { c: string; n: number }[] = [];
  for (const c of w) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.c === c) last.n++;
    else runs.push({ c, n: 1 });
  }
  const long = runs.filter((r) => r.n > 1).length;
  if (long === 0 || long > MAX_RUNS) return null;
  let found: string | null = null;
  let tie = false;
  for (let mask = 0; mask < 1 << long; mask++) {
    let s = '';
    let k = 0;
    for (const r of runs) s += r.n === 1 ? r.c : r.c.repeat(((mask >> k++) & 1) === 1 ? 2 : 1);
    if (s === w || !known(s)) continue;
    if (found === null || s.length > found.length) {
      found = s;
      tie = false;
    } else if (s.length === found.length && meaningOf(s) !== meaningOf(found)) tie = true;
  }
  if (tie) return null;
  // "tambahhhan", "kerupukkk": a letter three times is never spelling, but a held key; with no
  // known word to read, each such run is one letter (a run of two may be the word's own: "tunggu").
  if (found === null && runs.some((r) => r.n > 2)) return runs.map((r) => r.c.repeat(r.n > 2 ? 1 : r.n)).join('');
  return found;
}

/**
 * "pemsaukan" → "pemasukan", "kemrain" → "kemarin": the one known word of MIN_SWAPPED+
 * letters with two of its inner letters swapped. Only inside the word: a slip at either end turns
 * real words into keywords ("lauk" is no "laku", "artos" no "ratos", "wati" no "wait"), and so does
 * a letter left out or one too many ("nasi" is no "ngasi", "telur" no "telu", "ikan" no "iklan"):
 * the parser knows its keywords, not every word of the language, so those are never guessed.
 */
function innerSwap(w: string, known: (s: string) => boolean): string | null {
  if (w.length < MIN_SWAPPED) return null;
  vocabulary ??= build();
  let found: string | null = null;
  for (let i = 1; i + 2 < w.length; i++) {
    if (w[i] === w[i + 1]) continue;
    const swapped = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    if (!vocabulary.has(swapped) && !known(swapped)) continue;
    if (found !== null && meaningOf(found) !== meaningOf(swapped)) return null;
    found ??= swapped;
  }
  return found;
}

/**
 * The known word `w` was meant as, or null. `w` is lower-case letters that nothing reads as
 * written (the lexer asks only then); `known` tells whether a spelling is read by the lexer's
 * other lists (regional words, verb roots), beside the vocabulary here.
 */
export function meantWord(w: string, readSomehow: boolean, known: (s: string) => boolean): string | null {
  if (!LETTERS.test(w)) return null;
  // (A word the lexicon reads by its tolerance — "lakuuu" squeezed, "jaul" a verb's slip, "bsk"
  // an abbreviation — keeps that reading, unless it is only doubled letters away from a spelling.)
  return undoubled(w, known) ?? (readSomehow ? null : innerSwap(w, known));
}

/** A verb of selling, buying or paying ("laku", "bayar", "dapat"): a half that may be split off. */
function moneyVerb(w: string): boolean {
  const info = lookupExact(w);
  return info !== null && (info.flags & (F_SALE | F_EXPENSE | F_PAYVERB)) !== 0 && (info.flags & (F_UNIT | F_SCALE | F_SLANG | F_NUMWORD)) === 0;
}

/** The shortest half beside a money verb, or after a scale ("ibukasih", "35rbdari"). */
const MIN_HALF = 3;
/** Affixes and particles written onto a verb ("bayarkan", "jualnya"): never a word of their own here. */
const AFFIXES = new Set(['kan', 'nya', 'lah', 'pun', 'kah', 'tah', 'nye', 'nyo', 'ane', 'ake', 'ana', 'ipun', 'aken', 'keun']);
/** Prefixes written onto a verb ("terbayar", "pembeli"). */
const PREFIXES = new Set(['ber', 'ter', 'per', 'pem', 'pen', 'men', 'mem', 'meng', 'peng', 'nge', 'mang', 'pan', 'ma', 'ba', 'ka', 'ke', 'se', 'di']);

function scaleWord(w: string): boolean {
  const info = lookupExact(w);
  return info !== null && (info.flags & F_SCALE) !== 0;
}

/**
 * Two known words typed without the space between them, split when exactly one place makes two
 * such words of MIN_HALF+ letters, and one of them is a money verb ("udahbayar", "bayarongkir",
 * "bungkusdapat", "ibukasih") or the first is a scale after a number ("35rbdibayar", "120rbjual"):
 * those are the slips that change what is recorded. Two other words run together are most often a
 * name or a word of their own ("Pekanbaru" is no "pekan baru", "bawang" no "ba wang"), and a verb
 * with its affix is one word ("bayarkan", "terbayar"). Both halves are the lexicon's or a reader's
 * own words, never one only a regional list reads ("undangan" is no "unda ngan", Balinese "unda"
 * being "saya"). `w` is lower-case letters that nothing reads as written.
 */
export function gluedPair(w: string): [string, string] | null {
  if (w.length < 2 * MIN_HALF || w.length > 30 || !LETTERS.test(w)) return null;
  let found: [string, string] | null = null;
  for (let k = 2; k + MIN_HALF <= w.length; k++) {
    const head = w.slice(0, k);
    const rest = w.slice(k);
    if (AFFIXES.has(rest) || PREFIXES.has(head) || !knownSpelling(head) || !knownSpelling(rest)) continue;
    const scaled = scaleWord(head) && rest.length >= 4;
    if (!scaled && (head.length < MIN_HALF || !(moneyVerb(head) || moneyVerb(rest)))) continue;
    if (found !== null) return null;
    found = [head, rest];
  }
  return found;
}
