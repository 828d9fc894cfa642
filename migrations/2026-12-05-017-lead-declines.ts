import { sql, type Kysely } from 'kysely';

/**
 * Members who said no to a lead ("maaf belum bisa", "skip", "P12 tidak dulu"): one row per
 * lead and member, kept apart from the answers so a decline is never counted as interest.
 * Saying yes later removes the decline (and saying no removes the answer): the service
 * keeps the two apart.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('lead_declines')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('lead_id', 'bigint', (c) => c.notNull().references('leads.id').onDelete('cascade'))
    .addColumn('person_id', 'bigint', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('source_message_id', 'bigint', (c) => c.references('inbound_messages.id').onDelete('set null'))
    .addColumn('declined_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('lead_declines_lead_person_key', ['lead_id', 'person_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('lead_declines').ifExists().execute();
}
