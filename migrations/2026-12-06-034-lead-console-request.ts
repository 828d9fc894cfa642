import { sql, type Kysely } from 'kysely';

/**
 * A lead made in the web console carries the one-time token of the preview it was sent
 * from (`leads.console_request`), so pressing "send" twice — a double click, the browser's
 * back button and send again, a resubmitted form after a lost response — makes one lead and
 * one broadcast, not two. (A lead made in chat is tied to its inbound message instead:
 * `source_message_id`.) Unique where set: two bot copies taking the same request at once
 * cannot both insert; the service also serialises them on an advisory lock and answers the
 * second with the first's lead.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table leads add column console_request text`.execute(db);
  await sql`create unique index leads_console_request_idx on leads (console_request) where console_request is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index leads_console_request_idx`.execute(db);
  await sql`alter table leads drop column console_request`.execute(db);
}
