/**
 * Counts of bundles and pairs read as the pieces they hold, when a word says the price is of
 * one piece (docs/PARSING.md, "Counts in dozens, kodi and pairs, and the price of one").
 *
 * - A part of a bundle with a price each: "setengah lusin @40rb", "1/2 lusin x 40rb",
 *   "satu setengah lusin @40rb", "seperempat kodi @50rb". Half a dozen is no thing one prices
 *   "each" of: the each is per piece, so the count is the pieces (6, 18, 5). A price tied to
 *   the bundle ("per lusin 40rb", "selusin 40rb") and a bare total ("setengah lusin 40rb")
 *   are read as before.
 * - A word that names the single piece after a bundle: "2 kodi, satuannya 35rb", "3 lusin,
 *   ecerannya 5rb". "satuan" is what a trader sets against "lusinan"/"kodian" (retail by the
 *   piece), so after a bundle it is per piece (40 × 35.000); after any other unit it stays
 *   per that unit ("3 bungkus, harga satuan 5rb").
 * - A price for a pair of what was counted by the head or by the piece: "2 ekor pedet 9 juta
 *   sepasang" is one pair (9.000.000), "4 ekor 5 juta sepasang" two. An odd count of heads
 *   (three, at a price per pair?) is asked. Goods counted in pairs ("4 pasang sandal") are
 *   not pieces here, and a bare count ("jual 2 sandal 35rb sepasang": two pairs, or one?)
 *   is left as it was.
 */
import { lookupWord } from './lexicon.ts';
import { isInteger, mulInt, type Dec } from './numeral.ts';

/** "satuannya", "ecerannya": the price of one piece, against a price by the bundle. */
const SINGLE_PIECE_WORDS: ReadonlySet<string> = new Set(['satuan', 'satuannya', 'persatuan', 'satuane', 'satuanna', 'satuanne',
  'ecerannya', 'eceranne', 'ecerane', 'eceranna', 'perecer', 'ecernya']);
/** Units of one head or one piece that a price per pair covers two of. */
const SINGLES: ReadonlySet<string> = new Set(['ekor', 'biji', 'buah', 'pcs', 'butir']);
/** The pair words, canonical ("psg" is "pasang" in the lexicon). */
const PAIR = 'pasang';

/** The pieces in a bundle of pieces ("lusin" 12, "kodi" 20, "gros" 144), or 0. */
function bundlePieces(unit: string | null): number {
  if (unit === null) return 0;
  const size = lookupWord(unit)?.size;
  return size !== undefined && size.base === 'pc' && size.n > 1 ? size.n : 0;
}

/**
 * A part of a bundle ("setengah lusin", "1,5 lusin") in pieces, when that is a whole number of
 * pieces; null for whole bundles or any other unit.
 */
export function fractionInPieces(qty: Dec, unit: string | null): Dec | null {
  const n = bundlePieces(unit);
  if (n === 0 || isInteger(qty)) return null;
  const pieces = mulInt(qty, n);
  return pieces !== null && isInteger(pieces) && pieces.m > 0 ? pieces : null;
}

/** The each-word `text` names one piece, and the count before it is in bundles of pieces ("2 kodi, satuannya"). */
export function singlePieceAfterBundle(text: string, unit: string | null): boolean {
  return SINGLE_PIECE_WORDS.has(text) && bundlePieces(unit) > 0;
}

/**
 * A price per pair for a count of heads or pieces ("2 ekor … sepasang"): how many pieces one
 * priced unit holds (2), and whether the count makes whole pairs. null when this is not that shape.
 */
export function pairsOfSingles(qty: Dec, unit: string | null, priceUnit: string): { to: number; whole: boolean } | null {
  if (unit === null || (lookupWord(priceUnit)?.canon ?? priceUnit) !== PAIR || !SINGLES.has(lookupWord(unit)?.canon ?? unit)) return null;
  return { to: 2, whole: isInteger(qty) && qty.m % 2 === 0 };
}

/**
 * A price per pair after a count of bundles: "2 kodi kaos kaki @5rb sepasang", "1 lusin sandal,
 * per pasang 15rb". Goods sold in pairs are bundled by the pair — a kodi of socks is twenty pairs,
 * a dozen sandals twelve — so the bundle holds that many priced units: its size, or null when the
 * count is no bundle of pieces or the price not per pair.
 */
export function pairsInBundle(unit: string | null, priceUnit: string): number | null {
  if ((lookupWord(priceUnit)?.canon ?? priceUnit) !== PAIR) return null;
  const n = bundlePieces(unit);
  return n > 0 ? n : null;
}
