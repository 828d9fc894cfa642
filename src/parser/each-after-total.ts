/**
 * The price of one said after the total, as she speaks: "kue lapis laku sepuluh loyang semuanya
 * jadi empat ratus ribu eh satu loyang tiga puluh lima ribu", "laku 10 bungkus 50rb eh
 * sebungkusnya 5rb". "Satu loyang" (one of the same unit) right after the total, with nothing but
 * a pause between, is the price each of the count before — no second sale of one piece:
 *
 * - the count × that price is the total: one entry, the total (the price each checks it);
 * - it is not (10 × 35rb ≠ 400rb): which figure is right is asked (`total_mismatch`), never two
 *   sales recorded.
 *
 * A joiner ("terus 1 bungkus 7rb", "sama 1 bungkus 7rb", "lagi") or goods of its own make it
 * another sale, as before.
 */
import type { Analysis } from './analyze.ts';
import type { NumExpr } from './amount.ts';
import { T_PUNCT, T_WORD, type Token } from './lexer.ts';
import type { ParsedEntry } from './types.ts';

/** Words of a pause or a restatement between the total and the price of one. */
const PAUSE = new Set(['eh', 'ehh', 'eeh', 'oh', 'iya', 'ya', 'maksudnya', 'maksud', 'saya', 'aku', 'jadi', 'harganya', 'harga', 'itu',
  'tuh', 'anu', 'ji']);
/** After the unit: "satu loyangnya", "satu loyang harganya", "seloyang itu". */
const AFTER_UNIT = new Set(['nya', 'harganya', 'harga', 'itu', 'tuh', 'tu']);

/** What of an entry is read here. */
type Priced = Pick<ParsedEntry, 'kind' | 'amount' | 'quantity' | 'unit' | 'unitPrice'>;

export type EachAfterTotal<E> = { drop: E } | { conflict: true } | null;

function exprAt(a: Analysis, i: number): NumExpr | undefined {
  const x = a.numIn[i] ?? -1;
  return x === -1 ? undefined : a.nums[x];
}

/**
 * Whether the word names one of `unit`: after "1" the unit itself ("loyang", "loyangnya"); alone a
 * word of one such unit ("seloyang", "sebungkusnya", "satu loyang" as the lexer joins it).
 */
function unitWord(t: Token | undefined, unit: string, one: boolean): boolean {
  if (t === undefined || t.type !== T_WORD) return false;
  return one ? t.info?.perUnit === unit : t.key === unit || t.text === `${unit}nya`;
}

/** The reading of a price of one said after a total, or null when the entries hold none. */
export function eachAfterTotal<E extends Priced>(a: Analysis, entries: readonly E[]): EachAfterTotal<E> {
  if (entries.length < 2) return null;
  const { tokens } = a;
  for (let k = 0; k + 1 < entries.length; k++) {
    const e1 = entries[k] as E;
    const e2 = entries[k + 1] as E;
    if (e1.kind !== e2.kind || e1.quantity === null || e1.quantity < 2 || e1.unit === null || e1.unitPrice !== null) continue;
    if (e2.quantity !== null && e2.quantity !== 1) continue;
    const unit = e1.unit;
    // The total's amount in the text, then the pause, then "satu <unit>" / "se<unit>", then the price.
    for (let i = 0; i < tokens.length; i++) {
      const total = exprAt(a, i);
      if (total === undefined || total.start !== i || total.rupiah !== e1.amount) continue;
      let j = total.end;
      while (j < tokens.length && ((tokens[j] as Token).type === T_PUNCT || PAUSE.has((tokens[j] as Token).key))) j++;
      const count = exprAt(a, j);
      if (count !== undefined && count.start === j && count.rupiah === 1 && unitWord(tokens[count.end], unit, false)) j = count.end + 1;
      else if (unitWord(tokens[j], unit, true)) j++;
      else continue;
      while (j < tokens.length && tokens[j]?.type === T_WORD && AFTER_UNIT.has((tokens[j] as Token).key)) j++;
      const price = exprAt(a, j);
      if (price === undefined || price.start !== j || price.rupiah !== e2.amount) continue;
      return e1.quantity * e2.amount === e1.amount ? { drop: e2 } : { conflict: true };
    }
  }
  return null;
}
