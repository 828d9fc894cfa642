/**
 * Sums of the books over a console scope (the active members of the groups it may see), read
 * from the rollups the triggers of migration 024 keep exact: a row per group and month
 * (book_group_months) or week (book_group_weeks), so an admin's month is 2,000 rows, not
 * half a million entries. A woman active in k groups of the scope is in k groups' rows: the
 * k − 1 extra copies are taken off from her own entries (shared_memberships lists the few
 * such women; their entries are found by person and date).
 *
 * The rollups are by calendar month and whole week: "this month" is every entry dated in
 * it, which is the 1st to today as long as no entry is dated after today (a member east of
 * the console's time zone can be a few hours ahead: her entry then counts already).
 */
import { sql } from 'kysely';
import { endOfMonth, startOfMonth, startOfWeek, type IsoDate } from '../../core/dates.ts';
import type { Db } from '../../db/client.ts';
import { sharedExtraIn } from '../groups/group-scope.repository.ts';
import type { ScopedGroups } from '../programmes/scope.ts';

export interface BookTotals {
  sales: number;
  expenses: number;
}

export interface MonthBooks extends BookTotals {
  /** The 1st of the month. */
  month: IsoDate;
  /** Unvoided entries of every kind. */
  entries: number;
}

/**
 * The scope's books per calendar month, from the month of `from` to the month of `to`
 * (both YYYY-MM-DD; every month in between is present, zeros included), oldest first.
 */
export async function monthBooksIn(db: Db, scoped: ScopedGroups, from: IsoDate, to: IsoDate): Promise<MonthBooks[]> {
  const first = startOfMonth(from);
  const last = startOfMonth(to);
  const { rows } = await sql<{ month: string; sales: string; expenses: string; entries: string }>`
    with extra as (select person_id, extra from (${sharedExtraIn(scoped.groupIds)}) x where x.extra > 0),
    parts as (
      select r.month, r.sales, r.expenses, r.entries
        from book_group_months r
       where r.group_id in (${scoped.groupIds}) and r.month between ${first}::date and ${last}::date
      union all
      select date_trunc('month', e.business_date)::date,
             -x.extra * case when e.kind = 'sale' then e.amount else 0 end,
             -x.extra * case when e.kind = 'expense' then e.amount else 0 end,
             -x.extra
        from extra x join ledger_entries e on e.person_id = x.person_id
       where e.voided_at is null and e.business_date between ${first}::date and ${endOfMonth(last)}::date)
    select to_char(m.month, 'YYYY-MM-DD') as month,
           coalesce(sum(p.sales), 0)::bigint as sales, coalesce(sum(p.expenses), 0)::bigint as expenses,
           coalesce(sum(p.entries), 0)::bigint as entries
      from generate_series(${first}::date, ${last}::date, interval '1 month') as m(month)
      left join parts p on p.month = m.month::date
     group by m.month order by m.month`.execute(db);
  return rows.map((r) => ({ month: r.month, sales: Number(r.sales), expenses: Number(r.expenses), entries: Number(r.entries) }));
}

/** How many of the scope's active members have at least one unvoided entry dated in the week (Monday first) of `day`. */
export async function recordersIn(db: Db, scoped: ScopedGroups, day: IsoDate): Promise<number> {
  const week = startOfWeek(day);
  const row = await db
    .selectNoFrom([
      sql<number>`coalesce((select sum(r.recorders) from book_group_weeks r
                             where r.group_id in (${scoped.groupIds}) and r.week = ${week}::date), 0)::bigint`.as('counted'),
      sql<number>`coalesce((select sum(x.extra) from (${sharedExtraIn(scoped.groupIds)}) x
                              join book_person_weeks w on w.person_id = x.person_id and w.week = ${week}::date and w.entries > 0
                             where x.extra > 0), 0)::bigint`.as('twice'),
    ])
    .executeTakeFirstOrThrow();
  return Number(row.counted) - Number(row.twice);
}
