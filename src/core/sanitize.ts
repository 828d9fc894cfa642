/**
 * Text from a platform made safe to store (bad input). PostgreSQL rejects NUL
 * in `text` and in `jsonb` (where echoed text lands: replies in the outbox, conversation
 * state), and `jsonb` rejects a lone UTF-16 surrogate. So every string a person controls
 * loses its NULs and has lone surrogates replaced by U+FFFD before anything is written.
 * Nothing else changes: markup and quotes are plain characters to us (replies are sent as
 * plain text, SQL always goes through parameters).
 */
import type { InboundMessage } from './messages.ts';

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u0000/g, '').replace(LONE_SURROGATE, '\uFFFD');
}

export function cleanInbound(message: InboundMessage): InboundMessage {
  const clean = { ...message, text: cleanText(message.text), sender: { ...message.sender } };
  if (clean.sender.name) clean.sender.name = cleanText(clean.sender.name);
  if (message.media?.caption !== undefined) clean.media = { ...message.media, caption: cleanText(message.media.caption) };
  return clean;
}
