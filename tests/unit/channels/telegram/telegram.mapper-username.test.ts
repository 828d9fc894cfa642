import { describe, expect, it } from 'vitest';
import type { Message, UserFromGetMe } from 'grammy/types';
import { messageToInbound } from '../../../../src/channels/telegram/telegram.mapper.ts';

const me = { id: 666, is_bot: true, first_name: 'Dampingi', username: 'dampingi_bot' } as UserFromGetMe;
const from = (username?: string) => ({ id: 42, is_bot: false, first_name: 'Maya', ...(username ? { username } : {}) });
const message = (username?: string) => ({ message_id: 7, date: 1_763_600_000, chat: { id: 42, type: 'private', first_name: 'Maya' }, from: from(username), text: '/masuk' }) as Message;

describe('Telegram mapper: the sender’s @username', () => {
  it('is carried when she has one (the console login page accepts it), and left out when not', () => {
    expect(messageToInbound(message('maya_p'), me)?.sender).toEqual({ id: '42', name: 'Maya', username: 'maya_p' });
    expect(messageToInbound(message(), me)?.sender).toEqual({ id: '42', name: 'Maya' });
  });
});
