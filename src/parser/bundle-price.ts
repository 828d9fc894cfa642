/**
 * A bare count of goods priced by the bundle: "laku 30 jepit, selusin 20rb" is thirty hair
 * clips at Rp20.000 a dozen (Rp50.000), not thirty dozen. Goods she counts without a unit
 * are pieces; a price "selusin", "sekodinya", "per gros", "serim" is for a bundle of a known
 * number of pieces (lusin 12, kodi 20, gros 144, rim 500: lexicon.ts). So the amount is
 * count ÷ bundle size × price.
 *
 * Sure only when the count reaches a whole bundle: "jual 3 kerudung, sekodi 300rb" may be
 * three pieces at the kodi price or three kodi written short, and a count with no goods
 * named ("laku 30, selusin 20rb") may count dozens. Those are read as pieces and asked
 * (`unit_mismatch`). A count in a weight or measure ("beli cabe 2, sekilonya 40rb") is not a
 * count of pieces: it keeps the price's unit (entry-drafts.ts).
 */
import { lookupWord } from './lexicon.ts';
import { isInteger, toNumber, type Dec } from './numeral.ts';

/** Whether `unit` is a bundle of several pieces (lusin, kodi, gros, rim). */
export function isPieceBundle(unit: string): boolean {
  const size = lookupWord(unit)?.size;
  return size !== undefined && size.base === 'pc' && size.n > 1;
}

/** The bundle size the price is for and whether the pieces reading is sure, or null. */
export function piecesAtBundlePrice(qty: Dec, priceUnit: string, item: string | null): { size: number; sure: boolean } | null {
  const size = lookupWord(priceUnit)?.size;
  if (size === undefined || size.base !== 'pc' || size.n <= 1 || !isInteger(qty)) return null;
  const n = toNumber(qty);
  if (n <= 0) return null;
  return { size: size.n, sure: item !== null && n >= size.n };
}
