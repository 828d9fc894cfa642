/**
 * Reminders on a BullMQ job scheduler. The processor is a plain function
 * (`remindersTick`, over reminders-tick.ts); planning lives in modules/reminders/planning.ts.
 *
 * Design: ONE scheduler, every 15 minutes in UTC (`reminders-tick`), whose processor works
 * out per time zone which slots (repayment 08:00, nudge Saturday 19:00, digest Sunday
 * 19:00, quarterly first Monday 08:00, all local) have come due and are not done yet —
 * done slots are recorded in Postgres (reminder_slot_runs) — and fans each out from
 * Postgres. Chosen over one scheduler per (slot, time zone) because:
 * - quiet hours move a slot (QUIET_HOURS is configurable; 19:00 may become 07:00 the next
 *   day): one planning function (`slotsBetween`) handles that for the job and for
 *   `reminders preview` alike, where cron patterns would have to be rewritten per setting;
 * - a time zone that comes into use (a first group in WIT) needs no new scheduler;
 * - a slot missed while the bot was down is caught up (within 36 h, never in quiet hours),
 *   where a cron job scheduler would just skip it;
 * - Indonesian offsets are whole hours, so every slot falls exactly on a quarter-hour tick:
 *   nothing goes out later than planned.
 * Job data is empty: the tick reads everything from Postgres.
 */
import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import type { Clock } from '../core/clock.ts';
import type { Logger } from '../core/logger.ts';
import type { Db } from '../db/client.ts';
import { runDueReminders, type TickResult } from './reminders-tick.ts';
import type { OutboxItem } from '../modules/outbox/outbox.repository.ts';
import type { QuietHours } from '../modules/reminders/schedule.ts';
import { REMINDERS_QUEUE, SCHEDULERS, upsertSchedulersOf } from './schedulers.ts';

export { REMINDERS_QUEUE };
export const REMINDERS_SCHEDULER = { key: SCHEDULERS.remindersTick.key, ...SCHEDULERS.remindersTick.repeat } as const;

export interface RemindersDeps {
  db: Db;
  clock: Clock;
  dispatch: (items: readonly OutboxItem[]) => Promise<void>;
  /** Asks the bulk feeder to run (`feedSoon`): fan-outs then leave their rows to it. */
  feed?: (() => Promise<void>) | undefined;
  quietHours: QuietHours | null;
  log: Logger;
  batchSize?: number;
  /** Plans the weekly summaries too (jobs/weekly-summary.ts). */
  weeklySummaries?: boolean | undefined;
}

export async function remindersTick(deps: RemindersDeps): Promise<TickResult> {
  const result = await runDueReminders(deps, deps.clock.now());
  if (result.slots.length || result.cancelled || result.skipped.length) {
    deps.log.info(
      { slots: result.slots, skipped: result.skipped, waiting: result.waiting, queued: result.queued, cancelled: result.cancelled },
      'reminders fanned out',
    );
  }
  return result;
}

export async function startReminders(options: { connection: ConnectionOptions; prefix: string; deps: RemindersDeps }) {
  const { connection, prefix, deps } = options;
  const queue = new Queue(REMINDERS_QUEUE, { connection, prefix });
  // Upserted at every start (idempotent). `repeat` would silently run once in BullMQ 6.
  await upsertSchedulersOf(queue);
  const worker = new Worker(
    REMINDERS_QUEUE,
    async (job) => (job.name === REMINDERS_SCHEDULER.key ? remindersTick(deps) : undefined),
    // One tick at a time: two ticks fanning out the same slot would only waste work (the keys hold).
    { connection, prefix, concurrency: 1 },
  );
  worker.on('error', (error) => deps.log.error({ err: error.message }, 'reminders worker error'));
  return {
    queue,
    async close() {
      await worker.close();
      await queue.close();
    },
  };
}
