/**
 * The kind she tells the bot to write: "laku 50rb, tolong catat sebagai modal", "…, dicatat jadi
 * pengeluaran ya", "masukin ke penjualan". She names the kind herself, so the entries beside it
 * must be that kind; when the readers found another kind, the record is asked (never the other
 * kind written unasked). What the words beside the money meant is hers to say.
 *
 * Only a recording verb, then "sebagai"/"jadi"/"ke" (a particle may stand between), then a listed
 * kind word decides. "jadi modal" alone (after a putting verb) is money-owner.ts's reading.
 */
import type { Analysis } from './analyze.ts';
import { T_WORD, type Token } from './lexer.ts';
import type { EntryKind } from './types.ts';

/** Verbs of writing it down: catat and its spoken forms, input, put in. */
const RECORD = new Set(['catat', 'dicatat', 'catet', 'dicatet', 'dicatatkan', 'dicatetin', 'dicatatin', 'catatin', 'catetin', 'ctt',
  'dictt', 'tulis', 'ditulis', 'input', 'diinput', 'diinputin', 'masukin', 'dimasukin', 'dimasukkan', 'dimasukan', 'masukkan', 'masukan',
  'catatkan', 'catetke', 'dicatetke', 'dicatetne']);
/** "as", "into": the word that names what she writes it as. */
const AS = new Set(['sebagai', 'jadi', 'jd', 'ke', 'kedalam', 'dalam']);
/** Words allowed between the verb and "sebagai": "catat aja sebagai", "dicatat ya jadi". */
const PARTICLE = new Set(['aja', 'saja', 'ya', 'yah', 'dong', 'deh', 'bu', 'kak', 'nya', 'itu', 'ini', 'semua', 'semuanya']);
/** The kinds she can name, and the entry kinds each allows. */
const KINDS: ReadonlyMap<string, readonly EntryKind[]> = new Map([
  ['modal', ['capital']],
  ['pengeluaran', ['expense']], ['belanja', ['expense']], ['biaya', ['expense']], ['keluar', ['expense']],
  ['penjualan', ['sale']], ['jualan', ['sale']], ['omzet', ['sale']], ['omset', ['sale']], ['pendapatan', ['sale']],
  ['pemasukan', ['sale', 'capital']], ['masuk', ['sale', 'capital']],
  ['prive', ['withdrawal']], ['ambilan', ['withdrawal']],
]);

/** The entry kinds her words allow, or null when she names none. */
export function kindTold(a: Analysis): readonly EntryKind[] | null {
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !RECORD.has(t.key)) continue;
    let k = i + 1;
    while (k < tokens.length && PARTICLE.has((tokens[k] as Token).key)) k++;
    const as = tokens[k];
    // (The lexicon reads "sbg" as "sebiji"; as written, after a recording verb, it is "sebagai".)
    if (as === undefined || !(AS.has(as.key) || as.text.toLowerCase() === 'sbg')) continue;
    const kinds = KINDS.get(tokens[k + 1]?.key ?? '');
    if (kinds !== undefined) return kinds;
  }
  return null;
}
