/**
 * Item names matched loosely: "Bros", "bros-bros", "kripik  pisang" and "keripik pisang"
 * are the same goods. One key function, used for remembered prices and group price lists.
 */
import type { NewEntry } from '../ledger/ledger.ts';

/** Common spellings of the same word, to one spelling. */
const SPELLINGS: Record<string, string> = {
  kripik: 'keripik',
  krupuk: 'kerupuk',
  kueh: 'kue',
  kuwe: 'kue',
  rempeyek: 'peyek',
  rengginan: 'rengginang',
  tempeh: 'tempe',
  sambel: 'sambal',
  bross: 'bros',
  broos: 'bros',
  brosh: 'bros',
};

/** Words that say nothing about the goods. */
const FILLER = new Set(['yang', 'yg', 'nya', 'itu', 'ini', 'buah', 'biji', 'pcs', 'pc', 'bh', 'aja', 'saja', 'lagi', 'juga', 'dan', 'sama']);

/** "bros-bros" → "bros", "kue2" → "kue": Indonesian plural by reduplication. */
function singular(word: string): string {
  const dup = /^(.+?)-\1$/.exec(word);
  if (dup) return dup[1]!;
  const two = /^(.+?)2$/.exec(word);
  if (two && two[1]!.length >= 2) return two[1]!;
  return word;
}

/**
 * The key an item is matched by: lower case, trimmed, spaces collapsed, plural
 * reduplication removed, one spelling per word, filler words dropped. Empty when nothing
 * is left.
 */
export function itemKey(raw: string): string {
  const words = raw
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .map(singular)
    .map((w) => SPELLINGS[w] ?? w)
    .filter((w) => w && !FILLER.has(w));
  return words.join(' ');
}

/** A price known for an item: from her own last sale of it, or from her group's list. */
export interface KnownPrice {
  item: string;
  unitPrice: number;
  unit: string | null;
  source: 'own' | 'group';
  /** The group's name when the price comes from its list. */
  group?: string;
}

/** A sale written with a quantity and an item but no price: "laku 5 bros". */
export interface UnpricedSale {
  item: string;
  quantity: number;
  /** The unit she wrote, if any ("5 kg emping"). */
  unit: string | null;
}

/** The sale at a known price: quantity × unit price, in her unit if she wrote one, else the price's. */
export function pricedSale(line: UnpricedSale, price: KnownPrice): NewEntry {
  return {
    kind: 'sale',
    amount: Math.round(line.quantity * price.unitPrice),
    item: line.item,
    quantity: line.quantity,
    unit: line.unit ?? price.unit,
    unitPrice: price.unitPrice,
  };
}

export interface GroupPrice {
  groupId: number;
  itemKey: string;
  item: string;
  unitPrice: number;
  unit: string | null;
  updatedAt: Date;
}
