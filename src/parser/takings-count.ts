/**
 * A heading that counts the takings listed under it: "masuk QRIS 3 transaksi: 15rb, 22rb, 18rb",
 * "laku 4 pembeli: …". The count is her own check on
 * how many amounts follow (three amounts, three transactions), never goods without a price or
 * a number left unread; when they differ the record is asked (`total_mismatch`).
 *
 * And the channel the money came in by (QRIS, an e-wallet, the card machine) names where her
 * takings came from, as goods would: "masuk QRIS: 15rb, 22rb" is no bare "masuk 15rb".
 */
import type { Analysis } from './analyze.ts';
import type { NumExpr } from './amount.ts';
import { T_WORD } from './lexer.ts';
import type { Segment } from './lines.ts';
import { oneCountIn } from './pieces-stated.ts';

/** What a count of takings counts: transactions, buyers, receipts, times. */
const TAKINGS = new Set(['transaksi', 'trx', 'trans', 'pembeli', 'pelanggan', 'nota', 'struk']);

/**
 * Other words that count the entries under a heading: orders, customers, people served, times
 * money came in ("ada 3 orderan COD masuk: 89k, 129k, 89k", "jual paket data 3 org: 25rb, 52rb,
 * 98rb", "tf masuk 4 kali: …"). With one amount under them it is what the N came to together.
 */
const ENTRY_COUNTS = new Set(['orderan', 'order', 'pesanan', 'pesenan', 'orang', 'org', 'customer', 'konsumen', 'kali', 'x',
  'transfer', 'tf', 'pembayaran']);

/** The count a heading segment states of the takings under it ("3 transaksi"), or null. */
export function takingsStated(a: Analysis, seg: Segment): { count: number; ex: NumExpr; loose: boolean } | null {
  let loose = false;
  const found = oneCountIn(a, seg, (word) => {
    if (word === undefined || word.type !== T_WORD) return false;
    if (TAKINGS.has(word.key)) return true;
    loose = ENTRY_COUNTS.has(word.key);
    return loose;
  });
  return found === null ? null : { ...found, loose };
}

/**
 * Whether the entries under a takings count agree with it: one amount each. A count of orders
 * or people (`loose`) over a single amount is what they came to together.
 */
export function takingsAgree(under: number, head: { count: number; loose: boolean }): boolean {
  return under === head.count || (head.loose && under === 1);
}

/** Channels her customers pay by: QRIS, e-wallets, the card machine. */
const CHANNELS = new Set(['qris', 'ovo', 'gopay', 'shopeepay', 'edc', 'linkaja']);

/** The message names the channel the money came in by. */
export function namesPayChannel(a: Analysis): boolean {
  return a.tokens.some((t) => t.type === T_WORD && CHANNELS.has(t.key));
}
