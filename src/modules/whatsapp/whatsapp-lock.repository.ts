/**
 * One process per WhatsApp number: a lease in Postgres (table whatsapp_number_lease, one row
 * per account), taken before the channel connects and renewed while it holds the number.
 * Two processes logged in with one link knock each other off ("connection replaced") and
 * look like a hijacked account; Postgres is what every process of a deployment shares.
 *
 * Why a lease and not a session advisory lock: Postgres frees a session lock only when it
 * notices the session gone (at once for a killed process, but after TCP keepalive — two
 * hours by default — for a machine that vanished), and at a moment the holder does not
 * learn, so a standby could connect while the old holder still talks; a pooler in
 * transaction mode cannot keep a session lock at all. A lease expires at a time both sides
 * can reason about:
 *
 * - Every expiry is on Postgres's clock (`now()`), never a process's: processes on several
 *   machines never compare their clocks.
 * - Taking: an upsert that succeeds only when no row exists or its `expires_at` has passed;
 *   the row gets a new random token and the next `generation`. Two takers race on one row:
 *   the row lock serialises them and the second sees the first's fresh expiry.
 * - Renewing: an update naming the holder's token and only while unexpired (the fencing
 *   rule: a holder that lost the lease, to expiry or to a taker, can never extend it again,
 *   even if its statement arrives late).
 * - The holder's side (whatsapp.number-hold.ts) counts its own deadline from just before it
 *   sent the statement, so it always lets go before Postgres would let anyone else in.
 *
 * The statements go through a pool of one connection of its own: renewals must not queue
 * behind a busy worker pool (a late renewal makes the holder let go), and a connection that
 * stopped answering is thrown away and a new one made for the next renewal.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import type { Db } from '../../db/client.ts';

/** How the lease is timed; every process of a deployment uses the same. */
export interface NumberLeaseTiming {
  /** How long a taken or renewed lease lasts. */
  leaseMs: number;
  /** The holder renews this often. */
  renewMs: number;
  /** A process in standby looks whether the number became free this often. */
  retryMs: number;
  /** The holder lets go this long before its lease could expire (closing the socket; clock drift). */
  marginMs: number;
}

/**
 * A dead holder is replaced within leaseMs + retryMs (25 s, issue #21 asks for 30 s); a
 * holder cut off from Postgres lets go 15 s after its last renewal started, 5 s before
 * anyone may take the number; three renewals in a row may fail before it does.
 */
export const LEASE_TIMING: NumberLeaseTiming = { leaseMs: 20_000, renewMs: 5_000, retryMs: 5_000, marginMs: 5_000 };

export interface NumberLock {
  readonly timing: NumberLeaseTiming;
  /** Takes the number when nobody holds it (or the lease expired); false when another process holds it. */
  acquire(): Promise<boolean>;
  /** Extends this process's lease; false when it was lost (expired, or taken by another). */
  renew(): Promise<boolean>;
  /** Lets it go at once (idempotent). */
  release(): Promise<void>;
}

export interface NumberLockOptions {
  /** Who holds it, for the operator: host:pid. */
  holder: string;
  timing?: Partial<NumberLeaseTiming> | undefined;
}

export function numberLock(connectionString: string, account: string, options: NumberLockOptions): NumberLock {
  const timing = { ...LEASE_TIMING, ...options.timing };
  if (timing.marginMs >= timing.leaseMs || timing.renewMs >= timing.leaseMs - timing.marginMs) {
    throw new Error('whatsapp lease timing: renewals must come more often than leaseMs - marginMs');
  }
  // An answer later than this is of no use: the holder has let go by then.
  const answerWithinMs = timing.leaseMs - timing.marginMs;
  let pool: pg.Pool | undefined;
  let token: string | undefined;

  const openPool = (): pg.Pool => {
    const fresh = new pg.Pool({ connectionString, max: 1, connectionTimeoutMillis: answerWithinMs, idleTimeoutMillis: 60_000, allowExitOnIdle: true, keepAlive: true });
    // An idle connection Postgres dropped: the pool forgets it; the next statement opens another.
    fresh.on('error', () => undefined);
    return fresh;
  };

  const run = async (on: pg.Pool, text: string, values: unknown[]): Promise<number> => {
    const client = await on.connect();
    let timer: NodeJS.Timeout | undefined;
    try {
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('the lease statement got no answer in time')), answerWithinMs);
      });
      const result = await Promise.race([client.query(text, values), late]);
      client.release();
      return result.rowCount ?? 0;
    } catch (error) {
      // A connection that failed or stopped answering is not used again.
      client.release(error instanceof Error ? error : true);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    timing,
    async acquire() {
      const fresh = randomUUID();
      const taken = await run((pool ??= openPool()),
        `insert into whatsapp_number_lease as l (account, holder, token, generation, taken_at, expires_at)
         values ($1, $2, $3, 1, now(), now() + $4 * interval '1 millisecond')
         on conflict (account) do update
           set holder = excluded.holder, token = excluded.token, generation = l.generation + 1,
               taken_at = excluded.taken_at, expires_at = excluded.expires_at
           where l.expires_at <= now()`,
        [account, options.holder, fresh, timing.leaseMs],
      );
      if (taken === 1) token = fresh;
      return taken === 1;
    },
    async renew() {
      if (!token) return false;
      const mine = token;
      const renewed = await run((pool ??= openPool()),
        `update whatsapp_number_lease set expires_at = now() + $3 * interval '1 millisecond'
         where account = $1 and token = $2 and expires_at > now()`,
        [account, mine, timing.leaseMs],
      );
      if (renewed === 0 && token === mine) token = undefined;
      return renewed === 1;
    },
    async release() {
      const mine = token;
      token = undefined;
      const closing = pool;
      pool = undefined;
      if (!closing) return;
      try {
        // Expired now rather than deleted: the generation keeps counting takeovers.
        if (mine) await run(closing, 'update whatsapp_number_lease set expires_at = now() where account = $1 and token = $2', [account, mine]).catch(() => undefined);
      } finally {
        await closing.end().catch(() => undefined);
      }
    },
  };
}

/** Whether any process holds the number's lease now (what the admin command line asks). */
export async function numberLockHeld(db: Db, account: string): Promise<boolean> {
  const { rows } = await sql<{ held: boolean }>`select exists (
      select 1 from whatsapp_number_lease where account = ${account} and expires_at > now()
    ) as held`.execute(db);
  return rows[0]?.held === true;
}

/** The lease's row, for the operator and tests: who holds it, how many takeovers so far, until when. */
export async function readNumberLease(db: Db, account: string) {
  return db.selectFrom('whatsapp_number_lease').selectAll().where('account', '=', account).executeTakeFirst();
}
