import { sql, type Kysely } from 'kysely';

/**
 * Exports: a facilitator's "/ekspor" is written down as a request in the same
 * transaction as her message, so the files are made after commit by a background job
 * whose data is only the request id. One request per inbound message (unique): a
 * redelivered message cannot ask twice. `pending` until the job has put the documents in
 * the outbox; the job re-queues pending requests it finds (a crash between commit and
 * enqueue).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('export_requests')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('source_message_id', 'bigint', (c) => c.unique().references('inbound_messages.id').onDelete('set null'))
    .addColumn('group_id', 'bigint', (c) => c.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('person_id', 'bigint', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('chat_id', 'text', (c) => c.notNull())
    .addColumn('date_from', 'date', (c) => c.notNull())
    .addColumn('date_to', 'date', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending').check(sql`status in ('pending', 'done', 'failed')`))
    .addColumn('failure', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('finished_at', 'timestamptz')
    .addCheckConstraint('export_requests_range_check', sql`date_from <= date_to`)
    .execute();
  await sql`create index export_requests_pending_idx on export_requests (created_at) where status = 'pending'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('export_requests').ifExists().execute();
}
