/**
 * What became of one delivery of a lead, in a few fixed states the console names in words,
 * read from its outbox row (pure: no database). The row's `failure` is the send step's own
 * text (src/jobs/outbound.processor.ts): a PermanentSendError's message ("telegram 403:
 * Forbidden: bot was blocked by the user", WhatsApp's "the bot is not a member of this
 * WhatsApp group (403)"), an OutOfReachError's (held until she writes), or a cancellation
 * ("cancelled: opted_out"). An unknown text is "failed", never guessed into another state.
 */
import type { OutboxStatus } from '../../db/schema.ts';

export type DeliveryState =
  /** Delivered. */
  | 'sent'
  /** Not sent yet (waiting in the send queue, or the lead is still being published). */
  | 'queued'
  /** WhatsApp: the bot's own messages go out slowly (pacing), this one waits its turn. */
  | 'paced'
  /** WhatsApp: kept until she writes to the bot privately (the bot may not start the chat). */
  | 'held'
  /** She blocked the bot (Telegram 403 "blocked by the user"). */
  | 'blocked'
  /** The bot is no longer in the group chat, or the chat is gone. */
  | 'removed'
  /** She stopped broadcasts (BERHENTI) before it went. */
  | 'opted_out'
  /** WhatsApp refused it (a restricted number, a rejected message). */
  | 'refused'
  /** Any other refusal. */
  | 'failed';

export const DELIVERY_STATES: readonly DeliveryState[] = ['sent', 'queued', 'paced', 'held', 'blocked', 'removed', 'opted_out', 'refused', 'failed'];

const BLOCKED = /blocked by the user|user is deactivated/i;
const REMOVED = /kicked|not a member|no longer exists|chat not found|group chat was (upgraded|deleted)|bot was removed|have no rights to send/i;
const OPTED_OUT = /opted[_ ]out/i;
const REFUSED = /^WhatsApp refused it|^WhatsApp rejected it/;

export function deliveryState(row: { platform: string; status: OutboxStatus | null; failure: string | null }): DeliveryState {
  switch (row.status) {
    case 'sent':
      return 'sent';
    case 'held':
      return 'held';
    case null:
    case 'queued':
      // WhatsApp paces the bot's own messages (src/channels/whatsapp): a broadcast waits its turn there.
      return row.platform === 'whatsapp' && row.status === 'queued' ? 'paced' : 'queued';
    case 'failed': {
      const why = row.failure ?? '';
      if (OPTED_OUT.test(why)) return 'opted_out';
      if (BLOCKED.test(why)) return 'blocked';
      if (REMOVED.test(why)) return 'removed';
      if (REFUSED.test(why)) return 'refused';
      return 'failed';
    }
  }
}
