import { sql, type Kysely } from 'kysely';

/**
 * Follow-up work done after the inbound transaction commits, each with its record here so
 * that a crash between commit and enqueue, or Redis losing its data, loses nothing:
 *
 * - leads.source_message_id / published_at: a lead is written with the message that
 *   confirmed it; its deliveries are written afterwards by the lead-publishing job, which
 *   sets published_at in the same transaction. Leads written before this migration had
 *   their deliveries written with them: they count as published.
 * - chart_requests: "grafik" stores the reply without its picture and the figures to draw;
 *   the chart job renders the PNG and puts the reply in the outbox. One per inbound message.
 *   `days` are the figures as they were when she asked (a later entry does not change the
 *   picture); `spec` is what the labels are made from (language, period, dates).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('leads')
    .addColumn('source_message_id', 'bigint', (c) => c.unique().references('inbound_messages.id').onDelete('set null'))
    .addColumn('published_at', 'timestamptz')
    .execute();
  await sql`update leads set published_at = created_at`.execute(db);
  await sql`create index leads_unpublished_idx on leads (created_at) where published_at is null`.execute(db);

  await db.schema
    .createTable('chart_requests')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('source_message_id', 'bigint', (c) => c.unique().references('inbound_messages.id').onDelete('set null'))
    .addColumn('person_id', 'bigint', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('reply', 'jsonb', (c) => c.notNull())
    .addColumn('days', 'jsonb', (c) => c.notNull())
    .addColumn('spec', 'jsonb', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending').check(sql`status in ('pending', 'done')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('done_at', 'timestamptz')
    .execute();
  await sql`create index chart_requests_pending_idx on chart_requests (created_at) where status = 'pending'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('chart_requests').ifExists().execute();
  await db.schema.alterTable('leads').dropColumn('published_at').dropColumn('source_message_id').execute();
}
