/**
 * Her own money used as capital, in a clause of a longer record:
 *   "uang THR 1jt aku pake modal jualan baju, trus laku 2 baju 175rb",
 *   "tabungan 500rb saya pakai buat modal", "gaji suami 2jt dijadikan modal warung".
 *
 * WHY: "pake"/"pakai" is a weak withdrawal verb ("pakai uang jualan 100rb buat dapur"), so
 * money of hers that she used *as capital* was recorded as money taken out of the business —
 * the opposite direction. When the clause names money of hers or her household's before the
 * verb (THR, gaji, tabungan, uang pribadi/sendiri, uang suami) and "modal" follows the verb
 * (straight, or after "buat/untuk/jadi"), the verb puts money in: capital. "pake modal 200rb
 * beli terigu" (no money of hers named) stays as it was: capital spent on goods is a purchase.
 */
import type { Token } from './lexer.ts';
import { T_NUM, T_WORD } from './lexer.ts';
import { G_HONORIFIC } from './word-roles.ts';

/** Using or turning into: the verb before "modal". */
const USE = new Set(['pake', 'pakai', 'dipake', 'dipakai', 'pakek', 'make', 'memakai', 'jadikan', 'dijadikan', 'jadiin', 'dijadiin']);
/** Between the verb and "modal". */
const AS = new Set(['buat', 'untuk', 'utk', 'bwt', 'bt', 'jadi', 'sebagai', 'nambah', 'tambah']);
/** Money of hers or her household's, named before the verb. */
const OWN_MONEY = new Set(['thr', 'thrnya', 'gaji', 'gajinya', 'gajiku', 'gajian', 'bonus', 'pesangon', 'pensiun', 'tabungan', 'tabunganku',
  'celengan', 'simpanan', 'pribadi', 'suami', 'warisan']);
/** People whose business she could fund. */
const FOR_OTHERS = new Set(['anak', 'anakku', 'adik', 'adek', 'adikku', 'keponakan', 'ponakan', 'tetangga', 'teman', 'temen', 'saudara', 'sodara']);
/** The business's money or a customer's: no money of hers. */
const NOT_HERS = new Set(['jualan', 'dagangan', 'hasil', 'omset', 'omzet', 'laba', 'untung', 'kas', 'laci', 'pembeli', 'pelanggan',
  'koperasi', 'pinjaman', 'utang', 'hutang']);

/** Whether the withdrawal-kind verb at `i` puts her own money in as capital (see the file comment). */
export function ownMoneyAsCapital(tokens: readonly Token[], i: number, start: number): boolean {
  if (!USE.has((tokens[i] as Token).key)) return false;
  let j = i + 1;
  while (j < i + 3 && tokens[j]?.type === T_WORD && AS.has((tokens[j] as Token).key)) j++;
  if (!(tokens[j]?.key ?? '').startsWith('modal')) return false;
  // "buat modal anak", "modal usaha adik": capital for someone else's business is no capital of hers.
  for (let k = j + 1; k <= j + 2 && tokens[k]?.type === T_WORD; k++) {
    if (((tokens[k] as Token).f2 & G_HONORIFIC) !== 0 || FOR_OTHERS.has((tokens[k] as Token).key)) return false;
  }
  let own = false;
  for (let k = start; k < i; k++) {
    const t = tokens[k] as Token;
    if (t.type !== T_WORD && t.type !== T_NUM) return false; // one clause: no comma between
    if (NOT_HERS.has(t.key)) return false;
    if (OWN_MONEY.has(t.key)) own = true;
  }
  return own;
}

/** Whether some clause of the message puts her own money in as capital this way. */
export function usesOwnMoneyAsCapital(tokens: readonly Token[]): boolean {
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD && t.type !== T_NUM) start = i + 1;
    else if (ownMoneyAsCapital(tokens, i, start)) return true;
  }
  return false;
}
