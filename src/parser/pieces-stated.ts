/**
 * A heading that counts what follows: "jahitan selesai 4 stel: 2 gamis @85rb, 2 celana @40rb",
 * "laku 4 potong:". The count is her own check on the lines under it (2 + 2 = 4), never goods
 * without a price and never a number left unread. When the counts of the lines add up to it,
 * nothing is asked; when they do not, the record is asked (`total_mismatch`).
 *
 * A heading that names her work done for customers ("jahitan selesai", "cucian", "permak")
 * makes the lines under it sales, as a sale verb would (service-work.ts has the words).
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN, type NumExpr } from './amount.ts';
import type { EntryOut } from './entry-drafts.ts';
import { T_WORD, type Token } from './lexer.ts';
import type { Segment } from './lines.ts';
import { isServiceWord } from './service-work.ts';
import { F_EXPENSE, F_SALE, F_UNIT } from './word-roles.ts';

/**
 * The one plain count (2–999) a heading segment states, whose next word `counts` accepts
 * ("4 stel", "3 transaksi"); null when the segment holds another number or the count's word
 * does not fit. Shared by the headings that state pieces and those that state takings.
 */
export function oneCountIn(a: Analysis, seg: Segment, counts: (word: Token | undefined, ex: NumExpr) => boolean): { count: number; ex: NumExpr } | null {
  let found: { count: number; ex: NumExpr } | null = null;
  for (let i = seg.start; i < seg.end; i++) {
    const k = a.numIn[i] as number;
    if (k < 0) continue;
    const ex = a.nums[k] as NumExpr;
    i = ex.end - 1;
    const v = ex.value;
    if (ex.strength !== S_PLAIN || v === null || v.s !== 0 || v.m < 2 || v.m > 999) return null;
    if (!counts(a.tokens[ex.end], ex) || found !== null) return null;
    found = { count: v.m, ex };
  }
  return found;
}

/** The count of pieces a heading segment states ("4 stel", "4 potong"), the last number of it. */
export function piecesStated(a: Analysis, seg: Segment): { count: number; ex: NumExpr } | null {
  return oneCountIn(a, seg, (unit, ex) => unit !== undefined && unit.type === T_WORD && (unit.f & F_UNIT) !== 0 && ex.end + 1 === seg.end);
}

/** Whether the counts of the entries under the heading add up to the pieces it stated. */
export function piecesAgree(entries: readonly EntryOut[], count: number): boolean {
  if (entries.length === 0) return false;
  let sum = 0;
  for (const e of entries) {
    if (e.quantity === null) return false;
    sum += e.quantity;
  }
  return sum === count;
}

/** A verb-less heading naming her paid work ("jahitan selesai", "cucian hari ini"). */
export function namesWorkDone(a: Analysis, seg: Segment): boolean {
  let work = false;
  for (let i = seg.start; i < seg.end; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if ((t.f & (F_SALE | F_EXPENSE)) !== 0) return false;
    if (isServiceWord(t.key)) work = true;
  }
  return work;
}
