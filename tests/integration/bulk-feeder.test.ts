/**
 * The bulk feeder (src/jobs/bulk-feeder.ts) puts rows written for it on the send queue as
 * the queue drains: in chunks, below a watermark, oldest first; replies still go ahead;
 * two feeders at once feed each row once; after Redis lost its data every row is still
 * sent exactly once; and the outbox sweep leaves rows awaiting the feeder alone.
 * Real Postgres, real Redis and BullMQ; the "send" is a recording channel, driven by a
 * real BullMQ worker taking one job at a time (no wall-clock waits: the clock is injected).
 */
import { randomUUID } from 'node:crypto';
import { Queue, Worker, type Job } from 'bullmq';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { FEED_LOST_AFTER_MS, feedBulk, feedSoon, sendBacklog, type FeederDeps } from '../../src/jobs/bulk-feeder.ts';
import { createDispatch } from '../../src/jobs/intake.ts';
import { startMaintenance, SWEEP_GRACE_MS, sweepOutbox } from '../../src/jobs/maintenance.ts';
import { processOutbound } from '../../src/jobs/outbound.processor.ts';
import { createQueues, outboundQueueName, type OutboundJob, type QueueSet } from '../../src/jobs/queues.ts';
import { MAINTENANCE_QUEUE, restoreMissingSchedulers, SCHEDULERS } from '../../src/jobs/schedulers.ts';
import { addToOutbox, type OutboxItem } from '../../src/modules/outbox/outbox.repository.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { createTestRedis, type TestRedis } from '../helpers/redis.ts';

let t: TestDatabase;
let r: TestRedis;
let queues: QueueSet;
let worker: Worker<OutboundJob>;
const clock = fixedClock('2027-01-30T12:00:00Z');
const log = silentLogger();
/** Every send the channel made, by outbox key, in order. */
let sent: string[] = [];
const channels = new Map([['telegram' as const, { send: async (m: { chatId: string }) => ({ platformMessageId: `${sent.push(m.chatId)}` }) }]]);

beforeAll(async () => {
  [t, r] = await Promise.all([createTestDatabase(), createTestRedis()]);
  queues = createQueues(r.connection, r.prefix, ['telegram']);
  // Not started: the test takes one job at a time (`drain`), as a paced send worker would.
  worker = new Worker<OutboundJob>(outboundQueueName('telegram'), null, { connection: r.connection, prefix: r.prefix, autorun: false });
});
afterAll(async () => {
  await worker?.close();
  await queues?.close();
  await r?.cleanup();
  await t?.drop();
});
beforeEach(async () => {
  sent = [];
  await t.db.deleteFrom('outbound_messages').execute();
  await forgetRedis();
});

/** Forgets every key of this test's prefix, as a FLUSHALL would (the Redis is shared). */
async function forgetRedis(): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await r.connection.scan(cursor, 'MATCH', `${r.prefix}*`, 'COUNT', 500);
    cursor = next;
    if (keys.length) await r.connection.del(...keys);
  } while (cursor !== '0');
}

/** `count` bulk rows awaiting the feeder; the chat id is the key, so a send names its row. */
async function writeBulk(count: number, prefix = 'nudge'): Promise<string[]> {
  const messages = Array.from({ length: count }, (_, i) => {
    const key = `${prefix}-${String(i).padStart(4, '0')}`;
    return { key, message: { platform: 'telegram' as const, chatId: key, text: 'Sudah catat minggu ini?' }, priority: 'bulk' as const, sourceMessageId: null };
  });
  await addToOutbox(t.db, messages, { forFeeder: true });
  return messages.map((m) => m.key);
}

function feeder(overrides: Partial<FeederDeps> = {}): FeederDeps & { fed: OutboxItem[][] } {
  const fed: OutboxItem[][] = [];
  const dispatch = createDispatch(queues);
  return {
    db: t.db,
    clock,
    log,
    platforms: ['telegram'],
    backlog: sendBacklog(queues),
    dispatch: async (items) => {
      fed.push([...items]);
      await dispatch(items);
    },
    watermark: () => 100,
    chunk: 40,
    fed,
    ...overrides,
  };
}

/** The send worker takes `count` jobs (fewer if the queue runs dry), one at a time, in queue order. */
async function drain(count: number): Promise<number> {
  let done = 0;
  for (; done < count; done++) {
    const token = randomUUID();
    const job = (await worker.getNextJob(token, { block: false })) as Job<OutboundJob> | undefined;
    if (!job) break;
    await processOutbound({ db: t.db, channels, clock, log }, job.data.key);
    await job.moveToCompleted('sent', token, false);
  }
  return done;
}

const waiting = async () => sendBacklog(queues)('telegram');

