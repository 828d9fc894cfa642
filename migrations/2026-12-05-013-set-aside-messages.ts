import { sql, type Kysely } from 'kysely';

/**
 * set_aside_messages: inbound messages whose handling failed while the database answered.
 * Each such failure is counted here (an outage cannot write the count, so it never counts);
 * after a few, the message is set aside (set_aside_at) so its chat's later messages go on,
 * and it waits here, with its last error, for the admin to retry it (`inbox retry`). The
 * row goes once the message is handled. Keyed like the inbox (platform, chat, message id,
 * edit): the message itself is kept whole in `message`, because it was never recorded.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('set_aside_messages')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('chat_id', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('edit_key', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('message', 'jsonb', (c) => c.notNull())
    .addColumn('error', 'text', (c) => c.notNull())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('first_failed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_failed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('set_aside_at', 'timestamptz')
    .addUniqueConstraint('set_aside_messages_key', ['platform', 'chat_id', 'message_id', 'edit_key'])
    .execute();
  await sql`create index set_aside_messages_listed_idx on set_aside_messages (set_aside_at) where set_aside_at is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('set_aside_messages').execute();
}
