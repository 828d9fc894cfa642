/**
 * One process per WhatsApp number: a Postgres advisory lock, taken before the channel
 * connects and held on a connection of its own for as long as the channel uses the number.
 * Two processes logged in with one link knock each other off ("connection replaced") and
 * look like a hijacked account; Postgres is what every process of a deployment shares, and
 * it frees the lock by itself when the holding process dies (its connection closes).
 *
 * The connection is a client of its own, not one borrowed from the pool: it sits idle for
 * days, and when Postgres drops it (a restart) its error must mark the lock lost rather
 * than go unheard. The lock is (LOCK_CLASS, hashtext(account)), so the admin command line
 * can see in pg_locks whether some process holds it.
 */
import { sql } from 'kysely';
import pg from 'pg';
import type { Db } from '../../db/client.ts';

/** The first key of the two-key advisory lock: "WA" in ASCII, this application's class of lock. */
export const LOCK_CLASS = 0x5741;

export interface NumberLock {
  /** Takes the number when nobody holds it; false when another process does. */
  acquire(): Promise<boolean>;
  /** Whether this process still holds it (false once its connection is lost). */
  held(): Promise<boolean>;
  /** Lets it go (idempotent). */
  release(): Promise<void>;
}

export function numberLock(connectionString: string, account: string): NumberLock {
  let client: pg.Client | undefined;
  const forget = async () => {
    const gone = client;
    client = undefined;
    await gone?.end().catch(() => undefined);
  };
  return {
    async acquire() {
      if (client) return true;
      const fresh = new pg.Client({ connectionString, connectionTimeoutMillis: 10_000 });
      // Postgres went away: the lock went with the session. held() says so next time.
      fresh.on('error', () => {
        if (client === fresh) client = undefined;
      });
      await fresh.connect();
      try {
        const { rows } = await fresh.query<{ locked: boolean }>('select pg_try_advisory_lock($1, hashtext($2)) as locked', [LOCK_CLASS, account]);
        if (rows[0]?.locked !== true) {
          await fresh.end().catch(() => undefined);
          return false;
        }
      } catch (error) {
        await fresh.end().catch(() => undefined);
        throw error;
      }
      client = fresh;
      return true;
    },
    async held() {
      const current = client;
      if (!current) return false;
      try {
        await current.query('select 1');
        return client === current;
      } catch {
        if (client === current) await forget();
        return false;
      }
    },
    // Closing the session releases the lock.
    release: forget,
  };
}

/** Whether any process holds the number's lock now (what the admin command line asks). */
export async function numberLockHeld(db: Db, account: string): Promise<boolean> {
  const { rows } = await sql<{ held: boolean }>`select exists (
      select 1 from pg_locks
      where locktype = 'advisory' and granted and database = (select oid from pg_database where datname = current_database())
        and classid = ${LOCK_CLASS}::int4::oid and objid = hashtext(${account})::oid and objsubid = 2
    ) as held`.execute(db);
  return rows[0]?.held === true;
}
