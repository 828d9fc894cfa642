import { sql, type Kysely } from 'kysely';

/**
 * Bulk import of members from a spreadsheet in the web console (issue #20).
 *
 * - `member_imports`: an uploaded file's rows between its dry run and its confirmation,
 *   keyed by sha256 of a random token (the token is in the page's address; only the person
 *   who uploaded it may open or confirm it). Kept in Postgres, not in a console process's
 *   memory: several console processes may serve one office behind a proxy, and the
 *   confirmation may reach another process than the upload (or one restarted since). A row
 *   lives an hour (`expires_at`); uploads delete expired rows. `rows` holds the cells as
 *   read (jsonb array of {line, name, phone, group, role}); `done_at` and the counts are
 *   set once, in the transaction that writes the members, so a second confirmation (a
 *   double click, a second tab) finds it done and writes nothing.
 * - `audit_events.kind` gains `member_added`: a member added to a group by someone (the
 *   console's import; the command line's `member add` with no person behind it), in the
 *   same transaction as the membership.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('member_imports')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('person_id', 'bigint', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('rows', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('done_at', 'timestamptz')
    .addColumn('added', 'integer')
    .addColumn('matched', 'integer')
    .execute();
  await sql`create index member_imports_expires_idx on member_imports (expires_at)`.execute(db);
  await sql`alter table audit_events drop constraint audit_events_kind_check`.execute(db);
  await sql`alter table audit_events add constraint audit_events_kind_check check (kind in ('member_role', 'join_code_rotated', 'member_added'))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from audit_events where kind = 'member_added'`.execute(db);
  await sql`alter table audit_events drop constraint audit_events_kind_check`.execute(db);
  await sql`alter table audit_events add constraint audit_events_kind_check check (kind in ('member_role', 'join_code_rotated'))`.execute(db);
  await db.schema.dropTable('member_imports').ifExists().execute();
}
