/**
 * A loan instalment read with doubt ("bayar cicilan 300rb?", "bayar cicilan 300"): asked
 * first, "Maksud Ibu bayar cicilan Rp300.000?", and recorded only on "ya". Money owed to the
 * group is never written from a guess; the open question lives with the chat like the
 * books' questions (pending-record.ts) and is forgotten after half an hour.
 */
import type { Rupiah } from '../../core/money.ts';
import { yesOrNo } from '../confirmation.ts';
import type { Handled, Session } from '../session.ts';
import { lateAnswer } from './books/confirm.ts';
import { askYesNo, takeOpenQuestion } from './books/pending-record.ts';
import { onRepayment } from './loans.ts';

interface PendingRepayment {
  kind: 'confirm_repayment';
  amount: Rupiah;
}

/** Asks whether she means an instalment of `amount`, with yes/no buttons. */
export async function askRepayment(s: Session, amount: Rupiah): Promise<Handled> {
  const pending: PendingRepayment = { kind: 'confirm_repayment', amount };
  await askYesNo(s, pending, s.t.askRepayment(amount));
  return s.done('repayment:ask');
}

/** "ya"/"tidak" to the instalment question; undefined when there is none or she moved on. */
export async function answerPendingRepayment(s: Session): Promise<Handled | undefined> {
  const open = await takeOpenQuestion<PendingRepayment>(s, 'confirm_repayment');
  if (!open) return undefined;
  const { amount } = open.state;
  if (!open.fresh) {
    // Too late to act on: she is told it was not recorded and what to write.
    const late = lateAnswer(s.msg.text);
    if (late === null) return undefined;
    s.say(s.t.repaymentQuestionExpired(amount));
    return s.done(`repayment:expired-${late}`);
  }
  const answer = yesOrNo(s.msg.text);
  // Anything but an answer is a new message; the question is dropped (nothing recorded).
  if (answer === null) return undefined;
  if (answer === 'no') {
    s.say(s.t.repaymentDeclined);
    return s.done('repayment:declined');
  }
  return onRepayment(s, amount);
}
