/** The Saturday nudge to a member who has recorded nothing since Monday. */
import type { ReminderFacts } from '../../modules/reminders/planning.ts';
import type { Catalogue } from '../replies/index.ts';

export function nudgeText(t: Catalogue, facts: Extract<ReminderFacts, { kind: 'nudge' }>): string {
  return t.reminderNudge(facts.name);
}
