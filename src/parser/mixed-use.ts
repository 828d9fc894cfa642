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

const PURPOSE = new Set(['buat', 'untuk', 'utk', 'bwt', 'gawe', 'dipake', 'dipakai', 'dipakek', 'dienggo', 'dinggo', 'keperluan']);
const HOME = new Set(['rumah', 'keluarga', 'pribadi', 'sendiri', 'dapur', 'makan', 'anak', 'anak-anak', 'dirumah']);
const BUSINESS = new Set(['jualan', 'dagangan', 'dagang', 'usaha', 'warung', 'toko', 'kios', 'lapak', 'produksi', 'katering', 'catering',
  'pesanan', 'orderan', 'jahitan', 'salon', 'pesenan']);

/**
 * A trip that does two errands: "isi bensin 30rb, sekalian antar anak sekolah dan antar pesanan", "bensin 20rb
 * sambil jemput anak terus kirim orderan". "sekalian"/"sambil" opens the uses like a purpose word, but only
 * before an errand ("sekalian beli telur" is a second purchase, not a second use).
 */
const ALONG = new Set(['sekalian', 'sekaligus', 'sambil', 'sembari', 'sambi']);
const ERRANDS = new Set(['antar', 'anter', 'antarin', 'anterin', 'nganter', 'nganterin', 'ngantar', 'ngantarin', 'mengantar', 'ngeter',
  'jemput', 'jemputin', 'ngejemput', 'menjemput', 'njemput', 'kirim', 'ngirim', 'kirimin', 'ngirimin', 'mampir', 'ke', 'pergi', 'nganteri']);

/** A purpose opens at i: a purpose word, or "sekalian" before an errand ("sekalian antar anak"). */
function opensUse(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (PURPOSE.has(t.key)) return true;
  if (!ALONG.has(t.key)) return false;
  const n = tokens[i + 1];
  return n !== undefined && n.type === T_WORD && ERRANDS.has(n.key);
}

/** Words that put the next errand after the first. */
const THEN = new Set(['terus', 'trus', 'trs', 'lalu', 'lanjut', 'abis', 'habis']);

const AND = new Set(['sama', 'sm', 'ama', 'dan', 'dn', 'plus', 'sekalian', 'juga', 'atau', 'ato']);

/** Words that add a use to one already there: "dipakai anak juga", "sekalian buat rumah". */
const ALSO = new Set(['juga', 'jg', 'sekalian', 'sekaligus']);
/** Verbs of using that state a second use after the purchase. */
const SECOND_USE = new Set(['dipake', 'dipakai', 'dipakek', 'kepake', 'kepakai', 'dienggo', 'dinggo']);

/** Whether an also-word closes the clause from `i` ("dipake anak juga"). */
function alsoAfter(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.type === T_NL || (t.type === T_PUNCT && (t.text === '.' || t.text === ';' || t.text === ','))) return false;
    if (t.type === T_WORD && ALSO.has(t.key)) return true;
  }
  return false;
}

/** Whether a purpose in the message names both the home and the business. */
/** Words of a place beside another: "deket rumah", "depan rumah" name where, not what for. */
const NEAR = new Set(['deket', 'dekat', 'depan', 'samping', 'sebelah', 'belakang', 'seberang', 'sblh']);

export function mixedUse(a: Analysis): boolean {
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    if (!opensUse(tokens, i)) continue;
    // Errands follow one another: "sambil jemput anak terus kirim orderan".
    const along = ALONG.has((tokens[i] as Token).key);
    // Both, joined: "buat rumah sama jualan" ("buat masak jualan" is cooking for the business).
    let first: 'home' | 'business' | null = null;
    let joined = false;
    // The other side named but not yet joined: "buat jualan tp dipake anak sekolah juga" —
    // an also-word after it joins them all the same.
    let other = false;
    for (let j = i + 1; j < tokens.length; j++) {
      const t = tokens[j] as Token;
      if (t.type === T_NL || (t.type === T_PUNCT && (t.text === '.' || t.text === ';'))) break;
      if (t.type === T_PUNCT && (t.text === '&' || t.text === '+' || t.text === ',')) joined = first !== null;
      if (t.type !== T_WORD) continue;
      if (along && THEN.has(t.key)) joined = first !== null;
      if (AND.has(t.key)) {
        if (other && ALSO.has(t.key)) return true;
        joined = first !== null;
      }
      // A second use stated ("… tapi dipakai anak juga") joins like "sama".
      if (first !== null && SECOND_USE.has(t.key)) joined = true;
      const mark = HOME.has(t.key) || ((t.f2 & G_HOUSEHOLD) !== 0 && t.key !== 'arisan') ? 'home' : BUSINESS.has(t.key) ? 'business' : null;
      if (mark === null) continue;
      // "…, di warung deket rumah udah langka": a place near home where she looked, no use of the home.
      if (mark === 'home' && NEAR.has((tokens[j - 1] as Token).key)) continue;
      if (first === null) first = mark;
      else if (mark !== first && joined) return true;
      else if (mark !== first) other = true;
    }
    // "beli HP 1,8jt, dipake anak sekolah juga": a thing bought and used at home as well.
    if (first === 'home' && SECOND_USE.has((tokens[i] as Token).key) && alsoAfter(tokens, i)) return true;
  }
  return false;
}
