/**
 * The answers to a deferred (flood-throttled) message, collapsed: what she wrote is
 * recorded as usual, but instead of one "✅ recorded" per message she gets one polite
 * notice and the answer to her last deferred message (it shows the day's totals). Only
 * answers to messages that were RECORDED are dropped: a message that could not be recorded
 * (not understood, no price, refused) or that asks her something (buttons) is still
 * answered, so nothing is lost silently. Messages to other people (a facilitator told of
 * a payment to confirm) are kept: they are not a flood to anyone.
 * See src/modules/flood/flood.ts for when a message is deferred.
 */
import type { InboundMessage, OutboundMessage } from '../core/messages.ts';
import type { Db } from '../db/client.ts';
import { findPerson } from '../modules/people/people.repository.ts';
import { repliesFor } from './replies/index.ts';

export interface FloodMark {
  /** This message carries the one notice of the flood. */
  notice: boolean;
  /** No other deferred message of hers is pending: her answer goes out in full. */
  last: boolean;
}

/** Intents (Handled.intent) of a message that was recorded as she wrote it: its "✅" may be collapsed. */
const RECORDED = new Set(['record', 'credit', 'order', 'payment:order', 'payment:credit', 'confirm:yes', 'repayment:confirmed', 'repayment:reported', 'report', 'lead_interest', 'lead_decline']);

export async function collapseFloodReplies(
  db: Db,
  msg: InboundMessage,
  handled: { personId: number | null; intent: string; replies: readonly OutboundMessage[] },
  mark: FloodMark,
): Promise<OutboundMessage[]> {
  const { personId, replies } = handled;
  const ownChat = (r: OutboundMessage) => r.platform === msg.platform && r.chatId === msg.chatId;
  const own = replies.filter(ownChat);
  const others = replies.filter((r) => !ownChat(r));
  const routine = RECORDED.has(handled.intent);
  const kept = mark.last || !routine ? own : own.filter((r) => r.buttons?.length);
  const out: OutboundMessage[] = [];
  // In a group chat the bot stays silent on chatter: a notice only where it would have answered.
  if (mark.notice && (msg.chatType === 'private' || own.length > 0)) {
    const person = personId === null ? undefined : await findPerson(db, personId);
    out.push({
      platform: msg.platform,
      chatId: msg.chatId,
      text: repliesFor(person?.language ?? 'id').floodNotice,
      ...(msg.chatType === 'group' ? { replyToMessageId: msg.messageId } : {}),
    });
  }
  return [...out, ...kept, ...others];
}
