/**
 * Orders (pesanan): "pesanan 10 kerudung bordir @85rb dari Bu Sri, DP 425rb, selesai 15 Des"
 * takes the order and records the down payment as a sale on the day. Payments on it and
 * `/pesanan` are in credit.ts (a customer's payment goes to her order or her credit).
 */
import { takeOrder } from '../../modules/orders/orders.service.ts';
import type { ParseResult } from '../../parser/types.ts';
import type { Handled, Session } from '../session.ts';

type OrderIntent = Extract<ParseResult, { intent: 'order' }>;

export async function onOrder(s: Session, parsed: OrderIntent): Promise<Handled> {
  const total = parsed.total ?? (parsed.quantity !== null && parsed.unitPrice !== null ? Math.round(parsed.quantity * parsed.unitPrice) : null);
  if (!parsed.customer || total === null || !(total > 0)) {
    s.say(s.t.orderAskDetails);
    return s.done('order:ask');
  }
  const taken = await takeOrder(
    s.db,
    s.me.id,
    {
      customer: parsed.customer,
      item: parsed.item,
      quantity: parsed.quantity,
      unit: parsed.unit,
      unitPrice: parsed.unitPrice,
      total,
      downPayment: parsed.downPayment ?? 0,
      orderDate: parsed.date,
      dueDate: parsed.dueDate,
    },
    { messageId: s.inboundId, rawText: s.msg.text },
    s.now(),
  );
  s.say(s.t.orderTaken({ order: taken.order, today: s.today }));
  return s.done('order');
}
