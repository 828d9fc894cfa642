/**
 * DAMPINGI_ROLES on the real app: a receiver only queues what Telegram delivers; a worker
 * (another app on the same database and Redis prefix) handles it and sends the reply,
 * without polling Telegram itself.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.ts';
import { systemClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { startFakeTelegram, type FakeTelegram } from '../helpers/fake-telegram.ts';
import { createTestRedis, type TestRedis } from '../helpers/redis.ts';
import { telegramConfig } from '../helpers/telegram-app.ts';
import { eventually } from '../helpers/wait.ts';

let t: TestDatabase;
let r: TestRedis;
let tg: FakeTelegram;
const apps: App[] = [];

beforeAll(async () => {
  [t, r, tg] = await Promise.all([createTestDatabase(), createTestRedis(), startFakeTelegram()]);
});

afterAll(async () => {
  for (const app of apps) await app.stop();
  await tg?.stop();
  await r?.cleanup();
  await t?.drop();
});

async function start(roles: string): Promise<App> {
  const config = telegramConfig({ databaseUrl: t.url, redisUrl: r.url, prefix: r.prefix, apiRoot: tg.apiRoot }, { DAMPINGI_ROLES: roles });
  const app = await startApp({ config, clock: systemClock, log: silentLogger() });
  apps.push(app);
  return app;
}

const inboxRows = async () => Number((await t.db.selectFrom('inbound_messages').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

it('a receiver only queues; a worker handles and replies without polling', async () => {
  const receiver = await start('receiver');
  expect((await receiver.health()).parts.telegram).toBe('up');

  const client = tg.client({ chatId: 8801, userId: 8801, firstName: 'Sri' });
  await tg.say(client, 'laku 3 bros @5rb');
  // Queued on its shard, and nothing works it.
  await eventually(
    async () => {
      const counts = await Promise.all(receiver.queues.inbound.map((q) => q.getJobCounts('waiting')));
      return counts.reduce((n, c) => n + (c.waiting ?? 0), 0) === 1;
    },
    { what: 'the message queued' },
  );
  expect(await inboxRows()).toBe(0);

  const worker = await start('worker');
  // It holds Telegram to send with, but does not poll (Telegram would answer a second poller with 409).
  expect(worker.channels.get('telegram')?.connection?.()).toEqual({ connected: false, reason: 'not started' });
  expect((await worker.health()).parts.telegram).toBeUndefined();

  const replies = await eventually(() => (tg.botMessages(8801).length ? tg.botMessages(8801) : undefined), { what: 'the reply' });
  expect(replies[0]?.text).toContain('Rp15.000');
  expect(await inboxRows()).toBe(1);
  await eventually(() => worker.isIdle(), { what: 'idle queues' });
});
