/**
 * Whether two unit words name the same unit: "biji" and "pcs" (and "sebiji"'s "pcs"), "kilo" and
 * "kg" — the lexicon's size of each, base and count alike.
 *
 * WHY: a price "3rb sebiji" is keyed by its unit "pcs" while the count "100 biji" keeps its word;
 * compared as strings they looked like two units, and the price was no longer read as the price of
 * what was counted ("100 biji, 3rb sebiji, 300rb" became two sales of 300rb).
 */
import { lookupWord } from './lexicon.ts';

export function sameUnit(x: string, y: string): boolean {
  if (x === y) return true;
  const sx = lookupWord(x)?.size;
  const sy = lookupWord(y)?.size;
  return sx !== undefined && sy !== undefined && sx.base === sy.base && sx.n === sy.n;
}
