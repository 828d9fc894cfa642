/**
 * Her work done to a customer's order, then paid: "jahit rok 1, celana 2 potong pesanan Mama Tin,
 * smua 125rb so bayar", "permak celana 3 pesanan bu Ani 60rb udah bayar", "cuci karpet punya pak RT
 * 75rb lunas". The fee for her work, paid to her: her takings.
 *
 * WHY: her work named first, then "bayar", was asked (work_pay_unclear: she may have paid a tailor).
 * "pesanan"/"punya" and a titled customer say whose work it was, and the paying word after the amount
 * says that amount was paid. Not with a negation, a plan or a tab ("belum bayar", "bayar nanti",
 * "utang"), nor with her own family named: those stay as the other readers read them.
 */
import type { Analysis } from './analyze.ts';
import { T_WORD, type Token } from './lexer.ts';
import { F_FUTURE, F_NEG, G_CREDIT } from './word-roles.ts';
import { customerAt } from './intents/customer.ts';
import { kinTitled, PAID_FILLERS } from './intents/goods-order-paid.ts';
import { isServiceWord } from './service-work.ts';

/** Whose work: "pesanan Mama Tin", "orderan bu Ani", "punya pak RT". */
const WHOSE = new Set(['pesanan', 'pesenan', 'orderan', 'punya', 'punyanya', 'milik']);
/** Paid, said after the amount. */
const PAID = new Set(['bayar', 'dibayar', 'byr', 'lunas', 'lunasi', 'dilunasi', 'tf', 'transfer', 'ditransfer', 'tunai', 'cash']);
/** Her own family: work for them is not a customer's. */
const OWN = new Set(['anak', 'anakku', 'suami', 'suamiku', 'saya', 'sy', 'aku', 'sendiri', 'keluarga']);

/** 'work' when her work for a named customer was paid, else null. */
export function workOrderPaid(a: Analysis): 'work' | null {
  const { tokens } = a;
  let work = -1;
  let whose = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if ((t.f & (F_NEG | F_FUTURE)) !== 0 || (t.f2 & G_CREDIT) !== 0 || OWN.has(t.key)) return null;
    if (work < 0 && whose < 0 && isServiceWord(t.key)) work = i;
    else if (work >= 0 && whose < 0 && WHOSE.has(t.key)) whose = i;
  }
  if (work < 0 || whose < 0) return null;
  const customer = customerAt(a, whose + 1) ?? kinTitled(a, whose + 1);
  if (customer === null) return null;
  // The amount after the customer, then its paying: "…, smua 125rb so bayar".
  const money = a.nums.filter((ex) => ex.rupiah !== null && ex.rupiah >= 1000 && ex.start >= customer.end);
  const amount = money[0];
  if (money.length !== 1 || amount === undefined) return null;
  // Only paying words after it: "…, udah bayar tukang jahit", "bayar ke penjahit", "bayar sparepart" name
  // whom she paid — left to the other readers (asked there).
  let paid = false;
  for (let i = amount.end; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (PAID.has(t.key)) paid = true;
    else if (!PAID_FILLERS.has(t.key)) return null;
  }
  return paid ? 'work' : null;
}
