/**
 * Benchmark-only: one transaction of an inbound batch's shape in small, for bench/begin-rides.ts:
 * a lock marked to ride with BEGIN (src/db/begin-rides.ts), one statement, COMMIT.
 */
import { sql, type Kysely } from 'kysely';
import { RIDES_WITH_BEGIN } from '../../src/db/begin-rides.ts';

// A lock class of its own, not the books' (1917): nothing else waits on it.
const lock = sql`${sql.raw(RIDES_WITH_BEGIN)}select pg_advisory_xact_lock(4242, 1)`;

export async function lockedTransaction(db: Kysely<unknown>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await lock.execute(trx);
    await sql`select 1`.execute(trx);
  });
}
