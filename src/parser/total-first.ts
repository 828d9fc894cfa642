/**
 * A total stated before its parts: "total jualan 320rb, nasi 200rb, lauk 100rb", "Total
 * belanja 150rb / sayur 50rb / ikan 100rb". The lines after it are the entries; the total is
 * her check on them, never an entry of its own (recorded beside its parts it would count the
 * money twice, with confidence). When the parts do not add up to it, she is asked.
 *
 * Only a bare amount after a total word, before any other entry, heads its parts; it needs at
 * least two parts of its kind after it; one smaller part alone ("total jualan 300rb, nasi 200rb":
 * part of it, or another sale?) is asked.
 */
import type { EntryOut } from './entry-drafts.ts';
import { eachByTotal, CONFIRMED_KIND } from './check-sums.ts';

/** The words that open a total line ("total", "jumlah", "grand total"). */
export const HEAD_TOTAL_WORDS = new Set(['total', 'totalnya', 'jumlah', 'jumlahnya', 'jml', 'jmlh', 'ttl', 'tot', 'subtotal',
  'grand', 'totalan', 'jumlh']);

/** Items a total may name without being goods ("total uang masuk", "jumlah semua"). */
const TOTAL_ITEMS = new Set(['uang', 'duit', 'semua', 'semuanya', 'hari ini', 'seluruhnya', 'hari']);

/** Whether `e`, read from a segment led by a total word before any entry, can head its parts. */
export function canHeadParts(e: EntryOut | undefined): boolean {
  return e !== undefined && e.quantity === null && e.unitPrice === null && (e.item === null || TOTAL_ITEMS.has(e.item)) &&
    (e.kind === 'sale' || e.kind === 'expense') && e.notes.every((n) => n === 'kind_guessed');
}

/**
 * With `head` the first of `entries`: when two or more entries after it are of its kind (or
 * of a guessed kind), it is taken out as a check. Returns null when it heads nothing (it stays
 * an entry), else whether the parts agree with it.
 */
export function totalFirst(entries: EntryOut[], head: EntryOut): boolean | null {
  if (entries[0] !== head) return null;
  let parts = 0;
  let sum = 0;
  let guessed = 0;
  for (let k = 1; k < entries.length; k++) {
    const e = entries[k] as EntryOut;
    const guess = e.notes.includes('kind_guessed');
    if (e.kind !== head.kind && !guess) continue;
    parts++;
    sum += e.amount;
    if (guess) guessed++;
  }
  // "total jualan 300rb, nasi 200rb": a part of the total, or another sale? Asked, both kept.
  if (parts === 1 && sum < head.amount) return false;
  if (parts < 2) return null;
  entries.shift();
  let agrees = sum === head.amount;
  // "Total jualan 300rb / nasi 2 bks 100rb / …": each or all together, the total says which.
  if (!agrees && guessed === 0) agrees = eachByTotal(entries, 0, entries.length, head.kind, head.amount);
  if (agrees && guessed > 0 && !head.notes.includes('kind_guessed')) {
    // Lines with no verb, summed exactly by a total that names their kind, are of that kind.
    for (const e of entries) {
      if (e.notes.length !== 1 || e.notes[0] !== 'kind_guessed') continue;
      e.kind = head.kind;
      e.notes = [];
      e.confidence = Math.max(e.confidence, CONFIRMED_KIND);
    }
  }
  return agrees;
}
