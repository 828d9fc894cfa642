import type { IsoDate } from '../../core/dates.ts';
import type { Db } from '../../db/client.ts';
import { periodRange, summarise, type DayTotals, type Entry, type NewEntry, type Period, type Recap } from './ledger.ts';
import { activeEntriesBetween, dayTotals, insertEntries, voidLastRecording } from './ledger.repository.ts';

export interface Recorded {
  entries: Entry[];
  businessDate: IsoDate;
  /** Totals of the day the entries were recorded for. */
  totals: DayTotals;
}

export async function recordEntries(
  db: Db,
  personId: number,
  businessDate: IsoDate,
  entries: readonly NewEntry[],
  source: { messageId: number | null; rawText: string },
): Promise<Recorded> {
  const saved = await insertEntries(db, personId, businessDate, entries, source);
  return { entries: saved, businessDate, totals: await dayTotals(db, personId, businessDate) };
}

export interface Undone {
  entries: Entry[];
  totals: DayTotals | null;
}

export async function undoLastRecording(
  db: Db,
  personId: number,
  voidedBy: { messageId: number | null; at: Date },
): Promise<Undone> {
  const entries = await voidLastRecording(db, personId, voidedBy);
  const date = entries[0]?.businessDate;
  return { entries, totals: date ? await dayTotals(db, personId, date) : null };
}

export async function recap(db: Db, personId: number, period: Period, today: IsoDate): Promise<Recap> {
  const range = periodRange(period, today);
  return summarise(period, range, await activeEntriesBetween(db, personId, range));
}

export { dayTotals };
