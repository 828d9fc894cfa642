/**
 * The book rollups' lock on a woman (migration 024's advisory lock: class 1917, bucket = her
 * person id mod 1,024), which the triggers on ledger_entries and memberships take on each
 * statement. Taken here ahead of them, for several women at once, in bucket order, in ONE
 * statement: a transaction that writes for several women (an inbound batch) then holds all
 * their buckets before it writes anything, and the triggers' own calls later are re-entrant
 * no-ops (same key space). Two such transactions wait for each other's buckets only in one
 * order, never in a circle (issue #21: two batches with the same senders in opposite orders
 * deadlocked at INBOUND_BATCH 8).
 */
import { sql, type Expression } from 'kysely';
import type { Db } from '../../db/client.ts';

// Must equal migration 024's (and 048's): a different key would be a second lock, not this one.
const LOCK_CLASS = 1917;
const BUCKETS = 1024;

/** Locks, to the end of the transaction, the book buckets of the people `ids` (a subquery yielding `id`). */
export async function lockBooksOf(db: Db, ids: Expression<{ id: number }>): Promise<void> {
  await sql`select pg_advisory_xact_lock(${sql.lit(LOCK_CLASS)}, b)
              from (select distinct (id % ${sql.lit(BUCKETS)})::int as b from (${ids}) p order by 1) l`.execute(db);
}
