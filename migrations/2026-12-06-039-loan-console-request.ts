import { sql, type Kysely } from 'kysely';

/**
 * A loan given, or a payment recorded, in the web console carries the one-time token of the
 * form it was sent from (`console_request`), as a lead made there does (migration 034): a
 * second press of "give" or "record" — a double click, the back button and press again, a
 * form resent after a lost response — finds the first press's row and answers with it,
 * instead of a second loan or a second reported payment. (A payment made in chat is tied to
 * its inbound message instead: `source_message_id`.) Unique where set: two bot copies taking
 * the same request at once cannot both keep it; the console services also serialise them on
 * an advisory lock on the token, so the second waits for the first to commit and finds its row.
 * `if not exists`: safe to run again over a half-applied copy.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table loans add column if not exists console_request text`.execute(db);
  await sql`create unique index if not exists loans_console_request_idx on loans (console_request) where console_request is not null`.execute(db);
  await sql`alter table loan_payments add column if not exists console_request text`.execute(db);
  await sql`create unique index if not exists loan_payments_console_request_idx on loan_payments (console_request) where console_request is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists loan_payments_console_request_idx`.execute(db);
  await sql`alter table loan_payments drop column if exists console_request`.execute(db);
  await sql`drop index if exists loans_console_request_idx`.execute(db);
  await sql`alter table loans drop column if exists console_request`.execute(db);
}
