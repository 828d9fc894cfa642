/**
 * The inbound shards' one-at-a-time limit on a real Redis (src/jobs/shards.ts): set on
 * every shard, and put back after Redis lost it. The shard count: shard-count.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { createQueues, type QueueSet } from '../../src/jobs/queues.ts';
import { holdOneAtATime, watchOneAtATime } from '../../src/jobs/shards.ts';
import { createTestRedis, type TestRedis } from '../helpers/redis.ts';

let r: TestRedis;
let queues: QueueSet;

beforeAll(async () => {
  r = await createTestRedis();
  queues = createQueues(r.connection, r.prefix, [], 4);
});

afterAll(async () => {
  await queues?.close();
  await r?.cleanup();
});

/** What a FLUSHALL does to this test's keys (the shared Redis is not flushed). */
async function loseData(prefix: string): Promise<void> {
  const keys = await r.connection.keys(`${prefix}:*`);
  if (keys.length) await r.connection.del(...keys);
}

describe('one at a time per shard', () => {
  it('is set on every shard, and put back by the watch after Redis lost it', async () => {
    await holdOneAtATime(queues.inbound);
    expect(await Promise.all(queues.inbound.map((q) => q.getGlobalConcurrency()))).toEqual([1, 1, 1, 1]);

    const watch = watchOneAtATime({ queues: queues.inbound, log: silentLogger(), everyMs: 3_600_000 });
    try {
      expect(await watch.check()).toEqual([]);
      await loseData(r.prefix);
      expect(await Promise.all(queues.inbound.map((q) => q.getGlobalConcurrency()))).toEqual([null, null, null, null]);
      expect(await watch.check()).toEqual(['inbound-0', 'inbound-1', 'inbound-2', 'inbound-3']);
      expect(await Promise.all(queues.inbound.map((q) => q.getGlobalConcurrency()))).toEqual([1, 1, 1, 1]);
    } finally {
      await watch.stop();
    }
  });
});
