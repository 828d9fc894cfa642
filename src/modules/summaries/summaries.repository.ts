/**
 * The weekly summary's queries: who gets one (set-based, paged by person id, composed from
 * the people, groups and ledger modules' fragments), a page of them written to the outbox as
 * due (one statement a page), and one member's figures from her unvoided entries, read when
 * her summary is sent (one statement).
 */
import { sql } from 'kysely';
import { addDays, type IsoDate } from '../../core/dates.ts';
import type { Db } from '../../db/client.ts';
import { isActiveMember } from '../groups/groups.repository.ts';
import { hasEntriesBetween, totalsByDayAndItemOf } from '../ledger/ledger.repository.ts';
import { insertToWordFrom, writtenInOrder, type OutboxItem, type Priority } from '../outbox/outbox.repository.ts';
import { hasPrivateChat, peopleInZone, peopleInZoneQuery, type PersonCondition, type PersonInZone, type PersonRange } from '../people/people.repository.ts';
import type { WeekFigures } from './summaries.ts';

/** Who is due a summary of `week`: an active member with a sale or an expense in it (not voided) whom the bot may write to privately. */
function dueForSummary(week: { from: IsoDate; to: IsoDate }): PersonCondition[] {
  return [isActiveMember, (eb, personId) => hasEntriesBetween(eb, personId, week, ['sale', 'expense']), hasPrivateChat];
}

/**
 * Active, opted-in members living in `timeZone` who recorded something (a sale or an
 * expense, not voided) between `from` and `to`, and whom the bot may write to privately
 * (the people module's `mayWritePrivately`): each with her name, language and chat, from `afterPersonId`.
 */
export async function membersWithEntries(
  db: Db,
  options: { timeZone: string; from: IsoDate; to: IsoDate; afterPersonId: number; limit: number },
): Promise<PersonInZone[]> {
  const week = { from: options.from, to: options.to };
  const rows = await peopleInZone(db, {
    timeZone: options.timeZone,
    afterPersonId: options.afterPersonId,
    limit: options.limit,
    conditions: dueForSummary(week),
  });
  return rows;
}

/**
 * One page of a weekly summary slot written to the outbox in one statement (issue #21): the
 * page is `membersWithEntries`' for the people with ids in `range` (people.repository
 * `zoneRanges`), each member's row keyed `keyPrefix` and her person id (keys.ts
 * `weeklySummaryKeyPrefix`) carrying who she is and which week (`weekly_summary_due`); her
 * figures are read when her row is sent (`summaryFiguresOf`, at the pace of the sends, as the
 * chart is drawn then), so the tick writes 100,000 rows in the time of the nudge's and her
 * summary counts what her books hold when it reaches her. Nothing of the page is read out:
 * only the keys written.
 */
export async function writeSummaryPage(
  db: Db,
  options: { timeZone: string; monday: IsoDate; range: PersonRange; keyPrefix: string; forFeeder: boolean },
): Promise<OutboxItem[]> {
  const week = { from: options.monday, to: addDays(options.monday, 6) };
  const page = peopleInZoneQuery(db, {
    timeZone: options.timeZone,
    ...options.range,
    conditions: dueForSummary(week),
  });
  const { rows } = await sql<{ idempotency_key: string; platform: string; priority: Priority }>`
    with "page" as (${page}),
    "rows" as (
      select ${options.keyPrefix}::text || p."personId" as key, p.platform, p."chatId" as chat_id,
             jsonb_build_object('kind', 'weekly_summary_due', 'language', p.language, 'name', p.name, 'personId', p."personId",
               'monday', ${options.monday}::text) as to_word,
             null::jsonb as chart, p."personId" as n
        from "page" p
       where p.platform is not null
    )
    ${insertToWordFrom(sql`"rows"`, options.forFeeder)}`.execute(db);
  return writtenInOrder(rows, options.keyPrefix);
}

/** Her weekly summary's figures: this week's and last week's, her best-selling item, and the week's chart by day. */
export interface SummaryFigures {
  week: WeekFigures;
  lastWeek: WeekFigures;
  best: { item: string; amount: number } | null;
  /** This week's sales and expenses, Monday to Sunday. */
  sales: number[];
  expenses: number[];
}

/**
 * Her figures for the week starting `monday`, as the ledger's `summarise` counts a period
 * (sales and expenses by kind; entries and days recorded of every kind; her item with the
 * most net sales this week, ties by name), from her unvoided entries: one statement, read when
 * her summary is sent (conversation/notices/summary-figures.ts).
 */
export async function summaryFiguresOf(db: Db, personId: number, monday: IsoDate): Promise<SummaryFigures> {
  const sunday = addDays(monday, 6);
  const lastMonday = addDays(monday, -7);
  const lastSunday = addDays(monday, -1);
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  const perDay = (column: 'sales' | 'expenses') =>
    sql.join(days.map((d) => sql`coalesce(sum(d.${sql.raw(column)}) filter (where d.date = ${d}::date), 0)::bigint`));
  const figures = (from: IsoDate, to: IsoDate) => sql`jsonb_build_object('from', ${from}::text, 'to', ${to}::text,
      'sales', coalesce(sum(d.sales) filter (where d.date between ${from}::date and ${to}::date), 0)::bigint,
      'expenses', coalesce(sum(d.expenses) filter (where d.date between ${from}::date and ${to}::date), 0)::bigint,
      'profit', coalesce(sum(d.sales - d.expenses) filter (where d.date between ${from}::date and ${to}::date), 0)::bigint,
      'entries', coalesce(sum(d.entries) filter (where d.date between ${from}::date and ${to}::date), 0)::bigint,
      'daysRecorded', count(*) filter (where d.date between ${from}::date and ${to}::date))`;
  const { rows } = await sql<{ week: WeekFigures; last_week: WeekFigures; sales: string[]; expenses: string[]; best: { item: string; amount: number } | null }>`
    with "totals" as (${totalsByDayAndItemOf(sql`(select ${personId}::bigint as "personId")`, { from: lastMonday, to: sunday })}),
    "days" as (
      -- Her days first (every kind: a day is one row, so days recorded is a count).
      select t.date,
             coalesce(sum(t.amount) filter (where t.kind = 'sale'), 0)::bigint as sales,
             coalesce(sum(t.amount) filter (where t.kind = 'expense'), 0)::bigint as expenses,
             sum(t.entries)::bigint as entries
        from "totals" t
       group by t.date
    )
    select ${figures(monday, sunday)} as week, ${figures(lastMonday, lastSunday)} as last_week,
           array[${perDay('sales')}] as sales, array[${perDay('expenses')}] as expenses,
           (select jsonb_build_object('item', i.item, 'amount', i.amount)
              from (select t.item, sum(t.amount)::bigint as amount from "totals" t
                     where t.kind = 'sale' and t.item is not null and t.date >= ${monday}::date group by t.item) i
             where i.amount > 0
             order by i.amount desc, i.item
             limit 1) as best
      from "days" d`.execute(db);
  const row = rows[0]!;
  return { week: row.week, lastWeek: row.last_week, best: row.best, sales: row.sales.map(Number), expenses: row.expenses.map(Number) };
}
