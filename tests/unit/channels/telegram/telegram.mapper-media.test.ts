/**
 * Telegram voice notes, audio and photos: mapped to InboundMessage.media with
 * the file_id as ref (the same bot can send it again); a photo with a caption stays a text.
 */
import type { Message, UserFromGetMe } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { messageToInbound } from '../../../../src/channels/telegram/telegram.mapper.ts';

const me = { id: 666, is_bot: true, first_name: 'Dampingi', username: 'dampingi_bot' } as UserFromGetMe;
const ani = { id: 42, is_bot: false, first_name: 'Ani' };
const group = { id: -100123, type: 'supergroup', title: 'Melati' } as Message['chat'];

function message(extra: Partial<Message>): Message {
  return { message_id: 7, date: 1_763_600_000, chat: { id: 42, type: 'private', first_name: 'Ani' }, from: ani, ...extra } as Message;
}

const voice = { file_id: 'AwACAgUAAxkBAAIBvoice', file_unique_id: 'AgADvoice', duration: 4, mime_type: 'audio/ogg', file_size: 5210 };
const sizes = [
  { file_id: 'AgACAgUAAxkBsmall', file_unique_id: 's', width: 90, height: 67 },
  { file_id: 'AgACAgUAAxkBlarge', file_unique_id: 'l', width: 1280, height: 960 },
];

describe('Telegram media', () => {
  it('maps a voice note: empty text, its file_id as ref', () => {
    expect(messageToInbound(message({ voice }), me)).toEqual({
      platform: 'telegram',
      chatId: '42',
      chatType: 'private',
      messageId: '7',
      sender: { id: '42', name: 'Ani' },
      text: '',
      sentAt: new Date(1_763_600_000 * 1000).toISOString(),
      addressedToBot: true,
      media: { kind: 'voice', ref: 'AwACAgUAAxkBAAIBvoice', mimeType: 'audio/ogg' },
    });
  });

  it('maps audio with its caption', () => {
    const audio = { file_id: 'CQACAgUAAxkBaudio', file_unique_id: 'a', duration: 30, mime_type: 'audio/mpeg' };
    expect(messageToInbound(message({ audio, caption: 'jualan hari ini' }), me)).toMatchObject({
      text: 'jualan hari ini',
      media: { kind: 'audio', ref: 'CQACAgUAAxkBaudio', caption: 'jualan hari ini', mimeType: 'audio/mpeg' },
    });
  });

  it('maps a photo without caption by its largest size; one with a caption stays a text', () => {
    expect(messageToInbound(message({ photo: sizes }), me)?.media).toEqual({ kind: 'photo', ref: 'AgACAgUAAxkBlarge', mimeType: 'image/jpeg' });
    const captioned = messageToInbound(message({ photo: sizes, caption: 'beli benang 50rb' }), me);
    expect(captioned?.text).toBe('beli benang 50rb');
    expect(captioned?.media).toBeUndefined();
  });

  it('in a group, is addressed only as a reply to the bot', () => {
    expect(messageToInbound(message({ chat: group, voice }), me)?.addressedToBot).toBe(false);
    const reply = message({ chat: group, voice, reply_to_message: message({ message_id: 5, from: { id: 666, is_bot: true, first_name: 'Dampingi' } }) as Message['reply_to_message'] });
    expect(messageToInbound(reply, me)).toMatchObject({ addressedToBot: true, quotedMessageId: '5', media: { kind: 'voice' } });
  });

  it('ignores media from bots', () => {
    expect(messageToInbound(message({ voice, from: { id: 9, is_bot: true, first_name: 'Other' } }), me)).toBeNull();
  });
});
