/**
 * A watch that puts back what Redis lost while the bot runs (a FLUSHALL, a failover to a
 * replica without the keys): every `everyMs`, and whenever the connection is ready again
 * after a reconnect, it runs `restore`, which looks and re-creates what is missing and
 * returns the names of what it put back. Checks never overlap; a check that fails (Redis
 * away) is logged and tried again next time. The job schedulers (schedulers.ts) and the
 * inbound shards' one-at-a-time limit (shards.ts) are each watched by one of these.
 */
import type { Logger } from '../core/logger.ts';

/** Runs `check` every `ms` until cancelled. Tests pass one they drive themselves. */
export type Every = (ms: number, check: () => void) => { cancel(): void };

const realEvery: Every = (ms, check) => {
  const timer = setInterval(check, ms);
  // A pending check never keeps the process alive.
  timer.unref();
  return { cancel: () => clearInterval(timer) };
};

/** Something that says when its Redis connection is ready again (an ioredis client). */
export interface Reconnects {
  on(event: 'ready', listener: () => void): unknown;
  off(event: 'ready', listener: () => void): unknown;
}

export interface RedisLossWatch {
  /** Checks now (also what the timer and a reconnect do); resolves with what was put back. */
  check(): Promise<string[]>;
  stop(): Promise<void>;
}

export function watchRedisLoss(options: {
  /** Finds what is missing, puts it back, returns its names (empty when nothing was lost). */
  restore: () => Promise<string[]>;
  log: Logger;
  /** What the error log says when something was put back, and the field naming it. */
  restoredMessage: string;
  restoredField: string;
  /** What the warning says when the check itself failed. */
  failedMessage: string;
  everyMs: number;
  connection?: Reconnects | undefined;
  every?: Every | undefined;
  onRestored?: ((names: readonly string[]) => void) | undefined;
}): RedisLossWatch {
  const { log } = options;
  let running: Promise<string[]> | undefined;
  let stopped = false;
  const run = async (): Promise<string[]> => {
    if (stopped) return [];
    try {
      const restored = await options.restore();
      if (restored.length) {
        log.error({ [options.restoredField]: restored }, options.restoredMessage);
        options.onRestored?.(restored);
      }
      return restored;
    } catch (error) {
      log.warn({ err: String(error) }, options.failedMessage);
      return [];
    }
  };
  const check = (): Promise<string[]> => (running ??= run().finally(() => (running = undefined)));
  const onReady = () => void check();
  options.connection?.on('ready', onReady);
  const timer = (options.every ?? realEvery)(options.everyMs, () => void check());
  return {
    check,
    async stop() {
      stopped = true;
      timer.cancel();
      options.connection?.off('ready', onReady);
      await running;
    },
  };
}
