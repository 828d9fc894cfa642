import { sql, type Kysely } from 'kysely';

/**
 * Rollups for the web console (issue #19): an admin's home page summed half a million
 * entries and counted 100,000 memberships on every request. Now it reads a few rows per group:
 *
 * - book_group_months (ledger): per group and calendar month, the unvoided sales (returns
 *   net them), expenses and entry count of the group's ACTIVE members;
 * - book_group_weeks (ledger): per group and week (Monday first), how many of its active
 *   members have at least one unvoided entry dated in it;
 * - book_person_weeks (ledger): per person and week, her unvoided entries (what tells the
 *   group weeks when she starts or stops counting as a recorder);
 * - group_member_counts (groups): active members per group;
 * - shared_memberships (groups): the people active in two or more groups, with those groups
 *   (a scope that holds k of them subtracts k − 1 of her, so she is counted once).
 *
 * Kept by Postgres triggers, not by the services, because every path that changes entries
 * or memberships must keep them exact and several do it without the ledger service: a
 * people merge moves `person_id` columns found in the catalogue, a group's deletion
 * cascades to its memberships, admin SQL, this migration's own backfill. A trigger runs in
 * the transaction of the change: the rollup commits or rolls back with it, and needs nothing
 * from Redis (losing Redis loses no count). The rollup tables carry no foreign key to
 * `people`, so the merge (which moves every such column) leaves them to the triggers.
 *
 * Exact with several bot processes writing at once:
 * - every change is a delta added with INSERT … ON CONFLICT DO UPDATE (x = x + delta), which
 *   under READ COMMITTED locks the row and adds to its latest committed value: concurrent
 *   deltas serialize on the row and none is lost;
 * - an entry's delta goes to the groups she is an active member of, and a membership's
 *   delta is her entries' sums: two transactions changing her entries and her memberships at
 *   once could each miss the other's uncommitted half. Both triggers therefore first take a
 *   transaction advisory lock on her (one of 1,024 buckets, in bucket order, so a bulk
 *   statement takes at most 1,024 locks and two statements never wait on each other in a
 *   circle) and read after it: the one that waited reads, in a new snapshot, what the other
 *   committed. That needs READ COMMITTED (a fresh snapshot per statement); a writer under
 *   REPEATABLE READ would read a snapshot from before the wait, so the triggers refuse it.
 * Both triggers upsert their tables in one order (member counts, group weeks, group months)
 * and each table in key order; a transaction of several statements can still meet another
 * in a circle, which Postgres breaks by failing one, and the inbound job is retried.
 * A group's month row is shared by all its members: their concurrent messages queue on it
 * for the rest of each other's transaction (a few milliseconds), not longer.
 */

const LOCK_CLASS = 1917;
const BUCKETS = 1024;

/** An entries trigger's body, given the changed rows as (person_id, business_date, kind, amount, sign). */
function entriesTriggerBody(changes: string): string {
  return `
begin
  if current_setting('transaction_isolation') <> 'read committed' then
    raise exception 'ledger_entries are written under READ COMMITTED only (the book rollups read what others committed)';
  end if;
  perform pg_advisory_xact_lock(${LOCK_CLASS}, b) from (select distinct (person_id % ${BUCKETS})::int b from (${changes}) c order by 1) l;

  with d as (
    select person_id, date_trunc('week', business_date)::date as week, sum(sign)::int as n
      from (${changes}) c group by 1, 2 having sum(sign) <> 0),
  up as (
    insert into book_person_weeks as t (person_id, week, entries)
    select person_id, week, n from d order by 1, 2
    on conflict (person_id, week) do update set entries = t.entries + excluded.entries
    returning t.person_id, t.week, t.entries),
  flips as (
    select up.person_id, up.week,
           case when up.entries > 0 and up.entries - d.n <= 0 then 1
                when up.entries <= 0 and up.entries - d.n > 0 then -1 else 0 end as f
      from up join d using (person_id, week))
  insert into book_group_weeks as t (group_id, week, recorders)
  select m.group_id, flips.week, sum(flips.f)
    from flips join memberships m on m.person_id = flips.person_id and m.status = 'active'
   where flips.f <> 0
   group by 1, 2 order by 1, 2
  on conflict (group_id, week) do update set recorders = t.recorders + excluded.recorders;

  insert into book_group_months as t (group_id, month, sales, expenses, entries)
  select m.group_id, d.month, sum(d.sales), sum(d.expenses), sum(d.entries)
    from (select person_id, date_trunc('month', business_date)::date as month,
                 coalesce(sum(amount * sign) filter (where kind = 'sale'), 0) as sales,
                 coalesce(sum(amount * sign) filter (where kind = 'expense'), 0) as expenses,
                 sum(sign) as entries
            from (${changes}) c group by 1, 2) d
    join memberships m on m.person_id = d.person_id and m.status = 'active'
   group by 1, 2
  having sum(d.sales) <> 0 or sum(d.expenses) <> 0 or sum(d.entries) <> 0
   order by 1, 2
  on conflict (group_id, month) do update
     set sales = t.sales + excluded.sales, expenses = t.expenses + excluded.expenses, entries = t.entries + excluded.entries;
  return null;
end`;
}

