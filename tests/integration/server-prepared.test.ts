/**
 * The hot path's fixed statements prepared on the server once a connection
 * (src/db/server-prepared.ts): a text from src/db/prepared.ts is sent as a named statement and
 * Postgres keeps it for the connection; any other text is sent unnamed as before; with
 * DATABASE_SERVER_PREPARED off nothing is named; and a statement whose result columns a
 * migration changed fails once, then works when run again (as every caller's retry does).
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../src/db/client.ts';
import { prepared } from '../../src/db/prepared.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

let t: TestDatabase;
/** One connection, so what it has prepared can be read back on it. */
let one: Db;
let oneUnnamed: Db;

beforeAll(async () => {
  t = await createTestDatabase();
  one = createDb(t.url, { max: 1 });
  oneUnnamed = createDb(t.url, { max: 1, serverPrepared: false });
});
afterAll(async () => {
  await one?.destroy();
  await oneUnnamed?.destroy();
  await t?.drop();
});

/** The statements this connection holds prepared on the server. */
async function preparedOn(db: Db): Promise<string[]> {
  const { rows } = await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(db);
  return rows.map((r) => r.statement);
}

const sum = prepared<{ a: number; b: number }, { total: number }>((_db, slot) => sql<{ total: number }>`select ${slot((v) => v.a)}::int + ${slot((v) => v.b)}::int as total`);

describe('statements prepared on the server', () => {
  it('prepares a fixed statement once on its connection and runs it with each call’s values', async () => {
    expect(await sum(one, { a: 1, b: 2 })).toEqual([{ total: 3 }]);
    expect(await sum(one, { a: 40, b: 2 })).toEqual([{ total: 42 }]);
    const held = await preparedOn(one);
    expect(held.filter((s) => s.includes('as total'))).toHaveLength(1);
    // Run many times more: still one statement on the connection, every answer its own.
    for (let i = 0; i < 10; i++) expect(await sum(one, { a: i, b: i })).toEqual([{ total: 2 * i }]);
    expect((await preparedOn(one)).filter((s) => s.includes('as total'))).toHaveLength(1);
  });

  it('sends any other text unnamed, as before', async () => {
    await sql`select 7 as lucky_${sql.raw('seven')}`.execute(one);
    expect((await preparedOn(one)).some((s) => s.includes('lucky_seven'))).toBe(false);
  });

  it('names nothing when turned off (a pooler that cannot keep named statements)', async () => {
    expect(await sum(oneUnnamed, { a: 5, b: 6 })).toEqual([{ total: 11 }]);
    expect(await preparedOn(oneUnnamed)).toEqual([]);
  });

  it('survives a migration that changes a prepared statement’s result columns: one failure, then the run again works', async () => {
    await sql`create table shelf (id int primary key, item text)`.execute(t.db);
    await sql`insert into shelf values (1, 'bros')`.execute(t.db);
    const all = prepared<{ id: number }, Record<string, unknown>>((_db, slot) => sql`select * from shelf where id = ${slot((v) => v.id)}`);
    expect(await all(one, { id: 1 })).toEqual([{ id: 1, item: 'bros' }]);
    // A rolling upgrade's migration, run by another process while this one keeps its statement.
    await sql`alter table shelf add column price int not null default 15000`.execute(t.db);
    await expect(all(one, { id: 1 })).rejects.toMatchObject({ code: '0A000' });
    expect(await all(one, { id: 1 })).toEqual([{ id: 1, item: 'bros', price: 15000 }]);
    expect(await all(one, { id: 1 })).toEqual([{ id: 1, item: 'bros', price: 15000 }]);
  });
});
