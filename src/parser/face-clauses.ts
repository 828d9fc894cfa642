/**
 * Top-ups sold by the count beside another clause of her day: "jual pulsa 10rb 6x harga 12rb, isi
 * deposit server 300rb", "token 20rb laku 3 @22rb; beli plastik 5rb". The top-up clause alone is
 * face-count.ts's ("pulsa 10rb" is which top-up, not money: 6 × 12.000); read whole, the other
 * clause's amount left the face value, the count and the price unpaired (the face value a price,
 * 12rb a sale of its own: asked, with a wrong draft).
 *
 * Only when the whole reading is doubtful and the message holds a top-up word: each clause (cut at
 * a comma before a space, a semicolon or a line end) is read on its own, and the message is the
 * clauses together when every one is a confident record of one day with no credit — a clause
 * that is a plan, a question or unread keeps the whole reading (asked).
 */
import type { Analysis } from './analyze.ts';
import { present, trigger } from './triggers.ts';
import { CONFIDENT, type ParsedEntry, type ParseResult } from './types.ts';

const T_FACE = trigger(['pulsa', 'token', 'voucher', 'vocer', 'voucer', 'vcr', 'kuota']);
/** A clause edge: a comma before a space (never inside "1,5jt"), a semicolon, a line end. */
const EDGE = /,\s+|;|\n/;

type RecordResult = Extract<ParseResult, { intent: 'record' }>;

export function faceClauses(a: Analysis, whole: ParseResult, text: string, read: (part: string) => ParseResult): ParseResult | null {
  if (whole.confidence >= CONFIDENT || !present(a, T_FACE)) return null;
  const parts = text.split(EDGE).map((p) => p.trim()).filter((p) => p.length > 0);
  if (parts.length < 2 || parts.length > 4) return null;
  const steps: RecordResult[] = [];
  for (const part of parts) {
    const r = read(part);
    if (r.intent !== 'record' || r.confidence < CONFIDENT || r.credit !== undefined) return null;
    if ((r.unresolved ?? []).length > 0 || r.entries.some((e) => e.date !== undefined)) return null;
    if (steps.length > 0 && r.date !== (steps[0] as RecordResult).date) return null;
    steps.push(r);
  }
  // (One clause must be the top-ups': the split is for them.)
  if (!steps.some((r) => r.entries.some((e) => e.item !== null && /^(pulsa|token|voucher|vocer|voucer|vcr|kuota)\b/.test(e.item)))) return null;
  const entries: ParsedEntry[] = steps.flatMap((r) => r.entries);
  const notes = [...new Set(steps.flatMap((r) => r.notes ?? []))];
  const first = steps[0] as RecordResult;
  return notes.length > 0
    ? { intent: 'record', entries, date: first.date, confidence: Math.min(...steps.map((r) => r.confidence)), notes }
    : { intent: 'record', entries, date: first.date, confidence: Math.min(...steps.map((r) => r.confidence)) };
}
