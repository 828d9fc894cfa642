import type { IsoDate } from '../../core/dates.ts';
import type { Db } from '../../db/client.ts';
import { ENTRY_LIST_SIZE, periodRange, summarise, type DayTotals, type Entry, type NewEntry, type Period, type Recap } from './ledger.ts';
import {
  activeEntriesBetween,
  dayTotals,
  entriesByIds,
  entriesOfMessages,
  insertEntries,
  insertEntriesWithDayTotals,
  kindsOfItems,
  lastRecording,
  peopleRecordedForBy,
  recentEntries,
  totalsBefore,
  voidEntries,
  type EntrySource,
  type StoredEntry,
} from './ledger.repository.ts';

import { usualKind, usualKindSince, type MoneyKind } from './usual-kind.ts';

export type { EntrySource, StoredEntry };

/** The kind her books say these entries' items always are (usual-kind.ts), or null: ask her. */
export async function usualKindOfItems(db: Db, personId: number, entries: readonly { item: string | null; amount: number }[], today: IsoDate): Promise<MoneyKind | null> {
  if (entries.length === 0 || entries.some((e) => e.item === null)) return null;
  const named = [...new Set(entries.map((e) => e.item as string))];
  return usualKind(entries, await kindsOfItems(db, personId, named, usualKindSince(today)));
}

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
  source: EntrySource,
): Promise<Recorded> {
  // The insert and the day's totals with the new entries in them: one round trip.
  return { ...(await insertEntriesWithDayTotals(db, personId, businessDate, entries, source)), businessDate };
}

export interface Undone {
  entries: Entry[];
  totals: DayTotals | null;
}

/**
 * The recap of a period. Its cash is as of the period's last day, over all her active
 * entries up to then (see Recap.cash).
 */
export async function recap(db: Db, personId: number, period: Period, today: IsoDate): Promise<Recap> {
  const range = periodRange(period, today);
  const [entries, before] = await Promise.all([activeEntriesBetween(db, personId, range), totalsBefore(db, personId, range.from)]);
  return summarise(period, range, entries, 3, before);
}

// ── Corrections ────────────────────────────────────────────────────────────────────────

/**
 * The active entries a recording now stands for: the entries the given inbound messages
 * made, and where those were corrected since, the entries that replaced them (a chain of
 * corrections is followed to its end).
 */
export async function currentEntriesOf(db: Db, personId: number, messageIds: readonly number[]): Promise<StoredEntry[]> {
  let entries = await entriesOfMessages(db, personId, messageIds);
  const seen = new Set<number>();
  for (let hop = 0; hop < 20; hop += 1) {
    const active = entries.filter((e) => !e.voided);
    const next = entries.filter((e) => e.voided && e.replacedByEntryId !== null && !seen.has(e.replacedByEntryId)).map((e) => e.replacedByEntryId!);
    if (next.length === 0) return active;
    next.forEach((id) => seen.add(id));
    // A replacement entry came with siblings from the same correction message: take them all.
    const replacements = await entriesByIds(db, personId, next);
    const sources = [...new Set(replacements.map((e) => e.sourceMessageId).filter((id): id is number => id !== null))];
    const siblings = sources.length ? await entriesOfMessages(db, personId, sources) : replacements;
    const merged = new Map<number, StoredEntry>();
    for (const e of [...active, ...siblings]) merged.set(e.id, e);
    entries = [...merged.values()].sort((a, b) => a.id - b.id);
  }
  return entries.filter((e) => !e.voided);
}

/** Whom these messages of the writer recorded for (someone she keeps books for: "catat untuk Ani: …"). */
export async function peopleRecordedFor(db: Db, writerId: number, messageIds: readonly number[]): Promise<number[]> {
  return peopleRecordedForBy(db, writerId, messageIds);
}

export async function lastRecordingOf(db: Db, personId: number): Promise<StoredEntry[]> {
  return lastRecording(db, personId);
}

export interface Replaced {
  old: Entry[];
  new: Entry[];
  businessDate: IsoDate;
  totals: DayTotals;
}

/**
 * Replaces entries by new ones on the same day: the new ones are recorded from this
 * message, the old ones are voided by it and point at their replacement (pairwise when
 * the counts match, else all at the first new entry).
 */
export async function replaceEntries(
  db: Db,
  personId: number,
  old: readonly Entry[],
  replacements: readonly NewEntry[],
  source: EntrySource,
  at: Date,
  /** The day of the new entries; the old entries' day unless given (an edited message says its own). */
  date?: IsoDate,
): Promise<Replaced> {
  const first = old[0];
  if (!first || replacements.length === 0) throw new Error('nothing to replace');
  const businessDate = date ?? first.businessDate;
  const saved = await insertEntries(db, personId, businessDate, replacements, source);
  for (const [i, e] of old.entries()) {
    const by = saved.length === old.length ? saved[i]! : saved[0]!;
    await voidEntries(db, personId, [e.id], { messageId: source.messageId, at, replacedBy: by.id });
  }
  return { old: [...old], new: saved, businessDate, totals: await dayTotals(db, personId, businessDate) };
}

/** Her last `limit` active entries, newest first ("/catatan"). */
export async function listRecent(db: Db, personId: number, limit = ENTRY_LIST_SIZE): Promise<StoredEntry[]> {
  return recentEntries(db, personId, limit);
}

/** Number N (1-based) of the "/catatan" list, computed again now; undefined when there is none. */
export async function listedEntry(db: Db, personId: number, index: number, limit = ENTRY_LIST_SIZE): Promise<StoredEntry | undefined> {
  if (index < 1) return undefined;
  return (await recentEntries(db, personId, limit))[index - 1];
}

/** Her entries with these ids (active or not), oldest first. */
export async function entriesWithIds(db: Db, personId: number, ids: readonly number[]): Promise<StoredEntry[]> {
  return entriesByIds(db, personId, ids);
}

/** Her active entries of one day, oldest first ("hapus semua yang hari ini"). */
export async function entriesOfDay(db: Db, personId: number, date: IsoDate): Promise<Entry[]> {
  return activeEntriesBetween(db, personId, { from: date, to: date });
}

/** The totals of one day (a reply that names another day than the one it changed). */
export async function totalsOfDay(db: Db, personId: number, date: IsoDate): Promise<DayTotals> {
  return dayTotals(db, personId, date);
}

/** Voids these entries (kept, marked void); the totals of the day of the first. */
export async function voidChosen(
  db: Db,
  personId: number,
  entries: readonly Entry[],
  voidedBy: { messageId: number | null; at: Date },
): Promise<Undone> {
  await voidEntries(db, personId, entries.map((e) => e.id), voidedBy);
  const date = entries[0]?.businessDate;
  return { entries: [...entries], totals: date ? await dayTotals(db, personId, date) : null };
}
