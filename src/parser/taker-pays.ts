/**
 * A person takes goods in one clause and pays in the next: "Nona Ade ambil 1 kain tenun sotis,
 * bayar lunas 1,2jt", "Bu Ani ambil 2 kerudung, bayar 150rb", "tetangga ambil beras 5kg, tf
 * 70rb". The paying clause is the taker's money for those goods — her sale, as "Bu Ani ambil 2
 * kerudung bayar 150rb" written without the comma already is — never her own expense.
 *
 * WHY only a paying clause that is nothing but the paying word (with "lunas", "cash", "tunai",
 * "langsung") and its amount, after a clause whose taker is named (a title and a name, a word
 * of address, a relation: entry-elements.ts `namedTaker`): "ambil barang 2 kodi, bayar 300rb"
 * (she took stock) and "Bu Ani ambil 2 kerudung, bayar listrik 50rb" keep today's reading.
 */
import type { Analysis } from './analyze.ts';
import { namedTaker } from './entry-elements.ts';
import { T_WORD, type Token } from './lexer.ts';
import type { Segment } from './lines.ts';

/** Paying words opening the clause. */
const PAYS = new Set(['bayar', 'byr', 'dibayar', 'bayarnya', 'lunas', 'dilunasi', 'tf', 'transfer', 'ditransfer']);
/** How it was paid, between the paying word and the amount. */
const HOW = new Set(['lunas', 'cash', 'cas', 'tunai', 'kontan', 'langsung', 'lgsg', 'lgsung', 'sudah', 'udah', 'tos', 'wis']);
/** Taking verbs ("ambil", Minang "ambiak", regional ones read "ambil"). */
const TAKES = new Set(['ambil', 'ngambil', 'mengambil', 'ambiak', 'maambiak']);

/** Whether `seg` pays, with nothing else, for the goods a named person took in `prev`. */
export function takerPays(a: Analysis, prev: Segment, seg: Segment): boolean {
  const { tokens } = a;
  let i = seg.start;
  while (i < seg.end && HOW.has((tokens[i] as Token).key) && (tokens[i] as Token).key !== 'lunas') i++;
  if (!PAYS.has(tokens[i]?.key ?? '') || tokens[i]?.type !== T_WORD) return false;
  i++;
  while (i < seg.end && tokens[i]?.type === T_WORD && HOW.has((tokens[i] as Token).key)) i++;
  const k = a.numIn[i] ?? -1;
  const ex = k >= 0 ? a.nums[k] : undefined;
  if (ex === undefined || ex.rupiah === null || ex.end !== seg.end) return false;
  for (let v = prev.start; v < prev.end; v++) {
    if (TAKES.has((tokens[v] as Token).key) && namedTaker(a, v)) return true;
  }
  return false;
}
