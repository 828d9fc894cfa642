/** The Sunday digest in a group's chat: counts and group totals only, no member's own amounts. */
import type { ReminderFacts } from '../../modules/reminders/planning.ts';
import type { Catalogue } from '../replies/index.ts';

export function digestText(t: Catalogue, { kind: _kind, ...week }: Extract<ReminderFacts, { kind: 'digest' }>): string {
  return t.reminderDigest(week);
}
