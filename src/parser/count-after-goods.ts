/**
 * A small bare number right after the goods is their count, not money, when the message says
 * the money apart: "laku tas rajut 1, 125rb. beli benang 60rb" (one bag for 125.000), "laku
 * bros mutiara 1 Rp 45,000", "gamis 150rb diskon 10rb, laku 1" (the one gamis sold). Read
 * left to right the count became a sale of Rp1 beside the real amount, and the record was
 * asked about money she never meant. The joins of scan-record.ts see one clause after
 * another; this pass sees the whole record after it, so a later sentence or an "Rp" between
 * the count and the amount no longer hides the pair.
 *
 * Only a count under 100 that was read as no believable amount (notes no more than
 * small_plain_number / implausible_amount), of a sale, with the bare amount (no goods, count
 * or price of its own, at least Rp1.000) as the very next entry; or, after a priced sale with
 * no count, the count 1 said last ("…, laku 1") — a larger count there may make the price the
 * price each, so it stays asked. "laku 3 50rb" and "jual 5 toples 35rb" are read before this.
 */
import type { Analysis } from './analyze.ts';
import { S_GROUPED, S_MONEY } from './amount.ts';
import { joinCount } from './comment-clause.ts';
import type { EntryOut } from './entry-drafts.ts';
import type { RecordScan } from './scan-record.ts';

/** Notes a count read as money carries, and nothing else. */
const COUNT_NOTES: ReadonlySet<string> = new Set(['small_plain_number', 'implausible_amount']);

/** A sale of a small whole number that was judged no amount: a count standing alone. */
function countAlone(e: EntryOut): boolean {
  return e.kind === 'sale' && e.quantity === null && e.unitPrice === null && !e.totalOnly && Number.isInteger(e.amount) &&
    e.amount >= 1 && e.amount < 100 && e.notes.includes('implausible_amount') && e.notes.every((n) => COUNT_NOTES.has(n));
}

/** The confidence of the amount written at token `at` on its own: a marked or grouped amount only. */
function ownConfidence(a: Analysis, at: number | undefined, amount: number): number | null {
  if (at === undefined) return null;
  const ex = a.nums.find((n) => n.start <= at && at < n.end);
  if (ex === undefined || ex.rupiah !== amount) return null;
  if (ex.strength === S_MONEY) return 0.95;
  if (ex.strength === S_GROUPED) return 0.93;
  return null;
}

/**
 * "… tas rajut 1, 125rb": the count entry and the bare amount after it made one entry.
 * `next` keeps its own confidence; a "bare second amount" doubt (the count was taken for a
 * first amount) is lifted when the amount is marked as money.
 */
function joinPair(a: Analysis, count: EntryOut, next: EntryOut): boolean {
  if (next.kind !== 'sale' || next.item !== null || next.quantity !== null || next.unitPrice !== null || next.totalOnly ||
    next.amount < 1000 || !next.notes.every((n) => n === 'bare_second_amount')) return false;
  if (next.notes.length > 0) {
    const own = ownConfidence(a, next.at, next.amount);
    if (own === null) return false;
    next.notes = [];
    next.confidence = own;
  }
  joinCount(next, { item: count.item, quantity: count.amount, unit: count.unit });
  return true;
}

/**
 * "gamis 150rb diskon 10rb, laku 1": the one piece sold, said after its price. Its verb names
 * the sale, so a kind only guessed from the price is no longer a guess.
 */
function oneSoldLast(a: Analysis, priced: EntryOut, count: EntryOut): boolean {
  if (count.amount !== 1 || count.item !== null || priced.kind !== 'sale' || priced.item === null || priced.quantity !== null ||
    priced.unitPrice !== null || priced.totalOnly || priced.amount < 1000 ||
    !priced.notes.every((n) => n === 'kind_guessed')) return false;
  if (priced.notes.length > 0) {
    const own = ownConfidence(a, priced.at, a.nums.find((n) => priced.at !== undefined && n.start <= priced.at && priced.at < n.end)?.rupiah ?? -1);
    if (own === null) return false;
    priced.notes = [];
    priced.confidence = own;
  }
  priced.quantity = 1;
  return true;
}

/** Gives counts read as money to the amount they go with (mutating `scan`); true when it did. */
export function countsAfterGoods(a: Analysis, scan: RecordScan): boolean {
  if (scan.leftover !== 0 || scan.unresolved.length > 0) return false;
  const es = scan.entries;
  let done = false;
  for (let k = 0; k < es.length; k++) {
    const c = es[k] as EntryOut;
    if (!countAlone(c)) continue;
    const next = es[k + 1];
    if (next !== undefined && c.item !== null && joinPair(a, c, next)) {
      es.splice(k, 1);
      done = true;
      continue;
    }
    const prev = es[k - 1];
    if (k === es.length - 1 && prev !== undefined && oneSoldLast(a, prev, c)) {
      es.splice(k, 1);
      done = true;
    }
  }
  return done;
}
