/**
 * Statements compiled once and then only filled in (src/db/prepared.ts): each run sends its
 * own values, a value can never be baked into the cached text nor captured by the build
 * unless declared constant, and a statement keyed by
 * shape is compiled once per shape.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepared, preparedBy } from '../../src/db/prepared.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

describe('a prepared statement', () => {
  it('sends each run its own values, the same SQL every time', async () => {
    let builds = 0;
    const echo = prepared<{ n: number; word: string }, { n: number; word: string }>((db, slot) => {
      builds++;
      return sql<{ n: number; word: string }>`select ${slot((v) => v.n)}::int as n, ${slot((v) => v.word)}::text as word`;
    });
    expect(await echo(t.db, { n: 1, word: 'satu' })).toEqual([{ n: 1, word: 'satu' }]);
    expect(await echo(t.db, { n: 2, word: 'dua' })).toEqual([{ n: 2, word: 'dua' }]);
    expect(builds).toBe(1);
  });

  it('refuses a slot whose value would be baked into the text', async () => {
    const baked = prepared<{ on: boolean }, unknown>((db, slot) => sql`select ${String(slot((v) => v.on))} as x`);
    await expect(baked(t.db, { on: true })).rejects.toThrow(/did not become parameters/);
  });

  it('refuses at its first compile a value the build captured, which the cache would freeze for every later run', async () => {
    // The first caller's word, closed over by the build: run again with "dua", it would still send "satu".
    const first = { word: 'satu' };
    const captured = prepared<{ word: string }, { word: string }>(() => sql<{ word: string }>`select ${first.word}::text as word`);
    await expect(captured(t.db, first)).rejects.toThrow(/\$1 .*captured by the build/);
    // A literal of a query builder (a `where`'s value, a limit) is a parameter too.
    const literal = prepared<{ n: number }, unknown>((db, slot) => db.selectFrom('people').select('id').where('id', '>=', slot((v) => v.n)).limit(1));
    await expect(literal(t.db, { n: 0 })).rejects.toThrow(/\$2 .*captured by the build/);
    // Refused in a statement keyed by shape, inside another module's fragment as well.
    const keyed = preparedBy((v: { word: string }) => v.word.length, () => sql`select ${'x'}::text`);
    await expect(keyed(t.db, { word: 'a' })).rejects.toThrow(/captured by the build/);
  });

  it('keeps a value declared constant in every run, beside the slots', async () => {
    const tagged = prepared<{ word: string }, { word: string; tag: string }>((db, slot) => sql<{ word: string; tag: string }>`select ${slot((v) => v.word)}::text as word, ${slot.constant('tetap')}::text as tag`);
    expect(await tagged(t.db, { word: 'satu' })).toEqual([{ word: 'satu', tag: 'tetap' }]);
    expect(await tagged(t.db, { word: 'dua' })).toEqual([{ word: 'dua', tag: 'tetap' }]);
  });

  it('compiles once per shape and builds a rare shape afresh', async () => {
    const built: number[] = [];
    let fresh = 0;
    const sum = preparedBy(
      (v: { xs: number[] }) => (v.xs.length <= 2 ? v.xs.length : undefined),
      (db, slot, count) => {
        built.push(count);
        const terms = Array.from({ length: count }, (_, i) => sql`${slot((v) => v.xs[i]!)}::int`);
        return sql<{ total: number }>`select (${sql.join(terms, sql` + `)}) as total`;
      },
      async (db, v) => {
        fresh++;
        return (await sql<{ total: number }>`select ${v.xs.reduce((a, b) => a + b, 0)}::int as total`.execute(db)).rows;
      },
    );
    expect(await sum(t.db, { xs: [1, 2] })).toEqual([{ total: 3 }]);
    expect(await sum(t.db, { xs: [5] })).toEqual([{ total: 5 }]);
    expect(await sum(t.db, { xs: [10, 20] })).toEqual([{ total: 30 }]);
    expect(await sum(t.db, { xs: [1, 1, 1] })).toEqual([{ total: 3 }]);
    expect(built).toEqual([2, 1]);
    expect(fresh).toBe(1);
  });
});
