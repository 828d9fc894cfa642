/**
 * "laku 200rb sama bayar utang", "laku 500rb terus nyicil utang ke bank": the only amount follows the
 * sale word and stands before the instalment or debt words — it is what sold, never what was repaid.
 * Read as an instalment of that amount it was a confident wrong amount: the caller asks instead.
 *
 * Only known words decide: a selling verb that is not everyday chat (F_SALE without F_WEAK) before
 * the amount, and no instalment or debt word (F_REPAY, G_CREDIT) before its end.
 */
import type { Analysis } from './analyze.ts';
import type { NumExpr } from './amount.ts';
import { T_WORD } from './lexer.ts';
import { F_REPAY, F_SALE, F_WEAK, G_CREDIT } from './word-roles.ts';

export function saleAmountBeforeRepay(a: Analysis, ex: NumExpr): boolean {
  let sold = false;
  for (let i = 0; i < ex.end && i < a.tokens.length; i++) {
    const t = a.tokens[i];
    if (t === undefined || t.type !== T_WORD) continue;
    if ((t.f & F_REPAY) !== 0 || (t.f2 & G_CREDIT) !== 0) return false;
    if (i < ex.start && (t.f & F_SALE) !== 0 && (t.f & F_WEAK) === 0) sold = true;
  }
  return sold;
}
