/**
 * The bulk feeder: puts outbox rows written for it on their platform's send queue as that
 * queue drains, instead of all at once. Its writers: a reminder fan-out to 100,000 members
 * (src/jobs/reminders-fan-out.ts), a lead published to more than `FEED_ABOVE` chats
 * (src/jobs/publish-lead.processor.ts) and the weekly summaries' fan-out (src/jobs/weekly-summary.ts).
 * Sending is paced anyway (Telegram ≤ ~29 a second, WhatsApp far
 * slower), so 100,000 reminders take an hour to leave: queuing them all in the fan-out only
 * cost its time (~85 µs of BullMQ work a job) and Redis memory (docs/BENCHMARKS.md).
 *
 * It runs on the maintenance queue's `bulk-feed` job scheduler (every few seconds; also
 * kicked by the fan-out), a plain function over its deps. Each run, per platform: while the
 * send queue holds fewer jobs than the watermark (a few minutes of sends), claim the next
 * chunk of the oldest rows and `addBulk` them (createDispatch in intake.ts).
 *
 * What keeps the guarantees true:
 * - replies are not delayed: they never wait for the feeder (their dispatch is immediate,
 *   priority 1), and the send queue holds only a few minutes of bulk jobs for them to pass;
 * - order: rows are claimed oldest first and queued in that order; a message's later parts
 *   still wait for the part before them in the send step;
 * - several feeders at once (several copies of the bot, or a kicked run beside a scheduled
 *   one): the claim is `for update skip locked` in Postgres (`claimForFeeder`), so each row
 *   is claimed by one feeder only. Chosen over a one-at-a-time lock in Redis because Redis
 *   may lose it; the cost is that two feeders at once may overshoot the watermark by a chunk;
 * - sent once: the job id is the row key and the send step skips a row no longer queued;
 * - Redis loses its data: the outbox is the truth. The scheduler is re-created by the
 *   scheduler watch (schedulers.ts); rows not yet fed are simply fed by its next run; rows
 *   fed but lost with Redis are fed again as soon as a run finds the send queue empty (see
 *   `FEED_LOST_AFTER_MS`), not 10 minutes later by the outbox sweep. A crash between the
 *   claim's commit and the enqueue is the same case;
 * - the outbox sweep (maintenance.ts) skips rows awaiting the feeder and counts a fed row's
 *   grace from when it was fed, so it re-queues only what is really lost.
 */
import { Queue, type ConnectionOptions } from 'bullmq';
import type { Clock } from '../core/clock.ts';
import type { Logger } from '../core/logger.ts';
import type { Platform } from '../core/messages.ts';
import type { Db } from '../db/client.ts';
import { claimForFeeder, type OutboxItem } from '../modules/outbox/outbox.repository.ts';
import type { QueueSet } from './queues.ts';
import { MAINTENANCE_QUEUE, SCHEDULERS } from './schedulers.ts';

export interface FeederDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  /** Platforms this process sends on; rows of others wait for a process that does. */
  platforms: readonly string[];
  /** Jobs on this platform's send queue not done yet (waiting, prioritized, delayed, active). */
  backlog: (platform: string) => Promise<number>;
  /** Puts rows on their send queue (createDispatch). */
  dispatch: (items: readonly OutboxItem[]) => Promise<void>;
  /** Jobs a send queue may hold before the feeder stops topping it up (tests pass a small one). */
  watermark?: ((platform: string) => number) | undefined;
  /** Rows per claim and `addBulk` round (tests pass a small one). */
  chunk?: number | undefined;
}

/**
 * A few minutes of sends per platform: Telegram's ~29 a second for 3 minutes; WhatsApp's
 * paced bulk sends (a few a minute) for well over that. Well under the outbox sweep's
 * 10-minute grace, so the sweep never takes a fed row still waiting its turn for lost.
 */
export const FEED_WATERMARK: Readonly<Record<string, number>> = { telegram: 5000, whatsapp: 50, console: 5000 };
const DEFAULT_WATERMARK = 1000;
/**
 * A broadcast of at most this many messages (a lead to a few groups) is queued at once by
 * its writer: a few hundred jobs are well under a feeder chunk of Redis, go out without
 * waiting for a maintenance job, and keep the small path as it was. Larger ones wait for
 * the feeder.
 */
export const FEED_ABOVE = 200;
/** Rows per claim: one statement and one batch of addBulk calls. */
export const FEED_CHUNK = 1000;
/**
 * A row fed this long ago, still queued while its send queue holds nothing, lost its job
 * (Redis lost its data, or the process died after the claim): it is fed again.
 */
export const FEED_LOST_AFTER_MS = 60_000;

/** One feeder run over every platform; returns how many rows it put on send queues. */
export async function feedBulk(deps: FeederDeps): Promise<number> {
  let fed = 0;
  for (const platform of deps.platforms) {
    const watermark = deps.watermark?.(platform) ?? FEED_WATERMARK[platform] ?? DEFAULT_WATERMARK;
    // Only when the run finds nothing queued may a fed, unsent row be taken for lost; then
    // all such rows go in this run, oldest first (ahead of rows never fed, as they were).
    let lostBefore: Date | undefined;
    for (let first = true; ; first = false) {
      const backlog = await deps.backlog(platform);
      if (backlog >= watermark) break;
      const now = deps.clock.now();
      if (first && backlog === 0) lostBefore = new Date(now.getTime() - FEED_LOST_AFTER_MS);
      const items = await claimForFeeder(deps.db, platform, Math.min(deps.chunk ?? FEED_CHUNK, watermark - backlog), now, lostBefore);
      if (items.length === 0) break;
      // A failure here leaves the claimed rows fed but not queued: the next run that finds
      // the queue empty (or the outbox sweep) feeds them again.
      await deps.dispatch(items);
      fed += items.length;
    }
  }
  if (fed) deps.log.debug({ fed }, 'bulk rows fed to the send queues');
  return fed;
}

/** The `backlog` of FeederDeps over these send queues (one Redis round trip a platform). */
export function sendBacklog(queues: QueueSet) {
  return async (platform: string): Promise<number> => {
    const queue = queues.outbound.get(platform as Platform);
    if (!queue) return Number.POSITIVE_INFINITY;
    const counts = await queue.getJobCounts('wait', 'prioritized', 'delayed', 'active', 'waiting-children');
    return Object.values(counts).reduce((sum, n) => sum + n, 0);
  };
}

/**
 * Asks for a feeder run now (a fan-out, once its first rows are written), rather than at
 * the scheduler's next run. Deduplicated while one is pending: a kick per batch costs one
 * Redis command. Losing it (Redis lost its data) only means waiting for the scheduler.
 */
export async function feedSoon(maintenanceQueue: Pick<Queue, 'add'>): Promise<void> {
  await maintenanceQueue.add(SCHEDULERS.bulkFeed.key, {}, { deduplication: { id: `${SCHEDULERS.bulkFeed.key}-soon` }, removeOnComplete: true, removeOnFail: true });
}

/**
 * `feedSoon` for a process without the maintenance queue of its own (a worker publishing a
 * lead in a deployment whose feeder runs on the scheduler role): the ask goes to the same
 * queue, and whichever scheduler takes it feeds.
 */
export function feedAsker(connection: ConnectionOptions, prefix: string) {
  const queue = new Queue(MAINTENANCE_QUEUE, { connection, prefix });
  return { feed: () => feedSoon(queue), close: () => queue.close() };
}
