import { sql, type Kysely } from 'kysely';

/**
 * A programme manager or an admin may send a lead from the console (issue #20) as one of the
 * facilitators of the groups it is aimed at: the lead stays that facilitator's (`facilitator_id`),
 * so members' answers reach her in chat and she may choose and close there, as for her own.
 * `sent_by_person_id` keeps who pressed "send" in the console (the facilitator herself, a
 * manager, an admin); null for a lead made in chat, whose facilitator made it. The lead's page
 * names the sender when she is not its facilitator, and the sender may choose and close it from
 * the console.
 *
 * Backfill: a console lead made before this migration was sent by its facilitator (only she
 * could send one).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table leads add column sent_by_person_id bigint references people(id) on delete set null`.execute(db);
  await sql`update leads set sent_by_person_id = f.person_id from facilitators f where leads.console_request is not null and f.id = leads.facilitator_id`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table leads drop column sent_by_person_id`.execute(db);
}
