/**
 * The inbound shards' guarantees on a real Redis (src/jobs/shards.ts): the one-at-a-time
 * limit is put back after Redis lost it, and a process with another shard count may take
 * over only once the old shards are empty.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { createQueues, type QueueSet } from '../../src/jobs/queues.ts';
import { agreeOnShardCount, holdOneAtATime, shardCountKey, ShardCountChanged, watchOneAtATime } from '../../src/jobs/shards.ts';
import { privateMessage } from '../helpers/messages.ts';
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

describe('the shard count', () => {
  it('is recorded by the first process, and a deployment that never recorded one used the old default', async () => {
    const prefix = `${r.prefix}a`;
    await agreeOnShardCount(r.connection, prefix, 4, 4);
    expect(await r.connection.get(shardCountKey(prefix))).toBe('4');
    // Nothing queued: another count takes over.
    await agreeOnShardCount(r.connection, prefix, 16, 4);
    expect(await r.connection.get(shardCountKey(prefix))).toBe('16');
    await agreeOnShardCount(r.connection, prefix, 16, 4);
    expect(await r.connection.get(shardCountKey(prefix))).toBe('16');
  });

  it('refuses another count while the old shards hold messages, and allows it once they are empty', async () => {
    const prefix = `${r.prefix}b`;
    const old = createQueues(r.connection, prefix, [], 4);
    try {
      // An old deployment (4 shards, nothing recorded) with one message waiting.
      const job = await old.inbound[2]!.add('message', { message: privateMessage('laku 1 bros @1rb') });
      await expect(agreeOnShardCount(r.connection, prefix, 8, 4)).rejects.toThrow(ShardCountChanged);
      await expect(agreeOnShardCount(r.connection, prefix, 8, 4)).rejects.toThrow(
        /^INBOUND_SHARDS is 8 but the deployment uses 4 and 1 messages still wait in its inbound-0…inbound-3 queues: stop the receivers/,
      );
      expect(await r.connection.get(shardCountKey(prefix))).toBeNull();
      // The same count is no change.
      await agreeOnShardCount(r.connection, prefix, 4, 4);
      expect(await r.connection.get(shardCountKey(prefix))).toBe('4');

      await job.remove();
      await agreeOnShardCount(r.connection, prefix, 8, 4);
      expect(await r.connection.get(shardCountKey(prefix))).toBe('8');
    } finally {
      await old.close();
    }
  });

  it('after Redis lost its data, the first process records its own count', async () => {
    const prefix = `${r.prefix}c`;
    await agreeOnShardCount(r.connection, prefix, 8, 4);
    await loseData(prefix);
    // Nothing is queued any more, so nothing can be reordered: another count is fine.
    await agreeOnShardCount(r.connection, prefix, 12, 4);
    expect(await r.connection.get(shardCountKey(prefix))).toBe('12');
  });
});
