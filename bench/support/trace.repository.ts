/**
 * Benchmark-only: what the book rollup trigger (migration 024) adds to one entry's insert,
 * read from EXPLAIN ANALYZE inside a transaction that is always rolled back. `inGroup` puts
 * the person in a group first (the inbound bench's members have none, so their inserts
 * skip the group rollups a real member's pay for).
 */
import { sql } from 'kysely';
import type { Db } from '../../src/db/client.ts';

export interface EntryInsertCost {
  inGroup: boolean;
  /** The insert as Postgres timed it, triggers included (ms). */
  totalMs: number;
  triggers: { name: string; ms: number }[];
}

class RolledBack extends Error {}

export async function entryInsertCost(db: Db, personId: number, inGroup: boolean): Promise<EntryInsertCost> {
  let cost: EntryInsertCost | undefined;
  await db
    .transaction()
    .execute(async (trx) => {
      if (inGroup) {
        const facilitator = await sql<{ id: number }>`with p as (insert into people (name, time_zone) values ('Fasilitator', 'Asia/Jakarta') returning id)
          insert into facilitators (person_id) select id from p returning id`.execute(trx);
        const group = await sql<{ id: number }>`insert into groups (name, facilitator_id, time_zone, join_code)
          values ('Kelompok bench', ${facilitator.rows[0]!.id}, 'Asia/Jakarta', 'BENCH-TRACE') returning id`.execute(trx);
        await sql`insert into memberships (group_id, person_id) values (${group.rows[0]!.id}, ${personId})`.execute(trx);
      }
      const plan = await sql<{ 'QUERY PLAN': [{ 'Execution Time': number; Triggers?: { 'Trigger Name': string; Time: number }[] }] }>`
        explain (analyze, format json)
        insert into ledger_entries (person_id, kind, amount, item, quantity, unit, unit_price, business_date, raw_text)
        values (${personId}, 'sale', 30000, 'bros', 3, 'pcs', 10000, current_date, 'laku 3 bros @10rb')`.execute(trx);
      const top = plan.rows[0]!['QUERY PLAN'][0];
      cost = { inGroup, totalMs: top['Execution Time'], triggers: (top.Triggers ?? []).map((t) => ({ name: t['Trigger Name'], ms: t.Time })) };
      throw new RolledBack();
    })
    .catch((error: unknown) => {
      if (!(error instanceof RolledBack)) throw error;
    });
  return cost!;
}

/** A person of the bench's, by her Telegram id. */
export async function personOfTelegram(db: Db, externalId: number): Promise<number> {
  const row = await db.selectFrom('identities').select('person_id').where('platform', '=', 'telegram').where('external_id', '=', String(externalId)).executeTakeFirstOrThrow();
  return row.person_id;
}
