/**
 * "laku 300rb, ada yang retur 1 kerudung 45rb", "retur 1 mukena 90rb, laku 2 kerudung 50rb",
 * "hari ini laku 450rb tapi ada retur 2 bros 30rb": a return written together with other
 * records. Read whole, the return's words would turn every sale negative, so the whole reading
 * says `sale_return_mixed` and records nothing. Here the message is cut into its clauses, the
 * return's clauses and the others are read each on their own, and when both parts are
 * confident records of one day (no credit, nothing unread), the message is both: the sales as
 * sales, the return as a negative sale. Anything less stays as it was (the chat splits it
 * further, or asks: conversation/flows/books/mixed-return.ts).
 */
import { CONFIDENT, type ParsedEntry, type ParseResult } from '../types.ts';

/** Clause breaks: lines, ";", a comma not inside a number ("1,5jt"), and "dan"/"terus"/"lalu"/"tapi". */
const CLAUSE_BREAK = /\n|;|,(?!\d)|\s+(?:dan|terus|trus|lalu|habis itu|tapi|tp|tpi|namun)\s+/i;

type RecordResult = Extract<ParseResult, { intent: 'record' }>;

function isReturnClause(p: ParseResult): boolean {
  if (p.intent === 'record') return p.entries.length > 0 && p.entries.every((e) => e.kind === 'sale' && e.amount < 0);
  return p.notes?.includes('sale_return') ?? false;
}

function clear(p: ParseResult): p is RecordResult {
  return p.intent === 'record' && p.confidence >= CONFIDENT && p.credit === undefined && (p.unresolved?.length ?? 0) === 0 &&
    p.entries.length > 0 && p.entries.every((e) => e.date === undefined);
}

export function splitMixedReturn(whole: ParseResult, text: string, read: (part: string) => ParseResult): ParseResult | null {
  if (!(whole.notes ?? []).includes('sale_return_mixed')) return null;
  const clauses = text.split(CLAUSE_BREAK).map((c) => c.trim()).filter((c) => c.length > 0);
  if (clauses.length < 2 || clauses.length > 6) return null;
  const returning: string[] = [];
  const others: string[] = [];
  for (const c of clauses) (isReturnClause(read(c)) ? returning : others).push(c);
  if (returning.length === 0 || others.length === 0) return null;
  const back = read(returning.join(', '));
  const rest = read(others.join(', '));
  if (!clear(back) || !clear(rest) || back.date !== rest.date) return null;
  if (!back.entries.every((e) => e.kind === 'sale' && e.amount < 0) || rest.entries.some((e) => e.amount < 0)) return null;
  // "jual 5 kerudung @40rb, 1 dibalikin uangnya 45rb": a piece back for more than it sold for — which is wrong is asked.
  for (const r of back.entries) {
    if (r.quantity === null) continue;
    for (const s of rest.entries) {
      if (s.kind !== 'sale' || s.quantity === null || s.quantity <= 0 || (r.item !== null && s.item !== null && r.item !== s.item)) continue;
      const each = s.unitPrice ?? s.amount / s.quantity;
      if (Math.abs(r.amount) !== r.quantity * each && (r.item === null || r.item === s.item)) return null;
    }
  }
  // The return first, as the chat recorded a split message before (flows/books/mixed-return.ts).
  const entries: ParsedEntry[] = [...back.entries, ...rest.entries];
  const notes = [...new Set([...(rest.notes ?? []), ...(back.notes ?? []), 'sale_and_return'])];
  return { intent: 'record', entries, date: rest.date, confidence: Math.min(back.confidence, rest.confidence), notes };
}
