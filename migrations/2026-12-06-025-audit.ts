import { sql, type Kysely } from 'kysely';

/**
 * The console's audit page (issue #19) and the login hardening that came with it.
 *
 * - `audit_events`: what happened that no other table keeps — a member's role in her group
 *   changed (who changed it, from what to what), a group's join code was rotated (never the
 *   code itself). Written by `recordAudit` (src/modules/audit/record-audit.ts) in the same
 *   transaction as the change, so a change without its row (or a row without its change)
 *   cannot be committed. Everything else the page shows is read where it already lives:
 *   entries made on a member's behalf (ledger_entries.entered_by_person_id), refusals
 *   (permission_refusals), staff roles (staff_roles keeps ended rows), facilitators given
 *   a group (groups.created_at) and console logins (console_login_attempts).
 * - Indexes so each of those sources can be read newest first, a page at a time, without a
 *   scan (the page asks each for at most 51 rows before a cursor, then merges).
 * - `console_login_codes.browser_hash`: a code asked for on the login page is bound to the
 *   browser that asked (sha256 of its pre-login cookie); null for codes from the chat's
 *   /masuk and the terminal, which any browser may use (see console-access.ts).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('member_role', 'join_code_rotated')`))
    // Who did it (null: the admin command line, which has no person behind it).
    .addColumn('actor_person_id', 'bigint', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('subject_person_id', 'bigint', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('group_id', 'bigint', (c) => c.references('groups.id').onDelete('cascade'))
    .addColumn('detail', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
  await sql`create index audit_events_at_idx on audit_events (at desc, id desc)`.execute(db);
  await sql`create index audit_events_group_idx on audit_events (group_id, at desc, id desc)`.execute(db);

  await sql`create index ledger_entries_on_behalf_idx on ledger_entries (created_at desc, id desc) where entered_by_person_id is not null`.execute(db);
  await sql`create index permission_refusals_at_idx on permission_refusals (at desc, id desc)`.execute(db);
  await sql`create index permission_refusals_group_idx on permission_refusals (group_id, at desc, id desc)`.execute(db);
  await sql`create index console_login_attempts_at_idx on console_login_attempts (at desc, id desc)`.execute(db);
  await sql`create index console_login_attempts_person_idx on console_login_attempts (person_id, at desc, id desc)`.execute(db);

  await db.schema.alterTable('console_login_codes').addColumn('browser_hash', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('console_login_codes').dropColumn('browser_hash').execute();
  for (const index of [
    'console_login_attempts_person_idx',
    'console_login_attempts_at_idx',
    'permission_refusals_group_idx',
    'permission_refusals_at_idx',
    'ledger_entries_on_behalf_idx',
  ]) {
    await db.schema.dropIndex(index).ifExists().execute();
  }
  await db.schema.dropTable('audit_events').ifExists().execute();
}
