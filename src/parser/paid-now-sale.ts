/**
 * An order she took, with money paid for it now, no price said and nobody named: "dpt orderan
 * ketik+print 15 lembar, dibayar 22.500", "ada orderan hantaran nikahan utk tgl 27 / dp pesanan
 * masuk 300rb / sisanya nanti pas ambil". What came in is her sale today, that amount.
 *
 * WHY: the order reader kept such a message as an order and asked for the customer's name and the
 * price (`no_customer`, `no_total`), though the money is in her hand and there is nobody's balance
 * the books could follow. Only an order she received (paid-order-sale.ts), one money amount in the
 * whole message — the paid one — and its clause said as done: a negation or a plan there ("DP nanti
 * 300rb", "belum dibayar 50rb") or a question stays an order, asked as before. A rest still to come
 * in another clause ("sisanya nanti pas ambil") is no money in now and is not recorded.
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN, type NumExpr } from './amount.ts';
import { clauseSpans } from './clause-ends.ts';
import { T_WORD } from './lexer.ts';
import { orderReceived } from './paid-order-sale.ts';
import { F_FUTURE, F_NEG, G_PERCENT } from './word-roles.ts';

/**
 * Words saying the money came to her: "masuk", "diterima", or paid in the passive ("dibayar 22.500"). A
 * bare "DP 300rb" or "udah dp 300rb" may be a price talked over: it stays an order, asked.
 */
const CAME_IN = new Set(['masuk', 'diterima', 'terima', 'nerima', 'dibayar', 'dibayarin', 'ditransfer', 'ditf', 'dikasih']);

/**
 * The order said as received, right before the order word: "dpt orderan", "ada pesanan", "ada yg pesen". A
 * bare "pesanan nasi kotak … diambil dan dibayar" may be her own order collected from a supplier: asked.
 */
const GOT = new Set(['dapat', 'dapet', 'dpt', 'ada', 'terima', 'nerima', 'masuk', 'yg', 'yang']);

/** Whether the order at `o`, with `paid` handed over now, is her sale of that amount (see the file comment). */
export function paidNowSale(a: Analysis, o: number, item: string | null, paid: NumExpr): boolean {
  if (a.question || paid.rupiah === null || paid.rupiah <= 0) return false;
  // (A plain small number is a count — "15 lembar" — no money; any other amount is asked.)
  if (a.nums.some((e) => e !== paid && e.rupiah !== null && (e.strength !== S_PLAIN || e.rupiah >= 1000))) return false;
  if (a.tokens.some((t) => (t.f2 & G_PERCENT) !== 0)) return false;
  const span = clauseSpans(a.tokens).find(([s, e]) => paid.start >= s && paid.start < e);
  if (span === undefined) return false;
  let came = false;
  for (let k = span[0]; k < span[1]; k++) {
    const t = a.tokens[k];
    if (t?.type === T_WORD && (t.f & (F_NEG | F_FUTURE)) !== 0) return false;
    if (t?.type === T_WORD && CAME_IN.has(t.key)) came = true;
  }
  return came && GOT.has(a.tokens[o - 1]?.key ?? '') && orderReceived(a, o, item);
}

/** Words that end the goods after the order word: whom or when it is for, whose it is. */
const GOODS_END = new Set(['buat', 'untuk', 'utk', 'bwt', 'bagi', 'dari', 'dr', 'tgl', 'tanggal', 'sama', 'sm', 'punya', 'yang', 'yg']);

/**
 * The goods said right after the order word, when no other reader named them: "orderan hantaran nikahan
 * utk tgl 27" → "hantaran nikahan". One to three words the lexicon does not know, in the order's clause.
 */
export function goodsAfterOrder(a: Analysis, o: number): string | null {
  const words: string[] = [];
  for (let k = o + 1; k < a.tokens.length && words.length < 4; k++) {
    const t = a.tokens[k];
    if (t === undefined || t.type !== T_WORD || GOODS_END.has(t.key) || t.info !== null || t.f !== 0 || t.f2 !== 0) break;
    words.push(t.text);
  }
  return words.length >= 1 && words.length <= 3 ? words.join(' ') : null;
}
