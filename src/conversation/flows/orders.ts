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
import { takeOrder } from '../../modules/orders/orders.service.ts';
import { checkName } from '../../modules/people/people.ts';
import { parseMessage } from '../../parser/index.ts';
import { CONFIDENT, type ParseResult } from '../../parser/types.ts';
import { matchCommand } from '../commands.ts';
import { yesOrNo } from '../confirmation.ts';
import type { Handled, Session } from '../session.ts';
import { smallTalk } from '../small-talk.ts';
import { openQuestion, takeOpenQuestion } from './books/pending-record.ts';

type OrderIntent = Extract<ParseResult, { intent: 'order' }>;

interface AwaitingCustomer {
  kind: 'order_customer';
  order: OrderIntent;
  /** The message that described the order: the order's source, not the answer's. */
  messageId: number;
  rawText: string;
}

function totalOf(parsed: OrderIntent): number | null {
  return parsed.total ?? (parsed.quantity !== null && parsed.unitPrice !== null ? Math.round(parsed.quantity * parsed.unitPrice) : null);
}

export async function onOrder(s: Session, parsed: OrderIntent): Promise<Handled> {
  const total = totalOf(parsed);
  // Everything but the name is clear: "no_customer" is the only doubt.
  const onlyNoName = (parsed.notes ?? []).every((n) => n === 'no_customer' || n === 'paid_in_full' || n === 'dp_percent' || n === 'dp_half');
  if (!parsed.customer && total !== null && total > 0 && onlyNoName && parsed.confidence >= 0.7) {
    const awaiting: AwaitingCustomer = { kind: 'order_customer', order: parsed, messageId: s.inboundId, rawText: s.msg.text };
    await openQuestion(s, awaiting);
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

/**
 * Words that are never part of a customer's name, matched as whole words ("Yanti" and
 * "Batari" are names; "nanti saja", "belum tahu", "ya" are not).
 */
const NOT_NAME_WORDS = new Set([
  'ya', 'iya', 'yaa', 'tidak', 'tdk', 'gak', 'ga', 'nggak', 'enggak', 'engga', 'batal', 'nanti', 'dulu', 'saja', 'aja',
  'belum', 'sudah', 'udah', 'tahu', 'tau', 'tunggu', 'sebentar', 'bentar', 'lupa', 'terserah', 'jadi', 'entah', 'gimana',
  'bagaimana', 'siapa', 'apa', 'kapan', 'mana', 'ok', 'oke', 'okay', 'siap', 'sip', 'maaf', 'lagi', 'kok', 'deh', 'dong',
  'sih', 'laku', 'beli', 'jual', 'rekap', 'pesanan', 'bantuan', 'yes', 'no', 'later',
]);
const MAX_NAME_WORDS = 4;

/** The customer named by an answer ("bu sri" → "Bu Sri"), or null when the answer is not a name. */
function customerIn(s: Session, text: string): string | null {
  const name = text.trim().replace(/\s+/g, ' ').replace(/[.!,]+$/, '');
  const words = name.split(' ');
  if (name.length < 2 || name.length > 40 || words.length > MAX_NAME_WORDS || /[\d@:?/#]/.test(name)) return null;
  if (words.some((w) => NOT_NAME_WORDS.has(w.toLowerCase()))) return null;
  // The same checks as her own name's answer (names.ts): no small talk, no yes/no, nothing the parser reads.
  if (smallTalk(name) || yesOrNo(name) || matchCommand(name) || 'problem' in checkName(name)) return null;
  if (parseMessage(name, { today: s.today, timeZone: s.me.timeZone }).intent !== 'unknown') return null;
  return words.map((w) => (w[0] ?? '').toUpperCase() + w.slice(1).toLowerCase()).join(' ');
}

/**
 * "Bu Sri", "sri", "Pak Joko Susilo": the answer to "Pesanan dari siapa?". Anything else
 * does not take the order: she is told so and how to write it; a message that is something
 * else ("laku 3 bros 45rb", a command) is then handled as what it is (undefined).
 */
export async function answerPendingOrder(s: Session): Promise<Handled | undefined> {
  const open = await takeOpenQuestion<AwaitingCustomer>(s, 'order_customer');
  if (!open?.fresh) return undefined;
  const { order, messageId, rawText } = open.state;
  const customer = customerIn(s, s.msg.text);
  const total = totalOf(order);
  if (customer === null || total === null) {
    s.say(s.t.orderNotTaken(rawText));
    // "oke", "nanti saja", "tidak": said only to the question, answered only by that.
    const mere = smallTalk(s.msg.text) !== null || yesOrNo(s.msg.text) !== null || parseMessage(s.msg.text, { today: s.today, timeZone: s.me.timeZone }).intent === 'unknown';
    return mere && !matchCommand(s.msg.text) ? s.done('order:not-taken') : undefined;
  }
  return take(s, order, customer, total, { messageId, rawText });
}
