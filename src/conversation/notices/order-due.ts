/**
 * "Pesanan Bu Sri selesai besok" (issue #8): the `order_due` reminder slot, every day at
 * 08:00 in the member's own time zone, reminds her of each open order due the next day.
 * One idempotency key per order (rem-order-<orderId>-d1-<personId>): sent once, however
 * often the slot is fanned out; a queued one is cancelled once the order is settled, or
 * she opts out (see cancelObsoleteReminders).
 */
import { addDays, businessDate } from '../../core/dates.ts';
import type { Db } from '../../db/client.ts';
import { findOrder, openOrdersDueOn } from '../../modules/orders/orders.service.ts';
import { orderDueKey } from '../../modules/reminders/keys.ts';
import { reachOf } from '../../modules/reminders/reminders.repository.ts';
import type { Slot } from '../../modules/reminders/schedule.ts';
import { repliesFor } from '../replies/index.ts';
import type { PlannedBatch, PlannedReminder, SkippedReminder } from './reminders.ts';

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export async function* planOrderDue(db: Db, slot: Slot, at: Date, batchSize: number): AsyncGenerator<PlannedBatch> {
  const dueDate = addDays(slot.date, 1);
  const today = businessDate(at, slot.timeZone);
  for (let after = 0; ; ) {
    const orders = await openOrdersDueOn(db, { dueDate, timeZone: slot.timeZone, afterId: after, limit: batchSize });
    if (orders.length === 0) return;
    const planned: PlannedReminder[] = [];
    const skipped: SkippedReminder[] = [];
    for (const order of orders) {
      const reach = await reachOf(db, order.personId);
      if (reach && 'skip' in reach && reach.skip === 'no_private_chat') {
        skipped.push({ key: orderDueKey(order.id, order.personId), kind: slot.kind, timeZone: slot.timeZone, dueAt: slot.dueAt, personId: order.personId, groupId: null, reason: 'no_private_chat' });
      }
      if (!reach || !('contact' in reach)) continue; // opted out, or no chat the bot may use
      const contact = reach.contact;
      planned.push({
        key: orderDueKey(order.id, order.personId),
        kind: slot.kind,
        timeZone: slot.timeZone,
        dueAt: slot.dueAt,
        recipient: { personId: order.personId, groupId: null, groupChatId: null },
        message: {
          platform: contact.platform,
          chatId: contact.chatId,
          text: repliesFor(contact.language).reminderOrderDue({ order, days: daysBetween(today, dueDate) }),
          bulk: true,
        },
      });
    }
    if (planned.length || skipped.length) yield { planned, skipped };
    after = orders.at(-1)!.id;
    if (orders.length < batchSize) return;
  }
}

/** Whether an order reminder still applies: the order is open. */
export async function orderStillOpen(db: Db, orderId: number): Promise<boolean> {
  return (await findOrder(db, orderId))?.status === 'open';
}
