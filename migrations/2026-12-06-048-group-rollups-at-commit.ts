import { sql, type Kysely } from 'kysely';

/**
 * The group rollups (migrations 024 and 027) written at COMMIT, in one order, instead of
 * statement by statement (issue #21: inbound batches, INBOUND_BATCH).
 *
 * Why. Until now each entry's statement added its delta to her groups' week, month and day
 * rows at once, and the row stayed locked until the transaction ended. An inbound batch is
 * one transaction of up to INBOUND_BATCH messages (src/jobs/inbound-batch.processor.ts); in a
 * group's evening, two shards' batches hold members of the same groups G and H in opposite
 * orders and deadlock (40P01; measured in bench/group-evening.ts: 9 deadlocks in 159 messages
 * at INBOUND_BATCH 8), each deadlock costing both shards PostgreSQL's deadlock_timeout (1 s),
 * and every batch holding a group's row for its whole length made the shards behind it wait.
 *
 * What changes. The statement triggers still take the woman's advisory lock (024's class and
 * buckets), write her own rollups (book_person_weeks, book_person_months, shared_memberships)
 * and compute her groups' deltas exactly as before, reading memberships and entries after the
 * lock under READ COMMITTED. The group deltas are no longer upserted there: they are kept in
 * a temporary table of the session (`pg_temp.book_rollup_deltas_v1`, ON COMMIT DELETE ROWS) and a
 * deferred constraint trigger applies them when the transaction commits
 * (`book_rollups_flush`): summed per row, table by table in one fixed order — member counts,
 * group weeks, group month recorders, group months, group days — each in key order
 * (group, period), one statement a table.
 *
 * What keeps it exact and free of deadlocks, with any number of processes:
 * - The deltas are sums, so applying them at COMMIT rather than at each statement changes no
 *   total; other sessions saw nothing of the rows before COMMIT either way. Each is still an
 *   INSERT … ON CONFLICT DO UPDATE x = x + delta, which locks the row and adds to its latest
 *   committed value: concurrent flushes serialize on a row and lose nothing.
 * - A delta is computed under her advisory lock, which is held to the end of the transaction:
 *   a membership change of hers in another transaction waits for this one's COMMIT (flush
 *   included) and then reads its entries, as before.
 * - Every transaction, whatever wrote the entries or memberships (a batch, one message, the
 *   console, the merge, admin SQL), takes group rollup rows only in its flush, and the flush
 *   takes them in one global order (table, then group and period) and then only commits. A
 *   transaction waiting for a row in its flush holds only rows before it in that order, so
 *   no two can wait on each other in a circle on group rows; and a group row is held from the
 *   flush to the COMMIT, not for a batch's whole length.
 * - A savepoint rolled back takes its staged deltas with it (the temporary table is
 *   transactional) and its deferred flush event too; a transaction rolled back stages nothing.
 * - Nothing is in Redis: losing Redis loses no delta. A crash before COMMIT loses the
 *   transaction and its deltas together.
 * - `SET CONSTRAINTS ALL IMMEDIATE` flushes at once; a later statement stages and asks again.
 * - A TRUNCATE (027's BEFORE TRUNCATE triggers) drops the staged deltas of the rollups it
 *   empties, so a delta of a row the TRUNCATE removed is not added back at COMMIT.
 *
 *   This assumes ONE flush a transaction, at its end, and no person (advisory) lock taken after
 *   it: a transaction that flushed under SET CONSTRAINTS ALL IMMEDIATE and then writes again
 *   holds group rows while taking a woman's lock, outside the order. No code does that; a
 *   future rebuild of the group rollups (which takes their rows outside the flush) must run
 *   alone, or after SET CONSTRAINTS ALL IMMEDIATE in its own transaction.
 *
 * The session's temporary tables are made on the first write (a catalogue write once per
 * connection; a pooler's DISCARD drops them and the next write makes them again: PgBouncer
 * must not run its reset query after every transaction, server_reset_query_always=1). The
 * role needs the TEMP privilege (checked by up). 048's down must run with the writers stopped
 * (docs/OPERATING.md): it drops the flush trigger from the live sessions' tables, and a
 * session's staging makes it again only on its next write after an up. A reader
 * in the writing transaction sees the group rollups as they were before it until it commits
 * (no code reads them there: the console reads in transactions of its own).
 */