describe('the bulk feeder', () => {
  it('feeds 1,000 rows in chunks while the queue is below its watermark, oldest first, each sent once', async () => {
    const keys = await writeBulk(1000);
    const deps = feeder();
    expect(await feedBulk(deps)).toBe(100);
    // Chunks of 40 up to the watermark: 40 + 40 + 20.
    expect(deps.fed.map((c) => c.length)).toEqual([40, 40, 20]);
    expect(await waiting()).toBe(100);
    // Full: nothing more until the queue drains.
    expect(await feedBulk(deps)).toBe(0);
    expect(await drain(30)).toBe(30);
    expect(await feedBulk(deps)).toBe(30);
    expect(await waiting()).toBe(100);
    // The rest, as the queue drains.
    for (let round = 0; round < 100 && sent.length < 1000; round++) {
      await drain(70);
      await feedBulk(deps);
    }
    expect(sent).toEqual(keys);
    expect(deps.fed.flat().map((i) => i.idempotencyKey)).toEqual(keys);
    expect(await feedBulk(deps)).toBe(0);
  });

  it('lets a chat reply go ahead of the bulk rows already on the queue', async () => {
    await writeBulk(300);
    const deps = feeder();
    await feedBulk(deps);
    await drain(5);
    const [reply] = await addToOutbox(t.db, [{ key: 'reply-1', message: { platform: 'telegram', chatId: 'reply-1', text: 'Tercatat' }, priority: 'reply', sourceMessageId: null }]);
    await createDispatch(queues)([reply!]);
    await drain(1);
    expect(sent.at(-1)).toBe('reply-1');
    expect(sent).toHaveLength(6);
  });

  it('two feeders at once feed each row once', async () => {
    const keys = await writeBulk(1000);
    const one = feeder();
    const two = feeder();
    for (let round = 0; round < 200 && sent.length < 1000; round++) {
      await Promise.all([feedBulk(one), feedBulk(two)]);
      await drain(60);
    }
    const fed = [...one.fed.flat(), ...two.fed.flat()].map((i) => i.idempotencyKey);
    expect(fed).toHaveLength(1000);
    expect(new Set(fed).size).toBe(1000);
    // Both took part, and every row went out exactly once.
    expect(one.fed.length).toBeGreaterThan(0);
    expect(two.fed.length).toBeGreaterThan(0);
    expect([...sent].sort()).toEqual(keys);
  });

  it('after Redis lost its data mid-feed, every row is still sent exactly once, and soon', async () => {
    const keys = await writeBulk(1000);
    const maintenance = new Queue(MAINTENANCE_QUEUE, { connection: r.connection, prefix: r.prefix });
    try {
      const deps = feeder();
      await feedBulk(deps);
      await drain(10);
      await forgetRedis();
      // The scheduler watch puts the feeder's scheduler back (schedulers.ts).
      expect(await restoreMissingSchedulers([maintenance])).toContain(SCHEDULERS.bulkFeed.key);
      // Its next run: the 90 rows fed just now look fed, not lost, for a minute; the queue is fed on.
      expect(await feedBulk(deps)).toBe(100);
      await drain(100);
      clock.advance(FEED_LOST_AFTER_MS + 1000);
      // The queue is empty: the 90 fed rows whose jobs Redis lost go again, first.
      const before = deps.fed.length;
      await feedBulk(deps);
      const again = deps.fed.slice(before).flat().map((i) => i.idempotencyKey);
      expect(again.slice(0, 90)).toEqual(keys.slice(10, 100));
      for (let round = 0; round < 100 && sent.length < 1000; round++) {
        await drain(70);
        await feedBulk(deps);
      }
      expect(sent).toHaveLength(1000);
      expect([...sent].sort()).toEqual(keys);
      // Long after, nothing is left to feed or to sweep.
      clock.advance(SWEEP_GRACE_MS * 2);
      expect(await drain(1000)).toBe(0);
      expect(await feedBulk(deps)).toBe(0);
    } finally {
      await maintenance.close();
    }
  });

  it('runs as the maintenance task `bulk-feed` (its scheduler, or the fan-out asking with feedSoon)', async () => {
    await writeBulk(30);
    const maintenance = await startMaintenance({
      connection: r.connection,
      prefix: r.prefix,
      deps: { db: t.db, clock, dispatch: createDispatch(queues), platforms: ['telegram'], log, backlog: sendBacklog(queues) },
    });
    try {
      // Asking twice while one is pending is harmless: the claim feeds each row once.
      await feedSoon(maintenance.queue);
      await feedSoon(maintenance.queue);
      await vi.waitFor(async () => expect(await waiting()).toBe(30), { timeout: 20_000, interval: 100 });
      expect(await drain(100)).toBe(30);
      expect(sent).toHaveLength(30);
    } finally {
      await maintenance.close();
    }
  });

  it('the outbox sweep leaves rows awaiting the feeder, and fed rows still in their grace, alone', async () => {
    await writeBulk(50);
    const deps = feeder({ watermark: () => 20 });
    await feedBulk(deps);
    const swept: OutboxItem[] = [];
    const sweep = { db: t.db, clock, dispatch: async (items: readonly OutboxItem[]) => void swept.push(...items), platforms: ['telegram'], log };
    // Rows written long ago (by the database clock) but fed just now, or not fed yet.
    await t.db.updateTable('outbound_messages').set({ created_at: new Date(clock.now().getTime() - SWEEP_GRACE_MS * 3) }).execute();
    expect(await sweepOutbox(sweep)).toBe(0);
    // A fed row unsent past its grace is lost: the sweep takes it (the 20 fed), never the 30 waiting.
    clock.advance(SWEEP_GRACE_MS + 1000);
    expect(await sweepOutbox(sweep)).toBe(20);
    expect(new Set(swept.map((i) => i.idempotencyKey))).toEqual(new Set(deps.fed.flat().map((i) => i.idempotencyKey)));
  });
});
