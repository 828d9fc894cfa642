/**
 * What a message that is no record still says about money, so the bot can ask one short
 * question instead of "not understood": a buyer with no amount ("tadi ada pembeli") or a
 * count of the cash she holds ("sisa uang di laci 200rb"), which is not a sale.
 */
import type { Analysis } from './analyze.ts';
import { T_WORD } from './lexer.ts';

/** Who buys: with no amount, a sale she has not yet priced. */
const BUYERS = new Set(['pembeli', 'pembelinya', 'pelanggan', 'langganan', 'konsumen', 'customer', 'pembeli2', 'yang beli']);
/** Where cash is kept or counted: an amount there is what she holds, not what she sold. */
const CASH_PLACES = new Set(['laci', 'dompet', 'celengan', 'kaleng', 'brankas', 'kotak uang', 'kantong', 'saku']);
/** "sisa uang", "hitung uang", "uang kas": a count of the money in hand. */
const CASH_COUNT = new Set(['sisa', 'hitung', 'dihitung', 'kas', 'tersisa', 'tinggal']);

export type UnknownHint = 'sale_no_amount' | 'cash_count';

export function unknownHint(a: Analysis): UnknownHint | null {
  const words = a.tokens.filter((t) => t.type === T_WORD).map((t) => t.key);
  const money = a.nums.some((n) => n.rupiah !== null && n.rupiah > 0);
  if (money && words.includes('uang') && words.some((w) => CASH_PLACES.has(w) || CASH_COUNT.has(w))) return 'cash_count';
  if (money && words.some((w) => CASH_PLACES.has(w))) return 'cash_count';
  if (!money && a.nums.length === 0 && words.some((w) => BUYERS.has(w)) && !a.question) return 'sale_no_amount';
  return null;
}
