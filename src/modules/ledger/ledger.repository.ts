import { expressionBuilder, sql, type Expression, type ExpressionBuilder, type RawBuilder, type SqlBool } from 'kysely';
import type { IsoDate } from '../../core/dates.ts';
import type { Db } from '../../db/client.ts';
import { preparedBy } from '../../db/prepared.ts';
import type { Database } from '../../db/schema.ts';
import type { ItemKindCount } from './usual-kind.ts';
import { ENTRY_KINDS, type DateRange, type DayTotals, type Entry, type EntryKind, type KindTotals, type NewEntry } from './ledger.ts';

/**
 * A subquery of her unvoided entries from `from` to `to` (inclusive), for other modules'
 * set-based queries: wrap it in `exists`/`not exists`. `personId` refers to a column holding her id.
 */
export function entriesBetween(personId: Expression<number>, from: IsoDate, to: IsoDate) {
  return expressionBuilder<Database, never>()
    .selectFrom('ledger_entries')
    .select('ledger_entries.id')
    .where('ledger_entries.person_id', '=', personId)
    .where('ledger_entries.business_date', '>=', from)
    .where('ledger_entries.business_date', '<=', to)
    .where('ledger_entries.voided_at', 'is', null);
}

const entryColumns = [
  'id',
  'person_id as personId',
  'kind',
  'amount',
  'item',
  'quantity',
  'unit',
  'unit_price as unitPrice',
  'business_date as businessDate',
] as const;

/** Where entries come from: the inbound message (inbox id), its text, and who wrote them for her if not herself. */
export interface EntrySource {
  messageId: number | null;
  rawText: string;
  /** Set when someone else (her facilitator) wrote the entry for her. */
  enteredByPersonId?: number | null;
  /** The help-inbox media item it was recorded from (the console's on-behalf form). */
  mediaMessageId?: number | null;
}

/** The insert of new entries, as a query to run or to carry in a larger statement. */
function entriesInsert(db: Db, personId: number, businessDate: IsoDate, entries: readonly NewEntry[], source: EntrySource) {
  return db
    .insertInto('ledger_entries')
    .values(
      entries.map((e) => ({
        person_id: personId,
        kind: e.kind,
        amount: e.amount,
        item: e.item,
        quantity: e.quantity,
        unit: e.unit,
        unit_price: e.unitPrice,
        // A message of several days: each entry on its own day.
        business_date: e.date ?? businessDate,
        source_message_id: source.messageId,
        raw_text: source.rawText,
        entered_by_person_id: source.enteredByPersonId ?? null,
        media_message_id: source.mediaMessageId ?? null,
      })),
    )
    .returning(entryColumns);
}

export async function insertEntries(
  db: Db,
  personId: number,
  businessDate: IsoDate,
  entries: readonly NewEntry[],
  source: EntrySource,
): Promise<Entry[]> {
  if (entries.length === 0) return [];
  return entriesInsert(db, personId, businessDate, entries, source).execute();
}

/**
 * Inserts new entries and reads the totals of `businessDate` with them in it, in one
 * statement (a recorded message's reply shows the day's totals: issue #21 took the second
 * round trip away). Every part of a statement reads the snapshot taken when it began, so
 * the scan of `ledger_entries` does not see the rows the same statement inserts: their
 * amounts are added from the insert's own returned rows (`e`), each row counted once.
 * Entries are returned in the order given (ids come from the sequence in that order).
 */
export async function insertEntriesWithDayTotals(
  db: Db,
  personId: number,
  businessDate: IsoDate,
  entries: readonly NewEntry[],
  source: EntrySource,
): Promise<{ entries: Entry[]; totals: DayTotals }> {
  if (entries.length === 0) return { entries: [], totals: await dayTotals(db, personId, businessDate) };
  const rows = await entriesWithDayTotals(db, { personId, businessDate, entries, source });
  const first = rows[0];
  if (!first) throw new Error('an insert of entries returned no rows');
  return {
    entries: rows.map(({ sales: _s, expenses: _e, withdrawals: _w, ...entry }) => entry),
    totals: { sales: first.sales, expenses: first.expenses, withdrawals: first.withdrawals },
  };
}

interface EntriesWithTotals {
  personId: number;
  businessDate: IsoDate;
  entries: readonly NewEntry[];
  source: EntrySource;
}

