/**
 * Street amounts built from Hokkien numbers, used across Indonesia: a digit and a place —
 * "seceng" (1 × 1.000), "noceng" (2 × 1.000), "samceng" (3.000), "goban" (5 × 10.000),
 * "cepek" (1 × 100), "gope"/"gopek" (500), "nopek" (200), "cetiau" (1.000.000). The lexicon
 * lists the common ones; this reads any digit with any place, so a spelling it does not list
 * ("siceng", "lakban"… see below) is an amount, never an item name with its money dropped.
 *
 * Digits: ce/se/it 1, ji/no 2, sa/sam/san 3, si/sie 4, go 5, lak/nam 6, cit 7, pe/pat 8,
 * kau/kao 9. Places: pek 100, ceng 1.000, ban 10.000, tiau 1.000.000. "cap" (10) is not
 * read here: "gocap" on the street is 50.000, and the lexicon says so. A word whose digit is
 * an everyday syllable and whose place is a word of its own ("lakban" is sticky tape,
 * "seban", "jiban") is listed in NOT_AMOUNTS.
 */

const DIGITS: ReadonlyMap<string, number> = new Map([
  ['ce', 1], ['se', 1], ['it', 1], ['ji', 2], ['no', 2], ['sa', 3], ['sam', 3], ['san', 3], ['si', 4], ['sie', 4], ['go', 5],
  ['lak', 6], ['nam', 6], ['cit', 7], ['pe', 8], ['pat', 8], ['kau', 9], ['kao', 9],
]);
// ("pe" alone as a place is left to the lexicon's "gope", "cepe": "sampe" is "sampai", not 300.)
const PLACES: readonly [string, number][] = [['tiau', 1_000_000], ['ceng', 1_000], ['ban', 10_000], ['pek', 100]];

/** Words of this shape that are something else: "lakban" (tape), "saban" (every), "sampek" (until). */
const NOT_AMOUNTS = new Set(['lakban', 'saban', 'seban', 'sipek', 'sapek', 'jipek', 'sampek', 'pepek', 'siban', 'jiban']);

/** Rupiah value of a Hokkien street amount, or null. */
export function hokkienAmount(word: string): number | null {
  if (word.length < 4 || word.length > 8 || NOT_AMOUNTS.has(word)) return null;
  for (const [place, value] of PLACES) {
    if (!word.endsWith(place)) continue;
    const digit = DIGITS.get(word.slice(0, word.length - place.length));
    if (digit !== undefined) return digit * value;
  }
  return null;
}

/**
 * Street amounts whose value the street itself does not agree on: "jigo" is 25, 2.500 or
 * 25.000 by who says it. Never read as an amount, never dropped: a record with one is asked
 * (record.ts, `unread_amount`).
 */
export const UNSURE_SLANG: ReadonlySet<string> = new Set(['jigo', 'jigopek', 'jigoceng', 'gocapek']);
