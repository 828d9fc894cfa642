/**
 * A discount in percent off the sale before it: "jual 4 gamis @150rb diskon 10%" = 540.000,
 * "laku kerudung 90rb, potongan 5 persen". The percentage is the line's (the one sale in the
 * message); it is applied only when it is the message's only percentage, the message has
 * exactly one sale, and the result is whole rupiah — otherwise the percentage stays asked
 * ("percentage", record.ts), as "DP 50%" is.
 */
import type { Analysis } from './analyze.ts';
import { DISCOUNT_WORDS, isDiscountWord } from './discount-word.ts';
import { T_NUM, T_PUNCT, type Token } from './lexer.ts';
import { M_PERCENT } from './marks.ts';
import type { RecordScan } from './scan-record.ts';

/** The percentage after a discount word ("diskon 10%", "potongan 5 persen"), or null. */
function discountPercent(a: Analysis): number | null {
  let marked = 0;
  for (let i = 0; i < a.marks.length; i++) if (a.marks[i] === M_PERCENT) marked++;
  for (let i = 0; i < a.tokens.length - 2; i++) {
    if (!isDiscountWord(a.tokens, i)) continue;
    const n = a.tokens[i + 1] as Token;
    if (n.type !== T_NUM || a.marks[i + 1] !== M_PERCENT || !n.num?.ok || !n.num.plain || n.num.value.s !== 0) return null;
    const sign = a.tokens[i + 2] as Token;
    // Only this percentage in the message: its number and its sign ("%" or "persen").
    if (marked !== 2 || !(sign.type === T_PUNCT ? sign.text === '%' : a.marks[i + 2] === M_PERCENT)) return null;
    const p = n.num.value.m;
    return p >= 1 && p <= 90 ? p : null;
  }
  return null;
}

/** Takes the discount off the message's one sale; true when it did (the percentage is then read). */
export function applyPercentDiscount(a: Analysis, scan: RecordScan): boolean {
  const p = discountPercent(a);
  if (p === null || scan.discounted || scan.discountProblem) return false;
  const sales = scan.entries.filter((e) => e.kind === 'sale');
  const sale = sales[0];
  if (sales.length !== 1 || sale === undefined || scan.unresolved.length > 0) return false;
  const kept = sale.amount * (100 - p);
  if (!Number.isSafeInteger(kept) || kept % 100 !== 0) return false;
  sale.amount = kept / 100;
  const each = sale.unitPrice === null ? null : sale.unitPrice * (100 - p);
  sale.unitPrice = each !== null && each % 100 === 0 ? each / 100 : null;
  return true;
}

/** Giving words around a discount: "dikasih diskon", "kasih potongan". */
const GIVEN = new Set(['dikasih', 'kasih', 'dikasi', 'kasi', 'ngasih', 'dapat', 'dapet', 'pake', 'pakai', 'ada', 'plus', 'trus', 'terus']);

/** Whether an unpriced line's words are only a discount's ("diskon", "dikasih diskon"): read by the percentage. */
export function discountOnly(item: string | null): boolean {
  if (item === null) return false;
  const words = item.split(' ');
  return words.some((w) => DISCOUNT_WORDS.has(w)) && words.every((w) => DISCOUNT_WORDS.has(w) || GIVEN.has(w));
}
