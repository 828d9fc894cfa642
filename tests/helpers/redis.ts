/** A BullMQ key prefix per test file on the shared Redis, and its keys removed afterwards. */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { TEST_REDIS_URL } from './env.ts';

export interface TestRedis {
  url: string;
  prefix: string;
  /** A connection suitable for BullMQ (maxRetriesPerRequest: null). */
  connection: Redis;
  cleanup(): Promise<void>;
}

export async function createTestRedis(): Promise<TestRedis> {
  const prefix = `t${randomBytes(6).toString('hex')}`;
  const connection = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
  return {
    url: TEST_REDIS_URL,
    prefix,
    connection,
    async cleanup() {
      let cursor = '0';
      do {
        // Also the keys of prefixes derived from this one (a test may add a letter to it).
        const [next, keys] = await connection.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
        cursor = next;
        if (keys.length) await connection.del(...keys);
      } while (cursor !== '0');
      await connection.quit();
    },
  };
}
