/**
 * What the fault tests that run the bot as child processes share: a test database, the fake
 * Bot API, a Redis prefix of their own with the test process's queues on it (the test is the
 * receiver, queuing through the real intake), and bot processes started on all of these.
 * `close()` stops the processes and removes everything the file made.
 */
import { createQueues, type QueueSet } from '../../src/jobs/queues.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { FAKE_TOKEN, startFakeTelegram, type FakeTelegram } from './fake-telegram.ts';
import { startBotProcess, type BotProcess } from './processes.ts';
import { createTestRedis, type TestRedis } from './redis.ts';

export interface BotProcessWorld {
  t: TestDatabase;
  tg: FakeTelegram;
  redis: TestRedis;
  queues: QueueSet;
  /** Every process started, in order. */
  processes: BotProcess[];
  /** Starts `npm start` on this world's database, Redis prefix and fake Bot API; `env` adds or overrides. */
  start(env?: Record<string, string>): BotProcess;
  /** Rows in one of the tables the fault tests count. */
  count(table: 'ledger_entries' | 'inbound_messages'): Promise<number>;
  /** True when no inbound or send queue holds a job (waiting, active, delayed or prioritized). */
  queuesIdle(): Promise<boolean>;
  close(): Promise<void>;
}

export async function startBotProcessWorld(options: { shards?: number } = {}): Promise<BotProcessWorld> {
  const [t, tg, redis] = await Promise.all([createTestDatabase(), startFakeTelegram(), createTestRedis()]);
  const queues = createQueues(redis.connection, redis.prefix, ['telegram'], options.shards);
  const processes: BotProcess[] = [];
  return {
    t,
    tg,
    redis,
    queues,
    processes,
    start(env = {}) {
      const bot = startBotProcess({
        DATABASE_URL: t.url,
        REDIS_URL: redis.url,
        QUEUE_PREFIX: redis.prefix,
        TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
        TELEGRAM_API_ROOT: tg.apiRoot,
        // The test queues on its own shards: the processes work the same ones (unset, a
        // process of a new deployment would take 16, and the test's 4 would be a part of them).
        INBOUND_SHARDS: String(queues.inbound.length),
        ...env,
      });
      processes.push(bot);
      return bot;
    },
    async count(table) {
      return Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    },
    async queuesIdle() {
      const counts = await Promise.all([...queues.inbound, ...queues.outbound.values()].map((q) => q.getJobCounts('waiting', 'active', 'delayed', 'prioritized')));
      return counts.every((c) => Object.values(c).every((n) => n === 0));
    },
    async close() {
      for (const bot of processes) await bot.stop(2_000).catch(() => undefined);
      await queues.close().catch(() => undefined);
      await redis.cleanup();
      await tg.stop();
      await t.drop();
    },
  };
}