/** A memberships trigger's body, given the changed rows as (group_id, person_id, sign) of ACTIVE memberships. */
function membershipsTriggerBody(changes: string): string {
  const net = `select group_id, person_id, sum(sign)::int as s from (${changes}) x group by 1, 2 having sum(sign) <> 0`;
  return `
begin
  if current_setting('transaction_isolation') <> 'read committed' then
    raise exception 'memberships are written under READ COMMITTED only (the book rollups read what others committed)';
  end if;
  perform pg_advisory_xact_lock(${LOCK_CLASS}, b) from (select distinct (person_id % ${BUCKETS})::int b from (${changes}) c order by 1) l;

  insert into group_member_counts as t (group_id, members)
  select group_id, sum(s) from (${net}) c group by 1 order by 1
  on conflict (group_id) do update set members = t.members + excluded.members;

  insert into book_group_weeks as t (group_id, week, recorders)
  select c.group_id, w.week, sum(c.s)
    from (${net}) c join book_person_weeks w on w.person_id = c.person_id and w.entries > 0
   group by 1, 2 order by 1, 2
  on conflict (group_id, week) do update set recorders = t.recorders + excluded.recorders;

  insert into book_group_months as t (group_id, month, sales, expenses, entries)
  select c.group_id, date_trunc('month', e.business_date)::date,
         coalesce(sum(c.s * e.amount) filter (where e.kind = 'sale'), 0),
         coalesce(sum(c.s * e.amount) filter (where e.kind = 'expense'), 0),
         sum(c.s)
    from (${net}) c join ledger_entries e on e.person_id = c.person_id and e.voided_at is null
   group by 1, 2 order by 1, 2
  on conflict (group_id, month) do update
     set sales = t.sales + excluded.sales, expenses = t.expenses + excluded.expenses, entries = t.entries + excluded.entries;

  delete from shared_memberships where person_id in (select person_id from (${changes}) c);
  insert into shared_memberships (person_id, group_ids)
  select person_id, array_agg(group_id order by group_id) from memberships
   where status = 'active' and person_id in (select person_id from (${changes}) c)
   group by person_id having count(*) > 1;
  return null;
end`;
}

const entryRows = (table: string, sign: 1 | -1) =>
  `select person_id, business_date, kind, amount, ${sign} as sign from ${table} where voided_at is null`;
const membershipRows = (table: string, sign: 1 | -1) => `select group_id, person_id, ${sign} as sign from ${table} where status = 'active'`;

const TRIGGERS: { table: string; op: 'insert' | 'update' | 'delete'; body: string }[] = [
  { table: 'ledger_entries', op: 'insert', body: entriesTriggerBody(entryRows('new_rows', 1)) },
  { table: 'ledger_entries', op: 'update', body: entriesTriggerBody(`${entryRows('old_rows', -1)} union all ${entryRows('new_rows', 1)}`) },
  { table: 'ledger_entries', op: 'delete', body: entriesTriggerBody(entryRows('old_rows', -1)) },
  { table: 'memberships', op: 'insert', body: membershipsTriggerBody(membershipRows('new_rows', 1)) },
  { table: 'memberships', op: 'update', body: membershipsTriggerBody(`${membershipRows('old_rows', -1)} union all ${membershipRows('new_rows', 1)}`) },
  { table: 'memberships', op: 'delete', body: membershipsTriggerBody(membershipRows('old_rows', -1)) },
];

