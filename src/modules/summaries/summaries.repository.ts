/**
 * The weekly summary's queries: who gets one (set-based, paged by person id, composed from
 * the people, groups and ledger modules' fragments), and a page of members' summaries
 * written to the outbox from their unvoided entries (one statement a page).
 */
import { sql } from 'kysely';
import { addDays, type IsoDate } from '../../core/dates.ts';
import type { Db } from '../../db/client.ts';
import { isActiveMember } from '../groups/groups.repository.ts';
import { hasEntriesBetween, totalsByDayAndItemOf } from '../ledger/ledger.repository.ts';
import { insertToWordFrom, writtenInOrder, type OutboxItem, type Priority } from '../outbox/outbox.repository.ts';
import { hasPrivateChat, peopleInZone, peopleInZoneQuery, type PersonInZone, type PersonRange } from '../people/people.repository.ts';

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
    conditions: [isActiveMember, (eb, personId) => hasEntriesBetween(eb, personId, week, ['sale', 'expense']), hasPrivateChat],
  });
  return rows;
}

/**
 * One page of a weekly summary slot written to the outbox in one statement, computed in
 * Postgres (issue #21): the page is `membersWithEntries`' for the people with ids in `range`
 * (people.repository `zoneRanges`), each member's figures as the ledger's `summarise` counts a
 * period (this week's and last week's sales, expenses, profit, entries and days recorded, her
 * best-selling item, the week's chart as two arrays of seven days), her row keyed `keyPrefix`
 * and her person id (keys.ts `weeklySummaryKeyPrefix`) with the figures for the send step to
 * word and draw. Nothing of the page is read out: only the keys written.
 *
 * Its cost, measured (docs/BENCHMARKS.md): the figures are summed in two steps, her days
 * first (by day, every kind: a day is one row, so days recorded is a count, not a
 * `count(distinct)` that would sort every page), then her weeks from her days. The
 * statement runs in its own transaction with room to sort and hash in memory (`work_mem`:
 * the default 4 MB spilled each page to disk) and without JIT (it compiled ~110 functions
 * a page, 80 ms, for one run).
 */
export async function writeSummaryPage(
  db: Db,
  options: { timeZone: string; monday: IsoDate; range: PersonRange; keyPrefix: string; forFeeder: boolean },
): Promise<OutboxItem[]> {
  const monday = options.monday;
  const sunday = addDays(monday, 6);
  const lastMonday = addDays(monday, -7);
  const lastSunday = addDays(monday, -1);
  const week = { from: monday, to: sunday };
  const page = peopleInZoneQuery(db, {
    timeZone: options.timeZone,
    ...options.range,
    conditions: [isActiveMember, (eb, personId) => hasEntriesBetween(eb, personId, week, ['sale', 'expense']), hasPrivateChat],
  });
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  const perDay = (column: 'sales' | 'expenses') =>
    sql.join(days.map((d) => sql`coalesce(sum(d.${sql.raw(column)}) filter (where d.date = ${d}::date), 0)::bigint`));
  // As `figuresOf` counts a week: sales and expenses by kind; entries and days of every kind.
  const figures = (from: IsoDate, to: IsoDate) => sql`jsonb_build_object('from', ${from}::text, 'to', ${to}::text,
      'sales', coalesce(sum(d.sales) filter (where d.date between ${from}::date and ${to}::date), 0)::bigint,
      'expenses', coalesce(sum(d.expenses) filter (where d.date between ${from}::date and ${to}::date), 0)::bigint,
      'profit', coalesce(sum(d.sales - d.expenses) filter (where d.date between ${from}::date and ${to}::date), 0)::bigint,
      'entries', coalesce(sum(d.entries) filter (where d.date between ${from}::date and ${to}::date), 0)::bigint,
      'daysRecorded', count(*) filter (where d.date between ${from}::date and ${to}::date))`;
  return db.transaction().execute(async (trx) => {
    await sql`set local work_mem = '64MB'`.execute(trx);
    await sql`set local jit = off`.execute(trx);
    const { rows } = await sql<{ idempotency_key: string; platform: string; priority: Priority }>`
      with "page" as (${page}),
      "totals" as (${totalsByDayAndItemOf(sql`"page"`, { from: lastMonday, to: sunday })}),
      "days" as (
        select t.person_id, t.date,
               coalesce(sum(t.amount) filter (where t.kind = 'sale'), 0)::bigint as sales,
               coalesce(sum(t.amount) filter (where t.kind = 'expense'), 0)::bigint as expenses,
               sum(t.entries)::bigint as entries
          from "totals" t
         group by t.person_id, t.date
      ),
      "figures" as (
        select d.person_id, ${figures(monday, sunday)} as week, ${figures(lastMonday, lastSunday)} as last_week,
               array[${perDay('sales')}] as sales, array[${perDay('expenses')}] as expenses
          from "days" d
         group by d.person_id
        having count(*) filter (where d.date >= ${monday}::date) > 0
      ),
      "best" as (
        -- Her item with the most net sales this week (ties: by name).
        select distinct on (i.person_id) i.person_id, i.item, i.amount
          from (select t.person_id, t.item, sum(t.amount)::bigint as amount from "totals" t
                 where t.kind = 'sale' and t.item is not null and t.date >= ${monday}::date group by t.person_id, t.item) i
         where i.amount > 0
         order by i.person_id, i.amount desc, i.item
      ),
      "rows" as (
        select ${options.keyPrefix}::text || p."personId" as key, p.platform, p."chatId" as chat_id,
               jsonb_build_object('kind', 'weekly_summary', 'language', p.language, 'name', p.name, 'week', f.week, 'lastWeek', f.last_week,
                 'best', case when b.item is null then null else jsonb_build_object('item', b.item, 'amount', b.amount) end) as to_word,
               jsonb_build_object('period', 'week', 'from', ${monday}::text, 'to', ${sunday}::text, 'today', ${sunday}::text, 'language', p.language,
                 'sales', to_jsonb(f.sales), 'expenses', to_jsonb(f.expenses)) as chart,
               p."personId" as n
          from "page" p
          join "figures" f on f.person_id = p."personId"
          left join "best" b on b.person_id = p."personId"
         where p.platform is not null
      )
      ${insertToWordFrom(sql`"rows"`, options.forFeeder)}`.execute(trx);
    return writtenInOrder(rows, options.keyPrefix);
  });
}
