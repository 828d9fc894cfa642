/**
 * Verbs of putting money in and of giving, known by their root whatever their affixes: every
 * form of "tambah" (add) — Indonesian "menambahkan", "nambahin", Javanese "nambahi",
 * "nambahke", Sundanese "nambihan", "ditambihan", Minang "manambah" — reads as "tambah",
 * its passive forms as "ditambah"; so do "isi" (fill: "ngisi", "diisiin"), "suntik" (inject:
 * "nyuntik", Minang "manyuntiak"), "masukkan" (put in: "masukin", "dimasukke") and "kasih"
 * (give: "ngasih", "memberikan", Sundanese "bere", Javanese "weneh" → "dikasih" when passive).
 *
 * WHY: the readers of capital put in and given ("tambah modal" in phrases.ts, money-owner.ts,
 * intents/own-money-in.ts, outside-capital.ts, given-capital.ts) each kept a hand-written list
 * of these forms, and a form missing from one list ("salaki nambihan modal 300 rebu") was read
 * as an expense with confidence. The lexer gives a form its root as key (lexer.ts), so a
 * reader checks the root once and every form, standard or regional, reaches it.
 *
 * Forms that are other words stay what they are: "kasihan" (pity), "kekasih" (lover),
 * "termasuk" (including), "kemasukan" (possessed), "isinya"/"isine" (its contents: the
 * possessive of the noun "isi"), "tambahan" (an addition: read by its own text where it
 * matters). Pure data built once at module load.
 */
import { nasal } from './verb-forms.ts';

interface MeaningRoot {
  /** The key every active form reads as. */
  root: string;
  /** The key of its passive forms ("di-", Sundanese "ka-"). */
  passive: string;
  /** Spellings of the root the affixes attach to (Sundanese "tambih", Minang "suntiak"). */
  stems: readonly string[];
  /** Forms the rules do not make. */
  extra?: readonly string[];
  /** Forms the rules make that are other words. */
  not?: readonly string[];
}

const ROOTS: readonly MeaningRoot[] = [
  { root: 'tambah', passive: 'ditambah', stems: ['tambah', 'tambih'], extra: ['manambahan', 'ketambahan'],
    not: ['tambahan', 'tambihan', 'tambahane', 'tambahanne', 'ditambahan'] },
  { root: 'isi', passive: 'diisi', stems: ['isi'], extra: ['mangisi', 'maisi', 'terisi', 'keisi'], not: ['isian'] },
  { root: 'suntik', passive: 'disuntik', stems: ['suntik', 'suntiak'], not: ['suntikan', 'suntiakan'] },
  // "masuk" alone is come in (a weak money-in word in the lexicon): only its transitive forms put in.
  { root: 'masukkan', passive: 'dimasukkan', stems: [], extra: ['masukin', 'masukkan', 'masukan', 'masukke', 'masukno', 'masukake', 'masukkeun',
    'memasukkan', 'memasukan', 'mamasuakan', 'ngemasukin', 'dimasukin', 'dimasukkan', 'dimasukan', 'dimasukke', 'dimasukno', 'dimasukkeun',
    'dimasuakan'] },
  { root: 'kasih', passive: 'dikasih', stems: ['kasih', 'kasi', 'beri', 'bere', 'weneh', 'wenehi'],
    extra: ['memberi', 'memberikan', 'diberikan', 'diberikeun', 'mere', 'mereke', 'ngewenehi', 'menehake'],
    not: ['kasihan', 'kasian', 'kasihi', 'mengasihi', 'dikasihi', 'beriin', 'meri', 'merian', 'merin', 'merina', 'meriake', 'bereke',
      'berean', 'kakasih', 'kakasi', 'kakasihan', 'kakasihin', 'mengasih', 'mengasihan', 'menenehi', 'nenehi', 'weneh', 'wenehan', 'berin', 'beran'] },
];

/** Active suffixes: Indonesian "-kan", Betawi "-in", Javanese "-i", "-ke", "-ake", Sundanese "-an", "-keun". */
const SUFFIXES = ['', 'in', 'kan', 'i', 'ke', 'ake', 'an', 'keun'];

const FORMS = new Map<string, string>();
for (const r of ROOTS) {
  const not = new Set(r.not ?? []);
  const put = (form: string, key: string): void => {
    if (!not.has(form) && !FORMS.has(form)) FORMS.set(form, key);
  };
  for (const stem of r.stems) {
    // Minang "ma-" before the nasal form: "manambah", "mangisi".
    const actives = [stem, ...nasal(stem), `ma${nasal(stem)[0] as string}`];
    for (const s of actives) for (const x of SUFFIXES) put(s + x, r.root);
    for (const x of SUFFIXES) {
      put(`di${stem}${x}`, r.passive);
      put(`ka${stem}${x}`, r.passive);
    }
  }
  for (const e of r.extra ?? []) put(e, e.startsWith('di') || e.startsWith('ke') || e.startsWith('ter') ? r.passive : r.root);
}

/** The root key of a putting-in or giving verb form ("nambihan" → "tambah", "dibere" → "dikasih"), or null. */
export function rootOf(word: string): string | null {
  return FORMS.get(word) ?? null;
}

/** Every form read as `key` (for tests and the docs). */
export function formsOf(key: string): string[] {
  return [...FORMS].filter(([, k]) => k === key).map(([f]) => f);
}
