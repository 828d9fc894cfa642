/**
 * A record of several days ("Senin 120rb / Selasa 95rb / Rabu 140rb"): the message as
 * per-day.ts wrote it again is read once as a record, and each entry is given the day of the
 * lines its first number stands on. The record's own `date` is the latest of those days.
 *
 * Never a guess about which day: an entry that cannot be placed on a day's lines, money
 * before the first day, a credit sale, or a reading that is no record is asked as before
 * (note "per_day_lines": one message per day). A day named twice ('day_repeated'), a day with
 * no amount ('day_without_amount'), a future, impossible, old or loose day are asked as a
 * yes/no about the whole list, each entry shown on its day.
 */
import { addDays, type IsoDate } from '../../core/dates.ts';
import { analyze, type Analysis } from '../analyze.ts';
import { C_DOUBT, C_GUESS, C_NOT_FACT, C_PARTIAL, Confidence, round2 } from '../confidence.ts';
import { T_NL } from '../lexer.ts';
import type { PerDaySplit } from '../per-day.ts';
import type { ParsedEntry, ParseResult } from '../types.ts';
import { OLDEST_DAYS_BACK } from './record.ts';

/** Reads a record, telling for each entry read from the text the token of its first number. */
export type RecordReader = (a: Analysis, at: Map<ParsedEntry, number>) => ParseResult | null;

const ASK: ParseResult = { intent: 'unknown', confidence: C_PARTIAL, notes: ['per_day_lines'] };

export function readDays(a: Analysis, split: PerDaySplit, read: RecordReader): ParseResult {
  if (split.unclear) return { ...ASK, notes: ['per_day_lines'] };
  const view = analyze(split.text, a.today, a.truncated);
  const at = new Map<ParsedEntry, number>();
  const r = read(view, at);
  // A plan, a question, money that is not hers: the reading's own answer stands.
  if (r?.intent === 'unknown' && (r.notes ?? []).length > 0) return r;
  if (r?.intent !== 'record' || r.credit !== undefined || r.entries.length === 0) return { ...ASK, notes: ['per_day_lines'] };
  // The line of each token of the text read, and the day's part each line belongs to.
  const lineOf = new Int32Array(view.tokens.length);
  let line = 0;
  for (let i = 0; i < view.tokens.length; i++) {
    lineOf[i] = line;
    if (view.tokens[i]?.type === T_NL) line++;
  }
  const partOf = (l: number): number => split.lines.findIndex((p) => l >= p.from && l < p.to);
  const c = new Confidence(r.confidence);
  c.notes.push(...(r.notes ?? []));
  const used = new Set<number>();
  const entries: ParsedEntry[] = [];
  const oldest = addDays(a.today, -OLDEST_DAYS_BACK);
  for (const e of r.entries) {
    const pos = at.get(e);
    const k = pos === undefined ? -1 : partOf(lineOf[pos] as number);
    const part = split.parts[k];
    if (part === undefined) return { ...ASK, notes: ['per_day_lines'] };
    used.add(k);
    let date: IsoDate = a.today;
    if (part.date !== null) date = part.date;
    // As for a single day: a day still to come, or one that does not exist, is asked (and "ya"
    // puts it on today, as there).
    else c.cap(part.mention.future ? C_GUESS : C_NOT_FACT, part.mention.future ? 'future_date' : 'invalid_date');
    if (part.mention.vague) c.cap(0.7, 'vague_date');
    if (date < oldest) c.cap(C_DOUBT, 'old_date');
    entries.push({ ...e, date });
  }
  // A day with something written and no entry ("Selasa laku 5 bros", "Rabu ?"): what was its money?
  for (let k = 0; k < split.parts.length; k++) if (!used.has(k) && split.quiet[k] !== true) c.cap(C_DOUBT, 'day_without_amount');
  if ((r.unresolved ?? []).length > 0) c.cap(C_DOUBT, 'day_without_amount');
  // "Senin 100rb / Senin 100rb": the same day twice may be one day sent twice.
  if (split.repeated) c.cap(C_DOUBT, 'day_repeated');
  let latest = entries[0]?.date as IsoDate;
  for (const e of entries) if ((e.date as IsoDate) > latest) latest = e.date as IsoDate;
  const out: ParseResult = { intent: 'record', entries, date: latest, confidence: round2(c.value) };
  if (c.notes.length > 0) out.notes = c.notes;
  return out;
}
