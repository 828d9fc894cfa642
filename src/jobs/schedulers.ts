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
import { watchRedisLoss, type Every, type Reconnects, type RedisLossWatch } from './redis-loss-watch.ts';

export type { Every, Reconnects } from './redis-loss-watch.ts';

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
  /**
   * Tops up the send queues from bulk outbox rows as they drain (src/jobs/bulk-feeder.ts).
   * Every few seconds: a run that finds nothing to feed is one indexed read per platform.
   */
  bulkFeed: { queue: MAINTENANCE_QUEUE, key: 'bulk-feed', repeat: { every: 5_000 } },
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
  /** The console's downloads (src/jobs/downloads.ts): stranded requests re-handed or failed, files past their week removed. */
  downloadsSweep: { queue: FOLLOW_UP_QUEUES.make_download, key: 'downloads-sweep', repeat: { every: 60_000 } },
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

export type SchedulerWatch = RedisLossWatch;

/**
 * Watches the schedulers of these queues: every `everyMs`, and whenever `connection` is
 * ready again after a reconnect, re-creates the ones Redis lost, with an error log naming
 * them and `onRestored` (a counter) told how many. (Checks never overlap; see redis-loss-watch.ts.)
 */
export function watchSchedulers(options: {
  queues: readonly Queue[];
  log: Logger;
  connection?: Reconnects | undefined;
  everyMs?: number | undefined;
  every?: Every | undefined;
  onRestored?: ((keys: readonly string[]) => void) | undefined;
}): SchedulerWatch {
  return watchRedisLoss({
    restore: () => restoreMissingSchedulers(options.queues),
    log: options.log,
    restoredMessage: 'job schedulers were missing from Redis (its data was lost?): re-created',
    restoredField: 'schedulers',
    failedMessage: 'could not check the job schedulers; trying again later',
    everyMs: options.everyMs ?? SCHEDULER_CHECK_EVERY_MS,
    connection: options.connection,
    every: options.every,
    onRestored: options.onRestored,
  });
}
