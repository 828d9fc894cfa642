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
import type { ParseResult } from './types.ts';

const T_PAYS = trigger(PAYER_PAYS);

export function guardSomeonePaid(a: Analysis, r: ParseResult): ParseResult {
  // (A sale beside it — "pembeli transfer 85rb, aku transfer ke agen 60rb" — already reads the payer's money as hers.)
  const hers = (r.intent === 'record' && r.entries.some((e) => e.kind === 'expense') && !r.entries.some((e) => e.kind === 'sale')) ||
    r.intent === 'repayment';
  if (!hers || r.confidence <= C_DOUBT || !present(a, T_PAYS) || payerAtHead(a) === null) return r;
  return { ...r, confidence: C_DOUBT, notes: [...(r.notes ?? []), 'someone_paid'] };
}
