/** A repayment reminder: an instalment due in a few days, today, or overdue. */
import type { ReminderFacts } from '../../modules/reminders/planning.ts';
import type { Catalogue } from '../replies/index.ts';

export function repaymentText(t: Catalogue, { kind: _kind, ...instalment }: Extract<ReminderFacts, { kind: 'repayment' }>): string {
  return t.reminderRepayment(instalment);
}