// Every recorded message runs it: compiled once per number of entries up to four (a sale is
// one), built afresh beyond (src/db/prepared.ts).
const entriesWithDayTotals = preparedBy(
  (v: EntriesWithTotals) => (v.entries.length <= 4 ? v.entries.length : undefined),
  (db, slot, count) =>
    entriesWithDayTotalsQuery(
      db,
      slot((v) => v.personId),
      slot((v) => v.businessDate),
      Array.from({ length: count }, (_, i) => ({
        kind: slot((v) => v.entries[i]!.kind),
        amount: slot((v) => v.entries[i]!.amount),
        item: slot((v) => v.entries[i]!.item),
        quantity: slot((v) => v.entries[i]!.quantity),
        unit: slot((v) => v.entries[i]!.unit),
        unitPrice: slot((v) => v.entries[i]!.unitPrice),
        date: slot((v) => v.entries[i]!.date ?? v.businessDate),
      })),
      {
        messageId: slot((v) => v.source.messageId),
        rawText: slot((v) => v.source.rawText),
        enteredByPersonId: slot((v) => v.source.enteredByPersonId ?? null),
        mediaMessageId: slot((v) => v.source.mediaMessageId ?? null),
      },
    ),
  (db, v) => entriesWithDayTotalsQuery(db, v.personId, v.businessDate, v.entries, v.source).execute(),
);

function entriesWithDayTotalsQuery(db: Db, personId: number, businessDate: IsoDate, entries: readonly NewEntry[], source: EntrySource) {
  return db
    .with('e', () => entriesInsert(db, personId, businessDate, entries, source))
    .with('t', (qb) =>
      qb
        .selectFrom((day) =>
          day
            .selectFrom('ledger_entries')
            .select(['kind', 'amount'])
            .where('person_id', '=', personId)
            .where('business_date', '=', businessDate)
            .where('voided_at', 'is', null)
            .unionAll(day.selectFrom('e').select(['kind', 'amount']).where('businessDate', '=', businessDate))
            .as('day'),
        )
        .select(kindSums),
    )
    .selectFrom(['e', 't'])
    .selectAll('e')
    .select(['t.sales', 't.expenses', 't.withdrawals'])
    .orderBy('e.id');
}

/** Active amounts summed by kind, in one pass over the rows a query selects. */
const kindSums = [
  sql<number>`coalesce(sum(amount) filter (where kind = 'sale'), 0)::bigint`.as('sales'),
  sql<number>`coalesce(sum(amount) filter (where kind = 'expense'), 0)::bigint`.as('expenses'),
  sql<number>`coalesce(sum(amount) filter (where kind = 'withdrawal'), 0)::bigint`.as('withdrawals'),
  sql<number>`coalesce(sum(amount) filter (where kind = 'capital'), 0)::bigint`.as('capital'),
] as const;

/** One unvoided entry as a group's books list it; `member` is the name of the person it belongs to. */
export interface ListedEntry {
  date: IsoDate;
  member: string;
  kind: string;
  item: string | null;
  quantity: number | null;
  unit: string | null;
  unitPrice: number | null;
  amount: number;
  /** When it was written, in `timeZone`: YYYY-MM-DD HH:MM. */
  enteredAt: string;
  /** Someone other than the member (her facilitator) wrote it for her. */
  enteredByOther: boolean;
  /** What the sale is beside a plain sale, as other modules know it (an order's DP, a credit sale); null otherwise. */
  origin: string | null;
}

/** Whose entries a set-based listing covers: a subquery of their ids, and how to name one of them. */
export interface PeopleFragments {
  ids: Expression<unknown>;
  nameOf: (personId: Expression<number>) => Expression<string>;
  /** What an entry is to other modules ('down_payment', 'credit_sale'…), or null; without it, always null. */
  originOf?: (entryId: Expression<number>) => Expression<string | null>;
}

/**
 * One statement (for a server-side cursor): the unvoided entries of `people` in the range,
 * by date, name, person, then as written.
 */
export function listedEntriesQuery(people: PeopleFragments, range: DateRange, timeZone: string): RawBuilder<ListedEntry> {
  return sql<ListedEntry>`
    select e.business_date as "date", ${people.nameOf(sql.ref<number>('e.person_id'))} as "member", e.kind, e.item, e.quantity, e.unit,
           e.unit_price as "unitPrice", e.amount,
           to_char(e.created_at at time zone ${timeZone}, 'YYYY-MM-DD HH24:MI') as "enteredAt",
           (e.entered_by_person_id is not null and e.entered_by_person_id <> e.person_id) as "enteredByOther",
           ${people.originOf ? people.originOf(sql.ref<number>('e.id')) : sql<null>`null`} as "origin"
      from ledger_entries e
     where e.person_id in ${people.ids}
       and e.business_date between ${range.from} and ${range.to}
       and e.voided_at is null
     order by e.business_date, "member", e.person_id, e.id`;
}

/** One person's unvoided totals over a range, and on how many days she recorded. */
export interface PersonTotals extends KindTotals {
  personId: number;
  daysRecorded: number;
}

/**
 * Unvoided totals per person over a range (inclusive), counting only entries of `kinds`
 * (all kinds by default); people with no such entry are missing from the map.
 */
