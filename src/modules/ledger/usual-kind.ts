/**
 * "jamu kunir 12 botol x 5rb" with no verb (one line: record.ts): the parser cannot tell a sale from an expense
 * (`kind_guessed`) and the bot would ask "Jualan atau belanja?" every evening she writes her
 * wares the way she always does. Her own books can tell: an item she has recorded
 * USUAL_KIND_MIN_ENTRIES times or more in the last USUAL_KIND_DAYS days, always as one kind,
 * is that kind again, when its amount is of the size she records for it (within USUAL_KIND_SPREAD
 * of her smallest and largest: the sack of sugar a grocer restocks is not the kilo she sells).
 * Anything less sure is still asked: an item she both sells and buys (`kain` for a tailor),
 * an item new to her books, an amount unlike hers, or a message whose items disagree.
 */
import { addDays, type IsoDate } from '../../core/dates.ts';

/** How far back her books are read, and how often an item must appear there as one kind. */
export const USUAL_KIND_DAYS = 90;
export const USUAL_KIND_MIN_ENTRIES = 2;
/** How far below her smallest, or above her largest, amount for the item an amount may be. */
export const USUAL_KIND_SPREAD = 3;

export type MoneyKind = 'sale' | 'expense';

/** Her entries of one item and kind in the window: how many, smallest and largest amount. */
export interface ItemKindCount {
  item: string;
  kind: MoneyKind;
  entries: number;
  least: number;
  most: number;
}

/** The first day of her books read for her usual kinds: the last USUAL_KIND_DAYS days, today one of them. */
export function usualKindSince(today: IsoDate): IsoDate {
  return addDays(today, 1 - USUAL_KIND_DAYS);
}

/**
 * The one kind every entry's item has always had in her books (`kindsOfItems`), or null when
 * an entry has no item, an item is new or rare or was recorded as both kinds, an amount is
 * unlike her amounts for it, or the items disagree.
 */
export function usualKind(entries: readonly { item: string | null; amount: number }[], counts: readonly ItemKindCount[]): MoneyKind | null {
  if (entries.length === 0) return null;
  let found: MoneyKind | null = null;
  for (const { item, amount } of entries) {
    if (item === null) return null;
    const kinds = counts.filter((c) => c.item === item);
    if (kinds.length !== 1) return null;
    const only = kinds[0]!;
    if (only.entries < USUAL_KIND_MIN_ENTRIES) return null;
    if (amount * USUAL_KIND_SPREAD < only.least || amount > only.most * USUAL_KIND_SPREAD) return null;
    if (found !== null && found !== only.kind) return null;
    found = only.kind;
  }
  return found;
}