const LOCK_CLASS = 1917; // 024's: the same lock on the same woman
const BUCKETS = 1024;

const bucket = (unit: 'week' | 'month', date: string) => `date_trunc('${unit}', (${date})::timestamp)::date`;

/**
 * The five group rollups, in the order every flush (and 027's triggers) takes them. `tbl`: the
 * staged delta's tag; `key`: the period column (none for member counts); `having`: which
 * summed deltas are written (as 027: months and days only when not all zero).
 */
const GROUP_ROLLUPS = [
  { tbl: 1, table: 'group_member_counts', key: null, value: 'members', having: '' },
  { tbl: 2, table: 'book_group_weeks', key: 'week', value: 'recorders', having: '' },
  { tbl: 3, table: 'book_group_month_recorders', key: 'month', value: 'recorders', having: '' },
  { tbl: 4, table: 'book_group_months', key: 'month', value: 'entries', having: 'having sum(n) <> 0 or sum(sales) <> 0 or sum(expenses) <> 0' },
  { tbl: 5, table: 'book_group_days', key: 'day', value: 'entries', having: 'having sum(n) <> 0' },
] as const;
type GroupRollup = (typeof GROUP_ROLLUPS)[number];
const rollup = (table: GroupRollup['table']) => GROUP_ROLLUPS.find((r) => r.table === table)!;

/**
 * Where a statement trigger's group delta goes. `select` yields (group_id, period, n[, sales,
 * expenses]) grouped by group and period: staged for the flush (`atCommit`), or upserted at
 * once as 027 did (the down migration's bodies).
 */
function groupDelta(r: GroupRollup, select: string, atCommit: boolean): string {
  const months = r.table === 'book_group_months';
  if (atCommit) {
    return `
  insert into pg_temp.book_rollup_deltas_v1 (tbl, group_id, at, n${months ? ', sales, expenses' : ''})
  ${select};`;
  }
  const cols = r.key ? `group_id, ${r.key}, ${months ? 'entries, sales, expenses' : r.value}` : `group_id, ${r.value}`;
  const set = months
    ? 'entries = t.entries + excluded.entries, sales = t.sales + excluded.sales, expenses = t.expenses + excluded.expenses'
    : `${r.value} = t.${r.value} + excluded.${r.value}`;
  // 027's filters on one statement's deltas.
  const having = r.tbl === 4 ? 'where n <> 0 or sales <> 0 or expenses <> 0' : r.tbl === 5 ? 'where n <> 0' : '';
  return `
  insert into ${r.table} as t (${cols})
  select * from (${select}) s ${having} order by 1${r.key ? ', 2' : ''}
  on conflict (group_id${r.key ? `, ${r.key}` : ''}) do update set ${set};`;
}