export async function totalsByPerson(
  db: Db,
  personIds: readonly number[],
  range: DateRange,
  kinds: readonly EntryKind[] = ENTRY_KINDS,
): Promise<Map<number, PersonTotals>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('ledger_entries')
    .select(['person_id as personId', sql<number>`count(distinct business_date)::int`.as('daysRecorded'), ...kindSums])
    .where('person_id', 'in', [...personIds])
    .where('kind', 'in', [...kinds])
    .where('business_date', '>=', range.from)
    .where('business_date', '<=', range.to)
    .where('voided_at', 'is', null)
    .groupBy('person_id')
    .execute();
  return new Map(rows.map((r) => [r.personId, r]));
}

/**
 * For many people at once, as a query fragment for one statement (the weekly summaries'
 * set-based writer): the unvoided entries over `range` of the people in `people` (a CTE's
 * name with a `personId` column) summed per person, day, kind and item: at most a row per
 * person, day, kind and item, instead of every entry. Columns: person_id, date (date),
 * kind, item, amount (bigint), entries.
 */
export function totalsByDayAndItemOf(people: RawBuilder<unknown>, range: DateRange): RawBuilder<unknown> {
  return sql`select e.person_id, e.business_date as date, e.kind, e.item, sum(e.amount)::bigint as amount, count(*)::int as entries
    from ledger_entries e
    where e.person_id = any(array(select p."personId" from ${people} p)) and e.voided_at is null
      and e.business_date between ${range.from} and ${range.to}
    group by e.person_id, e.business_date, e.kind, e.item`;
}

export async function dayTotals(db: Db, personId: number, date: IsoDate): Promise<DayTotals> {
  const row = await db
    .selectFrom('ledger_entries')
    .select(kindSums)
    .where('person_id', '=', personId)
    .where('business_date', '=', date)
    .where('voided_at', 'is', null)
    .executeTakeFirstOrThrow();
  return { sales: row.sales, expenses: row.expenses, withdrawals: row.withdrawals };
}

export async function activeEntriesBetween(db: Db, personId: number, range: DateRange): Promise<Entry[]> {
  return db
    .selectFrom('ledger_entries')
    .select(entryColumns)
    .where('person_id', '=', personId)
    .where('business_date', '>=', range.from)
    .where('business_date', '<=', range.to)
    .where('voided_at', 'is', null)
    .orderBy('business_date')
    .orderBy('id')
    .execute();
}

/** Sums by kind of her active entries dated before `date` (the cash a period starts with). */
export async function totalsBefore(db: Db, personId: number, date: IsoDate): Promise<KindTotals> {
  const row = await db
    .selectFrom('ledger_entries')
    .select(kindSums)
    .where('person_id', '=', personId)
    .where('business_date', '<', date)
    .where('voided_at', 'is', null)
    .executeTakeFirstOrThrow();
  return row;
}

/** An entry with where it came from and whether it still counts. */
export interface StoredEntry extends Entry {
  sourceMessageId: number | null;
  voided: boolean;
  replacedByEntryId: number | null;
}

const storedColumns = [
  ...entryColumns,
  'source_message_id as sourceMessageId',
  'replaced_by_entry_id as replacedByEntryId',
  sql<boolean>`voided_at is not null`.as('voided'),
] as const;

/** Her entries (active or not) made by these inbound messages, oldest first. */
export async function entriesOfMessages(db: Db, personId: number, messageIds: readonly number[]): Promise<StoredEntry[]> {
  if (messageIds.length === 0) return [];
  return db
    .selectFrom('ledger_entries')
    .select(storedColumns)
    .where('person_id', '=', personId)
    .where('source_message_id', 'in', [...messageIds])
    .orderBy('id')
    .execute();
}

/** The people (other than the writer) these messages recorded entries for, on their behalf. */
export async function peopleRecordedForBy(db: Db, writerId: number, messageIds: readonly number[]): Promise<number[]> {
  if (messageIds.length === 0) return [];
  const rows = await db
    .selectFrom('ledger_entries')
    .select('person_id')
    .distinct()
    .where('entered_by_person_id', '=', writerId)
    .where('person_id', '<>', writerId)
    .where('source_message_id', 'in', [...messageIds])
    .orderBy('person_id')
    .execute();
  return rows.map((r) => r.person_id);
}

export async function entriesByIds(db: Db, personId: number, ids: readonly number[]): Promise<StoredEntry[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('ledger_entries').select(storedColumns).where('person_id', '=', personId).where('id', 'in', [...ids]).orderBy('id').execute();
}

