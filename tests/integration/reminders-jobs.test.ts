/**
 * The reminder job on real Redis and Postgres: its job scheduler (pattern and time zone),
 * registered once however often the bot starts; a tick job run by the worker with an
 * injected clock queues the due reminders on the send queue under their outbox keys.
 */
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { createDispatch } from '../../src/jobs/intake.ts';
import { createQueues, type QueueSet } from '../../src/jobs/queues.ts';
import { REMINDERS_QUEUE, REMINDERS_SCHEDULER, startReminders } from '../../src/jobs/reminders.ts';
import { addFacilitator, addMember, createGroup } from '../../src/modules/groups/groups.service.ts';
import { startConsoleApp } from '../helpers/console-app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { createTestRedis, type TestRedis } from '../helpers/redis.ts';
import { eventually } from '../helpers/wait.ts';

let t: TestDatabase;
let r: TestRedis;
let queues: QueueSet;
/** Saturday 30 January 2027, 19:00 WIB: the weekly nudge is due in Jakarta. */
const clock = fixedClock('2027-01-30T12:00:00Z');

beforeAll(async () => {
  [t, r] = await Promise.all([createTestDatabase(), createTestRedis()]);
  queues = createQueues(r.connection, r.prefix, ['telegram']);
  const rina = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: '900', timeZone: 'Asia/Jakarta' });
  const melati = await createGroup(t.db, { name: 'Melati', trades: ['asesoris'], facilitatorId: rina.id, timeZone: 'Asia/Jakarta' });
  await addMember(t.db, melati.id, { name: 'Ani', telegramId: '2001', timeZone: 'Asia/Jakarta' }, clock.now());
  await addMember(t.db, melati.id, { name: 'Sri', telegramId: '2002', timeZone: 'Asia/Jakarta' }, clock.now());
});
afterAll(async () => {
  await queues?.close();
  await r?.cleanup();
  await t?.drop();
});

const schedulersOf = async (queue: Queue) =>
  (await queue.getJobSchedulers()).map((s) => ({ key: s.key, pattern: s.pattern ?? null, tz: s.tz ?? null, every: s.every ?? null }));

describe('the reminder job scheduler', () => {
  it('is one scheduler every 15 minutes in UTC, registered once however often the bot starts', async () => {
    const deps = { db: t.db, clock, dispatch: async () => undefined, quietHours: { start: 1260, end: 420 }, log: silentLogger() };
    const first = await startReminders({ connection: r.connection, prefix: r.prefix, deps });
    const second = await startReminders({ connection: r.connection, prefix: r.prefix, deps });
    const queue = new Queue(REMINDERS_QUEUE, { connection: r.connection, prefix: r.prefix });
    expect(await schedulersOf(queue)).toEqual([{ key: 'reminders-tick', pattern: '*/15 * * * *', tz: 'UTC', every: null }]);
    // Its next run is waiting in Redis, on a quarter hour.
    const next = (await queue.getJobSchedulers())[0]?.next;
    expect(next).toBeDefined();
    expect(next! % (15 * 60 * 1000)).toBe(0);
    await queue.close();
    await second.close();
    await first.close();
  });

  it('runs a tick in its worker: the due nudges go on the send queue under their outbox keys', async () => {
    const reminders = await startReminders({
      connection: r.connection,
      prefix: r.prefix,
      deps: { db: t.db, clock, dispatch: createDispatch(queues), quietHours: { start: 1260, end: 420 }, log: silentLogger() },
    });
    const runTick = async (jobId: string) => {
      await reminders.queue.add(REMINDERS_SCHEDULER.key, {}, { jobId });
      const job = await eventually(async () => {
        const found = await reminders.queue.getJob(jobId);
        return found?.finishedOn ? found : undefined;
      }, { what: `tick ${jobId}` });
      expect(job.failedReason).toBeUndefined();
      return job.returnvalue as { slots: string[]; queued: number };
    };
    expect(await runTick('tick-1')).toMatchObject({ slots: ['nudge|Asia/Jakarta|2027-01-30'], queued: 2 });
    const telegram = queues.outbound.get('telegram')!;
    const jobs = await telegram.getJobs(['prioritized', 'waiting']);
    const keys = jobs.map((j) => j.id!).sort();
    expect(keys).toEqual([expect.stringMatching(/^rem-nudge-2027W04-\d+$/), expect.stringMatching(/^rem-nudge-2027W04-\d+$/)]);
    // Job data carries the key only: the text and the chat stay in Postgres.
    expect(jobs.map((j) => j.data)).toEqual(jobs.map((j) => ({ key: j.id })));
    const rows = await t.db.selectFrom('outbound_messages').select(['idempotency_key', 'priority']).where('idempotency_key', 'like', 'rem-%').execute();
    expect(rows.map((x) => x.idempotency_key).sort()).toEqual(keys);
    expect(rows.every((x) => x.priority === 'bulk')).toBe(true);

    // A second tick (a double run) queues nothing more.
    expect(await runTick('tick-2')).toMatchObject({ slots: [], queued: 0 });
    expect(await telegram.getJobs(['prioritized', 'waiting'])).toHaveLength(2);
    await reminders.close();
  });

  it('is started with the bot', async () => {
    const app = await startConsoleApp({ databaseUrl: t.url, redisUrl: r.url, prefix: `${r.prefix}app` });
    const queue = new Queue(REMINDERS_QUEUE, { connection: r.connection, prefix: `${r.prefix}app` });
    expect(await schedulersOf(queue)).toEqual([{ key: 'reminders-tick', pattern: '*/15 * * * *', tz: 'UTC', every: null }]);
    await queue.close();
    await app.stop();
    // The app's own prefix is not the helper's: clean its keys too.
    let cursor = '0';
    do {
      const [next, found] = await r.connection.scan(cursor, 'MATCH', `${r.prefix}app:*`, 'COUNT', 500);
      cursor = next;
      if (found.length) await r.connection.del(...found);
    } while (cursor !== '0');
  });
});
