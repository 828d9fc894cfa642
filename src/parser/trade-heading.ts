/**
 * "Catering: pesanan tumpeng 1 = 450rb, snack box 40 @ 8rb": a heading that names her own paid
 * work, then the orders she filled under it. "pesanan" there is her customers' orders priced —
 * her sales — not a facilitator's announcement ("pesanan 200 bros, harga 5rb/pcs", which has no
 * heading of her trade and stays no record).
 */
import type { Analysis } from './analyze.ts';
import { T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { isDpAt } from './intents/down-payment.ts';
import { isServiceWord } from './service-work.ts';
import { F_FUTURE, G_LEADPOST } from './word-roles.ts';

/** Order words: the only announcement words such a heading turns into her orders. */
const ORDER_WORDS = new Set(['pesanan', 'order', 'orderan']);

/**
 * Whether the message opens "<her work>:" and its only announcement words are order words. An
 * order still to be made or fetched ("diambil besok", "buat minggu depan") or with a down
 * payment is an order, not a sale: it stays as read without the heading.
 */
export function ordersUnderTradeHeading(a: Analysis): boolean {
  const head = a.tokens[0];
  const colon = a.tokens[1];
  if (head === undefined || head.type !== T_WORD || !isServiceWord(head.key)) return false;
  if (colon === undefined || colon.type !== T_PUNCT || colon.text !== ':') return false;
  if (a.dates.some((d) => d.future)) return false;
  for (let i = 2; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_WORD && (t.f2 & G_LEADPOST) !== 0 && !ORDER_WORDS.has(t.key)) return false;
    if (isDpAt(a, i) > 0 || (t.type === T_WORD && (t.f & F_FUTURE) !== 0)) return false;
  }
  return true;
}
