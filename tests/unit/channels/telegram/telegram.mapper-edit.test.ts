/** Telegram edited_message → InboundMessage. */
import { describe, expect, it } from 'vitest';
import type { Message, UserFromGetMe } from 'grammy/types';
import { editedToInbound, messageToInbound } from '../../../../src/channels/telegram/telegram.mapper.ts';

const me = { id: 666, is_bot: true, first_name: 'Dampingi', username: 'dampingi_bot' } as UserFromGetMe;

describe('Telegram edits', () => {
  it('keep the original message id and date, and say when they were edited', () => {
    const original = {
      message_id: 7,
      date: 1_763_600_000,
      chat: { id: 42, type: 'private', first_name: 'Ani' },
      from: { id: 42, is_bot: false, first_name: 'Ani' },
      text: 'laku 12 bros @15rb',
    } as Message;
    const edited = { ...original, text: 'laku 10 bros @15rb', edit_date: 1_763_600_090 } as Message;
    expect(editedToInbound(edited, me)).toEqual({
      ...messageToInbound(original, me),
      text: 'laku 10 bros @15rb',
      editedAt: new Date(1_763_600_090 * 1000).toISOString(),
    });
  });
});
