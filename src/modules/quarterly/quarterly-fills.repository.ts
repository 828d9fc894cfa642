/**
 * SQL of `quarterly_fills` (migration 040): each console form that filled a member's quarterly
 * figures in, by its one-time token. Looked up under a transaction-wide advisory lock on the
 * token, so a second press (another request, another bot copy) waits for the first's
 * transaction to end and then finds its row; the unique token is the backstop.
 */
import { sql } from 'kysely';
import type { Rupiah } from '../../core/money.ts';
import type { Db } from '../../db/client.ts';

export interface QuarterlyFill {
  personId: number;
  quarter: string;
  groupId: number;
  filledByPersonId: number;
}

/** The fill this token already made, after waiting for any press of it in flight. */
export async function fillOfRequest(db: Db, request: string): Promise<QuarterlyFill | undefined> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`console-quarterly_fills:${request}`}, 0))`.execute(db);
  return db
    .selectFrom('quarterly_fills')
    .select(['person_id as personId', 'quarter', 'group_id as groupId', 'filled_by_person_id as filledByPersonId'])
    .where('console_request', '=', request)
    .executeTakeFirst();
}

export async function insertFill(
  db: Db,
  fill: QuarterlyFill & { assets: Rupiah | null; turnover: Rupiah | null; employees: number | null; request: string; at: Date },
): Promise<void> {
  await db
    .insertInto('quarterly_fills')
    .values({
      person_id: fill.personId,
      quarter: fill.quarter,
      group_id: fill.groupId,
      filled_by_person_id: fill.filledByPersonId,
      assets: fill.assets,
      turnover: fill.turnover,
      employees: fill.employees,
      console_request: fill.request,
      created_at: fill.at,
    })
    .execute();
}
