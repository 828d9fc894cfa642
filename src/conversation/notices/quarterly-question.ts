/** The quarterly question: her turnover from the books, and what were her assets and employees. */
import type { ReminderFacts } from '../../modules/reminders/planning.ts';
import type { Catalogue } from '../replies/index.ts';

export function quarterlyQuestionText(t: Catalogue, { kind: _kind, ...quarter }: Extract<ReminderFacts, { kind: 'quarterly' }>): string {
  return t.reminderQuarterly(quarter);
}
