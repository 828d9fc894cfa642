/**
 * The fan-out: one slot's reminders (planned by modules/reminders/planning.ts, worded by
 * conversation/notices/reminder-message.ts) written to the outbox, a batch per
 * transaction, each batch dispatched after its commit.
 */
import type { Db } from '../db/client.ts';
import { reminderMessage } from '../conversation/notices/reminder-message.ts';
import { addToOutbox, type OutboxItem } from '../modules/outbox/outbox.repository.ts';
import { DEFAULT_BATCH, planSlot } from '../modules/reminders/planning.ts';
import type { Slot } from '../modules/reminders/schedule.ts';

export interface FanOutOptions {
  /** Puts committed outbox rows on the send queues; called after each batch's commit. */
  dispatch?: (items: readonly OutboxItem[]) => Promise<void>;
  batchSize?: number;
  /** Called after each batch is committed and dispatched (tests use it to crash midway). */
  afterBatch?: (items: readonly OutboxItem[], batch: number) => Promise<void> | void;
}

/**
 * Writes one slot's reminders to the outbox. Returns the rows written by this call: a
 * re-run after a crash returns (and dispatches) only what the first run had not written.
 */
export async function fanOut(db: Db, slot: Slot, now: Date, options: FanOutOptions = {}): Promise<OutboxItem[]> {
  const written: OutboxItem[] = [];
  let batch = 0;
  for await (const { planned } of planSlot(db, slot, now, options.batchSize ?? DEFAULT_BATCH)) {
    if (planned.length === 0) continue;
    const items = await db
      .transaction()
      .execute((trx) => addToOutbox(trx, planned.map((p) => ({ key: p.key, message: reminderMessage(p), priority: 'bulk' as const, sourceMessageId: null }))));
    if (options.dispatch) await options.dispatch(items);
    written.push(...items);
    await options.afterBatch?.(items, batch++);
  }
  return written;
}
