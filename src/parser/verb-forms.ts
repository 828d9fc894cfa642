/**
 * Regional and everyday selling and buying verbs as roots with their affixed forms, so a
 * form nobody wrote into the lexicon by hand is still known: Sundanese "ical" (sell) gives
 * "ngical", "diical", "kaical"; "galeuh" (buy) gives "ngagaleuh", "digaleuh"; Javanese
 * "tuku" gives "nuku", "dituku", "tukune"; Betawi "jual" gives "ngejual", "dijualin",
 * "kejual". lexicon.ts adds every form that is not already a word it knows (a form that
 * is, keeps its own meaning).
 *
 * The forms: the root; the nasal (active) forms — a vowel takes "ng"/"nga"/"meng", k → ng,
 * t → n, p → m, s → ny, b → m/mem, other consonants "nge"/"me(n)"; the passive and
 * accidental "di-", "ke-", "ka-", "ter-"; and each of those with a suffix ("-an", "-in",
 * "-kan", "-ke", "-ake", "-ne", "-na", "-nya", "-i"). Pure data built once at module load.
 */
import type { EntryKind } from './types.ts';

export interface VerbRoot {
  root: string;
  kind: Extract<EntryKind, 'sale' | 'expense'>;
  /** Needs a money cue, like the weak verbs ("mundut" is also "to take" in Javanese krama). */
  weak?: boolean;
  /** false: the root alone is another word ("dodol" is also the sweet); only its affixed forms are verbs. */
  bare?: boolean;
  /** Forms the rules do not make (irregular stems: Javanese "dodol" → "ngedol", "tuku" → "nukokke"). */
  extra?: readonly string[];
}

/**
 * Roots, by language. Sale: Indonesian/Betawi jual; Sundanese ical, jual; Javanese adol,
 * dodol, sade (krama); Minang jua (manjua, tajua); Madurese/Banjar bajual, tajual; Bugis balu (mabbalu). Buy: Indonesian/Betawi
 * beli, belanja; Sundanese beuli (meuli), galeuh (ngagaleuh), meser (lemes); Javanese tuku,
 * tumbas (krama), kulak (buying stock), blonjo; Minang bali (mambali), balanjo.
 */
