/**
 * The bot's job schedulers are defined in one place, and a running bot re-creates those
 * Redis lost (its keys flushed, a failover to a replica without them) when its timer
 * fires or its connection is ready again, without waiting for a restart.
 */
import { EventEmitter } from 'node:events';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { MAINTENANCE_QUEUE, REMINDERS_QUEUE, SCHEDULERS, upsertSchedulersOf, watchSchedulers, type Every, type Reconnects } from '../../src/jobs/schedulers.ts';
import { FOLLOW_UP_QUEUES } from '../../src/jobs/follow-ups.ts';
import { createTestRedis, type TestRedis } from '../helpers/redis.ts';

let r: TestRedis;
let queues: Queue[];

beforeAll(async () => {
  r = await createTestRedis();
  queues = [MAINTENANCE_QUEUE, REMINDERS_QUEUE, ...Object.values(FOLLOW_UP_QUEUES)].map((name) => new Queue(name, { connection: r.connection, prefix: r.prefix }));
});
afterAll(async () => {
  await Promise.all(queues.map((q) => q.close()));
  await r.cleanup();
});

const keysOf = async () => (await Promise.all(queues.map((q) => q.getJobSchedulers()))).flat().map((s) => s.key).sort();
const everyKey = Object.values(SCHEDULERS).map((s) => s.key).sort();

/** Forgets every key of this test's prefix, as a FLUSHALL would. */
async function flush(): Promise<void> {
  const keys = await r.connection.keys(`${r.prefix}:*`);
  if (keys.length) await r.connection.del(...keys);
}

/** A timer the test fires itself. */
function manualTimer(): { every: Every; fire(): void; period?: number } {
  const timer: { every: Every; fire(): void; period?: number } = {
    fire: () => undefined,
    every: (ms, check) => {
      timer.period = ms;
      timer.fire = check;
      return { cancel: () => (timer.fire = () => undefined) };
    },
  };
  return timer;
}

describe('the job schedulers', () => {
  it('are re-created when Redis lost them: on the next check of the timer, and on a reconnect', async () => {
    for (const q of queues) await upsertSchedulersOf(q);
    expect(await keysOf()).toEqual(everyKey);

    const timer = manualTimer();
    const connection = new EventEmitter() as EventEmitter & Reconnects;
    const restored: string[] = [];
    const watch = watchSchedulers({ queues, log: silentLogger(), connection, every: timer.every, onRestored: (keys) => restored.push(...keys) });
    try {
      expect(timer.period).toBe(60_000);
      // Nothing is missing: a check leaves the schedulers (and their next runs) alone.
      const next = (await queues[0]!.getJobSchedulers()).map((s) => s.next);
      expect(await watch.check()).toEqual([]);
      expect((await queues[0]!.getJobSchedulers()).map((s) => s.next)).toEqual(next);

      await flush();
      expect(await keysOf()).toEqual([]);
      timer.fire();
      await watch.check(); // waits for the check the timer started
      expect(await keysOf()).toEqual(everyKey);
      expect(restored.sort()).toEqual(everyKey);

      // Lost again, then the connection comes back (a failover): it checks at once.
      await flush();
      restored.length = 0;
      connection.emit('ready');
      await watch.check();
      expect(await keysOf()).toEqual(everyKey);
      expect(restored.sort()).toEqual(everyKey);

      // Each as it was defined: interval or cron pattern in UTC.
      const reminders = await queues[1]!.getJobScheduler(SCHEDULERS.remindersTick.key);
      expect({ pattern: reminders?.pattern, tz: reminders?.tz }).toEqual(SCHEDULERS.remindersTick.repeat);
      const sweep = await queues[0]!.getJobScheduler(SCHEDULERS.outboxSweep.key);
      expect(Number(sweep?.every)).toBe(SCHEDULERS.outboxSweep.repeat.every);
    } finally {
      await watch.stop();
    }
    // Stopped: no longer listening.
    expect(connection.listenerCount('ready')).toBe(0);
  });
});
