/**
 * Shared start-up for `npm start` and `npm run chat`: configuration, logging, the app,
 * and a clean stop on Ctrl-C / SIGTERM (jobs in progress finish; queued ones wait in Redis).
 */
import { startApp, type App, type AppOptions } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { systemClock } from './core/clock.ts';
import { createLogger, type Logger } from './core/logger.ts';
import { ensureAdmin, issueLogin } from './modules/console-access/console-access.service.ts';
import { CODE_TTL_MS } from './modules/console-access/console-access.ts';

export interface RunOptions {
  /** Run the console chat as this person, whatever else is configured. */
  consoleAs?: string | undefined;
  /** Lines of the console chat within this many ms are one message; unset: a pasted list in a terminal is one message, piped lines are not joined. */
  pasteWindowMs?: number | undefined;
  /** Where the console chat writes chart pictures; unset: the system's temporary folder. */
  chartsDir?: string | undefined;
}

/** In a terminal, a paste arrives within a few milliseconds; a person typing never presses Enter twice this fast. */
const TERMINAL_PASTE_WINDOW_MS = 150;

/**
 * What this run connects to. The terminal chat (`npm run chat`) never opens the WhatsApp
 * link: a number is used by one process only (the running bot holds it), and a second
 * login from a developer's terminal is exactly what gets a linked number flagged.
 */
export function configForRun(config: Config, options: RunOptions): Config {
  // Nor does it serve the web console: the running bot does, on its port. It answers the
  // chat itself, whatever roles the environment gives the bot's processes.
  return options.consoleAs ? { ...config, whatsapp: undefined, web: undefined, roles: new Set(['receiver', 'worker', 'scheduler']) } : config;
}

function wantsConsole(config: Config, options: RunOptions): boolean {
  if (options.consoleAs) return true;
  // The terminal chat is a receiver: a worker or scheduler process never reads its stdin.
  if (!config.roles.has('receiver')) return false;
  if (config.consoleChannel === 'on') return true;
  return config.consoleChannel === 'auto' && !config.telegram && !config.whatsapp;
}

export async function run(options: RunOptions = {}): Promise<void> {
  let config: Config;
  try {
    config = configForRun(loadConfig(), options);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const consoleOn = wantsConsole(config, options);
  // Under the console chat, logs would drown the conversation: warnings only, unless asked.
  const log: Logger = createLogger(config.logLevel ?? (consoleOn ? 'warn' : 'info'));

  let app: App | undefined;
  let starting: Promise<App> | undefined;
  let stopping = false;
  const stop = async (reason: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    log.info({ reason }, 'stopping');
    // A stop asked while the app still starts (onFatal) waits for it, then stops it.
    await (app ?? (await starting?.catch(() => undefined)))?.stop();
    process.exit(code);
  };

  const consoleOptions: AppOptions['console'] = consoleOn
    ? {
        input: process.stdin,
        output: process.stdout,
        personName: options.consoleAs ?? process.env.USER ?? 'Ibu',
        // Piped input (`cat day.txt | npm start`) keeps one message per line unless asked.
        pasteWindowMs: options.pasteWindowMs ?? (process.stdin.isTTY ? TERMINAL_PASTE_WINDOW_MS : 0),
        ...(options.chartsDir ? { chartsDir: options.chartsDir } : {}),
        // Piped input (`echo "laku 5 bros @15rb" | npm start`): answer everything, then stop.
        onInputEnd: () => {
          // The input also ends when the app is being stopped (the console channel closes it):
          // then the queues are closing and asking them whether they are idle would throw.
          void (async () => {
            if (app) await untilAnswered(app, () => stopping);
            await stop('console input ended');
          })();
        },
      }
    : undefined;

  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  try {
    // The shard count replaced under it (src/jobs/shard-count.ts): it already stopped taking and queuing messages.
    const onFatal = (reason: string) => void stop(reason, 1);
    starting = startApp({ config, clock: systemClock, log, console: consoleOptions, web: config.web, onFatal });
    app = await starting;
    log.info({ roles: [...config.roles], channels: [...app.channels.keys()] }, 'Dampingi is running');
    if (app.web) await announceConsole(app, config);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`Dampingi could not start: ${message}\n`);
    process.exit(1);
  }
}

/**
 * Waits until the bot has nothing left to do: every queued message handled and every
 * reply sent (to this terminal's mailbox, by whichever process's worker took it; the
 * console channel prints what its mailbox holds when it stops). Idle is asked twice, a
 * moment apart, since the queues are counted one by one: a reply queued between two
 * counts could otherwise pass unseen.
 */
export async function untilAnswered(app: Pick<App, 'isIdle'>, stopping: () => boolean, pauseMs = 100): Promise<void> {
  let idleSeen = 0;
  while (!stopping() && idleSeen < 2) {
    await new Promise((r) => setTimeout(r, pauseMs));
    idleSeen = (await app.isIdle().catch(() => true)) ? idleSeen + 1 : 0;
  }
}

/**
 * The console's address, and — with no chat platform configured (a first try on a laptop)
 * — a one-time link that logs in the deployment's admin. It is printed when the admin was
 * just made (first start) or when stdout is a terminal someone is looking at: a service's
 * stdout ends in its logs, and a live login must not sit there. Never to the logger.
 */
async function announceConsole(app: App, config: Config): Promise<void> {
  const url = app.web!.url;
  const lines = [`Konsol program / programme console: ${url}`];
  if (!config.telegram && !config.whatsapp) {
    const now = systemClock.now();
    const admin = await ensureAdmin(app.db, config.defaultTimeZone, now);
    if (admin.created || process.stdout.isTTY) {
      const login = await issueLogin(app.db, admin.id, now);
      const minutes = CODE_TTL_MS / 60_000;
      lines.push(`Tautan admin sekali pakai, ${minutes} menit / one-time admin link, ${minutes} minutes: ${url}/masuk/tautan/${login.token}`);
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
