/**
 * Recurring upkeep on BullMQ job schedulers: re-queue outbox rows that never reached a
 * queue, feed bulk rows to the send queues as they drain (bulk-feeder.ts), close leads past their deadline, forget old console logins. The processors are
 * plain functions.
 */
import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import type { Clock } from '../core/clock.ts';
import type { Logger } from '../core/logger.ts';
import type { Db } from '../db/client.ts';
import { closeExpiredLeads } from './lead-deadlines.ts';
import { pruneConsoleLogins } from '../modules/console-access/console-access.service.ts';
import type { UnqueuedRow } from './intake.ts';
import { staleQueued, type OutboxItem } from '../modules/outbox/outbox.repository.ts';
import { feedBulk, type FeederDeps } from './bulk-feeder.ts';
import { MAINTENANCE_QUEUE, SCHEDULERS, upsertSchedulersOf } from './schedulers.ts';

export { MAINTENANCE_QUEUE };

export interface MaintenanceDeps {
  db: Db;
  clock: Clock;
  dispatch: (items: readonly OutboxItem[]) => Promise<void>;
  /** Platforms this process sends on; rows for others wait until that channel runs. */
  platforms: readonly string[];
  log: Logger;
  /**
   * Which of the rows just re-queued got no job, because a finished job holds their job id
   * (`createUnqueuedCheck` in intake.ts). Each is logged as an error with its key and counted
   * with `onUnqueued`: such a row would otherwise wait for ever without a word.
   */
  unqueued?: ((items: readonly OutboxItem[]) => Promise<UnqueuedRow[]>) | undefined;
  onUnqueued?: ((rows: readonly UnqueuedRow[]) => void) | undefined;
  /**
   * Jobs not yet done on a platform's send queue (`sendBacklog`, bulk-feeder.ts): with it,
   * the `bulk-feed` task feeds bulk rows written for the feeder; without it, it does nothing.
   */
  backlog?: FeederDeps['backlog'] | undefined;
}

/**
 * Rows younger than this are left alone: their job is on its way or waiting its turn (a
 * 10,000-recipient broadcast takes about six minutes at Telegram's pace).
 */
export const SWEEP_GRACE_MS = 10 * 60_000;
/** At most this many a minute: re-queuing is cheap, but a burst would delay replies. */
export const SWEEP_BATCH = 500;

export async function sweepOutbox(deps: MaintenanceDeps): Promise<number> {
  const stale = await staleQueued(deps.db, new Date(deps.clock.now().getTime() - SWEEP_GRACE_MS), SWEEP_BATCH, deps.platforms);
  await deps.dispatch(stale);
  if (stale.length) deps.log.info({ count: stale.length }, 're-queued outbox rows');
  const unqueued = stale.length && deps.unqueued ? await deps.unqueued(stale) : [];
  for (const row of unqueued) {
    deps.log.error(
      { key: row.item.idempotencyKey, jobId: row.jobId, jobState: row.state },
      'outbox row cannot be queued: a finished send job holds its job id, so it will not be sent',
    );
  }
  if (unqueued.length) deps.onUnqueued?.(unqueued);
  return stale.length;
}

export async function closeLeadsPastDeadline(deps: MaintenanceDeps): Promise<number> {
  const items = await closeExpiredLeads(deps.db, deps.clock);
  await deps.dispatch(items);
  return items.length;
}

const TASKS: Record<string, (deps: MaintenanceDeps) => Promise<number>> = {
  [SCHEDULERS.outboxSweep.key]: sweepOutbox,
  [SCHEDULERS.leadDeadlines.key]: closeLeadsPastDeadline,
  [SCHEDULERS.bulkFeed.key]: (deps) => (deps.backlog ? feedBulk({ ...deps, backlog: deps.backlog }) : Promise.resolve(0)),
  [SCHEDULERS.consoleLoginsPrune.key]: (deps) => pruneConsoleLogins(deps.db, deps.clock.now()),
};

export async function startMaintenance(options: { connection: ConnectionOptions; prefix: string; deps: MaintenanceDeps }) {
  const { connection, prefix, deps } = options;
  const queue = new Queue(MAINTENANCE_QUEUE, { connection, prefix });
  // One scheduler per task, upserted at every start (idempotent): not one per person or lead.
  await upsertSchedulersOf(queue);
  const worker = new Worker(
    MAINTENANCE_QUEUE,
    async (job) => {
      const task = TASKS[job.name];
      return task ? task(deps) : 0;
    },
    { connection, prefix, concurrency: 1 },
  );
  worker.on('error', (error) => deps.log.error({ err: error.message }, 'maintenance worker error'));
  return {
    queue,
    async close() {
      await worker.close();
      await queue.close();
    },
  };
}
