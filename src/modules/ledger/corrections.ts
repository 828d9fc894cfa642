/**
 * What a correction makes of her entries: which of the corrected recording's entries it
 * replaces, and the entries that take their place. Pure: the conversation finds the
 * recording and writes the plan (see orders/entry-links.service.ts replaceWithLinks).
 */
import type { Rupiah } from '../../core/money.ts';
import { asNew, type Entry, type NewEntry } from './ledger.ts';

/** A correction as she wrote it: one of its forms is set. */
export interface Correction {
  /** "ralat 150rb", "salah, harusnya 150rb": the new total of one entry. */
  amount: Rupiah | null;
  /** "bukan 12 tapi 10": the quantity from → to (from is null for "jumlahnya 10"). */
  quantity: { from: number | null; to: number } | null;
  /** "ralat: laku 10 bros @15rb": a whole new line, replacing the whole recording. */
  entries?: readonly NewEntry[];
  /** "ralat @15rb", "salah harga, harusnya 15rb per biji": a new unit price × the entry's quantity. */
  unitPrice?: Rupiah;
  /** "bukan 5rb tapi 8rb": the old money she named, matched to the price or total it equals. */
  amountFrom?: Rupiah;
}

/** Which field of an entry a number she named as wrong is. */
type Field = 'quantity' | 'unitPrice' | 'amount';

/**
 * The entries and fields equal to the number she named ("bukan 5rb tapi 8rb": 5rb), in the
 * order of `fields`: the first field any entry matches wins (a count is a quantity before a
 * price). A total equal to the price (one piece) is the total.
 */
function matchNamed<E extends Entry>(target: readonly E[], named: number, fields: readonly Field[]): { entry: E; field: Field }[] {
  for (const field of fields) {
    const hits = target.filter((e) => e[field] !== null && e[field] === named && !(field === 'unitPrice' && e.amount === named));
    if (hits.length > 0) return hits.map((entry) => ({ entry, field }));
  }
  return [];
}

/** The entry with one field set to a new value (the others follow as the field's rule says). */
function withField(entry: NewEntry, field: Field, value: number): NewEntry | undefined {
  if (field === 'quantity') return Number.isInteger(value) && value > 0 ? withQuantity(entry, value) : undefined;
  if (field === 'unitPrice') return withUnitPrice(entry, value);
  return withAmount(entry, value);
}

/**
 * The entries replaced and their replacements; or the question to ask instead: `which`
 * entry she means (several could be), or `usage` (the correction cannot apply as written).
 */
export type CorrectionPlan<E extends Entry = Entry> =
  | { old: E[]; replacements: NewEntry[] }
  /** `mismatch`: the number she named as wrong is no price, total or quantity of the recording. */
  | { ask: 'which' | 'usage' }
  | { ask: 'mismatch'; named: number; money: boolean };

/** What a correction changes in the target recording (its current entries). */
export function planCorrection<E extends Entry>(target: readonly E[], c: Correction): CorrectionPlan<E> {
  if (c.entries?.length) return { old: [...target], replacements: c.entries.map(asNew) };
  if (c.quantity) {
    // "bukan 12 tapi 10": the one entry of 12 (a count names a quantity first, then a price or
    // total it equals); without an old number, the only entry. An old number found nowhere is asked.
    const from = c.quantity.from;
    if (from === null) {
      const only = target.length === 1 ? target[0] : undefined;
      return only ? { old: [only], replacements: [withQuantity(asNew(only), c.quantity.to)] } : { ask: 'which' };
    }
    return byNamed(target, from, c.quantity.to, ['quantity', 'unitPrice', 'amount'], false);
  }
  if (c.amountFrom !== undefined && c.amount !== null && c.amount > 0) {
    // "bukan 5rb tapi 8rb" on 4 × Rp5.000: the price (total Rp32.000); on a Rp20.000 total: the total.
    return byNamed(target, c.amountFrom, c.amount, ['unitPrice', 'amount'], true);
  }
  if (c.unitPrice !== undefined && c.unitPrice > 0) {
    // "ralat @15rb": the only entry, or the one entry with a quantity.
    const priced = target.filter((e) => e.quantity !== null && e.quantity > 0);
    const pick = target.length === 1 ? target[0] : priced.length === 1 ? priced[0] : undefined;
    if (!pick) return { ask: 'which' };
    const replacement = withUnitPrice(asNew(pick), c.unitPrice);
    if (!replacement) return { ask: 'usage' };
    return { old: [pick], replacements: [replacement] };
  }
  if (c.amount !== null && c.amount > 0) {
    // "ralat 150rb": a new total only says which entry when there is one.
    const only = target.length === 1 ? target[0] : undefined;
    if (!only) return { ask: 'which' };
    return { old: [only], replacements: [withAmount(asNew(only), c.amount)] };
  }
  return { ask: 'usage' };
}

/** The change of the one field of one entry equal to `named`; asked when none or several are. */
function byNamed<E extends Entry>(target: readonly E[], named: number, to: number, fields: readonly Field[], money: boolean): CorrectionPlan<E> {
  const hits = matchNamed(target, named, fields);
  if (hits.length === 0) return { ask: 'mismatch', named, money };
  if (hits.length > 1) return { ask: 'which' };
  const { entry, field } = hits[0]!;
  const replacement = withField(asNew(entry), field, to);
  return replacement ? { old: [entry], replacements: [replacement] } : { ask: 'usage' };
}

/**
 * "ralat 150rb" on one entry: the new total. With a quantity, the unit price follows when
 * the amount divides evenly by it; otherwise the quantity stays and the unit price goes.
 */
export function withAmount(entry: NewEntry, amount: Rupiah): NewEntry {
  const { quantity } = entry;
  if (quantity !== null && quantity > 0) {
    const unitPrice = amount / quantity;
    if (Number.isSafeInteger(unitPrice) && unitPrice * quantity === amount) return { ...entry, amount, unitPrice };
    return { ...entry, amount, unitPrice: null };
  }
  return { ...entry, amount, unitPrice: null };
}

/**
 * "bukan 12 tapi 10" on one entry: the new quantity at the same unit price (or, without
 * one, the price the old amount and quantity imply when whole). Without any price the
 * amount stays as written.
 */
export function withQuantity(entry: NewEntry, quantity: number): NewEntry {
  let unitPrice = entry.unitPrice;
  if (unitPrice === null && entry.quantity !== null && entry.quantity > 0) {
    const implied = entry.amount / entry.quantity;
    if (Number.isSafeInteger(implied) && implied * entry.quantity === entry.amount) unitPrice = implied;
  }
  if (unitPrice === null) return { ...entry, quantity };
  return { ...entry, quantity, unitPrice, amount: Math.round(quantity * unitPrice) };
}

/**
 * "salah harga, harusnya 15rb per biji", "ralat @15rb" on one entry with a quantity: the
 * new unit price times the quantity. Undefined without a quantity (nothing to multiply).
 */
export function withUnitPrice(entry: NewEntry, unitPrice: Rupiah): NewEntry | undefined {
  if (entry.quantity === null || !(entry.quantity > 0) || !(unitPrice > 0)) return undefined;
  return { ...entry, unitPrice, amount: Math.round(entry.quantity * unitPrice) };
}
