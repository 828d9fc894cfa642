import { sql, type Kysely } from 'kysely';

/**
 * Bulk rows fed to the send queue as it drains (src/jobs/bulk-feeder.ts) instead of all
 * queued at once: a reminder fan-out to 100,000 members writes its rows `awaiting_feeder`,
 * and the feeder claims the oldest of them a chunk at a time (`for update skip locked`, so
 * two feeders never claim the same row), clears the flag and stamps `fed_at`.
 * The outbox sweep leaves rows awaiting the feeder alone (they are not lost, only not yet
 * due) and counts a fed row's grace from `fed_at`. Existing rows: not awaiting, never fed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table outbound_messages add column awaiting_feeder boolean not null default false`.execute(db);
  await sql`alter table outbound_messages add column fed_at timestamptz`.execute(db);
  // The feeder's read: the oldest rows of a platform still waiting for it.
  await sql`create index outbound_messages_awaiting_feeder_idx on outbound_messages (platform, id)
    where status = 'queued' and awaiting_feeder`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists outbound_messages_awaiting_feeder_idx`.execute(db);
  await sql`alter table outbound_messages drop column fed_at`.execute(db);
  await sql`alter table outbound_messages drop column awaiting_feeder`.execute(db);
}
