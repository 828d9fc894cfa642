/**
 * A sale paid only in part by a buyer she does not name: "jual 250 bungkus keripik @2rb ke agen,
 * agen baru bayar separo", "laku 10 kerudung 500rb, pembeli baru bayar 200rb, sisanya nanti".
 * The unpaid part is owed to her, and a debt with no name cannot be followed up: asked like any
 * credit sale without a customer ("credit_no_customer"), never recorded as a sale paid in full.
 * A record whose credit reader already named the customer is left as it is.
 */
import type { Analysis } from './analyze.ts';
import { C_DOUBT } from './confidence.ts';
import { T_WORD, type Token } from './lexer.ts';
import { CONFIDENT, type ParseResult } from './types.ts';
import { present, trigger } from './triggers.ts';

const PAY = new Set(['bayar', 'byr', 'dibayar', 'dibyr', 'bayarnya', 'ngasih', 'kasih', 'transfer', 'tf', 'nransfer', 'lunasin', 'masuk', 'setor']);
/** A part of the price: "baru bayar separo", "bayar sebagian", "bayar dulu 200rb". */
const PART = new Set(['separo', 'separuh', 'setengah', 'setengahnya', 'separonya', 'sebagian', 'sepertiga', 'seperempat', 'dp', 'panjar',
  'persekot', 'nyicil', 'dicicil', 'cicil', 'mencicil']);
/** The rest still owed: "sisanya nanti", "kurangnya besok", "belum lunas". */
const REST = new Set(['sisanya', 'sisane', 'kurangnya', 'kurange', 'kekurangannya']);
const LATER = new Set(['nanti', 'besok', 'minggu', 'bulan', 'menyusul', 'nyusul', 'belakangan', 'ngutang', 'utang', 'hutang', 'belum', 'blm']);

function key(t: Token | undefined): string | null {
  return t !== undefined && t.type === T_WORD ? t.key : null;
}

const T_PAY = trigger(PAY);
const T_PART_REST_LATER = trigger(PART, REST, LATER);
/** Whether the message says the buyer paid only part of the price so far. */
export function paidInPart(a: Analysis): boolean {
  // (Every reading below needs a paying word, and a part, the rest or a later day.)
  if (!present(a, T_PAY) || !present(a, T_PART_REST_LATER)) return false;
  const ks = a.tokens.map(key);
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i] ?? null;
    if (k === null) continue;
    if (PAY.has(k)) {
      const near = ks.slice(Math.max(0, i - 2), i + 4);
      if (near.some((w) => w !== null && PART.has(w))) return true;
      // "baru bayar 200rb": "baru" before the paying verb is a part paid so far.
      if (ks[i - 1] === 'baru' && ks.slice(i + 1).some((w) => w !== null && (REST.has(w) || LATER.has(w)))) return true;
    }
    // "sisanya nanti" is owed money only beside a payment ("sisanya besok" alone may be goods left).
    if (REST.has(k) && ks.some((w) => w !== null && PAY.has(w)) && ks.slice(i + 1, i + 4).some((w) => w !== null && LATER.has(w))) return true;
  }
  return false;
}

/** A confident sale paid in part, with no customer named: asked. */
export function guardUnpaidPart(a: Analysis, r: ParseResult): ParseResult {
  // A customer's advance on an order ("Pak RT bayar setengah dulu 100rb buat tumpeng") is order-money.ts's;
  // an order's DP with no price said ("dp pesanan masuk 300rb, sisanya nanti") records only what came in (paid-now-sale.ts).
  if (r.intent !== 'record' || r.confidence < CONFIDENT || r.credit !== undefined || r.notes?.includes('customer_advance') ||
    r.notes?.includes('paid_now')) return r;
  if (!r.entries.some((e) => e.kind === 'sale') || r.entries.some((e) => e.customer !== undefined) || !paidInPart(a)) return r;
  const notes = [...(r.notes ?? [])];
  if (!notes.includes('credit_no_customer')) notes.push('credit_no_customer');
  return { ...r, confidence: C_DOUBT, notes };
}

// Without these words it returns its reading unchanged (paidInPart needs one of them): applyGuards skips it (guard-lists.ts).
guardUnpaidPart.words = T_PART_REST_LATER;
