/**
 * A database reset while Redis keeps its finished jobs (`.data/postgres` wiped, a Postgres
 * volume replaced): the new database counts its rows from 1 again, so ids built from row
 * ids (`reply-<inbound id>-<n>`) repeat ids Redis still holds. Job ids carry the database's
 * instance id, so the first replies of the new database are sent all the same; and a row
 * the outbox sweep cannot queue (a finished job holds its id) is logged as an error and
 * counted, never skipped in silence.
 */
import { Writable } from 'node:stream';
import { Queue, Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.ts';
import { fixedClock, systemClock } from '../../src/core/clock.ts';
import { createLogger, silentLogger } from '../../src/core/logger.ts';
import { databaseInstanceId } from '../../src/db/instance.ts';
import { createDispatch, createUnqueuedCheck, type UnqueuedRow } from '../../src/jobs/intake.ts';
import { SWEEP_GRACE_MS, sweepOutbox } from '../../src/jobs/maintenance.ts';
import { createQueues, outboundQueueName } from '../../src/jobs/queues.ts';
import { addToOutbox } from '../../src/modules/outbox/outbox.repository.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { startFakeTelegram, type FakeTelegram } from '../helpers/fake-telegram.ts';
import { createTestRedis, type TestRedis } from '../helpers/redis.ts';
import { telegramConfig } from '../helpers/telegram-app.ts';
import { eventually } from '../helpers/wait.ts';

let r: TestRedis;
let tg: FakeTelegram;
const databases: TestDatabase[] = [];

beforeAll(async () => {
  [r, tg] = await Promise.all([createTestRedis(), startFakeTelegram()]);
});
afterAll(async () => {
  await tg?.stop();
  await r?.cleanup();
  for (const t of databases) await t.drop();
});

async function freshDatabase(): Promise<TestDatabase> {
  const t = await createTestDatabase();
  databases.push(t);
  return t;
}

/** The bot on `t`, on the one Redis prefix every life of it shares. */
function startBot(t: TestDatabase): Promise<App> {
  const config = telegramConfig({ databaseUrl: t.url, redisUrl: r.url, prefix: r.prefix, apiRoot: tg.apiRoot });
  return startApp({ config, clock: systemClock, log: silentLogger() });
}

describe('a database reset while Redis keeps its finished jobs', () => {
  it('still sends the first replies of the new database, the welcome included', async () => {
    const before = await freshDatabase();
    const first = await startBot(before);
    const ani = tg.client({ chatId: 8_100_001, userId: 8_100_001, firstName: 'Ani' });
    await tg.say(ani, 'laku 12 bros @15rb');
    const answered = await eventually(() => (tg.botMessages(8_100_001).length >= 1 ? tg.botMessages(8_100_001) : undefined), { what: "Ani's replies" });
    await eventually(() => first.isIdle(), { what: 'idle queues' });
    const aniReplies = await before.db.selectFrom('outbound_messages').select(['idempotency_key', 'status']).execute();
    expect(aniReplies.every((row) => row.status === 'sent')).toBe(true);
    expect(answered).toHaveLength(aniReplies.length);
    await first.stop();

    // The same Redis, a database started afresh: its first message is inbound row 1 again.
    const after = await freshDatabase();
    expect(await databaseInstanceId(after.db)).not.toBe(await databaseInstanceId(before.db));
    const second = await startBot(after);
    try {
      const sri = tg.client({ chatId: 8_100_002, userId: 8_100_002, firstName: 'Sri' });
      await tg.say(sri, 'laku 12 bros @15rb');
      const rows = await eventually(
        async () => {
          const found = await after.db.selectFrom('outbound_messages').select(['idempotency_key', 'status']).orderBy('id').execute();
          return found.length > 0 ? found : undefined;
        },
        { what: "Sri's replies written" },
      );
      // The very keys the first database's replies had: only the instance id tells their jobs apart.
      expect(rows.map((row) => row.idempotency_key)).toEqual(aniReplies.map((row) => row.idempotency_key));
      const sent = await eventually(() => (tg.botMessages(8_100_002).length >= rows.length ? tg.botMessages(8_100_002) : undefined), {
        what: "Sri's replies sent",
        timeoutMs: 10_000,
      });
      // The welcome, the notice of what is kept and the confirmation, as Ani had them.
      expect(sent.map((m) => m.text)).toEqual(answered.map((m) => m.text.replace('Halo Bu Ani', 'Halo Bu Sri')));
      await eventually(() => second.isIdle(), { what: 'idle queues' });
      expect(tg.botMessages(8_100_002)).toHaveLength(rows.length);
    } finally {
      await second.stop();
    }
  }, 60_000);

  it('makes the sweep say so, with the key, when a finished job holds a row’s job id', async () => {
    const t = await freshDatabase();
    const now = new Date('2026-11-20T03:00:00Z');
    const prefix = `${r.prefix}s`;
    const queues = createQueues(r.connection, prefix, ['telegram']);
    const queue = queues.outbound.get('telegram') as Queue;
    // A send job of another life of this database finished under the id 'reply-1-0'.
    const worker = new Worker(outboundQueueName('telegram'), async () => 'sent', { connection: r.connection.duplicate(), prefix });
    try {
      const old = await queue.add('send', { key: 'reply-1-0' }, { jobId: 'reply-1-0', removeOnComplete: { count: 200 } });
      // Polled, not awaited through QueueEvents: its stream may start after the job is done.
      await eventually(async () => ((await old.isCompleted()) ? true : undefined), { what: 'the old job finished', timeoutMs: 25_000 });
      await addToOutbox(t.db, [{ key: 'reply-1-0', message: { platform: 'telegram', chatId: '1', text: 'x' }, priority: 'reply', sourceMessageId: null }]);
      await t.db.updateTable('outbound_messages').set({ created_at: new Date(now.getTime() - SWEEP_GRACE_MS - 1000) }).execute();

      let logged = '';
      const log = createLogger('info', new Writable({ write: (chunk, _enc, done) => void ((logged += String(chunk)), done()) }));
      const counted: UnqueuedRow[] = [];
      const requeued = await sweepOutbox({
        db: t.db,
        clock: fixedClock(now),
        dispatch: createDispatch(queues),
        platforms: ['telegram'],
        log,
        unqueued: createUnqueuedCheck(queues),
        onUnqueued: (rows) => void counted.push(...rows),
      });
      expect(requeued).toBe(1);
      expect(counted.map((row) => [row.item.idempotencyKey, row.state])).toEqual([['reply-1-0', 'completed']]);
      const errors = logged.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { level: number; key?: string; msg: string });
      expect(errors.filter((line) => line.level >= 50 && line.key === 'reply-1-0')).toHaveLength(1);
    } finally {
      await worker.close();
      await queues.close();
    }
  });
});
