/**
 * A word that names the kind of money, with the possessive or definite ending: "lakunya 210rb"
 * ("what sold came to"), "dapetnya 180rb", "omsetnya 1jt", "pengeluarannya 95rb", Javanese
 * "lakune", Sundanese "lakuna", Betawi "dapetnye", Minang "dapeknyo" — read as the word itself.
 *
 * WHY: "belanja bahan kue 120rb, lakunya 210rb" read "lakunya" as goods, so the clause took the
 * kind of the clause before it and her takings were recorded as a second purchase, with
 * confidence. A clause's own kind word, suffixed or not, names its kind.
 *
 * Only the stems below, spelt exactly, and only when the written form is no word of its own
 * (the lexer asks this after the lexicon, the regional words and possessive-nouns.ts). The
 * selling and buying verbs' own "-nya" forms ("jualnya", "belinya", "belanjanya", "payunya")
 * come from verb-forms.ts; "modalnya" stays the cost of what was sold (cost-of-sold.ts asks it).
 */
import { lookupWord } from './lexicon.ts';
import type { WordInfo } from './word-roles.ts';

/** Endings, longest first: "-nya", Betawi "-nye", Minang/Palembang "-nyo", Javanese "-ne", Sundanese "-na". */
const ENDINGS = ['nya', 'nye', 'nyo', 'ne', 'na'] as const;

/** Kind words whose suffixed form means the same money: what sold, what came in, what went out. */
const STEMS = new Set(['laku', 'dapat', 'dapet', 'omset', 'omzet', 'masuk', 'keluar', 'pemasukan', 'pengeluaran', 'pendapatan',
  'penjualan', 'belanjaan', 'penghasilan']);

/** The kind word's entry for its suffixed form ("lakunya" → laku's), or null. */
export function suffixedKindWord(word: string): WordInfo | null {
  for (const end of ENDINGS) {
    if (!word.endsWith(end)) continue;
    const stem = word.slice(0, -end.length);
    if (!STEMS.has(stem)) continue;
    return lookupWord(stem);
  }
  return null;
}
