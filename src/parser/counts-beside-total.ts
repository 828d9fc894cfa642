/**
 * Counts of goods beside one stated total: "laku ombus-ombus 20, uangnya 60 ribu" (twenty
 * pieces, sixty thousand), "pempek kapal selam laku 12, lenjer 30, total dapet 186rb" (counts of
 * two goods, one sum). A plain number after the goods with no scale reads as money on its own
 * (Rp20, Rp12), and the total after it then looked like a check that failed — asked about
 * money she never meant. Here the counts are what sold and the total is the sale: one entry of
 * the total, the goods and (for one kind of goods) the count kept.
 *
 * Only when every entry of that kind before the total is such a count (a plain number under
 * 1.000 right after goods, no price, read as no believable amount) and the total leaves each
 * piece a believable price (at least Rp100). Anything priced before it keeps the total a check.
 */
import { C_DOUBT } from './confidence.ts';
import type { EntryOut } from './entry-drafts.ts';
import { implausibleEach, implausiblyCheap } from './goods-price.ts';
import type { UnresolvedEntry } from './types.ts';

/** A count read as money: goods, then a plain small number, nothing else. */
function countAsMoney(e: EntryOut): boolean {
  return e.item !== null && e.quantity === null && e.unitPrice === null && e.amount < 1000 && Number.isInteger(e.amount) &&
    e.notes.includes('small_plain_number');
}

/** Less than this a piece is no price: the "total" is then no sum of these counts. */
const MIN_EACH = 100;
/** Less than this a piece is believable only as the price each: asked. */
const MIN_PIECE = 500;

/**
 * When `entries[from…]` are only counts of `total`'s kind, replaces them with one entry of
 * the total (mutating `entries`) and returns true.
 */
export function countsTakeTotal(entries: EntryOut[], from: number, total: EntryOut): boolean {
  const counts = entries.slice(from).filter((e) => e.kind === total.kind);
  // (Bought the same way: "beli galon 2 sama gas 1, total 50rb" is one purchase of the total.)
  if (counts.length === 0 || total.amount < 1000 || (total.kind !== 'sale' && total.kind !== 'expense')) return false;
  if (entries.slice(from).some((e) => e.kind === total.kind && !countAsMoney(e))) return false;
  const pieces = counts.reduce((n, e) => n + e.amount, 0);
  if (pieces <= 0 || total.amount / pieces < MIN_EACH) return false;
  const one = counts.length === 1 ? counts[0] as EntryOut : null;
  // "laku kue 20, dapat 5rb": Rp250 a cake is her price each as likely as the sum: asked.
  const cheap = total.amount / pieces < MIN_PIECE || (one !== null && implausiblyCheap(one.item, total.kind, total.amount, pieces, null, null));
  // "laku kue 5, dapat 5jt": a million a cake is a slip of the unit as often as it is real: asked.
  const dear = counts.some((e) => implausibleEach(e.item, total.amount / pieces, null, 1));
  const merged: EntryOut = {
    kind: total.kind,
    amount: total.amount,
    item: counts.map((e) => e.item).join(', '),
    quantity: one ? one.amount : null,
    unit: one ? one.unit : null,
    unitPrice: null,
    confidence: cheap || dear ? Math.min(total.confidence, C_DOUBT) : total.confidence,
    notes: [...total.notes.filter((n) => n !== 'small_plain_number'), ...(cheap ? ['cheap_each'] : []), ...(dear ? ['large_amount'] : [])],
    totalOnly: false,
  };
  const at = counts[0]?.at;
  if (at !== undefined) merged.at = at;
  const first = entries.indexOf(counts[0] as EntryOut);
  for (let k = entries.length - 1; k >= from; k--) if (counts.includes(entries[k] as EntryOut)) entries.splice(k, 1);
  entries.splice(first, 0, merged);
  return true;
}

/**
 * Goods counted in their units with no price, then one total: "Bu Darmi utang gula 2kg + minyak
 * 1 liter, total 52rb", "jual gula 2kg, minyak 1 liter, total 52rb". The total is what the goods
 * came to: one entry of it naming them (the count kept for one kind of goods), and the goods are
 * no longer left without an amount. Only when nothing of the total's kind was priced before it and
 * every good left unpriced has its count and unit (`unresolved` is emptied then). Mutates `total`.
 */
export function unpricedTakeTotal(entries: readonly EntryOut[], unresolved: UnresolvedEntry[], total: EntryOut): boolean {
  if (unresolved.length === 0 || total.amount < 1000 || total.kind !== 'sale' && total.kind !== 'expense') return false;
  if (entries.some((e) => e.kind === total.kind)) return false;
  // (Goods counted in their units — "2kg", "1 liter", "2 lembar". Bare counts, "laku 5 bros, 3 kalung, total
  // 135rb", stay asked: each kind's price is asked for.)
  if (!unresolved.every((u) => u.reason === 'no_amount' && u.item !== null && u.quantity !== null && u.quantity > 0 && u.unit !== null &&
    (u.kind === null || u.kind === total.kind))) return false;
  const one = unresolved.length === 1 ? unresolved[0] as UnresolvedEntry : null;
  total.item = unresolved.map((u) => u.item).join(', ');
  total.quantity = one ? one.quantity : null;
  total.unit = one ? one.unit : null;
  total.totalOnly = false;
  unresolved.length = 0;
  return true;
}

/**
 * The same when the last goods stand with the total ("tepung 5kg, gula 2kg, minyak 2 liter total
 * 134rb"): the total is of every good counted in its unit before it and of the last one. `total`
 * then names them all, with no count of its own. Mutates `total` and empties `unresolved`.
 */
export function goodsTakeTotal(entries: readonly EntryOut[], unresolved: UnresolvedEntry[], total: EntryOut): boolean {
  if (unresolved.length === 0 || total.item === null) return false;
  const last: UnresolvedEntry = { kind: total.kind, item: total.item, quantity: total.quantity, unit: total.unit, reason: 'no_amount' };
  const goods = [...unresolved, last];
  if (!unpricedTakeTotal(entries, goods, total)) return false;
  unresolved.length = 0;
  return true;
}
