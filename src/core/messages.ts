/**
 * The only shapes that cross between channels and the rest of the bot. Adapters turn
 * platform events into `InboundMessage` and render `OutboundMessage`; nothing else knows
 * a platform. Both are plain JSON so they can travel through queues.
 */

export const PLATFORMS = ['telegram', 'whatsapp', 'console'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** A chart's figures and the words around them: enough to draw it later, in her language. */
export interface ChartToDraw {
  period: 'week' | 'month';
  from: string;
  to: string;
  today: string;
  language: 'id' | 'en';
  /**
   * Each day's sales and expenses in integer rupiah, from `from` on (one number a day): two
   * short arrays rather than an object a day, as 100,000 rows carry them (docs/BENCHMARKS.md).
   */
  sales: number[];
  expenses: number[];
}

export interface InboundMessage {
  platform: Platform;
  /** The chat as the platform names it (Telegram chat id, WhatsApp JID, console session). */
  chatId: string;
  chatType: 'private' | 'group';
  /** Unique within the chat; with platform and chat it is the deduplication key. */
  messageId: string;
  sender: {
    /** The person's id on the platform (Telegram user id, WhatsApp JID). */
    id: string;
    /** The display name the platform gives, if any. */
    name: string | null;
    /** Her phone in E.164 when the platform reveals it (WhatsApp): links her to a member added by phone. */
    phone?: string;
    /** Her Telegram @username without the @, when she has one (she may type it to log in to the console). */
    username?: string;
  };
  text: string;
  /** When the platform says the message was sent, ISO 8601. Decides the business day. */
  sentAt: string;
  /** True when the message addresses the bot: a mention, a command, or a reply to the bot. */
  addressedToBot: boolean;
  /** The id (in this chat) of the message this one replies to, if any: answers to a lead quote it. */
  quotedMessageId?: string;
  /**
   * Set when this is an edit of an earlier message (Telegram edited_message, a WhatsApp
   * edit): when it was edited, ISO 8601. `messageId` is then the ORIGINAL message's id; the
   * inbox deduplicates on (platform, chat, message id, editedAt), so each edit is handled once.
   */
  editedAt?: string;
  /**
   * Set when the sender deleted the message for everyone (a WhatsApp revoke). `messageId`
   * is then the DELETED message's id, `text` is "" and `sentAt` is when it was deleted. The
   * inbox keeps it under its own version (`inboxVersionOf`), so a revoke delivered twice
   * is handled once.
   */
  revoked?: true;
  /**
   * A voice note, audio file or photo. `ref` is what lets the same platform send
   * it again: a Telegram file_id, a WhatsApp message (base64 of its WebMessageInfo). `text`
   * is then the caption, or "".
   */
  media?: InboundMedia;
  /**
   * Her own phone number, vouched for by the platform: on Telegram a contact she shared with
   * the "send my number" button whose user is herself (a contact card of someone else never
   * sets it). `text` is then "". Links her to a member added by phone (modules/people/verified-phone.service.ts).
   */
  sharedPhone?: string;
}

/**
 * Which version of a platform message an inbound message is: '' as sent, the edit time for
 * an edit, 'revoked' for its deletion. With platform, chat and message id it is the inbox's
 * and the inbound queue's deduplication key.
 */
export function inboxVersionOf(msg: Pick<InboundMessage, 'editedAt' | 'revoked'>): string {
  return msg.revoked ? 'revoked' : (msg.editedAt ?? '');
}

export type MediaKind = 'voice' | 'audio' | 'photo';

export interface InboundMedia {
  kind: MediaKind;
  ref: string;
  caption?: string;
  mimeType?: string;
}

export interface ReplyButton {
  label: string;
  /** Sent back as the text of a new inbound message when pressed. */
  value: string;
}

/** A week's figures as the weekly summary words them (modules/summaries `WeekFigures`). */
export interface WeekFiguresToWord {
  from: string;
  to: string;
  sales: number;
  expenses: number;
  profit: number;
  entries: number;
  daysRecorded: number;
}

/**
 * A message's facts still to be worded (the weekly nudge, the weekly summary): their fan-outs
 * write 100,000 rows in a few statements computed in Postgres, without reading them out, so
 * they cannot word them; the send step words them with the catalogue in `language` just
 * before sending (conversation/notices/words-at-send.ts `withWords`), as it draws a `chart`.
 * A summary is written as `weekly_summary_due` (who, which week); the send step first reads
 * her figures (conversation/notices/summary-figures.ts), making it a `weekly_summary` with a
 * chart. (A `weekly_summary` row with its figures, as written until 2026-12-07, is sent as is.)
 */
export type FactsToWord =
  | { kind: 'nudge'; language: 'id' | 'en'; name: string }
  | { kind: 'weekly_summary_due'; language: 'id' | 'en'; name: string; personId: number; monday: string }
  | { kind: 'weekly_summary'; language: 'id' | 'en'; name: string; week: WeekFiguresToWord; lastWeek: WeekFiguresToWord; best: { item: string; amount: number } | null };

export interface OutboundMessage {
  platform: Platform;
  chatId: string;
  text: string;
  /** Quote this message of the chat (the member's own message in a group). */
  replyToMessageId?: string;
  buttons?: ReplyButton[];
  /**
   * A keyboard under the chat's text field instead of buttons in the message: `share_phone`
   * offers one button that sends her own number (Telegram's request_contact; `label` is its
   * text), `remove` takes such a keyboard away. Platforms without one ignore it.
   */
  keyboard?: { kind: 'share_phone'; label: string } | { kind: 'remove' };
  /** A broadcast (lead, reminder), not an answer to someone who just wrote: sent after replies, paced. */
  bulk?: boolean;
  /**
   * Written while handling someone's message but to another chat (a notice to a member about
   * her facilitator's entry, a forwarded voice note, a lead closed): queued with the replies,
   * yet no answer to anyone who wrote there, so WhatsApp's gate counts it as the bot's own
   * initiative (held during a restriction, paced).
   */
  notice?: boolean;
  /** Carries a secret (a console login code and link): its text is blanked in the outbox once sent. */
  secret?: boolean;
  /**
   * A picture (a chart) sent as a photo, with `caption` (or else `text`) under it instead
   * of a separate text message. PNG as base64: the outbox keeps payloads as JSON.
   */
  image?: { pngBase64: string; caption?: string };
  /**
   * A chart still to draw (the weekly summary): its figures, not its picture. The send step
   * (src/jobs/outbound.processor.ts) draws it just before sending and sends the message as
   * `image` with `text` as its caption. Drawing takes ~50 ms of CPU, so the weekly tick,
   * which writes 100,000 summaries in seconds, only writes their figures (a few hundred bytes
   * a row, where a PNG is ~37 KB of base64); each is drawn at the pace it is sent.
   */
  chart?: ChartToDraw;
  /**
   * Words still to write (`FactsToWord`): `text` is empty until the send step words them. A
   * short text (a nudge ~130 characters, a summary ~400, a chart's caption), so it needs no cutting into parts.
   */
  toWord?: FactsToWord;
  /**
   * A file (an export) sent as a document, with `caption` (or else `text`) beside it. The
   * file lives on disk under DATA_DIR (`path` is absolute): exports can be large, and the
   * outbox keeps payloads as JSON rows. A file missing at send time is a permanent failure.
   */
  document?: { path: string; filename: string; mimeType: string; caption?: string };
  /**
   * A voice note, audio or photo a member sent, forwarded as that media: `ref`
   * as in InboundMedia (only its own platform can send it). `text` goes as its caption
   * (Telegram) or as a message just before it (WhatsApp forwards keep their own caption).
   */
  media?: { kind: MediaKind; ref: string; caption?: string };
  /**
   * Set on the second and later parts of a message cut to fit its platform
   * (src/core/message-parts.ts): the outbox key of the part before, which must have been
   * sent first. Channels ignore it.
   */
  follows?: string;
}
