/**
 * The one-time tokens of the console's loan forms (migration 039): which loan a "give" press,
 * which payment a "record" press, already made. Taken under a transaction-wide advisory lock
 * on the token, so a second press (another request, another bot copy) waits for the first's
 * transaction to end and then finds its row; the unique index is the backstop.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';

type Table = 'loans' | 'loan_payments';

/** The id of the row this token already made, after waiting for any press of it in flight. */
export async function rowOfConsoleRequest(db: Db, table: Table, request: string): Promise<number | undefined> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`console-${table}:${request}`}, 0))`.execute(db);
  const row = await db.selectFrom(table).select('id').where('console_request', '=', request).executeTakeFirst();
  return row?.id;
}

export async function setConsoleRequest(db: Db, table: Table, id: number, request: string): Promise<void> {
  await db.updateTable(table).set({ console_request: request }).where('id', '=', id).execute();
}
