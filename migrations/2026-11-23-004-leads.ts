import { sql, type Kysely } from 'kysely';

/**
 * Market leads: what a facilitator broadcasts, to whom it went (one row per chat, unique,
 * so a lead never reaches a chat twice), who answered with how much, and who got the order.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('leads')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('facilitator_id', 'bigint', (c) => c.notNull().references('facilitators.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('trades', sql`text[]`, (c) => c.notNull())
    .addColumn('target', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('deadline', 'date')
    .addColumn('quantity_wanted', 'integer')
    .addColumn('down_payment_percent', 'integer')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open').check(sql`status in ('open', 'closed')`))
    .addColumn('close_reason', 'text')
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('closed_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('leads_facilitator_idx').on('leads').columns(['facilitator_id', 'id']).execute();

  await db.schema
    .createTable('lead_deliveries')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('lead_id', 'bigint', (c) => c.notNull().references('leads.id').onDelete('cascade'))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('chat_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('group_chat', 'private')`))
    .addColumn('group_id', 'bigint', (c) => c.references('groups.id').onDelete('set null'))
    .addColumn('person_id', 'bigint', (c) => c.references('people.id').onDelete('set null'))
    // The outbox row carries the send state (queued, sent, failed) and the platform's message id.
    .addColumn('outbox_key', 'text', (c) => c.notNull().unique())
    .addUniqueConstraint('lead_deliveries_lead_chat_key', ['lead_id', 'platform', 'chat_id'])
    .execute();

  await db.schema
    .createTable('lead_responses')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('lead_id', 'bigint', (c) => c.notNull().references('leads.id').onDelete('cascade'))
    .addColumn('person_id', 'bigint', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('quantity', 'integer')
    .addColumn('source_message_id', 'bigint', (c) => c.references('inbound_messages.id').onDelete('set null'))
    .addColumn('responded_at', 'timestamptz', (c) => c.notNull())
    .addColumn('awarded_quantity', 'integer')
    .addColumn('awarded_at', 'timestamptz')
    .addUniqueConstraint('lead_responses_lead_person_key', ['lead_id', 'person_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['lead_responses', 'lead_deliveries', 'leads']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
