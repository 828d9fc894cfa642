/**
 * Benchmark-only seeding: thousands of people, memberships and a year of entries written in
 * one statement each (through the modules' functions this would take minutes). It is a
 * repository so the rule "SQL only in repositories" covers the benchmarks too.
 */
import { sql } from 'kysely';
import type { Db } from '../../src/db/client.ts';

/** `count` active members of the group, each with a Telegram identity whose id is 2,000,000 + her person id. */
export async function seedTelegramMembers(db: Db, groupId: number, count: number): Promise<void> {
  await sql`
    with p as (
      insert into people (name, time_zone) select 'Anggota ' || g, 'Asia/Jakarta' from generate_series(1, ${count}) g returning id
    ), i as (
      insert into identities (person_id, platform, external_id) select id, 'telegram', (2000000 + id)::text from p
    )
    insert into memberships (group_id, person_id) select ${groupId}, id from p`.execute(db);
}

/** The Telegram ids of everyone but `exceptId`. */
export async function telegramIdsExcept(db: Db, exceptId: string): Promise<number[]> {
  const rows = await db.selectFrom('identities').select('external_id').where('platform', '=', 'telegram').where('external_id', '!=', exceptId).execute();
  return rows.map((x) => Number(x.external_id));
}

/** `count` people with Telegram ids firstChat, firstChat + 1, … (no group). */
export async function seedTelegramPeople(db: Db, count: number, firstChat: number): Promise<void> {
  await sql`
    with p as (
      insert into people (name, time_zone) select 'Anggota ' || g, 'Asia/Jakarta' from generate_series(1, ${count}) g returning id
    )
    insert into identities (person_id, platform, external_id)
    select id, 'telegram', (${firstChat - 1} + row_number() over (order by id))::text from p`.execute(db);
}

/** `count` active members of the group named Anggota 001, 002, … with no identity. */
export async function seedNamedMembers(db: Db, groupId: number, count: number): Promise<void> {
  await sql`
    with p as (
      insert into people (name, time_zone)
      select 'Anggota ' || lpad(g::text, 3, '0'), 'Asia/Jakarta' from generate_series(1, ${count}) g returning id
    )
    insert into memberships (group_id, person_id) select ${groupId}, id from p`.execute(db);
}

/**
 * `entries` entries spread over the group's `members` members and the days of 2026: every
 * member records about every other day, sales, a quarter expenses, a few withdrawals and capital.
 */
export async function seedYearOfEntries(db: Db, groupId: number, members: number, entries: number): Promise<void> {
  await sql`
    insert into ledger_entries (person_id, kind, amount, item, quantity, unit, unit_price, business_date, raw_text, created_at)
    select m.person_id,
           case when g % 4 = 0 then 'expense' when g % 101 = 0 then 'withdrawal' when g % 211 = 0 then 'capital' else 'sale' end,
           (1 + g % 12) * 15000,
           case when g % 4 = 0 then 'benang' else 'bros' end,
           case when g % 4 = 0 then null else 1 + g % 12 end,
           case when g % 4 = 0 then null else 'pcs' end,
           case when g % 4 = 0 then null else 15000 end,
           date '2026-01-01' + (g % 365),
           'laku bros',
           timestamptz '2026-01-01 03:00:00+00' + (g % 365) * interval '1 day'
      from generate_series(0, ${entries - 1}) g
      join (select person_id, (row_number() over (order by person_id)) - 1 as k from memberships where group_id = ${groupId}) m
        on m.k = g % ${members}`.execute(db);
}

/** Fresh planner statistics after seeding. */
export async function analyze(db: Db): Promise<void> {
  await sql`analyze`.execute(db);
}

/**
 * Writes the seed's dirty pages out before a timed run (`checkpoint`): a seed of hundreds of
 * thousands of rows leaves a checkpoint due, which otherwise lands inside the timing (the
 * weekly summaries' first quiet run took 7.6 s where the same fan-out run again took 5.5 s).
 * The bot's tick runs on a database in its steady state, not just after a bulk load.
 */
export async function settleSeed(db: Db): Promise<void> {
  await sql`checkpoint`.execute(db);
}

/** Inbound messages stored, and replies written to the outbox. */
export async function inboxAndReplyCounts(db: Db): Promise<{ inbox: number; replies: number }> {
  const row = await sql<{ inbox: string; replies: string }>`
    select (select count(*) from inbound_messages) as inbox,
           (select count(*) from outbound_messages where source_message_id is not null) as replies`.execute(db);
  return { inbox: Number(row.rows[0]!.inbox), replies: Number(row.rows[0]!.replies) };
}

/** What the paced send worker would do, all at once: every row the bulk feeder has fed counts as sent. */
export async function markFedRowsSent(db: Db): Promise<void> {
  await sql`update outbound_messages set status = 'sent', sent_at = now() where status = 'queued' and fed_at is not null`.execute(db);
}

/** Outbox rows sent. */
export async function sentRowCount(db: Db): Promise<number> {
  const { rows } = await sql<{ n: string }>`select count(*) as n from outbound_messages where status = 'sent'`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/** Five entries a member: three in the week of 25–31 January 2027 (two items sold, one expense), two the week before. */
export async function seedSummaryWeeks(db: Db): Promise<void> {
  await sql`
    insert into ledger_entries (person_id, kind, amount, business_date, raw_text, item, quantity)
    select m.person_id, e.kind, e.amount + (m.person_id % 7) * 1000, e.day::date, e.raw, e.item, e.qty::int
    from memberships m cross join (values
      ('sale', 150000, '2027-01-26', 'laku 10 bros', 'bros', 10),
      ('sale', 60000, '2027-01-28', 'laku kue 60rb', 'kue', null),
      ('expense', 40000, '2027-01-28', 'beli benang 40rb', 'benang', null),
      ('sale', 90000, '2027-01-19', 'laku 6 bros', 'bros', 6),
      ('expense', 30000, '2027-01-20', 'beli benang 30rb', 'benang', null)
    ) as e(kind, amount, day, raw, item, qty)`.execute(db);
}
