/**
 * A lead's quantity as people write it, in pieces: "300", "1.000", "300 kotak" (a container
 * word counts as itself), "2 kodi" = 40, "3 lusin" = 36, "selusin" = 12, "sekodi" = 20 — the
 * piece sizes the chat's parser gives the same words (src/core/piece-units.ts), so the
 * console's fields, the chat's guided form ("Berapa yang dibutuhkan?") and a lead's own text
 * ("butuh 2 kodi bros") agree with a member's "sanggup 2 kodi". Pure.
 */
import { piecesPerUnit } from '../../core/piece-units.ts';

/** A count, maybe a unit, maybe words after it ("300 kotak nasi"). */
const COUNTED = /^(\d{1,3}(?:\.\d{3})+|\d{1,15})\s*(\p{L}+)?(?: \p{L}+)*$/u;
/** "selusin", "sekodi", "segros": one of the unit. */
const ONE_OF = /^(?:se|sa)(\p{L}+)$/u;

/** Whole pieces, more than 0; null when the text is not a quantity. */
export function leadQuantity(raw: string): number | null {
  const text = raw.trim().replace(/\s+/g, ' ').toLowerCase();
  const one = ONE_OF.exec(text);
  if (one && piecesPerUnit(one[1]!) !== undefined) return piecesPerUnit(one[1]!)!;
  const m = COUNTED.exec(text);
  if (!m) return null;
  const count = Number(m[1]!.replace(/\./g, ''));
  const n = count * (m[2] === undefined ? 1 : (piecesPerUnit(m[2]) ?? 1));
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}
