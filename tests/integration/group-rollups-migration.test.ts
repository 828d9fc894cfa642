/**
 * Migration 048 (group rollups at COMMIT) needs the TEMP privilege of the role that writes:
 * its up says so in words instead of letting the first entry fail later.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as m048 from '../../migrations/2026-12-06-048-group-rollups-at-commit.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

let t: TestDatabase;
// Roles are cluster-wide: a name of this run only, dropped afterwards.
const role = `r_${randomBytes(4).toString('hex')}`;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await sql.raw(`drop role if exists ${role}`).execute(t.db);
  await t?.drop();
});

describe('migration 048 up', () => {
  it('stops with a clear error when the role may not make temporary tables', async () => {
    const database = (await sql<{ name: string }>`select current_database() as name`.execute(t.db)).rows[0]!.name;
    await sql.raw(`create role ${role} nologin`).execute(t.db);
    await sql.raw(`revoke temp on database ${database} from public`).execute(t.db);
    await expect(
      t.db.transaction().execute(async (trx) => {
        await sql.raw(`set local role ${role}`).execute(trx);
        await m048.up(trx);
      }),
    ).rejects.toThrow(`role ${role} needs the TEMP privilege on database ${database}`);
  });
});
