/**
 * A count and a price each in two clauses of one line, either way round:
 *
 * - the count first, the price each after a comma: "es lilin laku 25, seceng-an", "jual
 *   mukena 2, @275rb", "payu 6, gopek-an". Read alone, the count is a tiny amount (Rp25) and
 *   the price an each without a count (quantity_missing); together they are one sale.
 * - the price of one unit first, the count after: "tuku plastik sak pak 12ewu, tuku 2",
 *   "beli tepung sebungkus 12rb, beli 3": one unit's price, then how many were bought.
 *
 * Only on one line, in neighbouring clauses, of the same kind, and only when the count is a
 * small plain number that nothing else could mean (scan-record.ts calls these).
 */
import { C_CLEAR } from './confidence.ts';
import type { EntryOut } from './entry-drafts.ts';
import { isCountAsAmount } from './comment-clause.ts';
import type { UnresolvedEntry } from './types.ts';

/** A price each with no count of its own ("@275rb", "seceng-an" after a comma). */
function eachWithoutCount(e: EntryOut | undefined): e is EntryOut {
  return e !== undefined && e.quantity === null && e.unitPrice !== null && e.amount === e.unitPrice &&
    e.notes.includes('quantity_missing') && e.notes.every((n) => n === 'quantity_missing' || n === 'cheap_each');
}

/** "jual mukena 2" read as Rp2, then "@275rb": the count is given to the price. True when joined. */
export function countThenEach(count: EntryOut | undefined, price: EntryOut | undefined): boolean {
  if (!isCountAsAmount(count) || !eachWithoutCount(price) || count.kind !== price.kind ||
    !count.notes.every((n) => n === 'small_plain_number' || n === 'implausible_amount')) return false;
  const q = count.amount;
  const amount = q * (price.unitPrice as number);
  if (!Number.isSafeInteger(amount) || q < 2) return false;
  price.quantity = q;
  price.item = count.item;
  price.unit = count.unit;
  price.amount = amount;
  price.notes = price.notes.filter((n) => n !== 'quantity_missing');
  // quantity_missing was its only doubt: the count is found, so the price is as clear as written.
  if (price.notes.length === 0) price.confidence = C_CLEAR;
  return true;
}

/** "sak pak 12ewu", then ", tuku 2": the count after the price of one unit. True when joined. */
export function eachThenCount(price: EntryOut | undefined, count: EntryOut | undefined): boolean {
  if (price === undefined || count === undefined || price.quantity !== 1 || price.unitPrice === null ||
    price.amount !== price.unitPrice || price.notes.length > 0) return false;
  if (count.item !== null || count.quantity !== null || count.unitPrice !== null || count.kind !== price.kind ||
    count.amount < 2 || count.amount >= 100 || !count.notes.includes('small_plain_number')) return false;
  const amount = count.amount * price.unitPrice;
  if (!Number.isSafeInteger(amount)) return false;
  price.quantity = count.amount;
  price.amount = amount;
  return true;
}

/**
 * "jualan keripik dua ribu lima ratusan laku dua puluh bungkus", "jual es harga 2rb, laku 30
 * bungkus": a price each with no count, then a clause that only counts what was sold (no money,
 * no other goods). The count is the price's. True when joined (the caller drops the count).
 */
export function eachThenCountClause(price: EntryOut | undefined, count: UnresolvedEntry | undefined): boolean {
  if (count === undefined || count.reason !== 'no_amount' || count.quantity === null || count.quantity < 2 || !eachWithoutCount(price)) return false;
  // A counted unit says it is a count ("dua ribuan 3" alone may be a number still being said).
  if (count.kind !== price.kind || count.unit === null) return false;
  if (count.item !== null && count.item !== price.item) return false;
  if (count.unit !== null && price.unit !== null && count.unit !== price.unit) return false;
  const amount = count.quantity * (price.unitPrice as number);
  if (!Number.isSafeInteger(amount)) return false;
  price.quantity = count.quantity;
  price.unit = count.unit ?? price.unit;
  price.amount = amount;
  price.notes = price.notes.filter((n) => n !== 'quantity_missing');
  if (price.notes.length === 0) price.confidence = C_CLEAR;
  return true;
}

/**
 * "jual: 5 bros / harga: 12rb/pcs", "laku 20 bungkus\n@5rb": a count with no price, and on
 * the next clause or line a price each with no count. True when joined (`price` is then the
 * entry; the caller drops the count).
 */
export function countLineThenEach(count: UnresolvedEntry | undefined, price: EntryOut | undefined): boolean {
  if (count === undefined || count.reason !== 'no_amount' || count.quantity === null || count.quantity <= 0 || !eachWithoutCount(price)) return false;
  if (count.kind !== null && count.kind !== price.kind) return false;
  // "2 lusin / harga 1rb/pcs": a price per another unit than the one counted is asked.
  if (count.unit !== null && price.unit !== null && count.unit !== price.unit) return false;
  const amount = count.quantity * (price.unitPrice as number);
  if (!Number.isSafeInteger(amount)) return false;
  price.quantity = count.quantity;
  price.item = count.item ?? price.item;
  price.unit = count.unit ?? price.unit;
  price.amount = amount;
  price.notes = price.notes.filter((n) => n !== 'quantity_missing');
  if (price.notes.length === 0) price.confidence = C_CLEAR;
  return true;
}

/**
 * "laku goceng doang hari ini, risol 2 biji", "laku 50rb, kerudung 2": an amount with nothing
 * named, then a clause of only the goods counted (no verb, no money): the amount is what those
 * goods came to, as "laku 2 kerudung 50rb" is. True when joined (the caller drops the count).
 */
export function amountThenGoods(amount: EntryOut | undefined, goods: UnresolvedEntry | undefined): boolean {
  if (amount === undefined || goods === undefined || amount.item !== null || amount.quantity !== null || amount.unitPrice !== null ||
    amount.notes.length > 0 || amount.amount < 1000) return false;
  if (goods.reason !== 'no_amount' || goods.quantity === null || goods.quantity <= 0 || goods.item === null) return false;
  if (goods.kind !== null && goods.kind !== amount.kind) return false;
  amount.item = goods.item;
  amount.quantity = goods.quantity;
  amount.unit = goods.unit;
  return true;
}
