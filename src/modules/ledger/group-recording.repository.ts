/**
 * Who records, group by group, for the console's groups list and group page. Only active
 * members count and only entries that are not voided (the home page's rule). Each group's
 * days are its own: "this week" is Monday to today and "this month" the 1st to today, today
 * being the business day at `now` in the group's time zone.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/client.ts';
import { activeMemberIdsOfGroupIn, activeMembersWithDay, groupsWithDay, groupsWithMembersAndDay } from '../groups/console.repository.ts';
import type { ScopedGroups } from '../programmes/scope.ts';
import type { DateRange } from './ledger.ts';

export interface GroupRecording {
  groupId: number;
  /** Active members. */
  members: number;
  /** Active members with an entry dated Monday of this week … today. */
  recordersThisWeek: number;
  /** Active members with an entry dated the 1st … today. */
  recordersThisMonth: number;
  /** The latest day (≤ today) any active member has an entry for; null if none ever. */
  lastDay: string | null;
}

/** The Monday of `day`'s week and the 1st of its month, in SQL (zone-free: see migration 027). */
const weekOf = (day: RawBuilder<unknown>) => sql<string>`date_trunc('week', ${day}::timestamp)::date`;
const monthOf = (day: RawBuilder<unknown>) => sql<string>`date_trunc('month', ${day}::timestamp)::date`;

/**
 * For each of these groups (all of the scope's when undefined; those outside it are left
 * out; a group without active members has no row), from the rollups of migrations 024 and 027: a few key lookups per
 * group, not a probe per member. The week's and the month's recorders count the whole week
 * and month; they equal "up to today" unless a member has an entry dated after her group's
 * today (a member whose zone is ahead of the group's, or a date typed ahead). book_group_days
 * shows those groups, and for them alone the members are probed one by one as before.
 */
export async function recordingOfGroups(db: Db, scoped: ScopedGroups, groupIds: readonly number[] | undefined, now: Date): Promise<GroupRecording[]> {
  if (groupIds?.length === 0) return [];
  const today = sql.ref('g.today');
  const { rows } = await sql<{ group_id: string; members: number; week: number; month: number; last_day: string | null; ahead: boolean }>`
    with g as (${groupsWithMembersAndDay(scoped, now, groupIds)})
    select g.group_id, g.members,
      coalesce((select r.recorders from book_group_weeks r where r.group_id = g.group_id and r.week = ${weekOf(today)}), 0) as week,
      coalesce((select r.recorders from book_group_month_recorders r where r.group_id = g.group_id and r.month = ${monthOf(today)}), 0) as month,
      (select max(d.day) from book_group_days d where d.group_id = g.group_id and d.day <= g.today and d.entries > 0)::text as last_day,
      exists (select 1 from book_group_days d
               where d.group_id = g.group_id and d.day > g.today and d.entries > 0
                 and d.day < greatest(${weekOf(today)} + 7, (${monthOf(today)} + interval '1 month')::date)) as ahead
    from g`.execute(db);
  const recording = rows.map((r) => ({ groupId: Number(r.group_id), members: r.members, recordersThisWeek: r.week, recordersThisMonth: r.month, lastDay: r.last_day }));
  const ahead = rows.filter((r) => r.ahead).map((r) => Number(r.group_id));
  if (ahead.length === 0) return recording;
  const probed = new Map((await recordingProbed(db, scoped, ahead, now)).map((r) => [r.groupId, r]));
  return recording.map((r) => probed.get(r.groupId) ?? r);
}

/**
 * The same figures member by member: one probe per member into (person_id, business_date)
 * for her latest day up to today, which alone tells whether she recorded this week and this
 * month. Only for the few groups with entries dated after their today.
 */
async function recordingProbed(db: Db, scoped: ScopedGroups, groupIds: readonly number[], now: Date): Promise<GroupRecording[]> {
  const { rows } = await sql<{ group_id: string; members: number; week: number; month: number; last_day: string | null }>`
    with m as (${activeMembersWithDay(scoped, now, groupIds)})
    select m.group_id, count(*)::int as members,
      count(*) filter (where last.day >= ${weekOf(sql.ref('m.today'))})::int as week,
      count(*) filter (where last.day >= ${monthOf(sql.ref('m.today'))})::int as month,
      max(last.day)::text as last_day
    from m
    left join lateral (
      select max(e.business_date) as day from ledger_entries e
      where e.person_id = m.person_id and e.voided_at is null and e.business_date <= m.today
    ) last on true
    group by m.group_id`.execute(db);
  return rows.map((r) => ({ groupId: Number(r.group_id), members: r.members, recordersThisWeek: r.week, recordersThisMonth: r.month, lastDay: r.last_day }));
}

/**
 * The scope's groups where no active member has an entry dated from the 1st of this month
 * to today (a group without active members counts: nobody recorded). From book_group_days
 * (migration 027): a group's days of this month up to today, by its primary key.
 */
export async function groupsSilentThisMonth(db: Db, scoped: ScopedGroups, now: Date): Promise<number[]> {
  const { rows } = await sql<{ group_id: string }>`
    with g as (${groupsWithDay(scoped, now)})
    select g.group_id from g
    where not exists (
      select 1 from book_group_days d
       where d.group_id = g.group_id and d.day >= ${monthOf(sql.ref('g.today'))} and d.day <= g.today and d.entries > 0)
    order by g.group_id`.execute(db);
  return rows.map((r) => Number(r.group_id));
}

/** Per day of `range`, how many of the group's active members have an entry that day (days with none are absent). */
export async function dailyRecorders(db: Db, scoped: ScopedGroups, groupId: number, range: DateRange): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('ledger_entries')
    .select([sql<string>`business_date::text`.as('day'), sql<number>`count(distinct person_id)::int`.as('n')])
    .where('person_id', 'in', activeMemberIdsOfGroupIn(scoped, groupId))
    .where('voided_at', 'is', null)
    .where('business_date', '>=', range.from)
    .where('business_date', '<=', range.to)
    .groupBy('business_date')
    .execute();
  return new Map(rows.map((r) => [r.day, r.n]));
}

export interface MemberBookTotals {
  personId: number;
  sales: number;
  expenses: number;
}

/** Each active member's unvoided sales (returns net them) and expenses dated in `range`; members without any are absent. */
export async function memberTotals(db: Db, scoped: ScopedGroups, groupId: number, range: DateRange): Promise<MemberBookTotals[]> {
  const rows = await db
    .selectFrom('ledger_entries')
    .select([
      'person_id as personId',
      sql<number>`coalesce(sum(amount) filter (where kind = 'sale'), 0)::bigint`.as('sales'),
      sql<number>`coalesce(sum(amount) filter (where kind = 'expense'), 0)::bigint`.as('expenses'),
    ])
    .where('person_id', 'in', activeMemberIdsOfGroupIn(scoped, groupId))
    .where('voided_at', 'is', null)
    .where('business_date', '>=', range.from)
    .where('business_date', '<=', range.to)
    .groupBy('person_id')
    .execute();
  return rows.map((r) => ({ personId: r.personId, sales: Number(r.sales), expenses: Number(r.expenses) }));
}
