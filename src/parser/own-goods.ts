/**
 * "jual hp lama 700rb", "jual motor 8jt", "kulkas bekas laku 1,2jt": a phone, a motorbike or a
 * fridge of her own sold is money into the household, not her trade's takings — unless she
 * trades in them. Neither is recorded unasked unless the message says which:
 *
 * - vehicles and household appliances sold (motor, mobil, sepeda, kulkas, tv, mesin cuci,
 *   lemari, kasur): asked (`own_goods_sold`);
 * - a phone or laptop sold with an own/old word (lama, bekas, pribadi, sendiri, punya saya):
 *   asked; "jual hp 2 unit 3jt" alone may be a phone counter's sale and stays as read;
 * - the trade said (stok, dagangan, pelanggan, konsumen, buat dijual, unit counted > 1): as read.
 * Gold has its own reader (gold.ts).
 */
import type { Analysis } from './analyze.ts';
import { T_WORD } from './lexer.ts';
import type { ParsedEntry } from './types.ts';

/** Goods a household owns and rarely trades in: sold, they are asked about whatever is said. */
const HOUSEHOLD = new Set(['motor', 'mobil', 'sepeda', 'kulkas', 'tv', 'televisi', 'lemari', 'kasur', 'mesin cuci', 'sofa', 'springbed']);
/** Goods a counter may trade in: asked only when said to be her own or old. */
const DEVICES = new Set(['hp', 'handphone', 'henpon', 'laptop', 'hape', 'tablet', 'komputer']);
const OWN = new Set(['lama', 'bekas', 'pribadi', 'sendiri', 'punyaku', 'saya', 'aku', 'suami', 'anak', 'second', 'seken']);
const TRADE = new Set(['stok', 'stock', 'dagangan', 'jualan', 'pelanggan', 'konsumen', 'customer', 'pembeli', 'counter', 'konter',
  'unit', 'untung', 'laba', 'kulakan', 'reseller']);

/** Whether a sale in the message may be her own goods sold rather than her trade's. */
export function ownGoodsSold(a: Analysis, entries: readonly ParsedEntry[]): boolean {
  const sale = entries.find((e) => e.kind === 'sale' && e.item !== null && (e.quantity === null || e.quantity <= 1));
  if (sale === undefined || sale.item === null) return false;
  const head = sale.item.split(' ');
  const two = head.slice(0, 2).join(' ');
  const household = HOUSEHOLD.has(head[0] as string) || HOUSEHOLD.has(two);
  // (Goods of neither kind end it here, before the message's words are gathered.)
  if (!household && !DEVICES.has(head[0] as string)) return false;
  const words = a.tokens.filter((t) => t.type === T_WORD).map((t) => t.key);
  if (words.some((w) => TRADE.has(w))) return false;
  return household || words.some((w) => OWN.has(w));
}
