/**
 * "laku 200rb sama bayar utang", "laku 500rb terus nyicil utang ke bank": the only amount follows the
 * sale word and stands before the instalment or debt words — it is what sold, never what was repaid.
 * Read as an instalment of that amount it was a confident wrong amount.
 *
 * The sale is kept (repayClauseAfterSale): the debt's clause, which has no amount, is hidden and the
 * rest read as the record it is — asked, with `chain_part_unread` ("Ada bagian yang belum ada
 * uangnya… Yang terbaca begini: Penjualan 200.000"), so a "ya" records the sale and the debt paid is
 * told as having no amount. One intent per message: the repayment itself waits for its amount.
 *
 * Only known words decide: a selling verb that is not everyday chat (F_SALE without F_WEAK) before
 * the amount, and no instalment or debt word (F_REPAY, G_CREDIT) before its end.
 */
import type { Analysis } from './analyze.ts';
import type { NumExpr } from './amount.ts';
import { T_WORD, type Token } from './lexer.ts';
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

/** Joining the debt's clause to the sale: "sama", "terus", "sekalian", Javanese "karo"… */
const JOIN = new Set(['sama', 'sm', 'ama', 'dan', 'terus', 'trus', 'trs', 'lalu', 'sekalian', 'skalian',
  'plus', 'abis', 'habis', 'itu', 'tu', 'juga', 'jg', 'udah', 'sudah', 'dah', 'langsung']);
/** Paying the debt: "bayar utang", "nyaur utang", "lunasin cicilan". */
const PAYS = new Set(['bayar', 'byr', 'bayarin', 'setor', 'nyetor', 'lunasin', 'lunasi', 'melunasi', 'tf',
  'transfer', 'buat', 'utk', 'untuk']);

/**
 * Where the debt's clause after the sale's amount `ex` begins ("sama bayar utang"): the sale is the
 * text before it. Null when the clause holds an amount or a day of its own ("… terus bayar utang
 * 50rb": two sums, left as asked) or cannot be found.
 */
export function repayClauseAfterSale(a: Analysis, ex: NumExpr): number | null {
  const { tokens } = a;
  const at = tokens.findIndex((t, i) => i >= ex.end && t.type === T_WORD && ((t.f & F_REPAY) !== 0 || (t.f2 & G_CREDIT) !== 0));
  if (at < 0) return null;
  if (a.nums.some((n) => n !== ex && n.start >= ex.end && n.rupiah !== null)) return null;
  let from = at;
  while (from > ex.end && (PAYS.has((tokens[from - 1] as Token).key) || JOIN.has((tokens[from - 1] as Token).key))) from--;
  if (a.dates.some((d) => d.start >= from)) return null;
  return from;
}
