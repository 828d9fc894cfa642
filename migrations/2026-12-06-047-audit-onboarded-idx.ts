import { sql, type Kysely } from 'kysely';

/**
 * Who added whom in the console, found without walking the audit log: the staff list (/staf)
 * lists a manager the groupless facilitators she onboarded, and the login-link rule lets her
 * make their links, both from the `onboarded` rows (what = 'facilitator') with her as the
 * actor. Partial: `onboarded` rows are a few per programme, the log holds every member
 * import's thousands. Owner: src/modules/audit.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index audit_events_onboarded_idx on audit_events (actor_person_id, subject_person_id) where kind = 'onboarded'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index audit_events_onboarded_idx`.execute(db);
}
