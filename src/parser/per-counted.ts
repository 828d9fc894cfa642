/**
 * "les 5 anak 100rb per anak", "cuci 3 motor 15rb/motor": a price per the very thing counted,
 * even when that thing is no counting unit the lexicon knows. The counted word and the word
 * after "per" or "/" become the unit, so the amount reads as a price each (5 × Rp100.000),
 * never as the total it would be if "per anak" were skipped. The count may follow the word
 * ("jahitan gamis 2 … 125rb per gamis"): a plain number under 1.000 right after it.
 */
import { S_PLAIN } from './amount.ts';
import { E_NUM, E_PER, E_UNIT, E_WORD, type El } from './entry-elements.ts';

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
