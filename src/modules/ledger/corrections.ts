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
}

/**
 * The entries replaced and their replacements; or the question to ask instead: `which`
 * entry she means (several could be), or `usage` (the correction cannot apply as written).
 */
export type CorrectionPlan<E extends Entry = Entry> = { old: E[]; replacements: NewEntry[] } | { ask: 'which' | 'usage' };

/** What a correction changes in the target recording (its current entries). */
export function planCorrection<E extends Entry>(target: readonly E[], c: Correction): CorrectionPlan<E> {
  if (c.entries?.length) return { old: [...target], replacements: c.entries.map(asNew) };
  if (c.quantity) {
    // "bukan 12 tapi 10": the one entry of 12, or the only entry.
    const from = c.quantity.from;
    const matching = from !== null ? target.filter((e) => e.quantity === from) : [];
    const pick = matching.length === 1 ? matching[0] : target.length === 1 ? target[0] : undefined;
    if (!pick) return { ask: 'which' };
    return { old: [pick], replacements: [withQuantity(asNew(pick), c.quantity.to)] };
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