const nameOf = (t: { table: string; op: string }) => `book_rollup_${t.table}_${t.op}`;
const referencing = (op: string) =>
  op === 'insert' ? 'referencing new table as new_rows' : op === 'delete' ? 'referencing old table as old_rows' : 'referencing old table as old_rows new table as new_rows';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table book_person_weeks (
    person_id bigint not null, week date not null, entries integer not null,
    primary key (person_id, week))`.execute(db);
  await sql`create table book_group_months (
    group_id bigint not null, month date not null,
    sales bigint not null, expenses bigint not null, entries integer not null,
    primary key (group_id, month))`.execute(db);
  await sql`create table book_group_weeks (
    group_id bigint not null, week date not null, recorders integer not null,
    primary key (group_id, week))`.execute(db);
  await sql`create table group_member_counts (group_id bigint primary key, members integer not null)`.execute(db);
  await sql`create table shared_memberships (person_id bigint primary key, group_ids bigint[] not null)`.execute(db);

  // No entry or membership may change between the backfill and the triggers (another bot
  // process still running the old code): SHARE blocks writers until this migration commits.
  await sql`lock table ledger_entries, memberships in share mode`.execute(db);
  await sql`insert into book_person_weeks (person_id, week, entries)
    select person_id, date_trunc('week', business_date)::date, count(*) from ledger_entries where voided_at is null group by 1, 2`.execute(db);
  await sql`insert into book_group_months (group_id, month, sales, expenses, entries)
    select m.group_id, p.month, sum(p.sales), sum(p.expenses), sum(p.entries)
      from (select person_id, date_trunc('month', business_date)::date as month,
                   coalesce(sum(amount) filter (where kind = 'sale'), 0) as sales,
                   coalesce(sum(amount) filter (where kind = 'expense'), 0) as expenses, count(*) as entries
              from ledger_entries where voided_at is null group by 1, 2) p
      join memberships m on m.person_id = p.person_id and m.status = 'active'
     group by 1, 2`.execute(db);
  await sql`insert into book_group_weeks (group_id, week, recorders)
    select m.group_id, w.week, count(*) from book_person_weeks w join memberships m on m.person_id = w.person_id and m.status = 'active'
     group by 1, 2`.execute(db);
  await sql`insert into group_member_counts (group_id, members) select group_id, count(*) from memberships where status = 'active' group by 1`.execute(db);
  await sql`insert into shared_memberships (person_id, group_ids)
    select person_id, array_agg(group_id order by group_id) from memberships where status = 'active' group by 1 having count(*) > 1`.execute(db);

  for (const t of TRIGGERS) {
    await sql.raw(`create function ${nameOf(t)}() returns trigger language plpgsql as $fn$${t.body}$fn$`).execute(db);
    await sql
      .raw(`create trigger ${nameOf(t)} after ${t.op} on ${t.table} ${referencing(t.op)} for each statement execute function ${nameOf(t)}()`)
      .execute(db);
  }
  // A scope's week and month come from the rollups by these keys; the indexes also serve the
  // shared members' live correction (her entries by person and date already have one).
  await sql`create index book_group_weeks_week_idx on book_group_weeks (week, group_id) include (recorders)`.execute(db);
  await sql`create index book_group_months_month_idx on book_group_months (month, group_id) include (sales, expenses, entries)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of TRIGGERS) {
    await sql.raw(`drop trigger if exists ${nameOf(t)} on ${t.table}`).execute(db);
    await sql.raw(`drop function if exists ${nameOf(t)}()`).execute(db);
  }
  for (const table of ['shared_memberships', 'group_member_counts', 'book_group_weeks', 'book_group_months', 'book_person_weeks']) {
    await sql.raw(`drop table if exists ${table}`).execute(db);
  }
}
