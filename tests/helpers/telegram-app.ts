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

/** `options`: what a test changes of the app (its logger, the flood policy). */
export async function startTelegramApp(options: Partial<Pick<AppOptions, 'log' | 'flood'>> = {}): Promise<TelegramApp> {
  const [t, r, tg] = await Promise.all([createTestDatabase(), createTestRedis(), startFakeTelegram()]);
  const config = loadConfig({
    DATABASE_URL: t.url,
    REDIS_URL: r.url,
    QUEUE_PREFIX: r.prefix,
    TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
    TELEGRAM_API_ROOT: tg.apiRoot,
    CONSOLE_CHANNEL: 'off',
  });
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