export const VERB_ROOTS: readonly VerbRoot[] = [
  { root: 'jual', kind: 'sale', extra: ['njual', 'ngejual', 'ngejualin', 'penjualan', 'jualin',
    // Banjar and Malay "ba-"/"ta-": bajual (selling), tajual (sold)
    'bajual', 'bajualan', 'tajual', 'tajualan', 'bejual'] },
  { root: 'ical', kind: 'sale', extra: ['ngical', 'ngicalan', 'kaical', 'diical', 'icalan'] },
  { root: 'adol', kind: 'sale', extra: ['ngadol', 'didol', 'adolan', 'diadol', 'didolke', 'ngedolke', 'dodolke', 'kedol', 'kedodol'] },
  { root: 'dodol', kind: 'sale', bare: false, extra: ['ngedol', 'dodolan', 'didodol'] },
  { root: 'sade', kind: 'sale', extra: ['nyade', 'disade', 'sadean', 'nyadeake'] },
  { root: 'payu', kind: 'sale', extra: ['payune', 'payunya', 'wis payu', 'kepayon'] },
  { root: 'manjua', kind: 'sale', extra: ['dijua', 'tajua', 'tajuanyo', 'bajua', 'bajualan', 'bejualan', 'bejual', 'ajual', 'ajuwal', 'ngajual'] },
  // Bugis/Makassar "balu" (sell): mabbalu, dibalu, nabalu; alone it is also "widow".
  { root: 'balu', kind: 'sale', bare: false, extra: ['mabbalu', 'mappabalu', 'nabalu', 'ribalu', 'dibalu', 'napabalu', 'balukang'] },
  { root: 'beli', kind: 'expense', extra: ['ngebeli', 'ngebeliin', 'beliin', 'dibeliin', 'pembelian', 'membelikan', 'kebeli', 'terbeli'] },
  { root: 'belanja', kind: 'expense', extra: ['belanjain', 'dibelanjain', 'dibelanjakan', 'membelanjakan', 'berbelanja',
    'pembelanjaan', 'ngebelanjain', 'belanjakan'] },
  { root: 'beuli', kind: 'expense', extra: ['meuli', 'mareuli', 'dibeuli', 'kabeuli', 'dibeulian'] },
  { root: 'galeuh', kind: 'expense', extra: ['ngagaleuh', 'digaleuh', 'kagaleuh', 'ngagaleuhan'] },
  { root: 'meser', kind: 'expense', extra: ['dipeser', 'mesern'] },
  { root: 'tuku', kind: 'expense', extra: ['nuku', 'dituku', 'tukune', 'nukokke', 'nukoke', 'nukokake', 'ditukokke', 'tukon',
    'tukokke', 'ketuku'] },
  { root: 'tumbas', kind: 'expense', extra: ['numbas', 'ditumbas', 'numbasake', 'tumbasan'] },
  { root: 'kulak', kind: 'expense', extra: ['ngulak', 'kulakan', 'dikulak', 'kulakke', 'ngulakke', 'kulakane', 'kulakannya'] },
  { root: 'blonjo', kind: 'expense', extra: ['blonjoan', 'blanjan', 'blanjakke'] },
  { root: 'balanjo', kind: 'expense', extra: ['babalanjo', 'mambalanjoan', 'mambali', 'dibali'] },
  { root: 'restock', kind: 'expense', extra: ['restok', 'nyetok', 'nyetock', 'stok ulang'] },
  { root: 'mundut', kind: 'expense', weak: true, extra: ['mundhut', 'dipundut', 'dipundhut'] },
];

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
/** Forms the rules make that are everyday words or names ("Meli" is a name, "mayu" a word): never verbs. */
/** Stems that are names ("Meli", "Melina"): no form of them is a verb. */
const NOT_PREFIXES = ['meli', 'mayu'];
const NOT_FORMS = new Set(['belian', 'beline', 'belina', 'kabeli', 'terical', 'kaadol',
  'keadol', 'teradol', 'menuku']);
const SUFFIXES = ['', 'an', 'in', 'kan', 'ke', 'ake', 'ne', 'na', 'nya', 'i'];

/** The active (nasal) forms of a root, by its first letter. */
export function nasal(root: string): string[] {
  const c = root[0] as string;
  const rest = root.slice(1);
  if (VOWELS.has(c)) return [`ng${root}`, `nga${root}`, `meng${root}`, `nge${root}`];
  switch (c) {
    case 'k':
      return [`ng${rest}`, `nga${root}`, `meng${rest}`];
    case 't':
      return [`n${rest}`, `men${rest}`, `nge${root}`];
    case 'p':
      return [`m${rest}`, `mem${rest}`, `nge${root}`];
    case 's':
      return [`ny${rest}`, `meny${rest}`, `nge${root}`];
    case 'b':
      return [`m${rest}`, `mem${root}`, `nge${root}`];
    default:
      return [`nge${root}`, `nga${root}`, `men${root}`, `me${root}`];
  }
}

/** Every form of one root (one-word forms only; two-word extras are left to the caller). */
export function verbForms(v: VerbRoot): string[] {
  const stems = [v.root, ...nasal(v.root), `di${v.root}`, `ke${v.root}`, `ka${v.root}`, `ter${v.root}`];
  const out = new Set<string>();
  for (const s of stems) for (const x of SUFFIXES) out.add(s + x);
  for (const e of v.extra ?? []) if (!e.includes(' ')) out.add(e);
  if (v.bare === false) out.delete(v.root);
  return [...out].filter((f) => !NOT_FORMS.has(f) && !NOT_PREFIXES.some((p) => f.startsWith(p)));
}
