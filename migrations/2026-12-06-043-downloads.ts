import { sql, type Kysely } from 'kysely';

/**
 * Downloads from the web console (issue #20): a facilitator or manager asks for a group's
 * books (XLSX or CSV, the files "/ekspor" sends in chat) or its quarterly report (PDF or
 * XLSX, those of "/laporan_kuartal"); a background job makes the file with the chat's own
 * builders and keeps it here, in Postgres, so any console process of a many-process
 * deployment can serve it. Owner: src/modules/downloads.
 *
 * - `status`: waiting (its job may not have started), working (a job claimed it: `attempt`
 *   counts the claims, `progressed_at` is the claim's heartbeat), ready (`file` holds it) or
 *   failed (`failure` a short code). A claim whose heartbeat stopped (a crash, Redis lost the
 *   job) is taken over by the next job the sweep hands over; after three claims it fails.
 * - `progress_done` / `progress_total`: rows written of the rows to write (an export) or
 *   steps (a report), for the page's progress bar.
 * - `console_request`: the one-time token of the form it came from (unique): a second press
 *   of the same form finds the first press's row, as loans do (migration 039).
 * - A row and its file are removed a week after they were asked for (the downloads sweep).
 *
 * `audit_events.kind` gains `download_requested`: who asked for which group's file.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('downloads')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('person_id', 'bigint', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('group_id', 'bigint', (c) => c.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('export_xlsx', 'export_csv', 'quarterly_pdf', 'quarterly_xlsx')`))
    .addColumn('date_from', 'date')
    .addColumn('date_to', 'date')
    .addColumn('quarter', 'text')
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('id').check(sql`language in ('id', 'en')`))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('waiting').check(sql`status in ('waiting', 'working', 'ready', 'failed')`))
    .addColumn('failure', 'text')
    .addColumn('attempt', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('progress_done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('progress_total', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('progressed_at', 'timestamptz')
    .addColumn('file', 'bytea')
    .addColumn('file_name', 'text')
    .addColumn('mime_type', 'text')
    .addColumn('file_bytes', 'integer')
    .addColumn('console_request', 'text', (c) => c.unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('finished_at', 'timestamptz')
    .addCheckConstraint(
      'downloads_period_check',
      sql`(kind like 'export_%' and date_from is not null and date_to is not null and date_from <= date_to and quarter is null)
        or (kind like 'quarterly_%' and quarter is not null and date_from is null and date_to is null)`,
    )
    .execute();
  // Her list, newest first; the sweep's unfinished rows; the week's expiry.
  await sql`create index downloads_person_idx on downloads (person_id, created_at desc, id desc)`.execute(db);
  await sql`create index downloads_unfinished_idx on downloads (created_at) where status in ('waiting', 'working')`.execute(db);
  await sql`create index downloads_created_idx on downloads (created_at)`.execute(db);
  await setAuditKinds(db, (kinds) => [...new Set([...kinds, 'download_requested'])]);
}

/** Rewrites audit_events' kind check from the kinds it allows now (as migration 037). */
async function setAuditKinds(db: Kysely<any>, change: (kinds: string[]) => string[]): Promise<void> {
  const { rows } = await sql<{ def: string }>`select pg_get_constraintdef(oid) as def from pg_constraint where conname = 'audit_events_kind_check'`.execute(db);
  const kinds = change([...(rows[0]?.def ?? '').matchAll(/'([a-z_]+)'/g)].map((m) => m[1]!));
  const list = sql.join(kinds.map((k) => sql.lit(k)));
  await sql`alter table audit_events drop constraint audit_events_kind_check`.execute(db);
  await sql`alter table audit_events add constraint audit_events_kind_check check (kind in (${list}))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from audit_events where kind = 'download_requested'`.execute(db);
  await setAuditKinds(db, (kinds) => kinds.filter((k) => k !== 'download_requested'));
  await db.schema.dropTable('downloads').ifExists().execute();
}
