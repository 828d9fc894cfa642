/**
 * One world for a browser test of the web console: its own database (with the console
 * world of console-world.ts seeded unless told not to), the console running on a free
 * loopback port, Debian's chromium, a one-time-link login for anyone, and one stop() that
 * takes it all down in reverse order. Two kinds:
 *
 * - the console alone (startWebConsole), for pages and their figures;
 * - `bot: {}`, the whole bot (startApp: Redis, queues, workers, grammY on the local fake Bot
 *   API) with its console, for tests where what happens in chat shows on a page or back.
 *
 * Everything is seeded before the console starts: the whole bot's sweeps would otherwise act
 * on a half-made world (the world's leads, left unpublished, would be sent at once).
 */
import { type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { startApp, type App } from '../../src/app.ts';
import type { Clock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { Db } from '../../src/db/client.ts';
import { issueLogin } from '../../src/modules/console-access/console-access.service.ts';
import { startWebConsole, type WebConsole } from '../../src/web/server.ts';
import { launchChromium } from './console-browser.ts';
import { seedConsoleWorld, type ConsoleWorld } from './console-world.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { startFakeTelegram, type FakeTelegram } from './fake-telegram.ts';
import { createTestRedis } from './redis.ts';
import { telegramConfig } from './telegram-app.ts';

/** The console on a free loopback port, as no deployment runs it: nothing else may take the port. */
const ON_LOOPBACK = { port: 0, anyPortIfTaken: false, host: '127.0.0.1', publicUrl: undefined, trustedProxies: 0 };

type ConsoleDeps = Parameters<typeof startWebConsole>[1];

interface WorldOptions {
  /** The clock the console (and the bot) reads; the test keeps it to move time or mint logins. */
  clock: Clock;
  /** false: an empty deployment (the test seeds its own people); `w` then throws. Default true. */
  consoleWorld?: boolean;
  /** The test's own rows, after the console world and before anything starts. */
  seed?: (seeded: { db: Db; w: ConsoleWorld }) => Promise<void>;
}

export interface ConsoleOnlyOptions extends WorldOptions {
  /** What the test hands the console beyond the defaults (a downloads hand-off, join links…). */
  web?: Partial<ConsoleDeps>;
}

export interface WholeBotOptions extends WorldOptions {
  /** Settings added to the bot's test configuration (e.g. TELEGRAM_BOT_USERNAME). */
  bot: { env?: Record<string, string> };
}

export interface ConsoleBrowserWorld {
  /** The test's database (and its URL); dropped by stop(). */
  database: TestDatabase;
  db: Db;
  /** The console world's programmes, groups and people by role (console-world.ts). */
  w: ConsoleWorld;
  clock: Clock;
  /** The console's origin, e.g. http://127.0.0.1:40123 (no trailing slash). */
  base: string;
  browser: Browser;
  /**
   * A new page logged in as this person through a one-time link (as the terminal's admin link
   * or /masuk's link does), on the home page. `page`: the browser page's options, e.g.
   * bypassCSP so that axe-core's script can be injected past the console's CSP.
   */
  loginAs(personId: number, page?: BrowserContextOptions): Promise<Page>;
  /**
   * One logged-in page per person (and page options) for the whole world, back on the home
   * page each time: every login comes from 127.0.0.1 under a fixed clock, so a login per
   * check would reach the console's rate limit on login attempts.
   */
  sessionAs(personId: number, page?: BrowserContextOptions): Promise<Page>;
  stop(): Promise<void>;
}

export interface BotBrowserWorld extends ConsoleBrowserWorld {
  app: App;
  /** The fake Bot API the bot talks to: members and staff chat through it. */
  tg: FakeTelegram;
}

export function startConsoleBrowserWorld(options: WholeBotOptions): Promise<BotBrowserWorld>;
export function startConsoleBrowserWorld(options: ConsoleOnlyOptions): Promise<ConsoleBrowserWorld>;
export async function startConsoleBrowserWorld(options: ConsoleOnlyOptions | WholeBotOptions): Promise<ConsoleBrowserWorld | BotBrowserWorld> {
  const { clock } = options;
  // Each part pushes its own stop as it comes up, so a failed start still takes down what did.
  const stops: (() => Promise<unknown>)[] = [];
  const stop = async () => {
    for (const s of stops.splice(0).reverse()) await s();
  };
  try {
    const bot = 'bot' in options ? options.bot : undefined;
    const [database, redis, tg] = await Promise.all([createTestDatabase(), bot ? createTestRedis() : undefined, bot ? startFakeTelegram() : undefined]);
    stops.push(() => database.drop());
    if (redis) stops.push(() => redis.cleanup());
    if (tg) stops.push(() => tg.stop());
    const db = database.db;
    const seeded = options.consoleWorld === false ? undefined : await seedConsoleWorld(db);
    const w = () => {
      if (!seeded) throw new Error('this world was started with consoleWorld: false');
      return seeded;
    };
    await options.seed?.({
      db,
      get w() {
        return w();
      },
    });

    let base: string;
    let app: App | undefined;
    if (bot && redis && tg) {
      const config = telegramConfig({ databaseUrl: database.url, redisUrl: redis.url, prefix: redis.prefix, apiRoot: tg.apiRoot }, bot.env);
      const started = await startApp({ config, clock, log: silentLogger(), web: ON_LOOPBACK });
      app = started;
      stops.push(() => started.stop());
      base = started.web!.url;
    } else {
      const web: WebConsole = await startWebConsole(ON_LOOPBACK, { db, clock, log: silentLogger(), timeZone: 'Asia/Jakarta', sendLoginCode: async () => true, ...('web' in options ? options.web : {}) });
      stops.push(() => web.close());
      base = web.url;
    }
    const browser = await launchChromium();
    stops.push(() => browser.close());

    const loginAs = async (personId: number, pageOptions: BrowserContextOptions = {}) => {
      const { token } = await issueLogin(db, personId, clock.now());
      const page = await browser.newPage(pageOptions);
      await page.goto(`${base}/masuk/tautan/${token}`);
      await page.getByRole('button').click();
      await page.waitForURL(`${base}/`);
      return page;
    };
    const sessions = new Map<string, Page>();
    return {
      ...(app && tg ? { app, tg } : {}),
      database,
      db,
      get w() {
        return w();
      },
      clock,
      base,
      browser,
      loginAs,
      async sessionAs(personId, pageOptions = {}) {
        const key = `${personId}:${JSON.stringify(pageOptions)}`;
        let page = sessions.get(key);
        if (!page) {
          page = await loginAs(personId, pageOptions);
          sessions.set(key, page);
        } else {
          await page.goto(`${base}/`);
        }
        return page;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
