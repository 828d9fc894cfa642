/**
 * Orders counted by the channel they came in on, in an online seller's day: "shopee 4 order 312rb",
 * "wa 2 orderan 150rb", "tokped 3 pesanan 210rb". The channel, a count of orders, then the money
 * they brought: her sales, as "laku" would say (the count is how many). Written with no verb they
 * were read as sales guessed (asked), beside costs that named their own kind ("iklan 25rb").
 *
 * Only with the channel right before the count, the count right before the order word, and the
 * amount right after it; a down payment anywhere (`dp`) leaves the order reader its message
 * ("pesanan 3 box dp 100rb"). Settled with the other words of two meanings (context-words.ts).
 */
import { lookupWord } from './lexicon.ts';
import { T_NUM, T_WORD, type Token } from './lexer.ts';
import type { WordInfo } from './word-roles.ts';

/** Where online orders come in. */
const CHANNELS = new Set(['shopee', 'tokped', 'tokopedia', 'lazada', 'tiktok', 'tiktokshop', 'wa', 'whatsapp', 'ig', 'instagram', 'fb',
  'facebook', 'gofood', 'grabfood', 'shopeefood', 'offline', 'online', 'website', 'web', 'marketplace', 'mp', 'bukalapak', 'blibli']);
const ORDERS = new Set(['order', 'orderan', 'pesanan', 'psnan', 'orders', 'ordr']);

/** Retags "order" in "<channel> <count> order <amount>" as "laku", in place. */
export function settleChannelOrders(tokens: Token[]): void {
  for (let i = 2; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !(ORDERS.has(t.text) || ORDERS.has(t.key))) continue;
    const c = tokens[i - 1] as Token;
    const ch = tokens[i - 2] as Token;
    if (c.type !== T_NUM || ch.type !== T_WORD || !CHANNELS.has(ch.text) || (tokens[i + 1] as Token).type !== T_NUM) continue;
    if (tokens.some((u) => u.type === T_WORD && u.key === 'dp')) return;
    const info = lookupWord('laku') as WordInfo;
    t.key = info.canon;
    t.info = info;
    t.f = info.flags;
    t.f2 = info.flags2;
  }
}
