/**
 * Recurring upkeep on BullMQ job schedulers: re-queue outbox rows that never reached a
 * queue, and close leads past their deadline. The processors are plain functions.
 */
import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import type { Clock } from '../core/clock.ts';
import type { Logger } from '../core/logger.ts';
import type { Db } from '../db/client.ts';
import { closeExpiredLeads } from './lead-deadlines.ts';
import { staleQueued, type OutboxItem } from '../modules/outbox/outbox.repository.ts';

export const MAINTENANCE_QUEUE = 'maintenance';

export interface MaintenanceDeps {
  db: Db;
  clock: Clock;
  dispatch: (items: readonly OutboxItem[]) => Promise<void>;
  /** Platforms this process sends on; rows for others wait until that channel runs. */
  platforms: readonly string[];
  log: Logger;
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
  return stale.length;
}

export async function closeLeadsPastDeadline(deps: MaintenanceDeps): Promise<number> {
  const items = await closeExpiredLeads(deps.db, deps.clock);
  await deps.dispatch(items);
  return items.length;
}

const TASKS: Record<string, (deps: MaintenanceDeps) => Promise<number>> = {
  'outbox-sweep': sweepOutbox,
  'lead-deadlines': closeLeadsPastDeadline,
};

export async function startMaintenance(options: { connection: ConnectionOptions; prefix: string; deps: MaintenanceDeps }) {
  const { connection, prefix, deps } = options;
  const queue = new Queue(MAINTENANCE_QUEUE, { connection, prefix });
  // One scheduler per task, upserted at every start (idempotent): not one per person or lead.
  await queue.upsertJobScheduler('outbox-sweep', { every: 60_000 }, { name: 'outbox-sweep', opts: { removeOnComplete: 10, removeOnFail: 50 } });
  await queue.upsertJobScheduler('lead-deadlines', { pattern: '*/10 * * * *', tz: 'UTC' }, { name: 'lead-deadlines', opts: { removeOnComplete: 10, removeOnFail: 50 } });
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
