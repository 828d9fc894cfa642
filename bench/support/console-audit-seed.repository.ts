/**
 * Benchmark-only: a history for the audit page on top of seedConsoleDeployment — every 10th
 * entry written by the member's facilitator (with the group it was written in, which the
 * trigger of migration 032 sets on insert only: this is an update), refused commands spread over the groups (a
 * fifth naming no group), console logins by the staff (a tenth refused), a role change and
 * a join code rotation per group. One statement per table.
 */
import { sql } from 'kysely';
import type { Db } from '../../src/db/client.ts';

export async function seedAuditHistory(db: Db, o: { refusals: number; logins: number; today: string }): Promise<void> {
  await sql`update ledger_entries e set entered_by_person_id = f.person_id, on_behalf_group_id = m.group_id, on_behalf_programme_id = g.programme_id,
      created_at = ${o.today}::timestamptz - ((e.id % 120) || ' days')::interval - ((e.id % 86400) || ' seconds')::interval
    from memberships m join groups g on g.id = m.group_id join facilitators f on f.id = g.facilitator_id
    where m.person_id = e.person_id and e.id % 10 = 0`.execute(db);
  await sql`analyze ledger_entries`.execute(db);
  await sql`
    insert into permission_refusals (person_id, action, reason, group_id, at)
    select m.person_id, 'set_role', 'not_facilitator', case when g % 5 = 0 then null else m.group_id end,
           ${o.today}::timestamptz - (g || ' minutes')::interval
      from generate_series(1, ${o.refusals}) g
      join (select person_id, group_id, row_number() over (order by id) - 1 as k from memberships) m on m.k = (g::bigint * 7919) % (select count(*) from memberships)`.execute(db);
  await sql`
    insert into console_login_attempts (at, client, kind, outcome, person_id)
    select ${o.today}::timestamptz - (g || ' minutes')::interval, 'bench', 'code', case when g % 10 = 0 then 'wrong_code' else 'ok' end, f.person_id
      from generate_series(1, ${o.logins}) g
      join (select person_id, row_number() over (order by id) - 1 as k from facilitators) f on f.k = g % (select count(*) from facilitators)`.execute(db);
  await sql`
    insert into audit_events (at, kind, actor_person_id, subject_person_id, group_id, detail)
    select ${o.today}::timestamptz - (g.id || ' hours')::interval, k.kind, f.person_id, null, g.id, '{}'::jsonb
      from groups g join facilitators f on f.id = g.facilitator_id cross join (values ('member_role'), ('join_code_rotated')) k(kind)`.execute(db);
  await sql`analyze`.execute(db);
}
