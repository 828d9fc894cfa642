/**
 * A down payment said as a percentage, received: "terima DP jahit baju seragam 50% dari 1jt"
 * (the DP is 50% of the 1jt price: a sale of 500.000), "DP sulam mukena 50% dr bu Lilis masuk
 * 150rb" (the percent describes the 150.000 given: "dari" names who gave it, no price follows).
 * Only with a receiving word ("terima", "masuk", "dapat"): "DP 50% dari 300rb" alone may be a DP
 * she paid or one she still expects, and stays asked ("percentage"). An order with its price and
 * "DP 50%" is the order reader's (order.ts: its downPayment).
 */
import type { Analysis } from './analyze.ts';
import { C_CLEAR } from './confidence.ts';
import { S_PLAIN } from './amount.ts';
import { T_NUM, T_WORD, type Token } from './lexer.ts';
import { M_PERCENT } from './marks.ts';
import { present, trigger } from './triggers.ts';
import type { ParseResult } from './types.ts';
import { G_HONORIFIC } from './word-roles.ts';
import { dpShareSaid } from './dp-received.ts';

const DOWN = new Set(['dp', 'dpnya', 'panjar', 'persekot', 'uang muka', 'um', 'tanda jadi']);
/** Received: she got the money. */
const RECEIVED = new Set(['terima', 'nerima', 'diterima', 'trima', 'masuk', 'udah masuk', 'sudah masuk', 'dapat', 'dapet', 'dpt', 'dikasih',
  'dibayar', 'ditransfer', 'ditf', 'tf']);
const OF = new Set(['dari', 'dr', 'of', 'dri']);
/** The price named after "dari": "50% dari harga 800rb". */
const PRICE = new Set(['harga', 'hrg', 'total', 'nilai', 'biaya', 'ongkos', 'tagihan', 'harganya', 'totalnya']);

const T_DOWN = trigger(DOWN, ['terima dp', 'dp masuk', 'trima dp', 'nerima dp', 'dapat dp', 'dapet dp']);

/** The one percentage written ("50%", "50 persen"): its value and the token after it, or null. */
function onePercent(a: Analysis): { p: number; after: number } | null {
  let found: { p: number; after: number } | null = null;
  for (let i = 0; i < a.tokens.length; i++) {
    if (a.marks[i] !== M_PERCENT) continue;
    const t = a.tokens[i] as Token;
    if (t.type !== T_NUM) continue;
    if (found !== null || !t.num?.ok || !t.num.plain || t.num.value.s !== 0) return null;
    found = { p: t.num.value.m, after: i + 2 };
  }
  return found !== null && found.p >= 1 && found.p <= 100 ? found : null;
}

/** The received DP read by its percentage; `r` as it was otherwise. */
export function guardPercentOf(a: Analysis, r: ParseResult): ParseResult {
  if (!present(a, T_DOWN) || r.intent !== 'record' || a.question) return r;
  if ((r.notes ?? []).length !== 1 || r.notes?.[0] !== 'percentage' || r.entries.length !== 1 || (r.unresolved?.length ?? 0) > 0) return r;
  const sale = r.entries[0];
  if (sale === undefined || sale.kind !== 'sale') return r;
  // "DP 50% nasi kotak 150 box …, masuk 1.5jt": the share said of the DP, the one amount received
  // right after its receiving word, the count the order's size (dp-received.ts).
  if (dpShareSaid(a) && a.nums.some((n) => n.rupiah === sale.amount && n.strength !== S_PLAIN)) {
    const { notes: _d, ...kept } = r;
    return { ...kept, confidence: C_CLEAR };
  }
  if (a.nums.filter((n) => n.rupiah !== null).length !== 1) return r;
  const keys = a.tokens.map((t) => (t.type === T_WORD ? t.key.toLowerCase() : ''));
  // (A merged phrase, "terima dp", holds both words.)
  const said = keys.flatMap((k) => (k.includes(' ') ? [k, ...k.split(' ')] : [k]));
  if (!said.some((k) => DOWN.has(k)) || !said.some((k) => RECEIVED.has(k))) return r;
  const pc = onePercent(a);
  if (pc === null) return r;
  const money = a.nums.find((n) => n.rupiah !== null);
  if (money === undefined || money.ambiguous || money.approx || money.rupiah !== sale.amount) return r;
  const { notes: _n, ...rest } = r;
  if (!OF.has(keys[pc.after] ?? '')) return r;
  // "50% dari 1jt", "50% dari harga 800rb": the price right after "dari" — the DP is its part.
  const price = PRICE.has(keys[pc.after + 1] ?? '') ? pc.after + 2 : pc.after + 1;
  if (money.start === price) {
    const part = sale.amount * pc.p;
    if (part % 100 !== 0) return r;
    return { ...rest, entries: [{ ...sale, amount: part / 100 }], confidence: C_CLEAR };
  }
  // "50% dr bu Lilis masuk 150rb": a titled payer after "dari", no price; the money written is what was given.
  const payer = a.tokens[pc.after + 1];
  if (money.start < pc.after || payer === undefined || (payer.f2 & G_HONORIFIC) === 0) return r;
  // ("terima DP 50% dari bu Ani 1jt": the 1jt may be the price; only "… masuk 150rb" says it is what came in.)
  if (!keys.slice(pc.after + 2, money.start).some((k) => RECEIVED.has(k))) return r;
  return { ...rest, confidence: C_CLEAR };
}

// Without these words it returns its reading unchanged (its first line): applyGuards skips it (guard-lists.ts).
guardPercentOf.words = T_DOWN;
