/**
 * Makes sure the suite has a PostgreSQL and a Redis. It uses TEST_DATABASE_URL and
 * TEST_REDIS_URL (defaults: the local services on their standard ports); when a default
 * one does not answer, it starts the same stand-ins `npm start` uses (an embedded
 * PostgreSQL, redis-server from PATH) in a temporary folder, so `npm test` also works on
 * a machine without those services. An explicitly configured one that does not answer
 * fails the run with one clear line.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { silentLogger } from '../../src/core/logger.ts';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres.ts';
import { defaultRedis, redisAnswers } from '../../src/jobs/redis.ts';

const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';
const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

async function postgresAnswers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export default async function setup(): Promise<() => Promise<void>> {
  const teardown: (() => Promise<void>)[] = [];
  let scratch: string | undefined;
  const scratchDir = () => (scratch ??= mkdtempSync(path.join(os.tmpdir(), 'dampingi-test-')));

  const databaseUrl = process.env.TEST_DATABASE_URL ?? DEFAULT_DATABASE_URL;
  if (!(await postgresAnswers(databaseUrl))) {
    if (process.env.TEST_DATABASE_URL) {
      throw new Error(`Tests need PostgreSQL at TEST_DATABASE_URL=${databaseUrl}, and it does not answer`);
    }
    const embedded = await startEmbeddedPostgres(scratchDir(), silentLogger());
    teardown.push(embedded.stop);
    process.env.TEST_DATABASE_URL = embedded.url;
  }

  const redisUrl = process.env.TEST_REDIS_URL ?? DEFAULT_REDIS_URL;
  if (!(await redisAnswers(redisUrl, 2000))) {
    if (process.env.TEST_REDIS_URL) {
      throw new Error(`Tests need Redis at TEST_REDIS_URL=${redisUrl}, and it does not answer`);
    }
    const local = await defaultRedis(scratchDir(), silentLogger());
    teardown.push(local.stop);
    process.env.TEST_REDIS_URL = local.url;
  }

  return async () => {
    for (const stop of teardown.reverse()) await stop().catch(() => undefined);
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  };
}
