/**
 * A net worked out by taking the costs off, with the costs themselves not written: "laku 150rb,
 * dikurangi modal jadi untungnya 60rb", "jual 200rb minus modal bersih 80rb", "terjual 300rb
 * setelah dikurangi belanja labanya 120rb", "laku 150rb dipotong modal jadi 60rb", "sold 150k
 * minus costs profit 60k". The clause says HOW she got the last number (sales − costs), so that
 * number is her profit: a check against the entries (scan-record.ts), never an expense. Read
 * whole, "dikurangi modal … 60rb" made the profit a cost of 60.000 — confidently wrong money.
 *
 * With no cost written the check cannot agree (the cost is only implied), so the record is asked;
 * when she does write the cost ("dikurangi modal 90rb, jadi untung 60rb") the cost is an expense
 * as always and the profit line checks it.
 *
 * A deduction is a deducting word ("dikurangi", "dipotong", "minus", "potong", "after") and
 * right after it a cost noun ("modal", "biaya", "belanja", "bahan", "ongkos", "costs"). Then,
 * with no number in between, either a profit or net word ("untung", "laba", "bersih", "hasil
 * bersih", "profit"), or a "so" word right before the amount ("jadi 60rb"). A deducting word
 * before a number ("150rb minus 20rb") or before goods ("dipotong diskon 10rb") is no deduction of
 * costs and is left to the other readers.
 */
import type { Analysis } from './analyze.ts';
import { T_NUM, T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { F_NUMWORD } from './word-roles.ts';

/** Words that take the costs off what came in. */
const DEDUCT = new Set(['dikurangi', 'dikurang', 'dikurangin', 'kurangi', 'kurangin', 'dikurangkan', 'ngurangin', 'ngurangi',
  'dipotong', 'potong', 'dipotongin', 'potongin', 'motong', 'kepotong', 'minus', 'min', 'less', 'after', 'deducting', 'minusing']);
/** Words that may come before the deducting word ("setelah dikurangi modal"). */
const BEFORE = new Set(['setelah', 'sesudah', 'stlh', 'abis', 'habis', 'hbs', 'udah', 'sudah', 'sdh', 'dah', 'terus', 'trus', 'lalu']);
/** What is taken off: the costs of the goods sold, named but not priced. */
const COSTS = new Set(['modal', 'modalnya', 'biaya', 'biayanya', 'belanja', 'belanjanya', 'belanjaan', 'bahan', 'bahannya',
  'ongkos', 'ongkosnya', 'pengeluaran', 'pengeluarannya', 'hpp', 'operasional', 'kulakan', 'kulak', 'cost', 'costs', 'capital',
  'expenses', 'expense', 'spending', 'semua', 'semuanya', 'sama', 'dan', 'the', 'all', 'awal', 'lain', 'lainnya', 'produksi']);
/** Words that name a cost on their own (the joiners above need one of these). */
const COST_NOUNS = new Set([...COSTS].filter((w) => !['semua', 'semuanya', 'sama', 'dan', 'the', 'all', 'awal', 'lain', 'lainnya',
  'produksi'].includes(w)));
/** (lines.ts imports this file, so its profit and "so" words are not imported back.) */
const SO_WORDS = new Set(['jadi', 'jd', 'jdi', 'berarti', 'brarti', 'artinya', 'sehingga', 'so']);
/** Profit and net words: what is left once the costs are off. */
const NET = new Set(['untung', 'laba', 'keuntungan', 'profit', 'rugi', 'ruginya', 'net', 'bersih',
  'bersihnya', 'sisa', 'sisanya', 'netto', 'untungnya', 'labanya', 'keuntungannya', 'left']);
/** Turnover words made net by a "bersih" after them ("hasil bersih"). */
const BEFORE_BERSIH = new Set(['hasil', 'hasilnya', 'pendapatan', 'penghasilan', 'pemasukan', 'uang', 'duit', 'dapat', 'dapet']);

const T_DEDUCT = trigger(DEDUCT);

/** Whether token i deducts named costs ("dikurangi modal", "minus costs"): a clause of its own. */
export function opensDeduction(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.type !== T_WORD || !DEDUCT.has(t.key)) return false;
  // "jahit gamis 2 potong ongkos jahit 85rb per potong": after a count "potong" counts pieces.
  const b = tokens[i - 1];
  if (t.key === 'potong' && b !== undefined && (b.type === T_NUM || (b.type === T_WORD && (b.f & F_NUMWORD) !== 0))) return false;
  const n = tokens[i + 1];
  return n !== undefined && n.type === T_WORD && COST_NOUNS.has(n.key);
}

/**
 * For a segment that opens with a deduction of unpriced costs and ends in the net, the index
 * where the net is stated (its profit word, or the "so" word before a bare amount); else -1.
 */
export function deductedNet(a: Analysis, start: number, end: number): number {
  if (!present(a, T_DEDUCT)) return -1;
  const { tokens } = a;
  let i = start;
  while (i < end && (tokens[i] as Token).type === T_WORD && BEFORE.has((tokens[i] as Token).key)) i++;
  if (i >= end || !opensDeduction(tokens, i)) return -1;
  i += 2;
  while (i < end && (tokens[i] as Token).type === T_WORD && COSTS.has((tokens[i] as Token).key)) i++;
  for (; i < end; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_NUM || a.numIn[i] !== -1) return -1;
    if (t.type !== T_WORD) continue;
    if (NET.has(t.key)) return i;
    if (BEFORE_BERSIH.has(t.key) && (tokens[i + 1]?.key === 'bersih' || tokens[i + 1]?.key === 'bersihnya')) return i;
    // "dikurangi modal jadi 60rb": the "so" right before the amount states what is left.
    if (SO_WORDS.has(t.key) && i + 1 < end && a.numIn[i + 1] !== -1) return i;
  }
  return -1;
}
