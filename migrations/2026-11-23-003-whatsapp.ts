import { sql, type Kysely } from 'kysely';

/**
 * WhatsApp through a linked device: the Baileys credentials and signal keys (opaque
 * bytes, AES-256-GCM encrypted when WHATSAPP_AUTH_KEY is set), the phone ↔ LID directory
 * that lets one member be one person whichever id WhatsApp shows, and the bot's recently
 * sent messages, kept briefly so WhatsApp's retry requests can be answered.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('whatsapp_auth_creds')
    .addColumn('account', 'text', (c) => c.primaryKey())
    .addColumn('value', 'bytea', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('whatsapp_auth_keys')
    .addColumn('account', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('value', 'bytea', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('whatsapp_auth_keys_pkey', ['account', 'type', 'key_id'])
    .execute();

  await db.schema
    .createTable('whatsapp_lid_map')
    // Both without device: '1234567890@lid' and '6281234567890@s.whatsapp.net'.
    .addColumn('lid', 'text', (c) => c.primaryKey())
    .addColumn('phone_jid', 'text', (c) => c.notNull().unique())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('whatsapp_sent_messages')
    .addColumn('message_id', 'text', (c) => c.primaryKey())
    .addColumn('chat_id', 'text', (c) => c.notNull())
    // The encoded proto.Message, as Baileys' getMessage must return it.
    .addColumn('message', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('whatsapp_sent_messages_created_idx').on('whatsapp_sent_messages').column('created_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('whatsapp_sent_messages').execute();
  await db.schema.dropTable('whatsapp_lid_map').execute();
  await db.schema.dropTable('whatsapp_auth_keys').execute();
  await db.schema.dropTable('whatsapp_auth_creds').execute();
}
