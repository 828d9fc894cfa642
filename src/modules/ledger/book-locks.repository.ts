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
import { RIDES_WITH_BEGIN } from '../../db/begin-rides.ts';
import { preparedBy, slotsWithin, type Fragment } from '../../db/prepared.ts';

// Must equal migration 024's (and 048's): a different key would be a second lock, not this one.
const LOCK_CLASS = 1917;
const BUCKETS = 1024;

type Ids = Fragment<unknown, Expression<{ id: number }>>;

// Every inbound batch runs it: compiled once per kind of subquery (src/db/prepared.ts).
const lockStatement = preparedBy<Ids, Ids['build'], unknown>(
  (ids) => ids.build,
  (db, slot, build) =>
    // It writes nothing (a lock taken outside a transaction ends with the statement): it may
    // share its round trip with the batch's BEGIN (src/db/begin-rides.ts).
    sql`${sql.raw(RIDES_WITH_BEGIN)}select pg_advisory_xact_lock(${sql.lit(LOCK_CLASS)}, b)
          from (select distinct (id % ${sql.lit(BUCKETS)})::int as b from (${build(slotsWithin(slot, (ids) => ids.values), db)}) p order by 1) l`,
);

/**
 * Locks, to the end of the transaction, the book buckets of the people `ids` (another
 * module's subquery yielding `id`, built with slots: people's `idsOfIdentities`).
 */
export async function lockBooksOf<V>(db: Db, ids: Fragment<V, Expression<{ id: number }>>): Promise<void> {
  await lockStatement(db, ids as Ids);
}
