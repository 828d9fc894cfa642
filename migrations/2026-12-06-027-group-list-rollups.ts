import { sql, type Kysely } from 'kysely';

/**
 * The console's groups list from rollups (issue #19). Migration 024's rollups gave the home
 * page its numbers; the groups list still probed ledger_entries once per active member (the
 * share recording this month, the last day recorded, "stopped recording this month", the
 * `catat` order): 100,000 probes for an admin, over a second. Three more rollups, kept by the
 * same triggers as 024's, replace them:
 *
 * - book_person_months (ledger): per person and calendar month, her unvoided entries (what
 *   tells the month recorders when she starts or stops counting);
 * - book_group_month_recorders (ledger): per group and month, how many of its active members
 *   have at least one unvoided entry dated in it (024's group weeks, by month);
 * - book_group_days (ledger): per group and day, the unvoided entries of its active members.
 *   It gives the last day recorded up to today and "nobody recorded from the 1st to today"
 *   exactly, and shows the rare group with entries dated after its today (a member in a
 *   zone ahead of her group's), for which the list counts this week's and this month's
 *   recorders member by member as before (the month rollup cannot tell "up to today").
 *
 * Exact with several bot processes writing at once, as 024 (whose comment has the details):
 * the trigger functions are replaced by ones that do 024's work and these tables', under the
 * same transaction advisory lock on the woman (same lock class and buckets, so old and new
 * triggers exclude each other), reading after it under READ COMMITTED, each change a delta
 * upserted with ON CONFLICT DO UPDATE (which locks the row and adds to its latest committed
 * value). Group tables are upserted in one order by both triggers — member counts, group
 * weeks, group month recorders, group months, group days — each in key order. Nothing is
 * kept in Redis.
 *
 * Buckets never depend on the session: `date_trunc` of a `date` resolves to its timestamptz
 * form, evaluated in the session's TimeZone; every bucket here casts the date to `timestamp`
 * (without zone) first, so a Monday or a 1st is the same whatever TimeZone the writer's
 * session has. 024's tables are rebuilt with those buckets in the backfill, so a row written
 * before by a session in another zone cannot stay wrong.
 *
 * TRUNCATE fires no row or statement trigger for rows: a TRUNCATE of ledger_entries or
 * memberships (or one cascading to them, e.g. of people) would leave the rollups counting
 * rows that are gone. A BEFORE TRUNCATE trigger truncates the rollups with them, in the same
 * transaction, rather than refusing: after a TRUNCATE the exact rollups are known (empty for
 * what the truncated table feeds), so keeping them right is as safe as refusing and leaves a
 * test or staging reset working. TRUNCATE holds ACCESS EXCLUSIVE on its table, so no writer
 * of it runs meanwhile; a membership writer already holding a rollup row while the truncate
 * of ledger_entries waits on the rollups would meet it in a circle that Postgres breaks by
 * failing one (a rare admin act against a retried job).
 *
 * Two indexes serve the list's arrears, summed loan by loan from the index alone.
 */

const LOCK_CLASS = 1917; // 024's: the same lock on the same woman
const BUCKETS = 1024;

const bucket = (unit: 'week' | 'month', date: string) => `date_trunc('${unit}', (${date})::timestamp)::date`;

/**
 * A person's entries per period and, when she starts or stops having any (a flip), her active
 * groups' recorders of that period. 024's weeks and this migration's months are the same
 * statement on different tables.
 */
function recordersUpsert(changes: string, unit: 'week' | 'month', personTable: string, groupTable: string): string {
  return `
  with d as (
    select person_id, ${bucket(unit, 'business_date')} as ${unit}, sum(sign)::int as n
      from (${changes}) c group by 1, 2 having sum(sign) <> 0),
  up as (
    insert into ${personTable} as t (person_id, ${unit}, entries)
    select person_id, ${unit}, n from d order by 1, 2
    on conflict (person_id, ${unit}) do update set entries = t.entries + excluded.entries
    returning t.person_id, t.${unit}, t.entries),
  flips as (
    select up.person_id, up.${unit},
           case when up.entries > 0 and up.entries - d.n <= 0 then 1
                when up.entries <= 0 and up.entries - d.n > 0 then -1 else 0 end as f
      from up join d using (person_id, ${unit}))
  insert into ${groupTable} as t (group_id, ${unit}, recorders)
  select m.group_id, flips.${unit}, sum(flips.f)
    from flips join memberships m on m.person_id = flips.person_id and m.status = 'active'
   where flips.f <> 0
   group by 1, 2 order by 1, 2
  on conflict (group_id, ${unit}) do update set recorders = t.recorders + excluded.recorders;`;
}

