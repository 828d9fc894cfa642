import { describe, expect, it } from 'vitest';
import type { Message, UserFromGetMe } from 'grammy/types';
import { callbackToInbound, messageToInbound, sendOptions } from '../../../../src/channels/telegram/telegram.mapper.ts';
import { PermanentSendError, RateLimitedError } from '../../../../src/core/errors.ts';
import { translateSendError } from '../../../../src/channels/telegram/telegram.channel.ts';
import { GrammyError } from 'grammy';

const me = { id: 666, is_bot: true, first_name: 'Dampingi', username: 'dampingi_bot' } as UserFromGetMe;
const ani = { id: 42, is_bot: false, first_name: 'Ani', last_name: 'Lestari' };

function message(extra: Partial<Message> & { text?: string }): Message {
  return {
    message_id: 7,
    date: 1_763_600_000,
    chat: { id: 42, type: 'private', first_name: 'Ani' },
    from: ani,
    ...extra,
  } as Message;
}

describe('Telegram mapper', () => {
  it('maps a private text message', () => {
    expect(messageToInbound(message({ text: 'laku 12 bros @15rb' }), me)).toEqual({
      platform: 'telegram',
      chatId: '42',
      chatType: 'private',
      messageId: '7',
      sender: { id: '42', name: 'Ani Lestari' },
      text: 'laku 12 bros @15rb',
      sentAt: new Date(1_763_600_000 * 1000).toISOString(),
      addressedToBot: true,
    });
  });

  it('in a group, is addressed only by a command, a mention or a reply to the bot', () => {
    const group = { id: -100123, type: 'supergroup', title: 'Melati' } as Message['chat'];
    expect(messageToInbound(message({ chat: group, text: 'laku 5 bros @15rb' }), me)?.addressedToBot).toBe(false);
    expect(messageToInbound(message({ chat: group, text: '/rekap' }), me)?.addressedToBot).toBe(true);
    expect(messageToInbound(message({ chat: group, text: '/rekap@other_bot' }), me)?.addressedToBot).toBe(false);
    const mention = messageToInbound(message({ chat: group, text: '@dampingi_bot rekap minggu' }), me);
    expect(mention).toMatchObject({ chatType: 'group', addressedToBot: true, text: 'rekap minggu' });
    const reply = message({ chat: group, text: 'ya', reply_to_message: { message_id: 3, from: me } as unknown as Message['reply_to_message'] });
    expect(messageToInbound(reply, me)?.addressedToBot).toBe(true);
  });

  it('reads captions, and ignores bots and messages without text', () => {
    expect(messageToInbound(message({ caption: 'laku 3 kerudung @90rb' } as Partial<Message>), me)?.text).toBe('laku 3 kerudung @90rb');
    expect(messageToInbound(message({}), me)).toBeNull();
    expect(messageToInbound(message({ text: 'hi', from: { ...ani, is_bot: true } }), me)).toBeNull();
  });

  it('turns a pressed button into a message from the person who pressed it', () => {
    const inbound = callbackToInbound(
      { id: 'cbq1', from: ani, chat_instance: 'x', data: 'ya', message: message({ text: 'Maksud Ibu begini?' }) } as never,
      new Date('2026-11-20T03:00:00Z'),
    );
    expect(inbound).toMatchObject({ messageId: 'cb-cbq1', text: 'ya', sender: { id: '42' }, addressedToBot: true });
  });

  it('quotes the member’s message and renders buttons', () => {
    expect(
      sendOptions({ platform: 'telegram', chatId: '1', text: 'x', replyToMessageId: '9', buttons: [{ label: '✅ ya', value: 'ya' }] }),
    ).toEqual({
      reply_parameters: { message_id: 9, allow_sending_without_reply: true },
      reply_markup: { inline_keyboard: [[{ text: '✅ ya', callback_data: 'ya' }]] },
    });
    expect(sendOptions({ platform: 'telegram', chatId: '1', text: 'x' })).toEqual({});
  });

  it('maps Telegram refusals onto wait, give up or retry', () => {
    const tooMany = new GrammyError('x', { ok: false, error_code: 429, description: 'Too Many Requests', parameters: { retry_after: 7 } }, 'sendMessage', {});
    const rate = translateSendError(tooMany);
    expect(rate).toBeInstanceOf(RateLimitedError);
    expect((rate as RateLimitedError).retryAfterMs).toBe(7000);
    const blocked = new GrammyError('x', { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' }, 'sendMessage', {});
    expect(translateSendError(blocked)).toBeInstanceOf(PermanentSendError);
    const flaky = new GrammyError('x', { ok: false, error_code: 502, description: 'Bad Gateway' }, 'sendMessage', {});
    const retry = translateSendError(flaky);
    expect(retry).not.toBeInstanceOf(PermanentSendError);
    expect(retry).not.toBeInstanceOf(RateLimitedError);
  });
});
