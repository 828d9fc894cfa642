/**
 * Benchmark-only seeding for the web console: a deployment of `groups` groups in two
 * programmes (20 groups per facilitator), `members` members spread over them, `entries`
 * entries over the 120 days up to the bench's today, and a 12-month loan per group with
 * a few months paid (some late). One statement per table.
 */
import { sql } from 'kysely';
import type { Db } from '../../src/db/client.ts';

export interface ConsoleSeed {
  programmeIds: [number, number];
  /** A facilitator's person id, and the admin's and a manager's. */
  facilitatorPersonId: number;
  adminPersonId: number;
  managerPersonId: number;
  /** A group every viewer sees (the facilitator's first, in the manager's programme), and a member of it. */
  sampleGroupId: number;
  sampleMemberId: number;
}

export async function seedConsoleDeployment(db: Db, o: { groups: number; members: number; entries: number; today: string }): Promise<ConsoleSeed> {
  const facilitators = Math.ceil(o.groups / 20);
  const programmeA = Number((await sql<{ id: string }>`select id from programmes order by id limit 1`.execute(db)).rows[0]!.id);
  const programmeB = Number((await sql<{ id: string }>`insert into programmes (name, partner) values ('Program B', 'Mitra B') returning id`.execute(db)).rows[0]!.id);
  await sql`
    with p as (insert into people (name, time_zone) select 'Pendamping ' || g, 'Asia/Jakarta' from generate_series(1, ${facilitators}) g returning id)
    insert into facilitators (person_id) select id from p`.execute(db);
  await sql`
    insert into groups (name, facilitator_id, time_zone, join_code, programme_id)
    select 'Kelompok ' || g, f.id, 'Asia/Jakarta', 'B' || lpad(g::text, 6, '0'), case when g % 2 = 0 then ${programmeA}::bigint else ${programmeB}::bigint end
      from generate_series(0, ${o.groups - 1}) g
      join (select id, row_number() over (order by id) - 1 as k from facilitators) f on f.k = g / 20`.execute(db);
  await sql`
    with p as (insert into people (name, time_zone) select 'Anggota ' || g, 'Asia/Jakarta' from generate_series(1, ${o.members}) g returning id),
    numbered as (select id, row_number() over (order by id) - 1 as k from p),
    gs as (select id, row_number() over (order by id) - 1 as k from groups)
    insert into memberships (group_id, person_id) select gs.id, numbered.id from numbered join gs on gs.k = numbered.k % ${o.groups}`.execute(db);
  await sql`
    insert into ledger_entries (person_id, kind, amount, item, business_date, raw_text)
    select m.person_id, case when g % 4 = 0 then 'expense' else 'sale' end, (1 + g % 12) * 15000, 'bros',
           ${o.today}::date - (g % 120), 'laku bros'
      from generate_series(0, ${o.entries - 1}) g
      join (select person_id, row_number() over (order by person_id) - 1 as k from memberships) m on m.k = (g::bigint * 7919) % ${o.members}`.execute(db);
  await sql`
    insert into loans (group_id, given_in_group_id, principal, annual_rate_bp, method, months, disbursed, due_day, round_to)
    select id, id, 12000000, 1200, 'flat', 12, ${o.today}::date - 200, 5, 1 from groups`.execute(db);
  await sql`
    insert into loan_instalments (loan_id, number, due_date, principal, interest, total)
    select l.id, n, (l.disbursed + make_interval(months => n))::date, 1000000, 120000, 1120000
      from loans l cross join generate_series(1, 12) n`.execute(db);
  // Four instalments paid on time everywhere; every third group paid a fifth late, every seventh nothing more.
  await sql`
    insert into loan_payments (loan_id, amount, paid_on, status, confirmed_at)
    select l.id, 1120000, i.due_date, 'confirmed', now() from loans l join loan_instalments i on i.loan_id = l.id and i.number <= 4
    union all
    select l.id, 1120000, i.due_date + 10, 'confirmed', now() from loans l join loan_instalments i on i.loan_id = l.id and i.number = 5 where l.group_id % 3 = 0`.execute(db);
  const staff = async (name: string) => Number((await sql<{ id: string }>`insert into people (name, time_zone) values (${name}, 'Asia/Jakarta') returning id`.execute(db)).rows[0]!.id);
  const adminPersonId = await staff('Admin');
  const managerPersonId = await staff('Manajer');
  await sql`insert into staff_roles (person_id, role, programme_id) values (${adminPersonId}, 'admin', null), (${managerPersonId}, 'manager', ${programmeA})`.execute(db);
  await sql`analyze`.execute(db);
  return findConsoleSeed(db);
}

/** The ids of a deployment seeded before (bench/console.ts --database). */
export async function findConsoleSeed(db: Db): Promise<ConsoleSeed> {
  const one = async (q: ReturnType<typeof sql<{ id: string }>>) => Number((await q.execute(db)).rows[0]!.id);
  const programmeA = await one(sql`select id from programmes order by id limit 1`);
  const programmeB = await one(sql`select id from programmes order by id offset 1 limit 1`);
  const facilitatorPersonId = await one(sql`select person_id as id from facilitators order by id limit 1`);
  const sampleGroupId = await one(sql`select id from groups where programme_id = ${programmeA} and facilitator_id = (select id from facilitators order by id limit 1) order by id limit 1`);
  return {
    programmeIds: [programmeA, programmeB],
    facilitatorPersonId,
    adminPersonId: await one(sql`select person_id as id from staff_roles where role = 'admin' order by person_id limit 1`),
    managerPersonId: await one(sql`select person_id as id from staff_roles where role = 'manager' and programme_id = ${programmeA} order by person_id limit 1`),
    sampleGroupId,
    sampleMemberId: await one(sql`select person_id as id from memberships where group_id = ${sampleGroupId} and status = 'active' order by person_id limit 1`),
  };
}