/** An entries trigger's body, given the changed rows as (person_id, business_date, kind, amount, sign). */
function entriesTriggerBody(changes: string, listRollups: boolean): string {
  return `
begin
  if current_setting('transaction_isolation') <> 'read committed' then
    raise exception 'ledger_entries are written under READ COMMITTED only (the book rollups read what others committed)';
  end if;
  perform pg_advisory_xact_lock(${LOCK_CLASS}, b) from (select distinct (person_id % ${BUCKETS})::int b from (${changes}) c order by 1) l;
  ${recordersUpsert(changes, 'week', 'book_person_weeks', 'book_group_weeks')}
  ${listRollups ? recordersUpsert(changes, 'month', 'book_person_months', 'book_group_month_recorders') : ''}

  insert into book_group_months as t (group_id, month, sales, expenses, entries)
  select m.group_id, d.month, sum(d.sales), sum(d.expenses), sum(d.entries)
    from (select person_id, ${bucket('month', 'business_date')} as month,
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
  ${
    listRollups
      ? `
  insert into book_group_days as t (group_id, day, entries)
  select m.group_id, d.day, sum(d.n)
    from (select person_id, business_date as day, sum(sign)::int as n from (${changes}) c group by 1, 2) d
    join memberships m on m.person_id = d.person_id and m.status = 'active'
   group by 1, 2 having sum(d.n) <> 0 order by 1, 2
  on conflict (group_id, day) do update set entries = t.entries + excluded.entries;`
      : ''
  }
  return null;
end`;
}

