import { sql, type Kysely } from 'kysely';

/**
 * A message the bot may not send yet is `held`: a private WhatsApp message to someone who
 * has not written privately in three weeks waits until she does (src/jobs/held-messages.ts).
 * `held_at` is when it was put aside: a message held too long is not sent any more.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table outbound_messages drop constraint if exists outbound_messages_status_check`.execute(db);
  await sql`alter table outbound_messages add constraint outbound_messages_status_check
    check (status in ('queued', 'sent', 'failed', 'held'))`.execute(db);
  await sql`alter table outbound_messages add column held_at timestamptz`.execute(db);
  await sql`create index outbound_messages_held on outbound_messages (platform, chat_id) where status = 'held'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists outbound_messages_held`.execute(db);
  await sql`update outbound_messages set status = 'failed', failure = 'held when the outbox lost its held state' where status = 'held'`.execute(db);
  await sql`alter table outbound_messages drop column held_at`.execute(db);
  await sql`alter table outbound_messages drop constraint if exists outbound_messages_status_check`.execute(db);
  await sql`alter table outbound_messages add constraint outbound_messages_status_check check (status in ('queued', 'sent', 'failed'))`.execute(db);
}
