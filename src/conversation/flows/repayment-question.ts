/**
 * A loan instalment read with doubt ("bayar cicilan 300rb?", "bayar cicilan 300"): asked
 * first, "Maksud Ibu bayar cicilan Rp300.000?", and recorded only on "ya". Money owed to the
 * group is never written from a guess; the open question lives with the chat like the
 * books' questions (pending-record.ts) and is forgotten after half an hour.
 */
import type { Rupiah } from '../../core/money.ts';
import type { Handled, Session } from '../session.ts';
import { askYesNo } from './books/pending-record.ts';
import { onRepayment } from './loans.ts';
import { answerYesNo } from './yes-no-question.ts';

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
export function answerPendingRepayment(s: Session): Promise<Handled | undefined> {
  return answerYesNo<PendingRepayment>(s, 'confirm_repayment', {
    name: 'repayment',
    yes: ({ amount }) => onRepayment(s, amount),
    declined: s.t.repaymentDeclined,
    expired: ({ amount }) => s.t.repaymentQuestionExpired(amount),
  });
}
