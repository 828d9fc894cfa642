/**
 * The hot path's statements prepared ON THE SERVER, once a connection (issue #21).
 *
 * Why. Measured with pg_stat_statements on the inbound bench (docs/BENCHMARKS.md, "Postgres
 * plans every statement again"), Postgres spent ~0.9 ms of a message's ~2.1 ms of its CPU
 * PLANNING the same few statements again and again: the inbox claim carried in a large CTE
 * (0.54 ms of planning a message, against 0.25 of running it) and the ledger insert (0.18).
 * The text was already built once (./prepared.ts); Postgres still parsed, analysed and planned
 * it on every call. A named statement is parsed once a connection, and after five runs
 * Postgres keeps a generic plan when it costs no more than the custom ones (plan_cache_mode
 * `auto`), so a run is Bind and Execute only.
 *
 * How. ./prepared.ts hands every text it compiles to `prepareOnServer`; the pool's clients
 * (`NamingClient`) send such a text as a named statement, named by its hash, and any other
 * text as before. node-pg parses a name once a connection (it remembers what each connection
 * has prepared, also in pipeline mode). Only statements of fixed text come here, so a
 * connection holds a few dozen; nothing is shared between connections or processes.
 *
 * What could go wrong, and what keeps it right:
 * - A pooler in transaction mode lends a different server connection each transaction:
 *   PgBouncer ≥ 1.21 keeps named statements working there when `max_prepared_statements` is
 *   set (docker-compose.yml sets it). A pooler that cannot: `DATABASE_SERVER_PREPARED=false`
 *   (src/config.ts) sends every text unnamed, as before.
 * - A migration that changes a table under a prepared statement: Postgres re-plans it by itself,
 *   except when the statement's result columns would change ("cached plan must not change
 *   result type", SQLSTATE 0A000), which can happen to a process started before a rolling
 *   upgrade's migration. That statement fails once; the client then prepares the text again
 *   under a new name, so the retry every caller already makes of a failed statement (a
 *   batch run again, a job retried) succeeds.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';

/** Texts sent as named statements, with their names. Process-wide: texts are of fixed shape. */
const named = new Map<string, string>();

/** A statement's text, to be prepared on the server by every connection that runs it. */
export function prepareOnServer(sql: string): void {
  if (!named.has(sql)) named.set(sql, `d_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`);
}

/** Postgres refuses a prepared statement whose result columns a schema change altered. */
const RESULT_TYPE_CHANGED = '0A000';

/** A pg client that sends the texts `prepareOnServer` was given as named statements. */
export class NamingClient extends pg.Client {
  /** Texts whose statement this connection prepares again under another name (see the header). */
  private renamed: Map<string, string> | undefined;

  // Kysely calls `query(text, values)` and awaits the promise; every other form goes through as it came.
  // (`never`: the one return type that fits each of pg's overloads.)
  override query(...args: unknown[]): never {
    const [config, values] = args;
    const name = args.length === 2 && typeof config === 'string' && Array.isArray(values) ? (this.renamed?.get(config) ?? named.get(config)) : undefined;
    if (name === undefined) return (super.query as (...a: unknown[]) => never)(...args);
    const text = config as string;
    const answer = super.query({ name, text, values: values as unknown[] });
    return answer.catch((error: unknown) => {
      if ((error as { code?: string }).code === RESULT_TYPE_CHANGED) {
        this.renamed ??= new Map();
        this.renamed.set(text, `${name}_${this.renamed.size + 1}`);
      }
      throw error;
    }) as never;
  }
}