/** A person's entries per period, and her active groups' recorders of it when she starts or stops having any (027). */
function recorders(changes: string, unit: 'week' | 'month', personTable: string, r: GroupRollup, atCommit: boolean): string {
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
  ${groupDelta(
    r,
    `select ${atCommit ? `${r.tbl}, ` : ''}m.group_id, flips.${unit}, sum(flips.f)
    from flips join memberships m on m.person_id = flips.person_id and m.status = 'active'
   where flips.f <> 0
   group by m.group_id, flips.${unit}`,
    atCommit,
  )}`;
}

const lockHer = (changes: string) =>
  `perform pg_advisory_xact_lock(${LOCK_CLASS}, b) from (select distinct (person_id % ${BUCKETS})::int b from (${changes}) c order by 1) l;`;
const readCommittedOnly = (table: string) => `
  if current_setting('transaction_isolation') <> 'read committed' then
    raise exception '${table} are written under READ COMMITTED only (the book rollups read what others committed)';
  end if;`;

/** An entries trigger's body, given the changed rows as (person_id, business_date, kind, amount, sign). */
function entriesTriggerBody(changes: string, atCommit: boolean): string {
  const tag = (r: GroupRollup) => (atCommit ? `${r.tbl}, ` : '');
  const months = rollup('book_group_months');
  const days = rollup('book_group_days');
  return `
begin${readCommittedOnly('ledger_entries')}
  ${lockHer(changes)}
  ${atCommit ? 'perform book_rollups_staging();' : ''}
  ${recorders(changes, 'week', 'book_person_weeks', rollup('book_group_weeks'), atCommit)}
  ${recorders(changes, 'month', 'book_person_months', rollup('book_group_month_recorders'), atCommit)}
  ${groupDelta(
    months,
    `select ${tag(months)}m.group_id, d.month, sum(d.entries) as n, sum(d.sales) as sales, sum(d.expenses) as expenses
    from (select person_id, ${bucket('month', 'business_date')} as month,
                 coalesce(sum(amount * sign) filter (where kind = 'sale'), 0) as sales,
                 coalesce(sum(amount * sign) filter (where kind = 'expense'), 0) as expenses,
                 sum(sign) as entries
            from (${changes}) c group by 1, 2) d
    join memberships m on m.person_id = d.person_id and m.status = 'active'
   group by m.group_id, d.month`,
    atCommit,
  )}
  ${groupDelta(
    days,
    `select ${tag(days)}m.group_id, d.day, sum(d.n) as n
    from (select person_id, business_date as day, sum(sign)::int as n from (${changes}) c group by 1, 2) d
    join memberships m on m.person_id = d.person_id and m.status = 'active'
   group by m.group_id, d.day`,
    atCommit,
  )}
  ${atCommit ? 'perform book_rollups_ask_flush();' : ''}
  return null;
end`;
}

/** A memberships trigger's body, given the changed rows as (group_id, person_id, sign) of ACTIVE memberships. */
function membershipsTriggerBody(changes: string, atCommit: boolean): string {
  const net = `select group_id, person_id, sum(sign)::int as s from (${changes}) x group by 1, 2 having sum(sign) <> 0`;
  const tag = (r: GroupRollup) => (atCommit ? `${r.tbl}, ` : '');
  const counts = rollup('group_member_counts');
  const months = rollup('book_group_months');
  const days = rollup('book_group_days');
  const recordersOf = (unit: 'week' | 'month', personTable: string, r: GroupRollup) =>
    groupDelta(
      r,
      `select ${tag(r)}c.group_id, w.${unit}, sum(c.s)
    from (${net}) c join ${personTable} w on w.person_id = c.person_id and w.entries > 0
   group by c.group_id, w.${unit}`,
      atCommit,
    );
  return `
begin${readCommittedOnly('memberships')}
  ${lockHer(changes)}
  ${atCommit ? 'perform book_rollups_staging();' : ''}
  ${groupDelta(counts, `select ${tag(counts)}group_id, ${atCommit ? 'null::date, ' : ''}sum(s) from (${net}) c group by group_id`, atCommit)}
  ${recordersOf('week', 'book_person_weeks', rollup('book_group_weeks'))}
  ${recordersOf('month', 'book_person_months', rollup('book_group_month_recorders'))}
  ${groupDelta(
    months,
    `select ${tag(months)}c.group_id, ${bucket('month', 'e.business_date')} as month, sum(c.s) as n,
         coalesce(sum(c.s * e.amount) filter (where e.kind = 'sale'), 0) as sales,
         coalesce(sum(c.s * e.amount) filter (where e.kind = 'expense'), 0) as expenses
    from (${net}) c join ledger_entries e on e.person_id = c.person_id and e.voided_at is null
   group by c.group_id, ${bucket('month', 'e.business_date')}`,
    atCommit,
  )}
  ${groupDelta(
    days,
    `select ${tag(days)}c.group_id, e.business_date, sum(c.s) as n
    from (${net}) c join ledger_entries e on e.person_id = c.person_id and e.voided_at is null
   group by c.group_id, e.business_date`,
    atCommit,
  )}

  delete from shared_memberships where person_id in (select person_id from (${changes}) c);
  insert into shared_memberships (person_id, group_ids)
  select person_id, array_agg(group_id order by group_id) from memberships
   where status = 'active' and person_id in (select person_id from (${changes}) c)
   group by person_id having count(*) > 1;
  ${atCommit ? 'perform book_rollups_ask_flush();' : ''}
  return null;
end`;
}

/**
 * Makes the session's staging tables and their flush trigger on its first write (then two
 * catalogue lookups). The names carry a version: ANY change to the tables' shape or to their
 * trigger must bump it (_v1 → _v2), so that a session still holding the old ones makes new
 * ones instead of staging into tables of the old shape.
 *
 * The trigger is checked on its own, not only the table: 048's down drops book_rollups_flush()
 * with CASCADE, which drops the trigger on every live session's temporary table while the
 * table stays; after an up again, a session that checked only the table would stage deltas
 * that no trigger flushes and ON COMMIT DELETE ROWS would discard them, silently, forever.
 */
const STAGING = `
begin
  if to_regclass('pg_temp.book_rollup_deltas_v1') is null then
    create temp table book_rollup_deltas_v1 (
      tbl smallint not null, group_id bigint not null, at date,
      n bigint not null, sales bigint not null default 0, expenses bigint not null default 0
    ) on commit delete rows;
  end if;
  if to_regclass('pg_temp.book_rollups_due_v1') is null then
    create temp table book_rollups_due_v1 (due boolean not null) on commit delete rows;
  end if;
  if not exists (select from pg_trigger
                  where tgrelid = to_regclass('pg_temp.book_rollups_due_v1') and tgname = 'book_rollups_flush_v1') then
    create constraint trigger book_rollups_flush_v1 after insert on pg_temp.book_rollups_due_v1
      deferrable initially deferred for each row execute function book_rollups_flush();
  end if;
end`;

/**
 * Asks for one flush at COMMIT: a row in `book_rollups_due` (one a transaction, not one an
 * entry) whose deferred constraint trigger runs it. Called after the statement's deltas are
 * staged: under SET CONSTRAINTS … IMMEDIATE the flush runs as this row is inserted.
 */
const DUE = `
begin
  if not exists (select from pg_temp.book_rollups_due_v1) then
    insert into pg_temp.book_rollups_due_v1 values (true);
  end if;
end`;

/** The staged deltas summed and applied: table by table in GROUP_ROLLUPS' order, each in key order. */
function flushBody(): string {
  const apply = (r: GroupRollup) => {
    const months = r.table === 'book_group_months';
    const cols = r.key ? `group_id, ${r.key}, ${months ? 'entries, sales, expenses' : r.value}` : `group_id, ${r.value}`;
    const sums = months ? 'sum(n), sum(sales), sum(expenses)' : 'sum(n)';
    const set = months
      ? 'entries = t.entries + excluded.entries, sales = t.sales + excluded.sales, expenses = t.expenses + excluded.expenses'
      : `${r.value} = t.${r.value} + excluded.${r.value}`;
    return `
  if ${r.tbl} = any(staged) then
    with d as (delete from pg_temp.book_rollup_deltas_v1 where tbl = ${r.tbl} returning group_id, at, n, sales, expenses)
    insert into ${r.table} as t (${cols})
    select group_id, ${r.key ? 'at, ' : ''}${sums} from d group by group_id${r.key ? ', at' : ''} ${r.having}
     order by group_id${r.key ? ', at' : ''}
    on conflict (group_id${r.key ? `, ${r.key}` : ''}) do update set ${set};
  end if;`;
  };
  // Only the tables with staged deltas: an entry of a woman who already recorded this week
  // and month stages only her groups' month and day rows.
  return `
declare
  staged smallint[];
begin
  -- Asked again by a statement after this one (only after SET CONSTRAINTS … IMMEDIATE).
  delete from pg_temp.book_rollups_due_v1;
  select array_agg(distinct tbl) into staged from pg_temp.book_rollup_deltas_v1;
  if staged is null then
    return null;
  end if;
  ${GROUP_ROLLUPS.map(apply).join('\n')}
  return null;
end`;
}

const entryRows = (table: string, sign: 1 | -1) =>
  `select person_id, business_date, kind, amount, ${sign} as sign from ${table} where voided_at is null`;
const membershipRows = (table: string, sign: 1 | -1) => `select group_id, person_id, ${sign} as sign from ${table} where status = 'active'`;

/** 024's six statement triggers (same names: their functions are replaced in place). */
function triggers(atCommit: boolean): { name: string; body: string }[] {
  return [
    { name: 'book_rollup_ledger_entries_insert', body: entriesTriggerBody(entryRows('new_rows', 1), atCommit) },
    { name: 'book_rollup_ledger_entries_update', body: entriesTriggerBody(`${entryRows('old_rows', -1)} union all ${entryRows('new_rows', 1)}`, atCommit) },
    { name: 'book_rollup_ledger_entries_delete', body: entriesTriggerBody(entryRows('old_rows', -1), atCommit) },
    { name: 'book_rollup_memberships_insert', body: membershipsTriggerBody(membershipRows('new_rows', 1), atCommit) },
    { name: 'book_rollup_memberships_update', body: membershipsTriggerBody(`${membershipRows('old_rows', -1)} union all ${membershipRows('new_rows', 1)}`, atCommit) },
    { name: 'book_rollup_memberships_delete', body: membershipsTriggerBody(membershipRows('old_rows', -1), atCommit) },
  ];
}

/** 027's TRUNCATE triggers: what each table's TRUNCATE empties (and, at commit, the deltas staged for it). */
const TRUNCATED_WITH = {
  ledger_entries: ['book_person_weeks', 'book_person_months', 'book_group_weeks', 'book_group_month_recorders', 'book_group_months', 'book_group_days'],
  memberships: ['group_member_counts', 'shared_memberships', 'book_group_weeks', 'book_group_month_recorders', 'book_group_months', 'book_group_days'],
};

function truncateBody(rollups: readonly string[], atCommit: boolean): string {
  const staged = GROUP_ROLLUPS.filter((r) => rollups.includes(r.table)).map((r) => r.tbl);
  return `
begin
  -- DELETE, not a nested TRUNCATE: a reset that truncates the rollups in the same statement
  -- as their table would fail with "being used by active queries in this session".
  ${rollups.map((r) => `delete from ${r};`).join('\n  ')}
  ${
    atCommit
      ? `-- The deltas staged for them by this transaction were of rows now gone.
  if to_regclass('pg_temp.book_rollup_deltas_v1') is not null then
    execute 'delete from pg_temp.book_rollup_deltas_v1 where tbl in (${staged.join(', ')})';
  end if;`
      : ''
  }
  return null;
end`;
}

async function replaceFunctions(db: Kysely<any>, atCommit: boolean): Promise<void> {
  for (const t of triggers(atCommit)) {
    await sql.raw(`create or replace function ${t.name}() returns trigger language plpgsql as $fn$${t.body}$fn$`).execute(db);
  }
  for (const [table, rollups] of Object.entries(TRUNCATED_WITH)) {
    await sql.raw(`create or replace function book_rollup_${table}_truncate() returns trigger language plpgsql as $fn$${truncateBody(rollups, atCommit)}$fn$`).execute(db);
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  // Every writing session makes temporary tables (STAGING): without TEMP on the database the
  // app's first entry would fail; say so now, in words, rather than then.
  await sql.raw(`do $$ begin
    if not has_database_privilege(current_user, current_database(), 'TEMP') then
      raise exception 'migration 048: role % needs the TEMP privilege on database % (grant temp on database % to %)',
        current_user, current_database(), current_database(), current_user;
    end if;
  end $$`).execute(db);
  await sql.raw(`create function book_rollups_flush() returns trigger language plpgsql as $fn$${flushBody()}$fn$`).execute(db);
  await sql.raw(`create function book_rollups_staging() returns void language plpgsql as $fn$${STAGING}$fn$`).execute(db);
  await sql.raw(`create function book_rollups_ask_flush() returns void language plpgsql as $fn$${DUE}$fn$`).execute(db);
  await replaceFunctions(db, true);
}

export async function down(db: Kysely<any>): Promise<void> {
  await replaceFunctions(db, false);
  await sql`drop function if exists book_rollups_ask_flush()`.execute(db);
  await sql`drop function if exists book_rollups_staging()`.execute(db);
  await sql`drop function if exists book_rollups_flush() cascade`.execute(db);
}
