/**
 * The fan-out: one slot's reminders (planned by modules/reminders/planning.ts, worded by
 * conversation/notices/reminder-message.ts) written to the outbox, a batch per
 * transaction, each batch dispatched after its commit.
 *
 * The weekly nudge, the slot of every member (100,000 at once), is set-based: a batch is one
 * statement computed in Postgres (`writeNudgePage`: who is due, and her row written), so no
 * member's data passes through this process, only the keys written. Its words need the
 * catalogue (how she is addressed, "Bu Sri" or just "Bu", comes from her name), which only
 * TypeScript has: the row carries her name and language (`toWord`) and the send step words
 * it just before sending (notices/words-at-send.ts `withWords`), as it draws a summary's chart.
 * Writing the words here meant reading every member out and sending her text back: three
 * quarters of the fan-out's time (docs/BENCHMARKS.md, 2026-12-07).
 *
 * Every other kind (repayments, digests, orders due, the quarterly question: a few rows, or
 * texts with figures) is a read (planSlot's page) and an insert (addToOutbox: the batch as
 * arrays, `on conflict (idempotency_key) do nothing returning`), worded here.
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
import { nudgeKeyPrefix } from '../modules/reminders/keys.ts';
import { later, nudgeWindow, planSlot } from '../modules/reminders/planning.ts';
import { writeNudgePage } from '../modules/reminders/reminders.repository.ts';
import type { Slot } from '../modules/reminders/schedule.ts';

/**
 * Reminders per batch (one read, one insert, one transaction). Larger than planning's
 * default page: fewer statements for a slot of 100,000 members, while one batch's rows and
 * messages stay a few megabytes in memory and its transaction well under a second.
 */
export const FAN_OUT_BATCH = 5000;

/**
 * Members per statement of the set-based nudge (`writeNudgePage`): nothing of a page comes
 * into this process but the keys written, so the page can be larger; 20,000 keeps each
 * statement's transaction a second or two while a slot of 100,000 is five statements.
 */
export const NUDGE_BATCH = 20_000;

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
  // The previous batch's dispatch, still running while the next batch is written.
  let dispatching: Promise<void> | undefined;
  const forFeeder = options.feed !== undefined;
  const batches = slot.kind === 'nudge' ? nudgeBatches(db, slot, now, options.batchSize ?? NUDGE_BATCH, forFeeder) : plannedBatches(db, slot, now, options.batchSize ?? FAN_OUT_BATCH, forFeeder);
  try {
    for await (const items of batches) {
      if (options.feed) {
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
    // Never return (or throw) with a dispatch still running behind the caller's back.
    await dispatching?.catch(() => undefined);
  }
  return written;
}

/**
 * The weekly nudge, set-based: each batch is one statement computed in Postgres
 * (`writeNudgePage`: who is due, and her row written with her name and language for the send
 * step to word), so no member passes through this process; the batches are keyset by person.
 * Yields each batch's rows written (none for a batch whose rows were all there already).
 */
async function* nudgeBatches(db: Db, slot: Slot, now: Date, batchSize: number, forFeeder: boolean): AsyncGenerator<OutboxItem[]> {
  const { from, to, week } = nudgeWindow(slot, later(now, slot.dueAt));
  for (let after = 0; ; ) {
    const page = await writeNudgePage(db, { timeZone: slot.timeZone, afterPersonId: after, limit: batchSize, withoutEntriesBetween: { from, to }, keyPrefix: nudgeKeyPrefix(week), forFeeder });
    if (page.lastPersonId === null) return;
    if (page.items.length) yield page.items;
    after = page.lastPersonId;
  }
}

/**
 * Every other kind (planned by planSlot, worded here): a batch is one read (planSlot's page)
 * and one insert (addToOutbox) in a transaction. The next page is read (on another pooled
 * connection) while this one is worded and written; pages are keyset, so what this batch
 * writes cannot change the next page.
 */
async function* plannedBatches(db: Db, slot: Slot, now: Date, batchSize: number, forFeeder: boolean): AsyncGenerator<OutboxItem[]> {
  const pages = planSlot(db, slot, now, batchSize);
  let reading = pages.next();
  try {
    for (let page = await reading; !page.done; page = await reading) {
      reading = pages.next();
      // Awaited by the loop; until then a failure must not count as unhandled.
      reading.catch(() => undefined);
      const { planned } = page.value;
      if (planned.length === 0) continue;
      const messages = planned.map((p) => ({ key: p.key, message: reminderMessage(p), priority: 'bulk' as const, sourceMessageId: null }));
      const items = await db.transaction().execute((trx) => addToOutbox(trx, messages, { forFeeder }));
      if (items.length) yield items;
    }
  } finally {
    // Never return (or throw) with a read still running behind the caller's back.
    await reading.catch(() => undefined);
    await pages.return(undefined);
  }
}
