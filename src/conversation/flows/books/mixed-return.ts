/**
 * "retur 1 mukena 90rb, laku 2 kerudung 50rb": a return written together with other
 * records. The parser reads a message whole and will not guess which lines came back; here
 * the message is cut into its clauses, the return's clauses and the others are read each
 * on their own, and when each part is clear both are recorded, each as its own entry (the
 * return lowers her sales). A part that is not clear is asked about on its own; the clear
 * part is recorded meanwhile. When the parts cannot be told apart she is asked as before.
 */
import { asNew, isReturn, type NewEntry } from '../../../modules/ledger/ledger.ts';
import { CONFIDENT, parseMessage } from '../../../parser/index.ts';
import type { ParseResult } from '../../../parser/types.ts';
import { isNotRecordedNote } from '../../replies/catalogue.ts';
import type { Handled, Session } from '../../session.ts';
import { onRecord, recordAndEcho } from './record.ts';

type Parsed = ParseResult & { intent: 'record' };

/** Clause breaks: lines, ";", a comma not inside a number ("1,5jt"), and "dan"/"terus"/"lalu". */
const CLAUSE_BREAK = /\n|;|,(?!\d)|\s+(?:dan|terus|trus|lalu|habis itu|tapi)\s+/i;

/** Handles a message the parser marked `sale_return_mixed`; undefined when its parts cannot be told apart. */
export async function onMixedReturn(s: Session): Promise<Handled | undefined> {
  const ctx = { today: s.today, timeZone: s.me.timeZone };
  const clauses = s.msg.text.split(CLAUSE_BREAK).map((c) => c.trim()).filter(Boolean);
  if (clauses.length < 2) return undefined;
  const read = (text: string) => parseMessage(text, ctx);
  const returning: string[] = [];
  const others: string[] = [];
  for (const clause of clauses) (isReturnClause(read(clause)) ? returning : others).push(clause);
  if (returning.length === 0 || others.length === 0) return undefined;
  const parts = [read(returning.join(', ')), read(others.join(', '))];
  // Either part still mixed, or not a record at all: nothing is guessed.
  if (parts.some((p) => p.notes?.includes('sale_return_mixed'))) return undefined;
  const clear = parts.filter(isClearRecord);
  const unclear: ParseResult[] = parts.filter((p) => !isClearRecord(p));
  // Two unclear parts are not two questions at once: she is asked to write them apart.
  if (unclear.length > 1) return undefined;
  const dates = new Set(parts.map((p) => (p.intent === 'record' ? p.date : s.today)));
  // Parts on different days ("kemarin retur …, hari ini laku …") are written apart.
  if (dates.size > 1) return undefined;

  const entries: NewEntry[] = clear.flatMap((p) => p.entries.map(asNew));
  if (entries.length > 0) await recordAndEcho(s, entries, clear[0]!.date, s.msg.text);
  const rest = unclear[0];
  if (!rest) return s.done('record:mixed-return');
  // The one unclear part is asked about as if she had written it alone.
  if (rest.intent === 'record') return onRecord(s, rest.entries, rest.date, false, rest.unresolved, rest.notes);
  const why = rest.notes?.find(isNotRecordedNote);
  s.say(why ? s.t.moneyNotRecorded[why] : s.t.askAmountFor(null));
  return s.done(`record:mixed-return-${why ?? 'unclear'}`);
}

function isReturnClause(p: ParseResult): boolean {
  if (p.intent === 'record') return p.entries.length > 0 && p.entries.every(isReturn);
  return p.notes?.includes('sale_return') ?? false;
}

function isClearRecord(p: ParseResult): p is Parsed {
  return p.intent === 'record' && p.confidence >= CONFIDENT && !p.credit && (p.unresolved?.length ?? 0) === 0 && p.entries.length > 0;
}
