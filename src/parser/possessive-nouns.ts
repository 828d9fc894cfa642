/**
 * A cost, supply, household or money noun with a possessive or definite ending reads as the
 * noun: Indonesian "bensinnya", Betawi "ongkosnye", Javanese "ongkose", "gajine", Sundanese
 * "sewana", Minang/Palembang "listriknyo" — "the petrol", "the fare".
 *
 * WHY: "bapak ngojek hari ini dapet 85rb, bensinnya 20rb" read "bensinnya" as no word at all,
 * so the second clause took the first one's kind and the petrol was recorded as a sale with
 * confidence. each-words.ts does the same for counting units ("porsinya", "bungkuse").
 *
 * Only when the written form is no word of its own (the lexer asks this after the lexicon and
 * the regional words; OWN_WORDS below), and only nouns: a verb with "-nya" ("bayarnya", "belinya") is read by
 * its own rules. Money ("uange", "duitna", "duitnyo") reads as "uangnya", the total of the line,
 * as "uangnya" and "duite" already do.
 */
import { lookupWord } from './lexicon.ts';
import { F_ITEMISH, G_HOUSEHOLD, type WordInfo } from './word-roles.ts';

/** Endings, longest first: "-nya", Betawi "-nye", Minang/Palembang "-nyo", Javanese "-ne", Sundanese "-na", Javanese "-e". */
const ENDINGS = ['nya', 'nye', 'nyo', 'ne', 'na', 'e'] as const;
/** Money in a word: its possessive is the line's total. */
const MONEY = new Set(['uang', 'duit', 'doku', 'pitih']);
/**
 * Possessive forms that are words of their own for the readers, kept as written: "modalnya" is
 * the cost of the goods just sold (cost-of-sold.ts asks it), "gajinya", "upahnya" someone's pay
 * (whose, each or in all: the wage readers ask "karyawan 2 orang gajinya 500rb").
 */
const OWN_WORDS = new Set(['modal', 'gaji', 'upah', 'honor']);

/** The noun's entry for a possessive form ("bensinnya" → bensin's), or null. */
export function possessiveNoun(word: string): WordInfo | null {
  for (const end of ENDINGS) {
    if (!word.endsWith(end) || word.length - end.length < 3) continue;
    const stem = word.slice(0, -end.length);
    // "-e" follows a consonant ("ongkose"); after a vowel the ending is "-ne" ("sewane").
    if (end === 'e' && 'aiueo'.includes(stem[stem.length - 1] as string)) continue;
    if (MONEY.has(stem)) return lookupWord('uangnya');
    const info = lookupWord(stem);
    // Only a word spelt exactly (no typo or elongation reading of a stem).
    if (info === null || (info.canon !== stem && lookupWord(info.canon) !== info)) continue;
    if (OWN_WORDS.has(info.canon)) return null;
    if ((info.flags & F_ITEMISH) !== 0 || (info.flags2 & G_HOUSEHOLD) !== 0) return info;
  }
  return null;
}
