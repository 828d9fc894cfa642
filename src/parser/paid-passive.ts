/**
 * "paid" in the Indonesian-English of online resellers, where it is the passive "dibayar": "udah paid
 * cust 150rb" (the customer has paid, 150.000 in), "paid 150rb by Rina" (paid by Rina). The lexicon
 * holds "paid" as her paying, right for an English sentence ("paid rent 500k"), so these two were
 * confident expenses while "udah dibayar cust 150rb" and "dibayar 150rb oleh Rina" were read right.
 *
 * Two shapes only, each read as "dibayar" (so the passive's readers take it from there):
 * - an "already" word, then "paid", then a buyer word ("udah paid cust", "sdh paid customer"): the
 *   buyer's paying is done. ("udah paid supplier 500rb" stays her paying: a supplier is paid by her.)
 * - "paid … by <someone>" in one clause ("paid 150rb by Rina", "paid by cust 85rb"). Not when "by" names
 *   the way of paying ("paid 150rb by tf", "by cash", "by qris") or her ("by me", "by aku"): those say
 *   nothing of who paid whom, so "paid" keeps its meaning.
 */
import { T_NUM, T_WORD, type Token } from './lexer.ts';
import { retag } from './retag.ts';
import { tokenTrigger } from './token-triggers.ts';

/** Wakes the pass: the one word it reads. */
export const W_PAID = tokenTrigger(['paid']);

const ALREADY = new Set(['udah', 'sudah', 'dah', 'sdh', 'udh', 'uda', 'sudh', 'already']);
const BUYERS = new Set(['cust', 'customer', 'costumer', 'kustomer', 'pembeli', 'konsumen', 'pelanggan', 'buyer', 'pemesan']);
/** After "by": the way of paying or her, not a payer. */
const NOT_PAYER = new Set(['tf', 'transfer', 'trf', 'cash', 'tunai', 'qris', 'ovo', 'dana', 'gopay', 'shopeepay', 'bank', 'atm', 'cod',
  'me', 'myself', 'aku', 'saya', 'sy', 'gue', 'gw', 'ak', 'aq', 'ku', 'card', 'kartu', 'debit', 'kredit', 'paylater', 'spaylater']);
/** Ends the clause "paid" stands in. */
const CLAUSE_END = new Set([',', '.', ';', '\n']);

/** Reads "paid" as "dibayar" where the message says it was paid to her. */
export function settlePaidPassive(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || t.text !== 'paid') continue;
    if (buyerPaidAlready(tokens, i) || paidBySomeone(tokens, i)) retag(t, 'dibayar');
  }
}

function buyerPaidAlready(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return before?.type === T_WORD && ALREADY.has(before.text) && after?.type === T_WORD && BUYERS.has(after.text);
}

function paidBySomeone(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
    const u = tokens[j] as Token;
    if (u.type !== T_WORD && u.type !== T_NUM) return false;
    if (CLAUSE_END.has(u.text)) return false;
    if (u.type === T_WORD && u.text === 'by') {
      const who = tokens[j + 1];
      return who?.type === T_WORD && !NOT_PAYER.has(who.text);
    }
  }
  return false;
}
