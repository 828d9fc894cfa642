/**
 * A transaction's BEGIN sent with its first statement when that statement may ride with it
 * (src/db/begin-rides.ts), on real PostgreSQL: the two share one round trip (both written
 * before BEGIN is answered), the statement runs inside the transaction (its advisory lock is
 * held to COMMIT), any other first statement still waits for BEGIN's answer, a transaction
 * that ran nothing leaves no transaction open, and BEGIN's failure is the statement's.
 */
import { CompiledQuery, sql, type DatabaseConnection, type QueryResult } from 'kysely';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BeginOwingConnection, RIDES_WITH_BEGIN } from '../../src/db/begin-rides.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

let t: TestDatabase;

/** Each query node-pg is asked for, and whether BEGIN was still unanswered when it was. */
const seen: { text: string; beginPending: boolean }[] = [];
let beginPending = false;
const clientQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;

beforeAll(async () => {
  t = await createTestDatabase();
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string };
    const text = typeof first === 'string' ? first : (first.text ?? '');
    seen.push({ text, beginPending });
    const result = clientQuery.apply(this, args) as Promise<unknown>;
    if (text === 'begin') {
      beginPending = true;
      void result.then(
        () => (beginPending = false),
        () => (beginPending = false),
      );
    }
    return result;
  } as typeof pg.Client.prototype.query;
});
afterEach(() => {
  seen.length = 0;
});
afterAll(async () => {
  pg.Client.prototype.query = clientQuery as typeof pg.Client.prototype.query;
  await t?.drop();
});

const LOCK = 424_242;
const riding = sql`${sql.raw(RIDES_WITH_BEGIN)}select pg_advisory_xact_lock(${sql.lit(LOCK)})`;
const lockHeld = async () =>
  (await sql<{ n: number }>`select count(*)::int as n from pg_locks where locktype = 'advisory' and objid = ${LOCK} and granted`.execute(t.db)).rows[0]!.n;

describe('BEGIN riding with the first statement', () => {
  it('is written with a statement that may ride, before BEGIN is answered, and the statement runs inside the transaction', async () => {
    let heldInside = -1;
    await t.db.transaction().execute(async (trx) => {
      await riding.execute(trx);
      // Another connection sees the lock: it is the transaction's, not the statement's alone.
      heldInside = await lockHeld();
    });
    const at = seen.findIndex((q) => q.text === 'begin');
    expect(seen[at + 1]).toEqual({ text: expect.stringContaining('pg_advisory_xact_lock') as unknown as string, beginPending: true });
    expect(heldInside).toBe(1);
    expect(await lockHeld()).toBe(0);
  });

  it('makes any other first statement wait for BEGIN’s answer, as before', async () => {
    await t.db.transaction().execute(async (trx) => {
      await sql`select 1`.execute(trx);
    });
    const at = seen.findIndex((q) => q.text === 'begin');
    expect(seen[at + 1]).toEqual({ text: 'select 1', beginPending: false });
  });

  it('rolls back what the transaction wrote when it throws, the riding statement first', async () => {
    await sql`create table rides_probe (n int)`.execute(t.db);
    await expect(
      t.db.transaction().execute(async (trx) => {
        await riding.execute(trx);
        await sql`insert into rides_probe values (1)`.execute(trx);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect((await sql<{ n: number }>`select count(*)::int as n from rides_probe`.execute(t.db)).rows[0]!.n).toBe(0);
    expect(await lockHeld()).toBe(0);
  });

  it('leaves no transaction open when the transaction ran no statement (its BEGIN goes with the ROLLBACK or COMMIT)', async () => {
    await t.db.transaction().execute(async () => undefined);
    await expect(t.db.transaction().execute(async () => Promise.reject(new Error('before any statement')))).rejects.toThrow('before any statement');
    // Every pooled connection is idle, outside a transaction: a statement there commits on its own.
    const states = await sql<{ state: string }>`select state from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and state like 'idle in transaction%'`.execute(t.db);
    expect(states.rows).toEqual([]);
  });

  it('gives BEGIN’s failure to the statement that rode with it, whose own answer is dropped quietly', async () => {
    const sent: string[] = [];
    const failing: DatabaseConnection = {
      executeQuery: async <R>(q: CompiledQuery): Promise<QueryResult<R>> => {
        sent.push(q.sql);
        if (q.sql === 'begin') throw new Error('connection lost at BEGIN');
        throw new Error('current transaction is aborted');
      },
      streamQuery: () => {
        throw new Error('not used');
      },
    };
    const connection = new BeginOwingConnection(failing);
    connection.owed = true;
    await expect(connection.executeQuery(CompiledQuery.raw(`${RIDES_WITH_BEGIN}select 1`))).rejects.toThrow('connection lost at BEGIN');
    expect(sent).toEqual(['begin', `${RIDES_WITH_BEGIN}select 1`]);
    // Owed once: the next statement (the caller's ROLLBACK) is sent alone.
    await expect(connection.executeQuery(CompiledQuery.raw('rollback'))).rejects.toThrow();
    expect(sent.at(-1)).toBe('rollback');
  });
});
