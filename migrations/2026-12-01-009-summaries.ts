import { sql, type Kysely } from 'kysely';

/**
 * Weekly summaries and quarterly monitoring reports.
 *
 * - The reminder slots gain a kind: `weekly_summary`, Sunday 19:00 in each member's own
 *   time zone (her week in figures and as a chart).
 * - report_requests: a facilitator's "/laporan_kuartal" written in the same transaction as
 *   her message; a background job renders the files after the commit and sends them, and
 *   marks the request done (one request per inbound message).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table reminder_slot_runs drop constraint if exists reminder_slot_runs_kind_check`.execute(db);
  await sql`alter table reminder_slot_runs add constraint reminder_slot_runs_kind_check
    check (kind in ('repayment', 'nudge', 'digest', 'quarterly', 'order_due', 'weekly_summary'))`.execute(db);

  await db.schema
    .createTable('report_requests')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('quarterly')`))
    .addColumn('person_id', 'bigint', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('group_id', 'bigint', (c) => c.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('chat_id', 'text', (c) => c.notNull())
    .addColumn('source_message_id', 'bigint', (c) => c.unique().references('inbound_messages.id').onDelete('set null'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending').check(sql`status in ('pending', 'done', 'failed')`))
    .addColumn('failure', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('done_at', 'timestamptz')
    .execute();
  await sql`create index report_requests_pending_idx on report_requests (id) where status = 'pending'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('report_requests').execute();
  await sql`delete from reminder_slot_runs where kind = 'weekly_summary'`.execute(db);
  await sql`alter table reminder_slot_runs drop constraint if exists reminder_slot_runs_kind_check`.execute(db);
  await sql`alter table reminder_slot_runs add constraint reminder_slot_runs_kind_check
    check (kind in ('repayment', 'nudge', 'digest', 'quarterly', 'order_due'))`.execute(db);
}
