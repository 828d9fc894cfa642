/**
 * Why she corrected an amount, said after it: "pemasukan rempeyek 40rb / eh salah 45rb deng, td ada
 * yg beli 1 lagi" — someone bought one more, so the takings were 45rb. The "1" counts what was
 * bought, not money: read alone it was a sale of Rp1 (asked). After an amount corrected upwards
 * (self-correction.ts), a clause with a buying or selling word whose only number is a small plain
 * count followed by "lagi" (one more; optionally its unit between) explains the new amount and is
 * no entry of its own.
 *
 * Only then: with money in the clause ("… beli 1 lagi 5rb") it is an entry, read as before; a count
 * with no "lagi", no buying word, a count over 9, or an amount corrected downwards leave the clause
 * as written (asked).
 */
import type { Analysis } from './analyze.ts';
import type { EntryOut } from './entry-drafts.ts';
import { T_WORD, type Token } from './lexer.ts';
import type { Segment } from './lines.ts';
import { F_EXPENSE, F_SALE, F_UNIT } from './word-roles.ts';

/** "one more": "1 lagi", "2 bungkus lagi", Javanese "maneh", Sundanese "deui". */
const MORE = new Set(['lagi', 'lg', 'maneh']);
/** Words of a customer's buying that are no sale or expense verb to the lexicon: "nambah", "ambil". */
const BOUGHT = new Set(['nambah', 'nambahin', 'tambah', 'ambil', 'ngambil', 'pesen', 'pesan', 'minta']);
/** The largest count read so. */
const MAX_COUNT = 9;

/** Whether `e` (read from `seg`) is only the count of a clause explaining an amount corrected upwards. */
export function explainsCorrection(a: Analysis, seg: Segment, e: EntryOut): boolean {
  if (e.at === undefined || e.quantity !== null || e.unitPrice !== null || !e.notes.includes('small_plain_number')) return false;
  const ex = a.nums[a.numIn[e.at] as number];
  if (ex === undefined || ex.rupiah !== e.amount || e.amount < 1 || e.amount > MAX_COUNT) return false;
  // The count, its unit maybe, then "lagi".
  let i = ex.end;
  if ((a.tokens[i]?.f ?? 0) & F_UNIT) i++;
  if (!MORE.has(a.tokens[i]?.key ?? '')) return false;
  let bought = false;
  for (let k = seg.start; k < seg.end; k++) {
    const t = a.tokens[k] as Token;
    if (a.numIn[k] !== -1 && (k < ex.start || k >= ex.end)) return false;
    if (t.type === T_WORD && ((t.f & (F_SALE | F_EXPENSE)) !== 0 || BOUGHT.has(t.key))) bought = true;
  }
  return bought;
}
