import { sql, type Kysely } from 'kysely';

/**
 * People and their platform identities, inbound messages (the deduplication record),
 * ledger entries, outbound messages (the idempotency record) and per-chat conversation
 * state. Money is bigint rupiah; business days are `date`; instants are timestamptz.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('people')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('id').check(sql`language in ('id', 'en')`))
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('identities')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('person_id', 'bigint', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('identities_platform_external_id_key', ['platform', 'external_id'])
    .execute();
  await db.schema.createIndex('identities_person_id_idx').on('identities').column('person_id').execute();

  await db.schema
    .createTable('inbound_messages')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('chat_id', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'bigint', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('sent_at', 'timestamptz', (c) => c.notNull())
    .addColumn('handled_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('intent', 'text')
    // The unique key is what makes a redelivered message a no-op.
    .addUniqueConstraint('inbound_messages_dedup_key', ['platform', 'chat_id', 'message_id'])
    .execute();

  await db.schema
    .createTable('ledger_entries')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('person_id', 'bigint', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('sale', 'expense')`))
    .addColumn('amount', 'bigint', (c) => c.notNull().check(sql`amount >= 0`))
    .addColumn('item', 'text')
    .addColumn('quantity', 'numeric')
    .addColumn('unit', 'text')
    .addColumn('unit_price', 'bigint')
    .addColumn('business_date', 'date', (c) => c.notNull())
    .addColumn('source_message_id', 'bigint', (c) => c.references('inbound_messages.id').onDelete('set null'))
    .addColumn('raw_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('voided_at', 'timestamptz')
    .addColumn('voided_by_message_id', 'bigint', (c) => c.references('inbound_messages.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('ledger_entries_person_date_idx')
    .on('ledger_entries')
    .columns(['person_id', 'business_date'])
    .execute();

  await db.schema
    .createTable('outbound_messages')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    // One row per intended send; a stalled job that runs twice finds it already sent.
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('chat_id', 'text', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('priority', 'text', (c) => c.notNull().defaultTo('reply').check(sql`priority in ('reply', 'bulk')`))
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('queued').check(sql`status in ('queued', 'sent', 'failed')`),
    )
    .addColumn('source_message_id', 'bigint', (c) => c.references('inbound_messages.id').onDelete('set null'))
    .addColumn('platform_message_id', 'text')
    .addColumn('failure', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('sent_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('outbound_messages_source_idx')
    .on('outbound_messages')
    .column('source_message_id')
    .execute();

  await db.schema
    .createTable('conversation_states')
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('chat_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'bigint', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('state', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('conversation_states_pkey', ['platform', 'chat_id', 'person_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['conversation_states', 'outbound_messages', 'ledger_entries', 'inbound_messages', 'identities', 'people']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
