/** Runs the whole bot (queues, workers, console channel) against the test Postgres and Redis. */
import { PassThrough } from 'node:stream';
import { startApp, type App } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { fixedClock, type Clock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { eventually } from './wait.ts';

export interface ConsoleApp {
  app: App;
  /** Types a line as the console person. */
  type(line: string): void;
  /** Ends the input (the end of piped input). */
  endInput(): void;
  /** Everything the bot has written so far. */
  output(): string;
  /** Waits until the bot has written `count` replies in all. */
  replies(count: number): Promise<string[]>;
  stop(): Promise<void>;
}

export async function startConsoleApp(options: {
  databaseUrl: string;
  redisUrl: string;
  prefix: string;
  personName?: string;
  clock?: Clock;
  /** Called when the input ends (as `npm run chat` stops once all is answered). */
  onInputEnd?: (app: App) => void;
}): Promise<ConsoleApp> {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.on('data', (chunk: Buffer) => (written += chunk.toString('utf8')));
  const config = loadConfig({
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: options.redisUrl,
    QUEUE_PREFIX: options.prefix,
    CONSOLE_CHANNEL: 'on',
  });
  const started: { app?: App } = {};
  const app = await startApp({
    config,
    clock: options.clock ?? fixedClock('2026-11-20T03:00:00Z'),
    log: silentLogger(),
    console: {
      input,
      output,
      personName: options.personName ?? 'Ani',
      onInputEnd: () => (started.app && options.onInputEnd ? options.onInputEnd(started.app) : undefined),
    },
  });
  started.app = app;
  const replyTexts = () => written.split('\n🤖 ').slice(1);
  return {
    app,
    type: (line) => input.write(`${line}\n`),
    endInput: () => input.end(),
    output: () => written,
    replies: (count) =>
      eventually(() => (replyTexts().length >= count ? replyTexts() : undefined), { what: `${count} replies` }),
    stop: () => app.stop(),
  };
}
