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
 * `audit_events.kind` gains `media_done`: an item marked done by hand (nothing recorded; a
 * record made from an item is in the audit as the on-behalf entry it is). The kinds the check
 * allowed before are read from the constraint itself and kept: another migration of the same
 * days adds its own kind, and whichever runs first must not lose the other's.
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
  await setAuditKinds(db, (kinds) => [...new Set([...kinds, 'media_done'])]);
}

/** Rewrites audit_events' kind check from the kinds it allows now. */
async function setAuditKinds(db: Kysely<any>, change: (kinds: string[]) => string[]): Promise<void> {
  const { rows } = await sql<{ def: string }>`select pg_get_constraintdef(oid) as def from pg_constraint where conname = 'audit_events_kind_check'`.execute(db);
  const kinds = change([...(rows[0]?.def ?? '').matchAll(/'([a-z_]+)'/g)].map((m) => m[1]!));
  const list = sql.join(kinds.map((k) => sql.lit(k)));
  await sql`alter table audit_events drop constraint audit_events_kind_check`.execute(db);
  await sql`alter table audit_events add constraint audit_events_kind_check check (kind in (${list}))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from audit_events where kind = 'media_done'`.execute(db);
  await setAuditKinds(db, (kinds) => kinds.filter((k) => k !== 'media_done'));
  await sql`drop index ledger_entries_media_message_idx`.execute(db);
  await sql`alter table ledger_entries drop column media_message_id`.execute(db);
  await sql`drop index media_messages_waiting_idx`.execute(db);
  await sql`alter table media_messages drop column done_by_person_id`.execute(db);
  await sql`alter table media_messages drop column done_at`.execute(db);
}
