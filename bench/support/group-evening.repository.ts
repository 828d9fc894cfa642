/**
 * The group-evening bench's SQL (bench/group-evening.ts): its seed, the server's counters it
 * reads around a run, and its checks of what the run wrote. Bench-only; a repository so the
 * rule "SQL only in repositories" covers the benchmarks too.
 */
import { sql } from 'kysely';
import type { Db } from '../../src/db/client.ts';

/**
 * `groups` groups of `members` active members each, every member with a Telegram identity
 * whose id (her private chat) is firstChat + k, k = 0, 1, …; member k is in group k mod `groups`,
 * so consecutive chats belong to different groups (and land on different shards).
 */
export async function seedGroupEvening(db: Db, o: { groups: number; members: number; firstChat: number; spreadBuckets?: boolean }): Promise<void> {
  const total = o.groups * o.members;
  await sql`
    with p as (insert into people (name, time_zone) values ('Pendamping', 'Asia/Jakarta') returning id)
    insert into facilitators (person_id) select id from p`.execute(db);
  await sql`
    insert into groups (name, facilitator_id, time_zone, join_code)
    select 'Kelompok ' || g, (select min(id) from facilitators), 'Asia/Jakarta', 'E' || lpad(g::text, 6, '0')
      from generate_series(0, ${o.groups - 1}) g`.execute(db);
  // Spread: person ids 1024·k + a pseudo-random remainder, so members fall into the book
  // rollups' 1,024 lock buckets (id mod 1,024) as a deployment of far more than 1,024 people
  // does, many sharing one; otherwise consecutive ids, each in a bucket of her own.
  const id = o.spreadBuckets ? sql`1024 * (g + 1) + (('x' || substr(md5(g::text), 1, 8))::bit(32)::int & 1023)` : sql`nextval('people_id_seq')`;
  await sql`
    with p as (
      insert into people (id, name, time_zone) select ${id}, 'Anggota ' || g, 'Asia/Jakarta' from generate_series(1, ${total}) g returning id
    ), numbered as (select id, row_number() over (order by id) - 1 as k from p),
    i as (insert into identities (person_id, platform, external_id) select id, 'telegram', (${o.firstChat} + k)::text from numbered),
    gs as (select id, row_number() over (order by id) - 1 as k from groups)
    insert into memberships (group_id, person_id) select gs.id, numbered.id from numbered join gs on gs.k = numbered.k % ${o.groups}`.execute(db);
  await sql`analyze`.execute(db);
}

/** Deadlocks PostgreSQL has detected in this database so far (pg_stat_database; flushed by a backend within a second of its transaction). */
export async function deadlocksSoFar(db: Db): Promise<number> {
  const { rows } = await sql<{ n: string }>`select deadlocks as n from pg_stat_database where datname = current_database()`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/** Backends of this database waiting on a heavyweight lock right now (a row, a tuple, a transaction, an advisory lock). */
export async function lockWaitersNow(db: Db): Promise<number> {
  const { rows } = await sql<{ n: string }>`
    select count(*) as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/** The server processes (backends) connected to this database now. */
export async function backendPids(db: Db): Promise<number[]> {
  const { rows } = await sql<{ pid: number }>`select pid from pg_stat_activity where datname = current_database() and backend_type = 'client backend'`.execute(db);
  return rows.map((r) => Number(r.pid));
}

export interface EveningCheck {
  inbox: number;
  replies: number;
  entries: number;
  /** Chats whose inbox rows were claimed out of the order of their message ids. */
  chatsOutOfOrder: number;
  /** (group, month) rows of book_group_months that differ from the sum of the entries of its active members. */
  groupMonthsWrong: number;
  /** (group, day) rows of book_group_days likewise. */
  groupDaysWrong: number;
}

/** What the run wrote: once each, in order per chat, the group rollups equal to the raw sums. */
export async function checkEvening(db: Db): Promise<EveningCheck> {
  const one = async (q: ReturnType<typeof sql<{ n: string }>>) => Number((await q.execute(db)).rows[0]?.n ?? 0);
  return {
    inbox: await one(sql`select count(*) as n from inbound_messages`),
    replies: await one(sql`select count(*) as n from outbound_messages where source_message_id is not null`),
    entries: await one(sql`select count(*) as n from ledger_entries where voided_at is null`),
    chatsOutOfOrder: await one(sql`
      select count(distinct chat_id) as n from (
        select chat_id, message_id::bigint - lag(message_id::bigint) over (partition by chat_id order by id) as step from inbound_messages) s
       where step < 0`),
    groupMonthsWrong: await one(sql`
      with raw as (
        select m.group_id, date_trunc('month', e.business_date::timestamp)::date as month,
               coalesce(sum(e.amount) filter (where e.kind = 'sale'), 0) as sales, count(*) as entries
          from ledger_entries e join memberships m on m.person_id = e.person_id and m.status = 'active'
         where e.voided_at is null group by 1, 2)
      select count(*) as n from raw full join (select * from book_group_months where entries <> 0 or sales <> 0) r using (group_id, month)
       where raw.sales is distinct from r.sales or raw.entries is distinct from r.entries::bigint`),
    groupDaysWrong: await one(sql`
      with raw as (
        select m.group_id, e.business_date as day, count(*) as entries
          from ledger_entries e join memberships m on m.person_id = e.person_id and m.status = 'active'
         where e.voided_at is null group by 1, 2)
      select count(*) as n from raw full join (select * from book_group_days where entries <> 0) r using (group_id, day)
       where raw.entries is distinct from r.entries::bigint`),
  };
}
