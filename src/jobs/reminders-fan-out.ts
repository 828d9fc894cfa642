/**
 * The fan-out: one slot's reminders (planned by modules/reminders/planning.ts, worded by
 * conversation/notices/reminder-message.ts) written to the outbox, a batch per
 * transaction, each batch dispatched after its commit.
 *
 * A batch is one read (planSlot's page of members, set-based) and one insert (addToOutbox:
 * the whole batch as arrays, `on conflict (idempotency_key) do nothing returning`). The
 * wording stays in TypeScript: a sentence depends on more than the template (how she is
 * addressed, "Bu Sri" or just "Ibu", comes from her name), and the catalogue is the one
 * place that knows it; rendering is a few percent of the time (docs/BENCHMARKS.md).
 *
 * The bot runs it with `feed`: the rows wait in the outbox and the bulk feeder
 * (src/jobs/bulk-feeder.ts) puts them on the send queue as it drains (a few minutes of sends
 * at a time), so the fan-out is only Postgres work. Without it (tests), a batch's send jobs
 * are queued at once, overlapping the reading and writing of the next batch.
 *
 * "Every member gets the reminder once" rests on the outbox, not on Redis:
 * - a row is written once: its idempotency key (keys.ts) is unique, and a redone fan-out
 *   (a crash, a tick run twice, another copy of the bot) inserts only the rows missing and
 *   dispatches only those;
 * - a row is sent once: the send job carries only the row's key and the send step skips a
 *   row that is no longer queued (src/jobs/outbound.processor.ts);
 * - a row is sent at all even when its job is lost: a row awaiting the feeder is in no queue
 *   to lose, and the feeder re-feeds a fed row whose job was lost (bulk-feeder.ts); for rows
 *   dispatched here (the process died between commit and enqueue, or Redis lost its data) the outbox sweep (`sweepOutbox`, src/jobs/maintenance.ts)
 *   re-queues rows still queued 10 minutes after they were written, under the same job id
 *   (500 a minute, so a whole lost slot of 100,000 takes hours to come back: late, not lost).
 */
import type { Db } from '../db/client.ts';
import { reminderMessage } from '../conversation/notices/reminder-message.ts';
import { addToOutbox, type OutboxItem } from '../modules/outbox/outbox.repository.ts';
import { planSlot } from '../modules/reminders/planning.ts';
import type { Slot } from '../modules/reminders/schedule.ts';

/**
 * Reminders per batch (one read, one insert, one transaction). Larger than planning's
 * default page: fewer statements for a slot of 100,000 members, while one batch's rows and
 * messages stay a few megabytes in memory and its transaction well under a second.
 */
export const FAN_OUT_BATCH = 5000;

export interface FanOutOptions {
  /**
   * Asks the bulk feeder to run (`feedSoon`, src/jobs/bulk-feeder.ts). Given it, the rows are
   * written for the feeder, which puts them on the send queue as it drains, and nothing is
   * dispatched here; called after each batch's commit (deduplicated while one is pending).
   */
  feed?: () => Promise<void>;
  /**
   * Without `feed` (tests, a process without the maintenance queue): puts committed outbox
   * rows on the send queues, called after each batch's commit.
   */
  dispatch?: (items: readonly OutboxItem[]) => Promise<void>;
  batchSize?: number;
  /**
   * Called after each batch is committed and its dispatch has begun, before the next batch
   * is read (tests use it to crash midway).
   */
  afterBatch?: (items: readonly OutboxItem[], batch: number) => Promise<void> | void;
}

/**
 * Writes one slot's reminders to the outbox. Returns the rows written by this call: a
 * re-run after a crash returns (and dispatches) only what the first run had not written.
 */
export async function fanOut(db: Db, slot: Slot, now: Date, options: FanOutOptions = {}): Promise<OutboxItem[]> {
  const written: OutboxItem[] = [];
  let batch = 0;
  // The previous batch's dispatch, still running while this batch is read and written.
  let dispatching: Promise<void> | undefined;
  const pages = planSlot(db, slot, now, options.batchSize ?? FAN_OUT_BATCH);
  // The next page is read (on another pooled connection) while this one is worded and
  // written: with the send jobs left to the feeder, the fan-out is these two Postgres steps.
  // Pages are keyset by person, so what this batch writes cannot change the next page.
  let reading = pages.next();
  try {
    for (let page = await reading; !page.done; page = await reading) {
      reading = pages.next();
      // Awaited by the loop; until then a failure must not count as unhandled.
      reading.catch(() => undefined);
      const { planned } = page.value;
      if (planned.length === 0) continue;
      const messages = planned.map((p) => ({ key: p.key, message: reminderMessage(p), priority: 'bulk' as const, sourceMessageId: null }));
      const items = await db.transaction().execute((trx) => addToOutbox(trx, messages, { forFeeder: options.feed !== undefined }));
      if (options.feed && items.length) {
        // The feeder takes it from here; a lost kick only waits for its scheduler's next run.
        await options.feed();
        written.push(...items);
        await options.afterBatch?.(items, batch++);
        continue;
      }
      // One dispatch at a time: a failed one stops the fan-out here (its rows, and this
      // batch's, stay queued in the outbox for the sweeper).
      await dispatching;
      dispatching = undefined;
      if (options.dispatch && items.length) {
        dispatching = options.dispatch(items);
        // Awaited above or in `finally`; until then a failure must not count as unhandled.
        dispatching.catch(() => undefined);
      }
      written.push(...items);
      await options.afterBatch?.(items, batch++);
    }
    await dispatching;
  } finally {
    // Never return (or throw) with a read or a dispatch still running behind the caller's back.
    await reading.catch(() => undefined);
    await pages.return(undefined);
    await dispatching?.catch(() => undefined);
  }
  return written;
}
