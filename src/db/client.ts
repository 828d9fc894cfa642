import pg from 'pg';
import { Kysely } from 'kysely';
import { BeginRidingDialect } from './begin-rides.ts';
import type { Database } from './schema.ts';
import { NamingClient } from './server-prepared.ts';

export type Db = Kysely<Database>;

const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
const IDLE_KEPT_MS = 5 * 60_000;

/**
 * int8 (money, ids) becomes a JS number, and refuses to lose precision; numeric
 * (quantities such as 1,5 kg) becomes a number; `date` stays a plain YYYY-MM-DD string so
 * a business day never shifts through a time zone. Registered once, process-wide.
 */
function registerTypeParsers(): void {
  pg.types.setTypeParser(INT8, (value: string) => {
    const n = Number(value);
    if (!Number.isSafeInteger(n)) throw new RangeError(`int8 value ${value} exceeds Number.MAX_SAFE_INTEGER`);
    return n;
  });
  pg.types.setTypeParser(NUMERIC, (value: string) => Number(value));
  pg.types.setTypeParser(DATE, (value: string) => value);
}

registerTypeParsers();

export function createDb(connectionString: string, options: { max?: number; serverPrepared?: boolean } = {}): Db {
  // Idle connections are kept 5 minutes, not pg's 10 s: each new backend makes the group
  // rollups' temporary tables again on its first write (a catalogue write, migration 048), and
  // a bursty market morning would otherwise close and reopen them between every burst.
  // Pipeline mode: a transaction's BEGIN and its first statement share a round trip when
  // that statement allows it (./begin-rides.ts); nothing else is ever pipelined.
  // The hot path's fixed statements are prepared on the server once a connection
  // (./server-prepared.ts), unless the pooler in front cannot keep them (config DATABASE_SERVER_PREPARED).
  const Client = options.serverPrepared === false ? pg.Client : NamingClient;
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10, idleTimeoutMillis: IDLE_KEPT_MS, pipeline: true, Client });
  // An idle client that loses its connection (Postgres restarted) must not crash the process;
  // the next query gets a fresh client and the job that needed it retries.
  pool.on('error', () => undefined);
  return new Kysely<Database>({ dialect: new BeginRidingDialect({ pool }) });
}
