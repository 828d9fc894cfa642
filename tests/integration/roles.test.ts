/**
 * DAMPINGI_ROLES on the real app: a receiver only queues what Telegram delivers; a worker
 * (another app on the same database and Redis prefix) handles it and sends the reply,
 * without polling Telegram itself. Both stop when the deployment's shard count is no longer
 * theirs (src/jobs/shard-count.ts).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.ts';
import { DEFAULT_INBOUND_SHARDS, loadConfig } from '../../src/config.ts';
import { systemClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { Every } from '../../src/jobs/redis-loss-watch.ts';
import { agreeOnShardCount, shardCountKey, ShardCountChanged } from '../../src/jobs/shard-count.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { startFakeTelegram, type FakeTelegram } from '../helpers/fake-telegram.ts';
import { createTestRedis, type TestRedis } from '../helpers/redis.ts';
import { telegramConfig } from '../helpers/telegram-app.ts';
import { privateMessage } from '../helpers/messages.ts';
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

it('a receiver and a worker whose shard count was replaced stop queuing and taking messages, and ask to exit', async () => {
  // A deployment of its own (prefix), with no channel: the test hands the receiver its messages.
  const prefix = `${r.prefix}n`;
  const fatal: string[] = [];
  const timers: (() => void)[] = [];
  const startWith = async (roles: string) => {
    const config = loadConfig({ DATABASE_URL: t.url, REDIS_URL: r.url, QUEUE_PREFIX: prefix, CONSOLE_CHANNEL: 'off', DAMPINGI_ROLES: roles, INBOUND_SHARDS: '4' });
    const every: Every = (_, check) => {
      timers.push(check);
      return { cancel: () => undefined };
    };
    const app = await startApp({ config, clock: systemClock, log: silentLogger(), onFatal: (reason) => fatal.push(`${roles}: ${reason}`), heartbeat: { every, now: () => 0 } });
    apps.push(app);
    return app;
  };
  const receiver = await startWith('receiver');
  await startWith('worker');
  expect(await r.connection.get(shardCountKey(prefix))).toBe('4');

  // Redis loses its data; a process with 8 starts before the next heartbeat and records its count.
  const keys = await r.connection.keys(`${prefix}:*`);
  if (keys.length) await r.connection.del(...keys);
  await agreeOnShardCount({ redis: r.connection, prefix, shards: 8, legacy: 4, process: 'eight' });

  for (const beat of timers) beat();
  await eventually(() => fatal.length === 2, { what: 'both processes told to stop' });
  expect(fatal.sort()).toEqual([
    expect.stringMatching(/^receiver: INBOUND_SHARDS is 4 but the deployment now records 8/),
    expect.stringMatching(/^worker: INBOUND_SHARDS is 4 but the deployment now records 8/),
  ]);
  await expect(receiver.intake(privateMessage('laku 1 bros @1rb'))).rejects.toThrow(ShardCountChanged);
  const queued = await Promise.all(receiver.queues.inbound.map((q) => q.getJobCounts('waiting', 'delayed', 'prioritized')));
  expect(queued.flatMap((c) => Object.values(c)).reduce((a, b) => a + b, 0)).toBe(0);
});

it('a receiver and a worker with no INBOUND_SHARDS take the count the deployment runs with; a new deployment takes 16', async () => {
  const startIn = async (prefix: string, roles: string) => {
    const config = loadConfig({ DATABASE_URL: t.url, REDIS_URL: r.url, QUEUE_PREFIX: prefix, CONSOLE_CHANNEL: 'off', DAMPINGI_ROLES: roles });
    const app = await startApp({ config, clock: systemClock, log: silentLogger() });
    apps.push(app);
    return app;
  };
  // A deployment on the old default, one of its processes still running (a rolling upgrade).
  const running = `${r.prefix}u`;
  // Its heartbeat lives through a slow start of the two below.
  await agreeOnShardCount({ redis: r.connection, prefix: running, shards: 4, legacy: 4, process: 'old-version', ttlMs: 120_000 });
  const [receiver, worker] = await Promise.all([startIn(running, 'receiver'), startIn(running, 'worker')]);
  expect([receiver.queues.inbound.length, worker.queues.inbound.length]).toEqual([4, 4]);
  // A process that neither receives nor works holds no count: it reads the recorded one.
  expect((await startIn(running, 'scheduler')).queues.inbound.length).toBe(4);
  expect(await r.connection.get(shardCountKey(running))).toBe('4');

  const fresh = `${r.prefix}f`;
  const both = await Promise.all([startIn(fresh, 'receiver'), startIn(fresh, 'worker')]);
  expect(both.map((a) => a.queues.inbound.length)).toEqual([DEFAULT_INBOUND_SHARDS, DEFAULT_INBOUND_SHARDS]);
  expect(await r.connection.get(shardCountKey(fresh))).toBe(String(DEFAULT_INBOUND_SHARDS));
});
