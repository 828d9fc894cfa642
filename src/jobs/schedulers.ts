/**
 * Every recurring job the bot runs, in one place: the job schedulers (BullMQ) of its
 * queues. Each is upserted when its queue starts, and `watchSchedulers` re-creates any that
 * Redis lost (a FLUSHALL, a failover to a replica without the keys) while the bot runs:
 * without them the outbox sweep, the reminder tick, lead deadlines and the follow-up
 * sweeps would stop until the next restart. Upserting is idempotent, so every process on
 * the same Redis may do it.
 */
import type { Queue } from 'bullmq';
import type { Logger } from '../core/logger.ts';
import { FOLLOW_UP_QUEUES } from './follow-ups.ts';

export const MAINTENANCE_QUEUE = 'maintenance';
export const REMINDERS_QUEUE = 'reminders';

/** How often a scheduler produces its job: a fixed interval, or a cron pattern in a time zone. */
export type Repeat = { every: number } | { pattern: string; tz: string };

export interface SchedulerDefinition {
  /** The queue the jobs go to. */
  queue: string;
  /** The scheduler's key, also the name of its jobs (what the queue's worker dispatches on). */
  key: string;
  repeat: Repeat;
}

export const SCHEDULERS = {
  /** Re-queues outbox rows that never reached a send queue (src/jobs/maintenance.ts). */
  outboxSweep: { queue: MAINTENANCE_QUEUE, key: 'outbox-sweep', repeat: { every: 60_000 } },
  /** Closes leads past their deadline (src/jobs/lead-deadlines.ts). */
  leadDeadlines: { queue: MAINTENANCE_QUEUE, key: 'lead-deadlines', repeat: { pattern: '*/10 * * * *', tz: 'UTC' } },
  /** Forgets old console login attempts, codes and sessions (src/modules/console-access). */
  consoleLoginsPrune: { queue: MAINTENANCE_QUEUE, key: 'console-logins-prune', repeat: { pattern: '17 3 * * *', tz: 'UTC' } },
  /** Every reminder slot, planned per time zone (src/jobs/reminders.ts). */
  remindersTick: { queue: REMINDERS_QUEUE, key: 'reminders-tick', repeat: { pattern: '*/15 * * * *', tz: 'UTC' } },
  /** The follow-up queues' recovery sweeps (src/jobs/follow-ups.ts): pending work is re-handed. */
  leadPublishingSweep: { queue: FOLLOW_UP_QUEUES.publish_lead, key: 'lead-publishing-sweep', repeat: { every: 60_000 } },
  chartsSweep: { queue: FOLLOW_UP_QUEUES.render_chart, key: 'charts-sweep', repeat: { every: 60_000 } },
  exportsSweep: { queue: FOLLOW_UP_QUEUES.make_export, key: 'exports-sweep', repeat: { every: 60_000 } },
  quarterlyReportsTick: { queue: FOLLOW_UP_QUEUES.make_quarterly_report, key: 'quarterly-reports-tick', repeat: { every: 30_000 } },
} as const satisfies Record<string, SchedulerDefinition>;

/** The schedulers whose jobs go to this queue. */
export function schedulersOf(queueName: string): SchedulerDefinition[] {
  return Object.values(SCHEDULERS).filter((s) => s.queue === queueName);
}

/** Creates the scheduler, or updates it in place (idempotent: one scheduler per key, however often). */
export async function upsertScheduler(queue: Queue, scheduler: SchedulerDefinition): Promise<void> {
  await queue.upsertJobScheduler(scheduler.key, { ...scheduler.repeat }, { name: scheduler.key, opts: { removeOnComplete: 10, removeOnFail: 50 } });
}

/** Upserts every scheduler of this queue (what a queue does when it starts). */
export async function upsertSchedulersOf(queue: Queue): Promise<void> {
  for (const scheduler of schedulersOf(queue.name)) await upsertScheduler(queue, scheduler);
}

/**
 * Re-creates the schedulers of these queues that Redis no longer has; returns their keys.
 * A scheduler found is left alone (its next run stays where it is).
 */
export async function restoreMissingSchedulers(queues: readonly Queue[]): Promise<string[]> {
  const restored: string[] = [];
  for (const queue of queues) {
    for (const scheduler of schedulersOf(queue.name)) {
      if (await queue.getJobScheduler(scheduler.key)) continue;
      await upsertScheduler(queue, scheduler);
      restored.push(scheduler.key);
    }
  }
  return restored;
}

/** How often a running bot checks that its schedulers exist: a lost one is back within this. */
export const SCHEDULER_CHECK_EVERY_MS = 60_000;

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

export interface SchedulerWatch {
  /** Checks now (also what the timer and a reconnect do); resolves with the keys re-created. */
  check(): Promise<string[]>;
  stop(): Promise<void>;
}

/**
 * Watches the schedulers of these queues: every `everyMs`, and whenever `connection` is
 * ready again after a reconnect, re-creates the ones Redis lost, with an error log naming
 * them and `onRestored` (a counter) told how many. Checks never overlap; a check that fails
 * (Redis away) is logged and tried again next time.
 */
export function watchSchedulers(options: {
  queues: readonly Queue[];
  log: Logger;
  connection?: Reconnects | undefined;
  everyMs?: number | undefined;
  every?: Every | undefined;
  onRestored?: ((keys: readonly string[]) => void) | undefined;
}): SchedulerWatch {
  const { queues, log } = options;
  let running: Promise<string[]> | undefined;
  let stopped = false;
  const run = async (): Promise<string[]> => {
    if (stopped) return [];
    try {
      const restored = await restoreMissingSchedulers(queues);
      if (restored.length) {
        log.error({ schedulers: restored }, 'job schedulers were missing from Redis (its data was lost?): re-created');
        options.onRestored?.(restored);
      }
      return restored;
    } catch (error) {
      log.warn({ err: String(error) }, 'could not check the job schedulers; trying again later');
      return [];
    }
  };
  const check = (): Promise<string[]> => (running ??= run().finally(() => (running = undefined)));
  const onReady = () => void check();
  options.connection?.on('ready', onReady);
  const timer = (options.every ?? realEvery)(options.everyMs ?? SCHEDULER_CHECK_EVERY_MS, () => void check());
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
