/**
 * One purchase for the home and the business together: "beli kulkas 3,5jt buat rumah sama
 * jualan es", "beli beras 100rb buat makan sama buat dagangan". How much of it is the
 * business's she alone knows; it is never recorded at once as a business expense (nor as a
 * withdrawal). Read from the purpose clause: a purpose word, then both a mark of the home
 * and a mark of the business.
 */
import type { Analysis } from './analyze.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { G_HOUSEHOLD } from './word-roles.ts';

const PURPOSE = new Set(['buat', 'untuk', 'utk', 'bwt', 'kanggo', 'gawe', 'dipake', 'dipakai', 'keperluan']);
const HOME = new Set(['rumah', 'keluarga', 'pribadi', 'sendiri', 'dapur', 'makan', 'anak', 'anak-anak', 'dirumah']);
const BUSINESS = new Set(['jualan', 'dagangan', 'dagang', 'usaha', 'warung', 'toko', 'kios', 'lapak', 'produksi', 'katering', 'catering',
  'pesanan', 'orderan', 'jahitan', 'salon']);

const AND = new Set(['sama', 'sm', 'ama', 'dan', 'dn', 'plus', 'sekalian', 'juga', 'atau', 'ato']);

/** Whether a purpose in the message names both the home and the business. */
export function mixedUse(a: Analysis): boolean {
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    if (!PURPOSE.has((tokens[i] as Token).key)) continue;
    // Both, joined: "buat rumah sama jualan" ("buat masak jualan" is cooking for the business).
    let first: 'home' | 'business' | null = null;
    let joined = false;
    for (let j = i + 1; j < tokens.length; j++) {
      const t = tokens[j] as Token;
      if (t.type === T_NL || (t.type === T_PUNCT && (t.text === '.' || t.text === ';'))) break;
      if (t.type === T_PUNCT && (t.text === '&' || t.text === '+' || t.text === ',')) joined = first !== null;
      if (t.type !== T_WORD) continue;
      if (AND.has(t.key)) joined = first !== null;
      const mark = HOME.has(t.key) || ((t.f2 & G_HOUSEHOLD) !== 0 && t.key !== 'arisan') ? 'home' : BUSINESS.has(t.key) ? 'business' : null;
      if (mark === null) continue;
      if (first === null) first = mark;
      else if (mark !== first && joined) return true;
    }
  }
  return false;
}
