import { sql, type Kysely } from 'kysely';

/**
 * The console's help inbox (issue #20): voice notes and photos members sent wait there until
 * a facilitator deals with them.
 *
 * `media_messages.done_at` / `done_by_person_id`: when and by whom it was marked done (by hand,
 * or by recording on her behalf from it). Null: waiting. Set once, under the row's lock
 * (media-inbox.repository.ts), so a second "done" or a double submit of the record form
 * changes nothing.
 *
 * `ledger_entries.media_message_id`: the media item an entry was recorded from in the
 * console, so the entry shows where it came from (and the item which entries it made).
 *
 * media_messages_waiting_idx: the inbox reads the waiting items oldest first; done ones
 * (nearly all, in time) are not in the index.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table media_messages add column done_at timestamptz`.execute(db);
  await sql`alter table media_messages add column done_by_person_id bigint references people(id) on delete set null`.execute(db);
  await sql`create index media_messages_waiting_idx on media_messages (received_at, id) where done_at is null`.execute(db);
  await sql`alter table ledger_entries add column media_message_id bigint references media_messages(id) on delete set null`.execute(db);
  await sql`create index ledger_entries_media_message_idx on ledger_entries (media_message_id) where media_message_id is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index ledger_entries_media_message_idx`.execute(db);
  await sql`alter table ledger_entries drop column media_message_id`.execute(db);
  await sql`drop index media_messages_waiting_idx`.execute(db);
  await sql`alter table media_messages drop column done_by_person_id`.execute(db);
  await sql`alter table media_messages drop column done_at`.execute(db);
}
