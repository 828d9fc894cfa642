import type { Kysely } from 'kysely';

/**
 * The numbered list of her entries she last saw in a chat ("/catatan"): the entry ids in
 * the order shown. "hapus 2" and "ralat no 2: …" mean number 2 of THAT list, even after she
 * has recorded more; without a row she is asked to open the list again (never a guess).
 * One row per person and chat, replaced each time a list is shown. Kept apart from
 * conversation_states, whose one open question per chat comes and goes.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('shown_entry_lists')
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('chat_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'bigint', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('entry_ids', 'jsonb', (c) => c.notNull())
    .addColumn('shown_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('shown_entry_lists_pkey', ['platform', 'chat_id', 'person_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('shown_entry_lists').ifExists().execute();
}
