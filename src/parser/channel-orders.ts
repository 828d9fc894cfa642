/**
 * Orders counted by the channel they came in on, in an online seller's day: "shopee 4 order 312rb",
 * "wa 2 orderan 150rb", "tokped 3 pesanan 210rb". The channel, a count of orders, then the money
 * they brought: her sales, as "laku" would say (the count is how many). Written with no verb they
 * were read as sales guessed (asked), beside costs that named their own kind ("iklan 25rb").
 *
 * Only with the channel right before the count, the count right before the order word, and the
 * amount right after it, and nothing before the channel but a lead-in (`plainLeadIn`: a cost,
 * return or cancellation word first keeps its own reading); a down payment anywhere (`dp`) leaves the order reader its message
 * ("pesanan 3 box dp 100rb"). Settled with the other words of two meanings (context-words.ts).
 */
import { lookupWord } from './lexicon.ts';
import { tokenTrigger } from './token-triggers.ts';
import { trigger } from './triggers.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { F_DATE, F_FILLER, F_PERIOD, F_SALE, F_WEAK, G_GREETING, G_SELF, G_THANKS, type WordInfo } from './word-roles.ts';

/** Where online orders come in. */
export const CHANNELS = new Set(['shopee', 'tokped', 'tokopedia', 'lazada', 'tiktok', 'tiktokshop', 'wa', 'whatsapp', 'ig', 'instagram', 'fb',
  'facebook', 'gofood', 'grabfood', 'shopeefood', 'offline', 'online', 'website', 'web', 'marketplace', 'mp', 'bukalapak', 'blibli']);
const ORDERS = new Set(['order', 'orderan', 'pesanan', 'psnan', 'orders', 'ordr']);
/** settleChannelOrders wakes on these words, by text or key (token-triggers.ts). */
export const W_CHANNEL_ORDERS = tokenTrigger(ORDERS);
/** channelOrderCounts opens on these words (triggers.ts). */
export const T_CHANNEL_ORDERS = trigger(ORDERS);
/** Words that may stand before the channel of her takings: where from, a heading of the day's sales. */
const LEAD_INS = new Set(['dari', 'dr', 'via', 'lewat', 'lwt', 'di', 'masuk', 'msk', 'total', 'rekap', 'hasil', 'omset', 'omzet',
  'penjualan', 'jualan', 'alhamdulillah', 'alhamdulilah', 'hari', 'ini', 'td', 'tadi', 'barusan', 'hr', 'sore', 'pagi', 'malam', 'siang']);

/**
 * Nothing before the channel in its clause but a lead-in, a date, a filler or a selling word
 * ("alhamdulillah shopee 4 order 312rb", "laku dari shopee 3 order 150rb"). A cost, return or
 * cancellation written first ("ongkir shopee 3 order 45rb", "retur shopee 1 order 80rb",
 * "dibatalin shopee 2 order 150rb") is what the money was: that word keeps its own reading, and
 * so does any word this reader does not know to be harmless there — left as before, not a sale.
 */
function plainLeadIn(tokens: readonly Token[], ch: number): boolean {
  for (let k = ch - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.type === T_NL || (t.type === T_PUNCT && t.text !== '-')) return true;
    if (t.type === T_PUNCT) continue; // a bullet "- shopee 4 order …", "* wa 2 order …"
    if (t.type !== T_WORD) return false;
    if (LEAD_INS.has(t.text) || LEAD_INS.has(t.key) || (t.f & (F_FILLER | F_DATE | F_PERIOD)) !== 0 ||
      (t.f2 & (G_SELF | G_GREETING | G_THANKS)) !== 0 || ((t.f & F_SALE) !== 0 && (t.f & F_WEAK) === 0)) continue;
    return false;
  }
  return true;
}

/** Words of the money the orders brought, between the count and the amount: "7 order, cair 735k". */
const PAID_OUT = new Set(['cair', 'masuk', 'msk', 'dapet', 'dapat', 'dpt', 'omset', 'omzet', 'total']);

/**
 * Index of the amount after the order word at i: right after it ("4 order 312rb"), or after a
 * comma, colon or "=" and at most one word of the money they brought ("7 order, cair 735k",
 * "3 order = 210rb"); -1 otherwise.
 */
function amountAfter(tokens: readonly Token[], i: number): number {
  let j = i + 1;
  if ((tokens[j] as Token | undefined)?.type === T_NUM) return j;
  const p = tokens[j];
  if (p === undefined || p.type !== T_PUNCT || !(p.text === ',' || p.text === ':' || p.text === '=')) return -1;
  j++;
  const w = tokens[j];
  if (w !== undefined && w.type === T_WORD && (PAID_OUT.has(w.text) || PAID_OUT.has(w.key))) j++;
  return (tokens[j] as Token | undefined)?.type === T_NUM ? j : -1;
}

/** Retags "order" in "<channel> <count> order <amount>" as "laku", in place ("Shopee: 7 order, cair 735k" too). */
export function settleChannelOrders(tokens: Token[]): void {
  for (let i = 2; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !(ORDERS.has(t.text) || ORDERS.has(t.key))) continue;
    const c = tokens[i - 1] as Token;
    // ("Shopee: 7 order …": the channel as a label.)
    const colon = (tokens[i - 2] as Token).type === T_PUNCT && (tokens[i - 2] as Token).text === ':';
    const at = colon ? i - 3 : i - 2;
    const ch = tokens[at] as Token | undefined;
    // (After a label's colon only with the amount right after: "Shopee: 7 laku, cair 735k" would read
    // the 7 as money — there the count is only counted, `channelOrderCounts`.)
    const amount = amountAfter(tokens, i);
    if (c.type !== T_NUM || ch === undefined || ch.type !== T_WORD || !CHANNELS.has(ch.text) || amount < 0 || (colon && amount !== i + 1)) continue;
    if (!plainLeadIn(tokens, at)) continue;
    if (tokens.some((u) => u.type === T_WORD && u.key === 'dp')) return;
    const info = lookupWord('laku') as WordInfo;
    t.key = info.canon;
    t.info = info;
    t.f = info.flags;
    t.f2 = info.flags2;
  }
}

/**
 * The counts of orders in "<channel>: <count> order, cair <amount>" lines the retag above left
 * ("Shopee: 7 order, cair 735k", "Tiktok - 4 orderan, 412k"): token indices of each count. The
 * count says how many orders brought the amount after it — no money of its own (scan-record.ts
 * accounts it), the amount read as ever.
 */
export function channelOrderCounts(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let i = 2; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !ORDERS.has(t.text)) continue;
    const c = tokens[i - 1] as Token;
    if (c.type !== T_NUM || !c.num?.plain || c.text.length > 3) continue;
    const p = tokens[i - 2] as Token;
    const label = p.type === T_PUNCT && (p.text === ':' || p.text === '-');
    const ch = tokens[label ? i - 3 : i - 2];
    if (ch === undefined || ch.type !== T_WORD || !CHANNELS.has(ch.text) || amountAfter(tokens, i) < 0 || !plainLeadIn(tokens, label ? i - 3 : i - 2)) continue;
    out.push(i - 1);
  }
  return out;
}
