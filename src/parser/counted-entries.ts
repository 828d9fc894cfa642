/**
 * A count of entries she wrote before listing them: "QRIS masuk 5 transaksi: 12.000 18.000
 * 9.000 25.000 30.000", "ada 3 orderan COD masuk: 89k, 129k, 89k", "jual paket data 3 org:
 * 25rb, 52rb, 98rb". When the count is the number of amounts listed, each amount is one entry
 * she counted herself: a second bare amount is then no doubt ("a price and a total, or a
 * correction?" is answered by her count). A count that disagrees is asked (scan-record.ts).
 */
import type { EntryOut } from './entry-drafts.ts';
import { CONFIRMED_KIND } from './check-sums.ts';

/** The doubts her count settles: a bare amount after another one. */
const SETTLED = 'bare_second_amount';

/**
 * Whether `under` is `count` entries of one amount each (no count of goods of their own);
 * when so, the doubt a bare amount after another raised is taken off them.
 */
export function countsEntries(under: EntryOut[], count: number): boolean {
  if (under.length !== count || count < 2) return false;
  const kind = (under[0] as EntryOut).kind;
  if (under.some((e) => e.kind !== kind || (e.quantity !== null && e.quantity !== 1))) return false;
  for (const e of under) {
    if (!e.notes.includes(SETTLED)) continue;
    e.notes = e.notes.filter((n) => n !== SETTLED);
    if (e.notes.length === 0) e.confidence = Math.max(e.confidence, CONFIRMED_KIND);
  }
  return true;
}
