/**
 * Behind a pooler in transaction mode (PgBouncer), what needs a session of its own goes to
 * Postgres itself (DATABASE_DIRECT_URL): the migrations, whose lock is a session-level
 * advisory lock, and the WhatsApp lease's pool (it connects to the returned `url`). Here
 * the "pooler" is a proxy that accepts connections and never answers: were the migrations
 * sent through it, opening would hang.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { openDatabase } from '../../src/db/open.ts';
import { TEST_DATABASE_URL } from '../helpers/env.ts';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.ts';

const name = `t_direct_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
const direct = new URL(TEST_DATABASE_URL);
direct.pathname = `/${name}`;
let proxy: TcpProxy;

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  await client.query(statement).finally(() => client.end());
}

beforeAll(async () => {
  await admin(`create database ${name}`);
  proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
  proxy.cut();
});

afterAll(async () => {
  await proxy.close();
  await admin(`drop database if exists ${name} with (force)`);
});

it('migrates over the direct address and hands it to what needs its own connection', async () => {
  const database = await openDatabase(
    { databaseUrl: proxy.through(direct.toString()), databaseDirectUrl: direct.toString(), dataDir: '/nonexistent' },
    silentLogger(),
  );
  try {
    expect(database.url).toBe(direct.toString());
    const client = new pg.Client({ connectionString: direct.toString() });
    await client.connect();
    const applied = await client.query('select count(*)::int as n from kysely_migration').finally(() => client.end());
    expect(applied.rows[0].n).toBeGreaterThan(0);
  } finally {
    await database.close();
  }
});

it('uses DATABASE_URL for everything when no direct address is set', async () => {
  const database = await openDatabase({ databaseUrl: direct.toString(), dataDir: '/nonexistent' }, silentLogger());
  await database.close();
  expect(database.url).toBe(direct.toString());
});
