/**
 * An amount written before its verb: "Rp15,000 jual 1 bros", "15rb laku 1 bros", "50rb beli
 * gas". Elements are read left to right and a draft takes the money that follows its verb, so
 * an amount in front would close as a verbless line and leave "jual 1 bros" without money.
 * When a segment opens with an amount that is money (Rp, a scale word, or "15.000"), then a
 * verb, and no other amount follows, the amount is the line's: it is moved to the end, where
 * "jual 1 bros 15rb" reads it.
 */
import { S_GROUPED } from './amount.ts';
import { E_NUM, E_VERB, E_WORD, type El } from './entry-elements.ts';

/** "sisa 20rb dipake buat dapur": what was left, then what became of it — the amount leads all the same. */
const LEFT = new Set(['sisa', 'sisanya']);
/**
 * "…\nterus 50rb saya ambil buat bayar sekolah anak", "lalu 20rb dipake beli gas": the word that
 * opens her next step stands before the amount, which leads all the same (else the step took
 * the kind of the line before it, and her money for the home was recorded as a purchase).
 */
const THEN = ['terus', 'trus', 'trs', 'terusnya', 'lalu', 'kemudian', 'habis', 'abis', 'setelah', 'sesudah', 'stlh', 'itu', 'tu'];
const LEAD_WORDS = new Set([...LEFT, ...THEN]);

export function moveLeadingAmount(els: El[]): void {
  // (The word stays in front, where a verb after it keeps it aside as a fallback item.)
  let lead = 0;
  while (lead < 2 && (els[lead] as El | undefined)?.type === E_WORD && LEAD_WORDS.has((els[lead] as El).text)) lead++;
  if (els[lead]?.type !== E_NUM) lead = 0;
  const first = els[lead];
  if (first?.type !== E_NUM || !first.ex || first.ex.strength < S_GROUPED || first.ex.rupiah === null) return;
  let v = lead + 1;
  while (v < els.length && (els[v] as El).type !== E_VERB && (els[v] as El).soft) v++;
  if ((els[v] as El | undefined)?.type !== E_VERB) return;
  for (let k = v + 1; k < els.length; k++) {
    const e = els[k] as El;
    if (e.type === E_VERB) return; // "50rb beli gas, jual 3 bros": not one line's amount
    if (e.type === E_NUM && e.ex && e.ex.strength >= S_GROUPED) return;
  }
  els.push(...els.splice(lead, 1));
}
