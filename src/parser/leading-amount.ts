/**
 * An amount written before its verb: "Rp15,000 jual 1 bros", "15rb laku 1 bros", "50rb beli
 * gas". Elements are read left to right and a draft takes the money that follows its verb, so
 * an amount in front would close as a verbless line and leave "jual 1 bros" without money.
 * When a segment opens with an amount that is money (Rp, a scale word, or "15.000"), then a
 * verb, and no other amount follows, the amount is the line's: it is moved to the end, where
 * "jual 1 bros 15rb" reads it.
 */
import { S_GROUPED } from './amount.ts';
import { E_NUM, E_VERB, type El } from './entry-elements.ts';

export function moveLeadingAmount(els: El[]): void {
  const first = els[0];
  if (first?.type !== E_NUM || !first.ex || first.ex.strength < S_GROUPED || first.ex.rupiah === null) return;
  let v = 1;
  while (v < els.length && (els[v] as El).type !== E_VERB && (els[v] as El).soft) v++;
  if ((els[v] as El | undefined)?.type !== E_VERB) return;
  for (let k = v + 1; k < els.length; k++) {
    const e = els[k] as El;
    if (e.type === E_VERB) return; // "50rb beli gas, jual 3 bros": not one line's amount
    if (e.type === E_NUM && e.ex && e.ex.strength >= S_GROUPED) return;
  }
  els.push(...els.splice(0, 1));
}
