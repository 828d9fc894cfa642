/**
 * One slip of the thumb in a main verb: "jaul", "jula" (jual), "blei" (beli), "luku" (laku),
 * "blanjs"… Two letters swapped, one letter dropped, or the first vowel changed, in a verb of
 * four or more letters. Real words one slip away ("lauk", "laki", "buyar") are never read as
 * verbs. The record is still asked about unless everything else in it is accounted for
 * (record.ts lowers its confidence a little: "verb_typo").
 */
import type { WordInfo } from './word-roles.ts';

/** The verbs worth catching: the ones members write most. */
const VERBS = ['laku', 'jual', 'jualan', 'terjual', 'beli', 'belanja', 'bayar', 'kulakan', 'penjualan', 'pengeluaran', 'pemasukan'];
/** Everyday words one slip away from a verb: never verbs. */
const REAL_WORDS = new Set(['lauk', 'laki', 'lake', 'liku', 'luka', 'bela', 'bila', 'bali', 'buli', 'bili', 'jail', 'buyar', 'baya',
  'terjal', 'jala', 'jalan', 'lakon', 'kulak', 'kulkas', 'belana', 'balanja']);
const VOWELS = 'aiueo';

function variants(v: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < v.length; i++) if (v[i] !== v[i + 1]) out.push(v.slice(0, i) + v[i + 1] + v[i] + v.slice(i + 2));
  for (let i = 0; i < v.length; i++) out.push(v.slice(0, i) + v.slice(i + 1));
  const first = [...v].findIndex((ch) => VOWELS.includes(ch));
  if (first >= 0) for (const ch of VOWELS) if (ch !== v[first]) out.push(v.slice(0, first) + ch + v.slice(first + 1));
  return out;
}

/**
 * The typo table: each variant (4+ letters, not a known word) → a copy of its verb's entry
 * marked `typo`. `lookup` tells whether a spelling is already a word of the lexicon.
 */
export function buildVerbTypos(lookup: (w: string) => WordInfo | undefined): Map<string, WordInfo> {
  const typos = new Map<string, WordInfo>();
  for (const v of VERBS) {
    const info = lookup(v);
    if (!info) continue;
    const marked: WordInfo = { ...info, typo: true };
    for (const w of variants(v)) {
      if (w.length < 4 || REAL_WORDS.has(w) || lookup(w) !== undefined) continue;
      if (!typos.has(w)) typos.set(w, marked);
    }
  }
  return typos;
}
