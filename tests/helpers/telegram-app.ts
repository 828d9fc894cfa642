/**
 * The whole bot on Telegram for end-to-end tests: a fresh database and queue prefix, the
 * local Bot API (telegram-test-api), and the app started against them, with helpers to
 * wait for the bot's messages and for the queues to drain.
 */
import { startApp, type App, type AppOptions } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { systemClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { FAKE_TOKEN, startFakeTelegram, type BotMessage, type FakeTelegram } from './fake-telegram.ts';
import { createTestRedis, type TestRedis } from './redis.ts';
import { eventually } from './wait.ts';

export interface TelegramApp {
  t: TestDatabase;
  r: TestRedis;
  tg: FakeTelegram;
  app: App;
  /** Waits until the bot has sent at least `count` messages to the chat; returns them all. */
  botSays(chatId: number, count: number): Promise<BotMessage[]>;
  /** Waits until no job is waiting or running. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The bot's configuration for a test: Telegram on the local fake Bot API, no terminal chat,
 * this database and Redis prefix; `extra` adds settings (WhatsApp, the health port…).
 */
export function telegramConfig(where: { databaseUrl: string; redisUrl: string; prefix: string; apiRoot: string }, extra: Record<string, string> = {}) {
  return loadConfig({
    DATABASE_URL: where.databaseUrl,
    REDIS_URL: where.redisUrl,
    QUEUE_PREFIX: where.prefix,
    TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
    TELEGRAM_API_ROOT: where.apiRoot,
    CONSOLE_CHANNEL: 'off',
    ...extra,
  });
}

/** `options`: what a test changes of the app (its logger, the flood policy). */
export async function startTelegramApp(options: Partial<Pick<AppOptions, 'log' | 'flood'>> = {}): Promise<TelegramApp> {
  const [t, r, tg] = await Promise.all([createTestDatabase(), createTestRedis(), startFakeTelegram()]);
  const config = telegramConfig({ databaseUrl: t.url, redisUrl: r.url, prefix: r.prefix, apiRoot: tg.apiRoot });
  const app = await startApp({ config, clock: systemClock, log: silentLogger(), ...options });
  return {
    t,
    r,
    tg,
    app,
    botSays: (chatId, count) =>
      eventually(() => {
        const messages = tg.botMessages(chatId);
        return messages.length >= count ? messages : undefined;
      }, { what: `${count} bot messages in chat ${chatId}` }),
    idle: async () => void (await eventually(() => app.isIdle(), { what: 'idle queues' })),
    async stop() {
      await app.stop();
      await tg.stop();
      await r.cleanup();
      await t.drop();
    },
  };
}
