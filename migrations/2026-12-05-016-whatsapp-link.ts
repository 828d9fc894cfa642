import { sql, type Kysely } from 'kysely';

/**
 * WhatsApp saying no, and the link's standing where the operator can read it.
 * - WhatsApp refuses a message after it left (an error ack naming the message's id): the
 *   outbox row is found by that id, so it is indexed on its own (the older index leads
 *   with the chat, and an ack may name the chat by LID where the row has the phone JID).
 * - `whatsapp_link`: one row per number (`account`, as the credentials), written by the
 *   process that holds the number: whether the link is open, stopped and why, and any
 *   restriction WhatsApp put on it (until when). The admin command line reads it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index outbound_messages_platform_id_idx on outbound_messages (platform_message_id)
    where platform_message_id is not null`.execute(db);

  await db.schema
    .createTable('whatsapp_link')
    .addColumn('account', 'text', (c) => c.primaryKey())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('restriction', 'text')
    .addColumn('restricted_until', 'timestamptz')
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('whatsapp_link').ifExists().execute();
  await db.schema.dropIndex('outbound_messages_platform_id_idx').ifExists().execute();
}
