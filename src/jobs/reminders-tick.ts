/**
 * The reminder tick (the processor of the `reminders-tick` scheduler, see reminders.ts):
 * finds the slots due since the last ticks that are not done yet, fans each out and marks
 * it done; then sweeps queued reminders that no longer apply.
 */
import { businessDate } from '../core/dates.ts';
import type { Db } from '../db/client.ts';
import type { OutboxItem } from '../modules/outbox/outbox.repository.ts';
import * as repo from '../modules/reminders/reminders.repository.ts';
import { isQuiet, minuteOfDayAt, slotsBetween, SLOT_KINDS, type QuietHours } from '../modules/reminders/schedule.ts';
import { fanOut } from './reminders-fan-out.ts';
import { cancelObsoleteReminders } from './reminders-sweep.ts';
import { fanOutWeeklySummaries } from './weekly-summary.ts';

/** How far back a tick looks for slots it has not done (the process was down, or quiet hours held them). */
export const CATCH_UP_MS = 36 * 3600 * 1000;
/** The job's interval: on the very first tick, slots of the last interval still count. */
export const TICK_MS = 15 * 60 * 1000;

export interface TickDeps {
  db: Db;
  quietHours: QuietHours | null;
  dispatch: (items: readonly OutboxItem[]) => Promise<void>;
  /** Asks the bulk feeder to run: given it, fan-outs leave their rows to the feeder (reminders-fan-out.ts). */
  feed?: (() => Promise<void>) | undefined;
  batchSize?: number;
  /**
   * Plans the weekly summaries too (weekly-summary.ts): their rows are written by the tick
   * like every reminder's, the chart as figures drawn when sent.
   */
  weeklySummaries?: boolean | undefined;
}

export interface TickResult {
  /** Slots fanned out by this tick. */
  slots: string[];
  /** Slots skipped for good (a repayment day that passed while the bot was down). */
  skipped: string[];
  /** Slots left for a later tick: it is quiet hours where they go. */
  waiting: string[];
  queued: number;
  cancelled: number;
}

/**
 * A crash midway leaves the slot unmarked, so the next tick redoes it and the outbox keys
 * drop what was written.
 */
export async function runDueReminders(deps: TickDeps, now: Date): Promise<TickResult> {
  const { db, quietHours } = deps;
  const state = await repo.ensureState(db, now);
  const from = new Date(Math.max(now.getTime() - CATCH_UP_MS, state.startedAt.getTime() - TICK_MS));
  const kinds = deps.weeklySummaries ? [...SLOT_KINDS, 'weekly_summary' as const] : SLOT_KINDS;
  const slots = slotsBetween(from, new Date(now.getTime() + 1), await repo.timeZonesInUse(db), quietHours, kinds);
  const done = await repo.finishedSlotKeys(db, slots.map((s) => s.key));
  const pending = slots.filter((s) => !done.has(s.key));

  const result: TickResult = { slots: [], skipped: [], waiting: [], queued: 0, cancelled: 0 };
  for (const slot of pending) {
    // A repayment day goes out on its own day or not at all: after downtime, "3 days left"
    // and "due today" for one instalment in the same morning would confuse.
    if (slot.kind === 'repayment' && businessDate(now, slot.timeZone) !== businessDate(slot.dueAt, slot.timeZone)) {
      await repo.markSlot(db, slot, 'skipped', 0, now);
      result.skipped.push(slot.key);
      continue;
    }
    // Late (the process was down): never into quiet hours; it goes when they end.
    if (isQuiet(minuteOfDayAt(now, slot.timeZone), quietHours)) {
      result.waiting.push(slot.key);
      continue;
    }
    if (slot.kind === 'weekly_summary') {
      const items = await fanOutWeeklySummaries(db, slot, { dispatch: deps.dispatch, feed: deps.feed, batchSize: deps.batchSize });
      await repo.markSlot(db, slot, 'sent', items.length, now);
      result.slots.push(slot.key);
      result.queued += items.length;
      continue;
    }
    const items = await fanOut(db, slot, now, { dispatch: deps.dispatch, feed: deps.feed, batchSize: deps.batchSize });
    await repo.markSlot(db, slot, 'sent', items.length, now);
    result.slots.push(slot.key);
    result.queued += items.length;
  }
  result.cancelled = await cancelObsoleteReminders(db, now);
  await repo.recordTick(db, now);
  return result;
}
