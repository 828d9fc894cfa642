/**
 * Fault: Redis loses all its data while the bot runs (FLUSHALL, as a failover to a replica
 * without the keys would) in the middle of answering a burst of messages. The bot runs
 * in-process against a private redis-server; Postgres is the shared server; the Bot API is
 * the local fake. Its job schedulers (outbox sweep, reminder tick, lead deadlines, follow-up
 * sweeps) must be back within a minute, and every reply committed before or after the
 * flush must reach her exactly once: the send jobs Redis lost are re-queued from the
 * outbox by the restored sweep.
 *
 * The bot's clock runs SWEEP_GRACE_MS + 1 min ahead, so the sweep treats every queued row
 * as stale at once instead of after ten minutes of wall time (re-queuing a row whose job
 * still waits is a no-op: same job id).
 */
import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { FOLLOW_UP_QUEUES } from '../../src/jobs/follow-ups.ts';
import { SWEEP_GRACE_MS } from '../../src/jobs/maintenance.ts';
import { MAINTENANCE_QUEUE, REMINDERS_QUEUE, SCHEDULER_CHECK_EVERY_MS, SCHEDULERS } from '../../src/jobs/schedulers.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { FAKE_TOKEN, startFakeTelegram, type FakeTelegram } from '../helpers/fake-telegram.ts';
import { startRedisServer, type RedisServer } from '../helpers/processes.ts';
import { eventually } from '../helpers/wait.ts';

const CHATS = 12;
const FIRST_CHAT = 9_200_000;
const PREFIX = 'flush';

let scratch: string;
let t: TestDatabase;
let tg: FakeTelegram;
let redis: RedisServer;
let admin: Redis;
let app: App | undefined;
let queues: Queue[] = [];

beforeAll(async () => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'dampingi-redis-flush-'));
  chmodSync(scratch, 0o755);
  [t, tg, redis] = await Promise.all([createTestDatabase(), startFakeTelegram(), startRedisServer(path.join(scratch, 'redis'))]);
  admin = new Redis(redis.url, { maxRetriesPerRequest: null });
});

afterAll(async () => {
  await app?.stop().catch(() => undefined);
  await Promise.all(queues.map((q) => q.close()));
  admin?.disconnect();
  await redis?.stop();
  await tg?.stop();
  await t?.drop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const chats = Array.from({ length: CHATS }, (_, i) => FIRST_CHAT + i);
const botTexts = (chat: number) => tg.botMessages(chat).map((m) => m.text);

it('re-creates its job schedulers within a minute of a FLUSHALL, and sends every committed reply exactly once', async () => {
  app = await startApp({
    config: loadConfig({
      DATABASE_URL: t.url,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: PREFIX,
      TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
      TELEGRAM_API_ROOT: tg.apiRoot,
      CONSOLE_CHANNEL: 'off',
    }),
    clock: { now: () => new Date(Date.now() + SWEEP_GRACE_MS + 60_000) },
    log: silentLogger(),
  });
  const running = app;
  queues = [MAINTENANCE_QUEUE, REMINDERS_QUEUE, ...Object.values(FOLLOW_UP_QUEUES)].map((name) => new Queue(name, { connection: admin, prefix: PREFIX }));
  const schedulerKeys = async () => (await Promise.all(queues.map((q) => q.getJobSchedulers()))).flat().map((s) => s.key).sort();
  const everyKey = Object.values(SCHEDULERS).map((s) => s.key).sort();
  expect(await schedulerKeys()).toEqual(everyKey);

  // A burst: each of 12 women writes three entries (her first is answered with a welcome too).
  const clients = chats.map((chat, i) => tg.client({ chatId: chat, userId: chat, firstName: `Ibu${i + 1}` }));
  for (let round = 1; round <= 3; round++) {
    for (const client of clients) await tg.say(client, `laku ${round} bros @${round}rb`);
  }
  const answered = () => chats.reduce((n, chat) => n + tg.botMessages(chat).length, 0);
  await eventually(() => answered() >= 10, { what: 'the replies under way', timeoutMs: 30_000, intervalMs: 5 });

  // Redis loses everything: queued messages and send jobs, and the job schedulers.
  await admin.flushall();
  const flushedAt = Date.now();
  const atFlush = answered();
  expect(await schedulerKeys()).toEqual([]);

  // Messages keep coming after the flush.
  const after: { chat: number; messageId: number }[] = [];
  for (const [i, client] of clients.entries()) after.push({ chat: chats[i]!, messageId: await tg.say(client, 'laku 4 bros @4rb') });

  // The running bot notices and re-creates every scheduler within a minute.
  await eventually(async () => ((await schedulerKeys()).length === everyKey.length ? true : undefined), {
    what: 'the job schedulers back',
    timeoutMs: SCHEDULER_CHECK_EVERY_MS + 10_000,
    intervalMs: 200,
  });
  const backAfterMs = Date.now() - flushedAt;
  expect(await schedulerKeys()).toEqual(everyKey);
  expect(backAfterMs).toBeLessThanOrEqual(SCHEDULER_CHECK_EVERY_MS + 5_000);
  expect(running.counters.schedulersRestored).toBe(everyKey.length);

  // Every message that came after the flush was recorded.
  await eventually(
    async () => {
      const recorded = await t.db.selectFrom('inbound_messages').select(['chat_id', 'message_id']).where('platform', '=', 'telegram').execute();
      const keys = new Set(recorded.map((m) => `${m.chat_id}/${m.message_id}`));
      return after.every((m) => keys.has(`${m.chat}/${m.messageId}`)) ? true : undefined;
    },
    { what: 'the messages after the flush recorded', timeoutMs: 30_000, intervalMs: 100 },
  );

  // Every reply committed, before or after the flush, is sent (the restored sweep re-queues what Redis lost)…
  await eventually(
    async () => {
      const unsent = await t.db.selectFrom('outbound_messages').select('id').where('status', '!=', 'sent').execute();
      return unsent.length === 0 ? true : undefined;
    },
    { what: 'every committed reply sent', timeoutMs: 2 * SCHEDULER_CHECK_EVERY_MS + 30_000, intervalMs: 200 },
  );
  await eventually(() => running.isIdle(), { what: 'idle queues', timeoutMs: 30_000, intervalMs: 100 });

  // …exactly once: what each chat received is what its outbox holds, no more, no less.
  const rows = await t.db.selectFrom('outbound_messages').select(['chat_id', 'payload', 'status']).execute();
  for (const chat of chats) {
    const expected = rows.filter((r) => r.chat_id === String(chat)).map((r) => (r.payload as { text?: string }).text ?? '').sort();
    expect(botTexts(chat).sort(), `replies in chat ${chat}`).toEqual(expected);
  }
  expect(running.counters.outboxRowsUnqueued).toBe(0);
  console.info(`[fault] flushed with ${atFlush} replies sent; schedulers back after ${(backAfterMs / 1000).toFixed(1)} s; ${rows.length} replies sent once each`);
}, 240_000);
