import { sql, type Kysely } from 'kysely';

/**
 * `audit_events.kind` gains `onboarded`: a programme, region, facilitator or group made from
 * the web console (issue #20), by whom, in the same transaction as the thing made.
 * `detail.what` says which (programme, region, facilitator, group) and `detail.id` its id;
 * `group_id` is set for a group (so its programme's staff read the row), `subject_person_id`
 * for a facilitator (made on her own or with a group).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table audit_events drop constraint audit_events_kind_check`.execute(db);
  await sql`alter table audit_events add constraint audit_events_kind_check check (kind in ('member_role', 'join_code_rotated', 'member_added', 'onboarded'))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from audit_events where kind = 'onboarded'`.execute(db);
  await sql`alter table audit_events drop constraint audit_events_kind_check`.execute(db);
  await sql`alter table audit_events add constraint audit_events_kind_check check (kind in ('member_role', 'join_code_rotated', 'member_added'))`.execute(db);
}
