/** Builders for inbound messages as adapters produce them. */
import { randomUUID } from 'node:crypto';
import type { InboundMessage } from '../../src/core/messages.ts';

export function privateMessage(text: string, over: Partial<InboundMessage> = {}): InboundMessage {
  return {
    platform: 'telegram',
    chatId: '1001',
    chatType: 'private',
    messageId: randomUUID(),
    sender: { id: '1001', name: 'Ani' },
    text,
    sentAt: '2026-11-20T03:00:00.000Z', // Friday 10:00 WIB
    addressedToBot: true,
    ...over,
  };
}

export function groupMessage(text: string, over: Partial<InboundMessage> = {}): InboundMessage {
  return privateMessage(text, {
    chatId: '-100500',
    chatType: 'group',
    addressedToBot: false,
    ...over,
  });
}
