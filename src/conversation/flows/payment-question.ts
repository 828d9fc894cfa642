/**
 * A customer's payment read with doubt ("kata bu Tin dia udah transfer 50rb, tp aku blm cek",
 * "cicilan baju bu tin 100rb", "bu Sri sama bu Yuni bayar utang, masing2 25rb"): asked first,
 * "Bu Tin membayar Rp50.000 ke Ibu?", and taken off what the customer owes only on "ya". Before,
 * the parser's doubt stopped at this door: a payment went to her customer's tab whatever its
 * confidence, so a payment she had only heard of was written as collected. The open question
 * lives with the chat like the books' questions (pending-record.ts) and is forgotten after half
 * an hour; nothing is written until she answers.
 */
import type { Rupiah } from '../../core/money.ts';
import type { ParseResult } from '../../parser/types.ts';
import type { Handled, Session } from '../session.ts';
import { askYesNo } from './books/pending-record.ts';
import { onPaymentReceived } from './credit.ts';
import { answerYesNo } from './yes-no-question.ts';

type PaymentIntent = Extract<ParseResult, { intent: 'payment_received' }>;

interface PendingPayment {
  kind: 'confirm_payment';
  customer: string;
  amount: Rupiah;
  order: boolean;
}

/** Asks whether `customer` paid her `amount`, with yes/no buttons. */
export async function askPayment(s: Session, parsed: PaymentIntent & { amount: Rupiah }): Promise<Handled> {
  const pending: PendingPayment = { kind: 'confirm_payment', customer: parsed.customer, amount: parsed.amount, order: parsed.order };
  await askYesNo(s, pending, s.t.askPayment(parsed.customer, parsed.amount));
  return s.done('payment:ask');
}

/** "ya"/"tidak" to the payment question; undefined when there is none or she moved on. */
export function answerPendingPayment(s: Session): Promise<Handled | undefined> {
  return answerYesNo<PendingPayment>(s, 'confirm_payment', {
    name: 'payment',
    // Her "ya" is the certainty the message lacked: the payment goes as a clear one would.
    yes: ({ customer, amount, order }) => onPaymentReceived(s, { intent: 'payment_received', customer, amount, settled: false, order, confidence: 1 }),
    declined: s.t.paymentDeclined,
    expired: ({ customer, amount }) => s.t.paymentQuestionExpired(customer, amount),
  });
}
