/**
 * createDispatch (src/jobs/intake.ts) on real Redis: a dispatch of many rows is sent as
 * several batches at once; every row gets exactly one send job, on its platform's queue,
 * with its priority, and a batch Redis refuses fails the dispatch only once every batch
 * has stopped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../src/jobs/intake.ts';
import { createQueues, PRIORITY, type QueueSet } from '../../src/jobs/queues.ts';
import type { OutboxItem } from '../../src/modules/outbox/outbox.repository.ts';
import { createTestRedis, type TestRedis } from '../helpers/redis.ts';

let r: TestRedis;
let queues: QueueSet;

beforeAll(async () => {
  r = await createTestRedis();
  queues = createQueues(r.connection, r.prefix, ['telegram', 'whatsapp']);
});
afterAll(async () => {
  await queues?.close();
  await r?.cleanup();
});

const item = (i: number): OutboxItem => ({
  idempotencyKey: `rem-nudge-2027W04-${i}`,
  platform: i % 3 === 0 ? 'whatsapp' : 'telegram',
  priority: i % 7 === 0 ? 'reply' : 'bulk',
});

describe('dispatch', () => {
  it('queues each of 1,000 rows once, on its platform’s queue with its priority', async () => {
    const items = Array.from({ length: 1000 }, (_, i) => item(i));
    await createDispatch(queues)(items);
    for (const platform of ['telegram', 'whatsapp'] as const) {
      const jobs = await queues.outbound.get(platform)!.getJobs(['prioritized']);
      const expected = items.filter((x) => x.platform === platform);
      expect(jobs.map((j) => j.id).sort()).toEqual(expected.map((x) => x.idempotencyKey).sort());
      const byKey = new Map(expected.map((x) => [x.idempotencyKey, x]));
      for (const job of jobs) {
        expect(job.data).toEqual({ key: job.id });
        expect(job.opts.priority).toBe(PRIORITY[byKey.get(job.id!)!.priority]);
      }
    }
  });

  it('fails when a batch cannot be queued, after the other batches have stopped', async () => {
    const telegram = queues.outbound.get('telegram')!;
    const addBulk = telegram.addBulk.bind(telegram);
    let running = 0;
    let calls = 0;
    telegram.addBulk = async (jobs) => {
      calls++;
      running++;
      try {
        if (calls === 2) throw new Error('Redis away');
        return await addBulk(jobs);
      } finally {
        running--;
      }
    };
    try {
      await expect(createDispatch(queues)(Array.from({ length: 500 }, (_, i) => ({ ...item(10_000 + i), platform: 'telegram' as const })))).rejects.toThrow('Redis away');
      expect(running).toBe(0);
      expect(calls).toBe(10);
    } finally {
      telegram.addBulk = addBulk;
    }
  });
});
