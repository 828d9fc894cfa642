/**
 * Words typed without their spaces, split back before anything reads them:
 *
 * - number words run together, as a voice keyboard or a hurried thumb writes them:
 *   "limabelas" (lima belas), "limaratus", "duapuluh", Javanese "rongewu" (rong ewu) and
 *   "limangatus" (limang atus). Only when every part is a number or scale word of at least
 *   three letters, so no ordinary word is taken apart ("teluk" is not "telu k").
 * - a scale with "-nya" glued on: "100rbnya" (100rb nya), "2jtnya".
 * - a main verb glued to the goods after it: "juallapis", "belitepung", "jualbros". Only for
 *   a word the lexicon does not know, whose rest is at least three letters and is not an
 *   affix ("lakukan", "belinya", "jualannya" stay whole), and never a real word that merely
 *   starts like a verb ("belimbing", "payudara").
 * - a Makassar or Bugis particle glued to a verb: "lakumi", "terjualji" (the verb alone).
 *
 * Pure string work on one word, called by the lexer for words it does not know.
 */
import { lookupWord } from './lexicon.ts';
import { F_EXPENSE, F_NUMWORD, F_SALE, F_SCALE } from './word-roles.ts';

/** Verbs that are glued to their goods ("juallapis"), longest first. */
const GLUED_VERBS = ['belanja', 'blanja', 'jual', 'beli', 'laku', 'tuku', 'payu', 'adol'] as const;
/** What may follow a verb in one word without being goods: its own affixes. */
const AFFIX_STARTS = ['an', 'kan', 'nya', 'in', 'ne', 'na', 'lah'] as const;
/** Real words that begin with a verb. */
const NOT_GLUED = new Set(['belimbing', 'payudara', 'lakuna', 'belinda', 'belimbingwuluh']);

/**
 * Makassar and Bugis particles glued to a verb: "lakumi" (sold already), "terjualji" (only
 * sold), "abismi", "dibelimi". They carry no meaning for the books: the verb is read alone.
 */
const CLITICS = ['mi', 'ji', 'ki', 'mo'] as const;

/** "lakumi" → ["laku"]; null when the word is not a sale or purchase verb with a particle. */
function splitClitic(w: string): string[] | null {
  for (const c of CLITICS) {
    if (!w.endsWith(c)) continue;
    const head = lookupWord(w.slice(0, -c.length));
    if (head !== null && (head.flags & (F_SALE | F_EXPENSE)) !== 0 && head.kind !== undefined) return [w.slice(0, -c.length)];
  }
  return null;
}

/** The longest number or scale word ("sembilan", "sangalas", "sewelas"). */
const LONGEST_PART = 9;

function isNumberPart(w: string): boolean {
  if (w.length < 3) return false;
  const info = lookupWord(w);
  return info !== null && (info.flags & (F_NUMWORD | F_SCALE)) !== 0;
}

/** "limabelas" → ["lima", "belas"]; null when the word is not number words run together. */
function splitNumberRun(w: string, depth: number): string[] | null {
  if (depth > 6) return null;
  if (isNumberPart(w) && depth > 0) return [w];
  // Longest head first: "seratuslima" is "seratus lima", not "se…". No number word is longer
  // than LONGEST_PART letters, so an unknown word costs a handful of look-ups at most.
  for (let k = Math.min(w.length - 3, LONGEST_PART); k >= 3; k--) {
    const head = w.slice(0, k);
    if (!isNumberPart(head)) continue;
    const rest = splitNumberRun(w.slice(k), depth + 1);
    if (rest) return [head, ...rest];
  }
  return null;
}

/** "juallapis" → ["jual", "lapis"]; null when it is no verb glued to goods. */
function splitVerb(w: string): string[] | null {
  if (NOT_GLUED.has(w)) return null;
  for (const v of GLUED_VERBS) {
    if (!w.startsWith(v)) continue;
    const rest = w.slice(v.length);
    if (rest.length < 3 || AFFIX_STARTS.some((s) => rest.startsWith(s))) return null;
    return [v, rest];
  }
  return null;
}

/** The words a glued word stands for, or null to keep it whole. `w` is lower-case letters the lexicon does not know. */
export function splitGlued(w: string): string[] | null {
  // "100rbnya", "2jtnya": a scale with "-nya" glued on — a part of an amount (part-amount.ts).
  if (w.length >= 4 && w.length <= 9 && w.endsWith('nya')) {
    const head = lookupWord(w.slice(0, -3));
    if (head !== null && (head.flags & F_SCALE) !== 0) return [w.slice(0, -3), 'nya'];
  }
  if (w.length < 6 || w.length > 40) return null;
  return splitNumberRun(w, 0) ?? splitClitic(w) ?? splitVerb(w);
}