/** The active entries of her most recent recording (one message), oldest first. */
export async function lastRecording(db: Db, personId: number): Promise<StoredEntry[]> {
  const last = await db
    .selectFrom('ledger_entries')
    .select(['id', 'source_message_id'])
    .where('person_id', '=', personId)
    .where('voided_at', 'is', null)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!last) return [];
  let query = db.selectFrom('ledger_entries').select(storedColumns).where('person_id', '=', personId).where('voided_at', 'is', null);
  query = last.source_message_id === null ? query.where('id', '=', last.id) : query.where('source_message_id', '=', last.source_message_id);
  return query.orderBy('id').execute();
}

/**
 * Her latest active entries, newest first: the numbered list of "/catatan" and "hapus N".
 * The same query at both times, so number 3 is the same entry unless she recorded since.
 */
export async function recentEntries(db: Db, personId: number, limit: number): Promise<StoredEntry[]> {
  return db
    .selectFrom('ledger_entries')
    .select(storedColumns)
    .where('person_id', '=', personId)
    .where('voided_at', 'is', null)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** Voids active entries by id (kept, marked void); with `replacedBy`, links them to their replacement. */
export async function voidEntries(
  db: Db,
  personId: number,
  ids: readonly number[],
  voidedBy: { messageId: number | null; at: Date; replacedBy?: number | null },
): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await db
    .updateTable('ledger_entries')
    .set({
      voided_at: voidedBy.at,
      voided_by_message_id: voidedBy.messageId,
      ...(voidedBy.replacedBy !== undefined ? { replaced_by_entry_id: voidedBy.replacedBy } : {}),
    })
    .where('person_id', '=', personId)
    .where('id', 'in', [...ids])
    .where('voided_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Her latest active sales with a unit price, newest first (remembered prices); a return is no sale price. */
export async function latestPricedSales(db: Db, personId: number, limit: number): Promise<Entry[]> {
  return db
    .selectFrom('ledger_entries')
    .select(entryColumns)
    .where('person_id', '=', personId)
    .where('kind', '=', 'sale')
    .where('amount', '>', 0)
    .where('voided_at', 'is', null)
    .where('unit_price', 'is not', null)
    .where('item', 'is not', null)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** Her unvoided sales and expenses dated from `since` that name each of `items`, by kind: how many, and their smallest and largest amounts. */
export async function kindsOfItems(db: Db, personId: number, items: readonly string[], since: IsoDate): Promise<ItemKindCount[]> {
  if (items.length === 0) return [];
  const rows = await db
    .selectFrom('ledger_entries')
    .select(['item', 'kind', sql<number>`count(*)::int`.as('entries'), sql<string>`min(amount)`.as('least'), sql<string>`max(amount)`.as('most')])
    .where('person_id', '=', personId)
    .where('item', 'in', [...items])
    .where('kind', 'in', ['sale', 'expense'])
    .where('business_date', '>=', since)
    .where('voided_at', 'is', null)
    .groupBy(['item', 'kind'])
    .execute();
  return rows.map((r) => ({ item: r.item!, kind: r.kind as 'sale' | 'expense', entries: r.entries, least: Number(r.least), most: Number(r.most) }));
}

// For planning reminders, summaries and private messages (set-based: fragments and pages).

/** A query fragment: the person `personId` (a column of the outer query) has an unvoided entry (of `kinds`, if given) dated in `range`. */
export function hasEntriesBetween<TB extends keyof Database>(
  eb: ExpressionBuilder<Database, TB>,
  personId: Expression<number>,
  range: DateRange,
  kinds?: readonly ('sale' | 'expense')[],
): Expression<SqlBool> {
  // The subquery needs no table of the outer query: `personId` brings what it needs.
  const own = eb as unknown as ExpressionBuilder<Database, never>;
  let entries = own
    .selectFrom('ledger_entries')
    .select('ledger_entries.id')
    .where('ledger_entries.person_id', '=', personId)
    .where('ledger_entries.voided_at', 'is', null)
    .where('ledger_entries.business_date', '>=', range.from)
    .where('ledger_entries.business_date', '<=', range.to);
  if (kinds) entries = entries.where('ledger_entries.kind', 'in', [...kinds]);
  return own.exists(entries);
}

/** A query fragment: the sum of the person's unvoided entries of `kind` dated in `range` (0 when none), as bigint. */
export function amountBetween(personId: Expression<number>, kind: 'sale' | 'expense', range: DateRange): RawBuilder<number> {
  return sql<number>`coalesce((select sum(e.amount) from ledger_entries e where e.person_id = ${personId} and e.kind = ${kind}
    and e.voided_at is null and e.business_date between ${range.from} and ${range.to}), 0)::bigint`;
}

/** Her sales over `range`, from her unvoided entries. */
export async function salesBetween(db: Db, personId: number, range: DateRange): Promise<number> {
  const row = await db.selectNoFrom(amountBetween(sql.lit(personId), 'sale', range).as('total')).executeTakeFirstOrThrow();
  return Number(row.total);
}
