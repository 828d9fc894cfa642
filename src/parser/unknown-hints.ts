/**
 * What a message that is no record still says about money, so the bot can ask one short
 * question instead of "not understood": a buyer with no amount ("tadi ada pembeli") or a
 * count of the cash she holds ("sisa uang di laci 200rb"), which is not a sale.
 */
import type { Analysis } from './analyze.ts';
import { T_WORD } from './lexer.ts';
import { DUTY } from './household-use.ts';
import { F_EXPENSE, F_NEG, F_REPAY, F_SALE, G_CAPITAL, G_HOUSEHOLD, G_WITHDRAW } from './word-roles.ts';

/** Who buys: with no amount, a sale she has not yet priced. */
const BUYERS = new Set(['pembeli', 'pembelinya', 'pelanggan', 'langganan', 'konsumen', 'customer', 'pembeli2']);
/** Where cash is kept: an amount there is what she holds, not what she sold. */
const CASH_PLACES = new Set(['laci', 'dompet', 'celengan', 'kaleng', 'brankas', 'kantong', 'saku']);
/** "sisa uang", "hitung uang", "uang kas": with "uang", a count of the money in hand. */
const CASH_COUNT = new Set(['sisa', 'hitung', 'dihitung', 'kas', 'tersisa', 'tinggal']);

const PURPOSE = new Set(['buat', 'untuk', 'utk', 'bwt', 'jadi']);

export type UnknownHint = 'sale_no_amount' | 'cash_count';

/** Whether a word's key is in `words`. (A module function: a named closure per call costs tsx's keepNames a defineProperty.) */
function has(a: Analysis, words: ReadonlySet<string>): boolean {
  for (const t of a.tokens) if (t.type === T_WORD && words.has(t.key)) return true;
  return false;
}

export function unknownHint(a: Analysis): UnknownHint | null {
  // "belum ada pembeli": no buyer came, nothing to ask about.
  if (a.nums.length === 0) return !a.question && has(a, BUYERS) && (a.f & F_NEG) === 0 ? 'sale_no_amount' : null;
  if (!a.nums.some((n) => n.rupiah !== null && n.rupiah > 0)) return null;
  // Money taken out, put in, paid or sold: a record, whatever drawer it came from.
  if ((a.f & (F_SALE | F_EXPENSE | F_REPAY)) !== 0 || (a.f2 & (G_WITHDRAW | G_CAPITAL | G_HOUSEHOLD)) !== 0) return null;
  // "celengan pecah 300rb buat tambah dagangan": money with a purpose is spent or put in, not counted.
  if (has(a, PURPOSE)) return null;
  // "sedekah 10rb dari laci warung": money given as a duty out of the drawer is spent, not counted.
  if (has(a, DUTY)) return null;
  const uang = a.tokens.some((t) => t.type === T_WORD && t.key === 'uang');
  return has(a, CASH_PLACES) || (uang && has(a, CASH_COUNT)) ? 'cash_count' : null;
}
