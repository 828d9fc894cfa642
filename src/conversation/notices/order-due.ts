/** "Pesanan Bu Sri selesai besok": an open order due the next day. */
import type { ReminderFacts } from '../../modules/reminders/planning.ts';
import type { Catalogue } from '../replies/index.ts';

export function orderDueText(t: Catalogue, { order, days }: Extract<ReminderFacts, { kind: 'order_due' }>): string {
  return t.reminderOrderDue({ order, days });
}
