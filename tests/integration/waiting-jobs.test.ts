/**
 * The inbound batch's read and removal of the jobs waiting behind its head, one Redis command
 * each (src/jobs/waiting-jobs.ts), against BullMQ's own `Queue.getWaiting` and `Queue.remove`
 * on the test Redis. These pin the BullMQ layout the two commands rely on (6.7.0): a read that
 * no longer lists what getWaiting lists, or a removal that leaves Redis otherwise than
 * Queue.remove leaves it (the job's hash, logs, deduplication key, its place in wait or
 * prioritized, its events), fails here after a BullMQ upgrade.
 */
import { randomUUID } from 'node:crypto';
import { Queue, Worker, type Job } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWaiting, removeWaiting } from '../../src/jobs/waiting-jobs.ts';
import { createTestRedis, type TestRedis } from '../helpers/redis.ts';

let r: TestRedis;
const opened: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  r = await createTestRedis();
});
afterAll(async () => {
  await Promise.all(opened.map((o) => o.close()));
  await r?.cleanup();
});

function queueNamed(name: string): Queue<{ n: number }> {
  const queue = new Queue<{ n: number }>(name, { connection: r.connection, prefix: r.prefix });
  opened.push(queue);
  return queue;
}

function workerOf(name: string): Worker<{ n: number }> {
  const worker = new Worker<{ n: number }>(name, null, { connection: r.connection, prefix: r.prefix, autorun: false });
  opened.push(worker);
  return worker;
}

/** Every key of a queue (its name left out, so two queues compare) and what the lists, sets and hashes hold. */
async function snapshot(queue: Queue): Promise<Record<string, unknown>> {
  const base = queue.toKey('');
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, found] = await r.connection.scan(cursor, 'MATCH', `${base}*`, 'COUNT', 500);
    cursor = next;
    keys.push(...found);
  } while (cursor !== '0');
  const held: Record<string, unknown> = {};
  for (const key of keys.sort()) {
    const type = await r.connection.type(key);
    const name = key.slice(base.length);
    if (type === 'list') held[name] = await r.connection.lrange(key, 0, -1);
    else if (type === 'zset') held[name] = await r.connection.zrange(key, '0', '-1');
    else if (type === 'stream') {
      // The events, without their stream ids (times).
      held[name] = (await r.connection.xrange(key, '-', '+')).map(([, fields]) => fields.join(' '));
    } else if (type === 'hash' && name !== 'meta') held[name] = Object.keys(await r.connection.hgetall(key)).sort();
    else held[name] = type;
  }
  return held;
}

/** The same jobs on a queue: plain ones, one with logs, one deduplicated, one prioritized. */
async function fill(queue: Queue<{ n: number }>): Promise<void> {
  await queue.add('m', { n: 1 }, { jobId: 'a' });
  const logged = await queue.add('m', { n: 2 }, { jobId: 'b' });
  await logged.log('a line of log');
  await queue.add('m', { n: 3 }, { jobId: 'c', deduplication: { id: 'dedup-c' } });
  await queue.add('m', { n: 4 }, { jobId: 'd', priority: 5 });
  await queue.add('m', { n: 5 }, { jobId: 'e' });
}

describe('reading the waiting jobs', () => {
  it('lists what getWaiting lists, oldest first: ids, data, attempts made', async () => {
    const queue = queueNamed(`read-${randomUUID()}`);
    for (let n = 1; n <= 6; n++) await queue.add('m', { n }, { jobId: `j${n}`, attempts: 3 });
    // j1 fails once and goes back to wait (no backoff): it is waiting again with one attempt made.
    const worker = workerOf(queue.name);
    const token = randomUUID();
    const first = (await worker.getNextJob(token, { block: false })) as Job<{ n: number }>;
    await first.moveToFailed(new Error('once'), token, true);

    const ours = await readWaiting(queue, 4);
    const bull = await queue.getWaiting(0, 3);
    expect(ours).toEqual(bull.map((job) => ({ id: job.id, data: job.data, attemptsMade: job.attemptsMade })));
    expect(ours.map((job) => job.data.n).slice(0, 3)).toEqual([2, 3, 4]);

    const all = await readWaiting(queue, 100);
    expect(all.find((job) => job.id === 'j1')?.attemptsMade).toBe(1);
    expect(all).toEqual((await queue.getWaiting(0, 99)).map((job) => ({ id: job.id, data: job.data, attemptsMade: job.attemptsMade })));
    expect(all).toHaveLength(6);
    expect(await readWaiting(queue, 0)).toEqual([]);
  });

  it('reads nothing from an empty shard', async () => {
    expect(await readWaiting(queueNamed(`empty-${randomUUID()}`), 7)).toEqual([]);
  });
});

describe('removing the waiting jobs', () => {
  it('leaves Redis exactly as Queue.remove leaves it: hash, logs, deduplication key, wait and prioritized, events', async () => {
    const theirs = queueNamed(`remove-${randomUUID()}`);
    const ours = queueNamed(`remove-${randomUUID()}`);
    await fill(theirs);
    await fill(ours);
    expect(await snapshot(ours)).toEqual(await snapshot(theirs));
    const dedupKey = (queue: Queue) => `${queue.toKey('de')}:dedup-c`;
    expect(await r.connection.exists(dedupKey(ours), `${ours.toKey('b')}:logs`)).toBe(2);

    const gone = ['b', 'c', 'd', 'e'];
    const removedByBull = [];
    for (const id of gone) removedByBull.push(await theirs.remove(id, { removeChildren: false }));
    const removedByUs = await removeWaiting(ours, gone);

    expect(removedByUs).toEqual(removedByBull);
    expect(removedByUs).toEqual([1, 1, 1, 1]);
    expect(await snapshot(ours)).toEqual(await snapshot(theirs));
    // And what that is: only job a left, and nothing of the removed ones.
    expect(await r.connection.exists(dedupKey(ours), `${ours.toKey('b')}:logs`, ours.toKey('b'), ours.toKey('c'), ours.toKey('d'), ours.toKey('e'))).toBe(0);
    expect((await readWaiting(ours, 10)).map((job) => job.id)).toEqual(['a']);
    expect(await ours.getPrioritizedCount()).toBe(0);
    expect(await removeWaiting(ours, [])).toEqual([]);
  });

  it('leaves a job another worker holds, as Queue.remove does, and removes the others', async () => {
    const queue = queueNamed(`locked-${randomUUID()}`);
    for (let n = 1; n <= 3; n++) await queue.add('m', { n }, { jobId: `k${n}` });
    const worker = workerOf(queue.name);
    const held = (await worker.getNextJob(randomUUID(), { block: false })) as Job<{ n: number }>;
    expect(held.id).toBe('k1');

    expect(await queue.remove('k1', { removeChildren: false })).toBe(0);
    expect(await removeWaiting(queue, ['k1', 'k2'])).toEqual([0, 1]);
    expect(await queue.getJobState('k1')).toBe('active');
    expect(await r.connection.exists(queue.toKey('k1'), queue.toKey('k2'))).toBe(1);
    expect((await readWaiting(queue, 10)).map((job) => job.id)).toEqual(['k3']);
  });
});
