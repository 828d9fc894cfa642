/**
 * A shared contact links her to a member added by phone only when it is her own number:
 * Telegram puts the account's id in `contact.user_id`, so a card of someone else never
 * carries hers. The keyboard that asks for it, and the one that takes it away.
 */
import { describe, expect, it } from 'vitest';
import type { Message, UserFromGetMe } from 'grammy/types';
import { messageToInbound, sendOptions } from '../../../../src/channels/telegram/telegram.mapper.ts';

const me = { id: 666, is_bot: true, first_name: 'Dampingi', username: 'dampingi_bot' } as UserFromGetMe;
const contactMessage = (contact: Record<string, unknown>, chat: Record<string, unknown> = { id: 42, type: 'private', first_name: 'Maya' }) =>
  ({ message_id: 9, date: 1_763_600_000, chat, from: { id: 42, is_bot: false, first_name: 'Maya' }, contact }) as unknown as Message;

describe('Telegram mapper: her own number, shared with the button', () => {
  it('is carried as sharedPhone, with a plus, when the contact is her own account', () => {
    const inbound = messageToInbound(contactMessage({ phone_number: '6281234567890', first_name: 'Maya', user_id: 42 }), me);
    expect(inbound).toMatchObject({ platform: 'telegram', chatId: '42', messageId: '9', text: '', sharedPhone: '+6281234567890', addressedToBot: true });
    expect(messageToInbound(contactMessage({ phone_number: '+62 812-3456-7890', first_name: 'Maya', user_id: 42 }), me)?.sharedPhone).toBe('+6281234567890');
  });

  it('ignores a contact card of someone else, one without an account, and one shared in a group', () => {
    expect(messageToInbound(contactMessage({ phone_number: '6281234567890', first_name: 'Sumi', user_id: 43 }), me)).toBeNull();
    expect(messageToInbound(contactMessage({ phone_number: '6281234567890', first_name: 'Sumi' }), me)).toBeNull();
    const group = { id: -100, type: 'group', title: 'Melati' };
    expect(messageToInbound(contactMessage({ phone_number: '6281234567890', first_name: 'Maya', user_id: 42 }, group), me)).toBeNull();
  });
});

describe('Telegram mapper: the keyboard under her text field', () => {
  const base = { platform: 'telegram', chatId: '42', text: 'x' } as const;
  it('offers one button that sends her own number, once', () => {
    expect(sendOptions({ ...base, keyboard: { kind: 'share_phone', label: '📱 Kirim nomor HP saya' } }).reply_markup).toEqual({
      keyboard: [[{ text: '📱 Kirim nomor HP saya', request_contact: true }]],
      resize_keyboard: true,
      one_time_keyboard: true,
    });
  });
  it('takes it away, and leaves inline buttons to win when a message has both', () => {
    expect(sendOptions({ ...base, keyboard: { kind: 'remove' } }).reply_markup).toEqual({ remove_keyboard: true });
    const both = sendOptions({ ...base, keyboard: { kind: 'remove' }, buttons: [{ label: 'Ya', value: 'ya' }] });
    expect(both.reply_markup).toEqual({ inline_keyboard: [[{ text: 'Ya', callback_data: 'ya' }]] });
  });
});
