/**
 * A planned reminder (modules/reminders/planning.ts: facts, no text) as the message that
 * goes out: in the reader's language, sent as bulk (paced on WhatsApp).
 */
import type { OutboundMessage } from '../../core/messages.ts';
import type { PlannedReminder, ReminderFacts } from '../../modules/reminders/planning.ts';
import { repliesFor, type Catalogue } from '../replies/index.ts';
import { digestText } from './digest.ts';
import { nudgeText } from './nudge.ts';
import { orderDueText } from './order-due.ts';
import { quarterlyQuestionText } from './quarterly-question.ts';
import { repaymentText } from './repayment.ts';

/** Group chats have no language of their own: they read Indonesian. */
const GROUP_CHAT_LANGUAGE = 'id';

function textOf(t: Catalogue, facts: ReminderFacts): string {
  switch (facts.kind) {
    case 'nudge':
      return nudgeText(t, facts);
    case 'digest':
      return digestText(t, facts);
    case 'quarterly':
      return quarterlyQuestionText(t, facts);
    case 'repayment':
      return repaymentText(t, facts);
    case 'order_due':
      return orderDueText(t, facts);
  }
}

export function reminderMessage(reminder: PlannedReminder): OutboundMessage {
  const { platform, chatId, language } = reminder.to;
  return { platform, chatId, text: textOf(repliesFor(language ?? GROUP_CHAT_LANGUAGE), reminder.facts), bulk: true };
}

