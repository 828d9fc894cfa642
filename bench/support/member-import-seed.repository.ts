/** The member import bench's SQL: fresh planner statistics after seeding, and what the import wrote. */
import { sql } from 'kysely';
import type { Db } from '../../src/db/client.ts';

export async function analyze(db: Db): Promise<void> {
  await sql`analyze`.execute(db);
}

/** Active members of this facilitator's groups, all people, and member_added audit rows. */
export async function importWritten(db: Db, facilitatorId: number): Promise<{ members: number; people: number; audits: number }> {
  const { rows } = await sql<{ members: string; people: string; audits: string }>`select
    (select count(*) from memberships m join groups g on g.id = m.group_id where g.facilitator_id = ${facilitatorId} and m.status = 'active') as members,
    (select count(*) from people) as people, (select count(*) from audit_events where kind = 'member_added') as audits`.execute(db);
  const r = rows[0]!;
  return { members: Number(r.members), people: Number(r.people), audits: Number(r.audits) };
}
