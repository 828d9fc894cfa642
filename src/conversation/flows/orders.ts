/**
 * Orders (pesanan): "pesanan 10 kerudung bordir @85rb dari Bu Sri, DP 425rb, selesai 15 Des"
 * takes the order and records the down payment as a sale on the day ("lunas di depan": the
 * whole price; "DP setengahnya": half). Payments on it and `/pesanan` are in credit.ts (a
 * customer's payment goes to her order or her credit).
 *
 * An order with everything but the customer ("pesanan 20 kotak nasi @15rb buat Sabtu") is
 * asked about in one short question ("Pesanan dari siapa, Bu?") and taken with her answer.
 * An order the parser is unsure of (a DP it could not read, no price, no goods) is not
 * taken: she is asked to write it out.
 */
import { clearState, getState, setState } from '../../modules/conversation-state/conversation-state.repository.ts';
import { takeOrder } from '../../modules/orders/orders.service.ts';
import { CONFIDENT, type ParseResult } from '../../parser/types.ts';
import type { Handled, Session } from '../session.ts';

type OrderIntent = Extract<ParseResult, { intent: 'order' }>;

interface AwaitingCustomer {
  kind: 'order_customer';
  order: OrderIntent;
  /** The message that described the order: the order's source, not the answer's. */
  messageId: number;
  rawText: string;
}

/** A question older than this is forgotten: a name tomorrow is not an answer to it. */
const PENDING_TTL_MS = 30 * 60 * 1000;

function totalOf(parsed: OrderIntent): number | null {
  return parsed.total ?? (parsed.quantity !== null && parsed.unitPrice !== null ? Math.round(parsed.quantity * parsed.unitPrice) : null);
}

export async function onOrder(s: Session, parsed: OrderIntent): Promise<Handled> {
  const total = totalOf(parsed);
  // Everything but the name is clear: "no_customer" is the only doubt.
  const onlyNoName = (parsed.notes ?? []).every((n) => n === 'no_customer' || n === 'paid_in_full' || n === 'dp_percent' || n === 'dp_half');
  if (!parsed.customer && total !== null && total > 0 && onlyNoName && parsed.confidence >= 0.7) {
    await setState(s.db, s.chatKey, { kind: 'order_customer', order: parsed, messageId: s.inboundId, rawText: s.msg.text } satisfies AwaitingCustomer, s.now());
    s.say(s.t.orderAskCustomer);
    return s.done('order:ask-customer');
  }
  // A DP above the price is refused by the orders module in its own sentence.
  const dpTooBig = total !== null && parsed.downPayment !== null && parsed.downPayment > total;
  if (!parsed.customer || total === null || !(total > 0) || (parsed.confidence < CONFIDENT && !dpTooBig)) {
    s.say(s.t.orderAskDetails);
    return s.done('order:ask');
  }
  return take(s, parsed, parsed.customer, total, { messageId: s.inboundId, rawText: s.msg.text });
}

async function take(s: Session, parsed: OrderIntent, customer: string, total: number, source: { messageId: number; rawText: string }): Promise<Handled> {
  const taken = await takeOrder(
    s.db,
    s.me.id,
    {
      customer,
      item: parsed.item,
      quantity: parsed.quantity,
      unit: parsed.unit,
      unitPrice: parsed.unitPrice,
      total,
      downPayment: parsed.downPayment ?? 0,
      orderDate: parsed.date,
      dueDate: parsed.dueDate,
    },
    source,
    s.now(),
  );
  s.say(s.t.orderTaken({ order: taken.order, today: s.today }));
  return s.done('order');
}

/** Words that never start a customer's name: an answer with one is another message. */
const NOT_A_NAME = /^(ya|iya|tidak|gak|nggak|batal|laku|beli|jual|rekap|pesanan|bantuan|\/)/i;

/**
 * "Bu Sri", "sri", "Pak Joko Susilo": the answer to "Pesanan dari siapa?". Undefined when
 * there is no such question, or the message is not a name (it is then handled as usual and
 * the question is dropped).
 */
export async function answerPendingOrder(s: Session): Promise<Handled | undefined> {
  const pending = await getState<AwaitingCustomer>(s.db, s.chatKey);
  if (!pending || pending.state.kind !== 'order_customer') return undefined;
  await clearState(s.db, s.chatKey);
  if (s.now().getTime() - pending.updatedAt.getTime() > PENDING_TTL_MS) return undefined;
  const name = s.msg.text.trim().replace(/\s+/g, ' ').replace(/[.!,]+$/, '');
  const words = name.split(' ');
  if (name.length < 2 || name.length > 40 || words.length > 4 || /[\d@:?]/.test(name) || NOT_A_NAME.test(name)) return undefined;
  const customer = words.map((w) => (w[0] ?? '').toUpperCase() + w.slice(1).toLowerCase()).join(' ');
  const { order, messageId, rawText } = pending.state;
  const total = totalOf(order);
  if (total === null) return undefined;
  return take(s, order, customer, total, { messageId, rawText });
}
