import { sql, type Kysely } from 'kysely';

/**
 * Corrections, household money and group price lists.
 *
 * - ledger_entries: a corrected entry stays, voided, and points at the entry that replaced
 *   it (`replaced_by_entry_id`); `entered_by_person_id` is set when someone else (her
 *   facilitator) wrote the entry for her; kinds gain `withdrawal` (household money taken
 *   out of the business) and `capital` (money put in).
 * - inbound_messages: an edited message is a new inbound under the same platform message
 *   id; `edit_key` (the edit's time, '' for the original) joins the deduplication key so
 *   an edit is handled once and a redelivered edit is still a no-op.
 * - group_prices: the prices a group agreed ("/harga emping 80rb/kg"), one per item key.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('ledger_entries')
    .addColumn('replaced_by_entry_id', 'bigint', (c) => c.references('ledger_entries.id').onDelete('set null'))
    .addColumn('entered_by_person_id', 'bigint', (c) => c.references('people.id').onDelete('set null'))
    .execute();
  await sql`alter table ledger_entries drop constraint if exists ledger_entries_kind_check`.execute(db);
  await sql`alter table ledger_entries add constraint ledger_entries_kind_check
    check (kind in ('sale', 'expense', 'withdrawal', 'capital'))`.execute(db);
  // Corrections find a recording's entries by the message that made them.
  await db.schema.createIndex('ledger_entries_source_idx').on('ledger_entries').column('source_message_id').execute();

  // A member quoting the bot's confirmation: the reply is found by the id the platform gave it.
  await sql`create index outbound_messages_platform_message_idx on outbound_messages (chat_id, platform_message_id)
    where platform_message_id is not null`.execute(db);

  await db.schema.alterTable('inbound_messages').addColumn('edit_key', 'text', (c) => c.notNull().defaultTo('')).execute();
  await sql`alter table inbound_messages drop constraint inbound_messages_dedup_key`.execute(db);
  await sql`alter table inbound_messages add constraint inbound_messages_dedup_key
    unique (platform, chat_id, message_id, edit_key)`.execute(db);

  await db.schema
    .createTable('group_prices')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('group_id', 'bigint', (c) => c.notNull().references('groups.id').onDelete('cascade'))
    // itemKey() of the item: lower case, singular, one spelling ("keripik", "kerupuk").
    .addColumn('item_key', 'text', (c) => c.notNull())
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('unit_price', 'bigint', (c) => c.notNull().check(sql`unit_price > 0`))
    .addColumn('unit', 'text')
    .addColumn('set_by_person_id', 'bigint', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('group_prices_group_item_key', ['group_id', 'item_key'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('group_prices').ifExists().execute();
  await sql`alter table inbound_messages drop constraint inbound_messages_dedup_key`.execute(db);
  await sql`delete from inbound_messages where edit_key <> ''`.execute(db);
  await sql`alter table inbound_messages add constraint inbound_messages_dedup_key unique (platform, chat_id, message_id)`.execute(db);
  await db.schema.alterTable('inbound_messages').dropColumn('edit_key').execute();
  await db.schema.dropIndex('ledger_entries_source_idx').ifExists().execute();
  await db.schema.dropIndex('outbound_messages_platform_message_idx').ifExists().execute();
  await sql`delete from ledger_entries where kind in ('withdrawal', 'capital')`.execute(db);
  await sql`alter table ledger_entries drop constraint if exists ledger_entries_kind_check`.execute(db);
  await sql`alter table ledger_entries add constraint ledger_entries_kind_check check (kind in ('sale', 'expense'))`.execute(db);
  await db.schema.alterTable('ledger_entries').dropColumn('replaced_by_entry_id').dropColumn('entered_by_person_id').execute();
}
