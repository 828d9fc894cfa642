/**
 * A third person who opens the message paying ("tetangga bayar 30rb", "pak ojek bayar 10rb",
 * "bu Ani bayar cicilan 50rb") is never her own expense or loan instalment recorded unasked: a
 * guard after every reader, for what debtor-paid.ts and payment-received.ts left to the records.
 * The expense or instalment is asked (`someone_paid`: "Ibu yang bayar, bukan orang lain yang
 * bayar ke Ibu?"), never turned into money in without the owing said.
 *
 * WHY: "X bayar" with X a title and a name, a role or "yang ngutang" says X paid; the record
 * reader sees only the paying verb and would book her money out.
 */
import type { Analysis } from './analyze.ts';
import { C_DOUBT } from './confidence.ts';
import { payerAtHead, PAYER_PAYS } from './payer-head.ts';
import { present, trigger } from './triggers.ts';
import type { ParsedEntry, ParseResult } from './types.ts';
import { T_WORD, type Token } from './lexer.ts';
import { unknownPayerBeforePay } from './unknown-payer.ts';

const T_PAYS = trigger(PAYER_PAYS);

/** Orders, right after the paying verb: "bayar pesanan …", "bayar orderan …". */
const ORDER = new Set(['pesanan', 'pesenan', 'orderan', 'order', 'pesananan', 'pesanannya', 'orderannya']);
/** Counts that are people, not goods: "bayar tukang 3 orang @50rb" is wages. */
const PEOPLE_UNITS = new Set(['orang', 'org', 'people', 'person', 'anggota', 'peserta', 'jiwa', 'hari', 'jam']);

/** Whether the payer paid for goods: an order word right after the verb, or the entry counted in goods. */
function paidForGoods(a: Analysis, pay: number, e: ParsedEntry): boolean {
  if (e.kind !== 'expense') return false;
  if (ORDER.has(a.tokens[pay + 1]?.key ?? '') && (a.tokens[pay + 1] as Token).type === T_WORD) return true;
  return e.quantity !== null && (e.unit === null || !PEOPLE_UNITS.has(e.unit));
}

export function guardSomeonePaid(a: Analysis, r: ParseResult): ParseResult {
  // (A sale beside it — "pembeli transfer 85rb, aku transfer ke agen 60rb" — already reads the payer's money as hers.)
  const hers = (r.intent === 'record' && r.entries.some((e) => e.kind === 'expense') && !r.entries.some((e) => e.kind === 'sale')) ||
    r.intent === 'repayment';
  if (!hers || r.confidence <= C_DOUBT || !present(a, T_PAYS)) return r;
  const head = payerAtHead(a);
  // "Baiq Nur bayar utang 50rb": unknown words in the payer's place — not surely her (unknown-payer.ts).
  if (head === null) return unknownPayerBeforePay(a) ? { ...r, confidence: C_DOUBT, notes: [...(r.notes ?? []), 'someone_paid'] } : r;
  // "kantor kecamatan bayar pesanan snack rapat 75 kotak @6rb", "bu Ani bayar 3 toples @50rb": the payer
  // paid for counted goods or an order — bought them from her. Her sale, as read.
  if (r.intent === 'record' && head.name !== '' && r.entries.length === 1 && paidForGoods(a, head.pay, r.entries[0] as ParsedEntry)) {
    return { ...r, entries: r.entries.map((e) => ({ ...e, kind: 'sale' as const })) };
  }
  return { ...r, confidence: C_DOUBT, notes: [...(r.notes ?? []), 'someone_paid'] };
}

// Without these words it returns its reading unchanged (its first return): applyGuards skips it (guard-lists.ts).
guardSomeonePaid.words = T_PAYS;
