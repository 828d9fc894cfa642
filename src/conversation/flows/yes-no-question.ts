/**
 * The answer to a yes/no question asked with `askYesNo` (books/pending-record.ts) about money
 * read with doubt — a loan instalment (repayment-question.ts), a customer's payment
 * (payment-question.ts): "ya" acts, "tidak" says nothing was written, an answer after the
 * question expired says so and what to write, and anything else is a new message (the question
 * is dropped, nothing written).
 */
import { yesOrNo } from '../confirmation.ts';
import type { Handled, Session } from '../session.ts';
import { lateAnswer } from './books/confirm.ts';
import { takeOpenQuestion } from './books/pending-record.ts';

export interface YesNoAnswers<T> {
  /** The name the outcome is logged under ("repayment": "repayment:declined"). */
  name: string;
  yes(state: T): Promise<Handled>;
  declined: string;
  expired(state: T): string;
}

/** Her answer to the open question of `kind`; undefined when there is none or she moved on. */
export async function answerYesNo<T extends { kind: string }>(s: Session, kind: T['kind'], on: YesNoAnswers<T>): Promise<Handled | undefined> {
  const open = await takeOpenQuestion<T>(s, kind);
  if (!open) return undefined;
  if (!open.fresh) {
    // Too late to act on: she is told it was not recorded and what to write.
    const late = lateAnswer(s.msg.text);
    if (late === null) return undefined;
    s.say(on.expired(open.state));
    return s.done(`${on.name}:expired-${late}`);
  }
  const answer = yesOrNo(s.msg.text);
  if (answer === null) return undefined;
  if (answer === 'no') {
    s.say(on.declined);
    return s.done(`${on.name}:declined`);
  }
  return on.yes(open.state);
}