/** A memberships trigger's body, given the changed rows as (group_id, person_id, sign) of ACTIVE memberships. */
function membershipsTriggerBody(changes: string, listRollups: boolean): string {
  const net = `select group_id, person_id, sum(sign)::int as s from (${changes}) x group by 1, 2 having sum(sign) <> 0`;
  const recorders = (unit: 'week' | 'month', personTable: string, groupTable: string) => `
  insert into ${groupTable} as t (group_id, ${unit}, recorders)
  select c.group_id, w.${unit}, sum(c.s)
    from (${net}) c join ${personTable} w on w.person_id = c.person_id and w.entries > 0
   group by 1, 2 order by 1, 2
  on conflict (group_id, ${unit}) do update set recorders = t.recorders + excluded.recorders;`;
  return `
begin
  if current_setting('transaction_isolation') <> 'read committed' then
    raise exception 'memberships are written under READ COMMITTED only (the book rollups read what others committed)';
  end if;
  perform pg_advisory_xact_lock(${LOCK_CLASS}, b) from (select distinct (person_id % ${BUCKETS})::int b from (${changes}) c order by 1) l;

  insert into group_member_counts as t (group_id, members)
  select group_id, sum(s) from (${net}) c group by 1 order by 1
  on conflict (group_id) do update set members = t.members + excluded.members;
  ${recorders('week', 'book_person_weeks', 'book_group_weeks')}
  ${listRollups ? recorders('month', 'book_person_months', 'book_group_month_recorders') : ''}

  insert into book_group_months as t (group_id, month, sales, expenses, entries)
  select c.group_id, ${bucket('month', 'e.business_date')},
         coalesce(sum(c.s * e.amount) filter (where e.kind = 'sale'), 0),
         coalesce(sum(c.s * e.amount) filter (where e.kind = 'expense'), 0),
         sum(c.s)
    from (${net}) c join ledger_entries e on e.person_id = c.person_id and e.voided_at is null
   group by 1, 2 order by 1, 2
  on conflict (group_id, month) do update
     set sales = t.sales + excluded.sales, expenses = t.expenses + excluded.expenses, entries = t.entries + excluded.entries;
  ${
    listRollups
      ? `
  insert into book_group_days as t (group_id, day, entries)
  select c.group_id, e.business_date, sum(c.s)
    from (${net}) c join ledger_entries e on e.person_id = c.person_id and e.voided_at is null
   group by 1, 2 order by 1, 2
  on conflict (group_id, day) do update set entries = t.entries + excluded.entries;`
      : ''
  }

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

/** 024's six statement triggers (same names: their functions are replaced in place). */
function triggers(listRollups: boolean): { name: string; body: string }[] {
  return [
    { name: 'book_rollup_ledger_entries_insert', body: entriesTriggerBody(entryRows('new_rows', 1), listRollups) },
    { name: 'book_rollup_ledger_entries_update', body: entriesTriggerBody(`${entryRows('old_rows', -1)} union all ${entryRows('new_rows', 1)}`, listRollups) },
    { name: 'book_rollup_ledger_entries_delete', body: entriesTriggerBody(entryRows('old_rows', -1), listRollups) },
    { name: 'book_rollup_memberships_insert', body: membershipsTriggerBody(membershipRows('new_rows', 1), listRollups) },
    { name: 'book_rollup_memberships_update', body: membershipsTriggerBody(`${membershipRows('old_rows', -1)} union all ${membershipRows('new_rows', 1)}`, listRollups) },
    { name: 'book_rollup_memberships_delete', body: membershipsTriggerBody(membershipRows('old_rows', -1), listRollups) },
  ];
}

/** What a TRUNCATE of each table empties with it: every rollup it feeds (the person rollups do not depend on memberships). */
const TRUNCATED_WITH = {
  ledger_entries: ['book_person_weeks', 'book_person_months', 'book_group_weeks', 'book_group_month_recorders', 'book_group_months', 'book_group_days'],
  memberships: ['group_member_counts', 'shared_memberships', 'book_group_weeks', 'book_group_month_recorders', 'book_group_months', 'book_group_days'],
};

async function replaceTriggerFunctions(db: Kysely<any>, listRollups: boolean): Promise<void> {
  for (const t of triggers(listRollups)) {
    await sql.raw(`create or replace function ${t.name}() returns trigger language plpgsql as $fn$${t.body}$fn$`).execute(db);
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table book_person_months (
    person_id bigint not null, month date not null, entries integer not null,
    primary key (person_id, month))`.execute(db);
  await sql`create table book_group_month_recorders (
    group_id bigint not null, month date not null, recorders integer not null,
    primary key (group_id, month))`.execute(db);
  // The primary key serves the list's reads: the latest day ≤ today and a month's days, per group.
  await sql`create table book_group_days (
    group_id bigint not null, day date not null, entries integer not null,
    primary key (group_id, day))`.execute(db);

  // As in 024: no entry or membership changes between the backfill and the new triggers.
  await sql`lock table ledger_entries, memberships in share mode`.execute(db);
  // 024's tables rebuilt with zone-free buckets (see above), then the new ones.
  await sql`delete from book_person_weeks`.execute(db);
  await sql`delete from book_group_weeks`.execute(db);
  await sql`delete from book_group_months`.execute(db);
  await sql
    .raw(
      `insert into book_person_weeks (person_id, week, entries)
       select person_id, ${bucket('week', 'business_date')}, count(*) from ledger_entries where voided_at is null group by 1, 2`,
    )
    .execute(db);
  await sql
    .raw(
      `insert into book_person_months (person_id, month, entries)
       select person_id, ${bucket('month', 'business_date')}, count(*) from ledger_entries where voided_at is null group by 1, 2`,
    )
    .execute(db);
  await sql`insert into book_group_weeks (group_id, week, recorders)
    select m.group_id, w.week, count(*) from book_person_weeks w join memberships m on m.person_id = w.person_id and m.status = 'active'
     group by 1, 2`.execute(db);
  await sql`insert into book_group_month_recorders (group_id, month, recorders)
    select m.group_id, w.month, count(*) from book_person_months w join memberships m on m.person_id = w.person_id and m.status = 'active'
     group by 1, 2`.execute(db);
  await sql
    .raw(
      `insert into book_group_months (group_id, month, sales, expenses, entries)
       select m.group_id, p.month, sum(p.sales), sum(p.expenses), sum(p.entries)
         from (select person_id, ${bucket('month', 'business_date')} as month,
                      coalesce(sum(amount) filter (where kind = 'sale'), 0) as sales,
                      coalesce(sum(amount) filter (where kind = 'expense'), 0) as expenses, count(*) as entries
                 from ledger_entries where voided_at is null group by 1, 2) p
         join memberships m on m.person_id = p.person_id and m.status = 'active'
        group by 1, 2`,
    )
    .execute(db);
  await sql`insert into book_group_days (group_id, day, entries)
    select m.group_id, p.day, sum(p.n)
      from (select person_id, business_date as day, count(*) as n from ledger_entries where voided_at is null group by 1, 2) p
      join memberships m on m.person_id = p.person_id and m.status = 'active'
     group by 1, 2`.execute(db);

  await replaceTriggerFunctions(db, true);

  // The list's arrears (src/modules/loans/group-loans.repository.ts) sum, loan by loan, the
  // instalments due before today and the confirmed payments up to today: both from the index alone.
  await sql`create index loan_instalments_due_idx on loan_instalments (loan_id, due_date) include (total)`.execute(db);
  await sql`create index loan_payments_confirmed_idx on loan_payments (loan_id, paid_on) include (amount) where status = 'confirmed'`.execute(db);

  for (const [table, rollups] of Object.entries(TRUNCATED_WITH)) {
    const fn = `book_rollup_${table}_truncate`;
    await sql
      .raw(`create function ${fn}() returns trigger language plpgsql as $fn$
begin
  -- DELETE, not a nested TRUNCATE: a reset that truncates the rollups in the same statement
  -- as their table would fail with "being used by active queries in this session".
  ${rollups.map((r) => `delete from ${r};`).join('\n  ')}
  return null;
end$fn$`)
      .execute(db);
    await sql.raw(`create trigger ${fn} before truncate on ${table} for each statement execute function ${fn}()`).execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of Object.keys(TRUNCATED_WITH)) {
    await sql.raw(`drop trigger if exists book_rollup_${table}_truncate on ${table}`).execute(db);
    await sql.raw(`drop function if exists book_rollup_${table}_truncate()`).execute(db);
  }
  await sql`drop index if exists loan_payments_confirmed_idx`.execute(db);
  await sql`drop index if exists loan_instalments_due_idx`.execute(db);
  await replaceTriggerFunctions(db, false);
  for (const table of ['book_group_days', 'book_group_month_recorders', 'book_person_months']) await sql.raw(`drop table if exists ${table}`).execute(db);
}
