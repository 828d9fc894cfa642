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
import { S_PLAIN, type NumExpr } from './amount.ts';
import { T_WORD, type Token } from './lexer.ts';
import type { Segment } from './lines.ts';

/** What a count of takings counts: transactions, buyers, receipts, times. */
const TAKINGS = new Set(['transaksi', 'trx', 'trans', 'pembeli', 'pelanggan', 'nota', 'struk']);

/** The count a heading segment states of the takings under it ("3 transaksi"), or null. */
export function takingsStated(a: Analysis, seg: Segment): { count: number; ex: NumExpr } | null {
  let found: { count: number; ex: NumExpr } | null = null;
  for (let i = seg.start; i < seg.end; i++) {
    const k = a.numIn[i] as number;
    if (k < 0) continue;
    const ex = a.nums[k] as NumExpr;
    i = ex.end - 1;
    const word = a.tokens[ex.end] as Token | undefined;
    const v = ex.value;
    if (ex.strength !== S_PLAIN || v === null || v.s !== 0 || v.m < 2 || v.m > 999) return null;
    if (word === undefined || word.type !== T_WORD || !TAKINGS.has(word.key) || found !== null) return null;
    found = { count: v.m, ex };
  }
  return found;
}

/** Channels her customers pay by: QRIS, e-wallets, the card machine. */
const CHANNELS = new Set(['qris', 'ovo', 'gopay', 'shopeepay', 'edc', 'linkaja']);

/** The message names the channel the money came in by. */
export function namesPayChannel(a: Analysis): boolean {
  return a.tokens.some((t) => t.type === T_WORD && CHANNELS.has(t.key));
}
