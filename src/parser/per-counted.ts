/**
 * "les 5 anak 100rb per anak", "cuci 3 motor 15rb/motor": a price per the very thing counted,
 * even when that thing is no counting unit the lexicon knows. The counted word and the word
 * after "per" or "/" become the unit, so the amount reads as a price each (5 × Rp100.000),
 * never as the total it would be if "per anak" were skipped. The count may follow the word
 * ("jahitan gamis 2 … 125rb per gamis"): a plain number under 1.000 right after it.
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN } from './amount.ts';
import { C_DOUBT } from './confidence.ts';
import type { EntryOut } from './entry-drafts.ts';
import { E_NUM, E_PER, E_UNIT, E_WORD, type El } from './entry-elements.ts';
import { T_PUNCT, T_WORD } from './lexer.ts';
import { lookupWord } from './lexicon.ts';
import { G_PER } from './word-roles.ts';

/** A plain number under 1.000: a count, never money. */
function isCount(e: El | undefined): boolean {
  return e !== undefined && e.type === E_NUM && e.ex !== null && e.ex.strength === S_PLAIN && e.ex.rupiah !== null && e.ex.rupiah < 1000;
}

export function perCountedWord(els: El[]): void {
  for (let p = 0; p + 1 < els.length; p++) {
    const per = els[p] as El;
    const what = els[p + 1] as El;
    if (per.type !== E_PER || what.type !== E_WORD || what.soft) continue;
    for (let k = 0; k + 1 < p; k++) {
      const counted = els[k + 1] as El;
      if ((els[k] as El).type === E_NUM && counted.type === E_WORD && counted.text === what.text) {
        counted.type = E_UNIT;
        what.type = E_UNIT;
        break;
      }
      const word = els[k] as El;
      if (word.type === E_WORD && word.text === what.text && isCount(counted)) {
        word.type = E_UNIT;
        what.type = E_UNIT;
        break;
      }
    }
  }
}

/** Words for one piece: "per biji", "/pcs" price a piece, also after a bundle count. */
const PIECE_WORDS = new Set(['biji', 'bji', 'bj', 'pcs', 'pc', 'buah', 'bh']);

/** The word after "per" or "/" right after the amount whose first token is `at` ("12rb per bros"), or null. */
function perWordAfter(a: Analysis, at: number): string | null {
  const k = a.numIn[at];
  const ex = k === undefined || k < 0 ? undefined : a.nums[k];
  if (ex === undefined || ex.start !== at) return null;
  const per = a.tokens[ex.end];
  const what = a.tokens[ex.end + 1];
  const isPer = per !== undefined && ((per.type === T_WORD && (per.f2 & G_PER) !== 0) || (per.type === T_PUNCT && per.text === '/'));
  return isPer && what?.type === T_WORD ? what.key : null;
}

/**
 * "laku 1 lusin bros, 12rb per bros", "jual 2 kodi jilbab, 35rb per jilbab", "cuci 3 motor, 15rb per motor":
 * the count in the clause before, then an amount said per one of something. Joined as the count's total
 * (joinCount) or as a price per the unit counted (counts-one-price.ts), "per bros" was lost: one dozen
 * brooches for Rp12.000, confidently. Per the unit counted, per the goods counted or per a piece it is
 * the count × the price; per the goods (or a piece) after a bundle of pieces, the pieces (a dozen is
 * 12) × the price. Per anything else ("3 bungkus, 5rb per orang") the count it multiplies is unclear:
 * asked. True when the amount was said per something (`e` is then set as the count's entry), false
 * when it was not (the caller joins as before).
 */
export function perCountedJoin(a: Analysis, e: EntryOut, from: { item: string | null; quantity: number | null; unit: string | null }): boolean {
  const word = e.at === undefined ? null : perWordAfter(a, e.at);
  if (word === null || from.quantity === null || from.quantity <= 0) return false;
  const price = e.amount;
  const size = from.unit === null ? null : lookupWord(from.unit)?.size ?? null;
  const bundle = size !== null && size.base === 'pc' && size.n > 1 ? size.n : null;
  const named = word === from.unit || PIECE_WORDS.has(word) || (from.item !== null && from.item.split(' ').includes(word));
  e.item = from.item;
  e.quantity = from.quantity;
  e.unit = from.unit;
  if (!named) {
    e.confidence = Math.min(e.confidence, C_DOUBT);
    if (!e.notes.includes('unit_mismatch')) e.notes.push('unit_mismatch');
    return true;
  }
  // A dozen, a kodi: per the goods or a piece is per one of the pieces it holds.
  const count = bundle !== null && word !== from.unit ? from.quantity * bundle : from.quantity;
  const amount = count * price;
  if (!Number.isSafeInteger(amount)) return false;
  if (count !== from.quantity) {
    e.quantity = count;
    e.unit = PIECE_WORDS.has(word) ? word : null;
  }
  e.unitPrice = price;
  e.amount = amount;
  return true;
}
