import { sql, type Kysely } from 'kysely';

/**
 * When she first and last logged in to the web console, kept for good on her person row:
 * console_sessions are pruned after 30 days, and whether a staff row has ever been used
 * must outlive them (a recycled phone number may never take over a used staff account:
 * verified-phone.service.ts; the /staf page's "never logged in"). Filled from the sessions
 * still kept. Owner: src/modules/console-access (written) and src/modules/people (read).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table people add column console_first_login_at timestamptz, add column console_last_login_at timestamptz`.execute(db);
  await sql`
    update people set console_first_login_at = s.first_at, console_last_login_at = s.last_at
    from (select person_id, min(created_at) as first_at, max(created_at) as last_at from console_sessions group by person_id) s
    where s.person_id = people.id`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table people drop column console_first_login_at, drop column console_last_login_at`.execute(db);
}
