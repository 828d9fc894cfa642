import type { WAMessage } from '@whiskeysockets/baileys';
import { describe, expect, it } from 'vitest';
import {
  lidsToLookUp,
  messageToInbound,
  pairsCarried,
  phoneOfJid,
  renderText,
  type MapContext,
} from '../../../../src/channels/whatsapp/whatsapp.mapper.ts';
import * as f from '../../../fixtures/whatsapp/messages.ts';

const known = new Map([[f.SRI.lid, f.SRI.phoneJid]]);
const ctx: MapContext = {
  me: { phoneJid: f.BOT.phoneJid, lid: f.BOT.lid },
  phoneOf: (lid) => known.get(lid),
  now: new Date('2026-11-20T05:00:00Z'),
};
function onlyMention(): WAMessage {
  const message = f.mentionOfBot();
  message.message!.extendedTextMessage!.text = '@6281100000001';
  return message;
}
const at = (seconds: number) => new Date(seconds * 1000).toISOString();

describe('messageToInbound', () => {
  it('maps a private text, with her phone in E.164', () => {
    expect(messageToInbound(f.privateText(), ctx)).toEqual({
      platform: 'whatsapp',
      chatId: f.ANI.phoneJid,
      chatType: 'private',
      messageId: '3EB0PRIVATE0001',
      sender: { id: f.ANI.phoneJid, name: 'Ani', phone: f.ANI.phone },
      text: 'laku 12 bros @15rb',
      sentAt: '2026-11-20T03:00:00.000Z',
      addressedToBot: true,
    });
  });

  it('reports a private chat WhatsApp addressed by LID under her phone JID', () => {
    expect(messageToInbound(f.privateTextByLid(), ctx)).toEqual({
      platform: 'whatsapp',
      chatId: f.ANI.phoneJid,
      chatType: 'private',
      messageId: '3EB0PRIVLID0001',
      sender: { id: f.ANI.phoneJid, name: 'Ani', phone: f.ANI.phone },
      text: 'rekap',
      sentAt: at(f.T0 + 60),
      addressedToBot: true,
    });
  });

  it('maps a group text: the group is the chat, the participant the sender, not addressed', () => {
    expect(messageToInbound(f.groupText(), ctx)).toEqual({
      platform: 'whatsapp',
      chatId: f.GROUP,
      chatType: 'group',
      messageId: '3EB0GROUP00001',
      sender: { id: f.TIN.phoneJid, name: 'Tin', phone: f.TIN.phone },
      text: 'laku 6 kerudung 80rb/pcs',
      sentAt: at(f.T0),
      addressedToBot: false,
    });
  });

  it('maps a LID sender to her phone when the table knows it', () => {
    expect(messageToInbound(f.groupTextFromLid(f.SRI, 'Sri'), ctx)).toEqual({
      platform: 'whatsapp',
      chatId: f.GROUP,
      chatType: 'group',
      messageId: '3EB0GROUPLID001',
      sender: { id: f.SRI.phoneJid, name: 'Sri', phone: f.SRI.phone },
      text: 'laku 3 mukena total 450rb',
      sentAt: at(f.T0),
      addressedToBot: false,
    });
  });

  it('keeps the LID, without a phone, when nobody knows it', () => {
    expect(messageToInbound(f.groupTextFromLid(f.WATI, 'Wati', 'laku 1 besek 20rb', '3EB0GROUPLID002'), ctx)).toEqual({
      platform: 'whatsapp',
      chatId: f.GROUP,
      chatType: 'group',
      messageId: '3EB0GROUPLID002',
      sender: { id: f.WATI.lid, name: 'Wati' },
      text: 'laku 1 besek 20rb',
      sentAt: at(f.T0),
      addressedToBot: false,
    });
  });

  it('counts a reply to one of the bot’s messages as addressed to it, and names the quoted message', () => {
    expect(messageToInbound(f.replyToBot(), ctx)).toEqual({
      platform: 'whatsapp',
      chatId: f.GROUP,
      chatType: 'group',
      messageId: '3EB0REPLY00001',
      sender: { id: f.TIN.phoneJid, name: 'Tin', phone: f.TIN.phone },
      text: 'rekap',
      sentAt: at(f.T0 + 120),
      addressedToBot: true,
      quotedMessageId: '3EB0BOTSENT0001',
    });
  });

  it('a reply to someone else is not addressed to the bot', () => {
    const message = f.replyToBot();
    message.message!.extendedTextMessage!.contextInfo!.participant = f.ANI.phoneJid;
    expect(messageToInbound(message, ctx)).toMatchObject({ addressedToBot: false, quotedMessageId: '3EB0BOTSENT0001' });
  });

  it('counts a mention of the bot and removes it from the text', () => {
    expect(messageToInbound(f.mentionOfBot(), ctx)).toEqual({
      platform: 'whatsapp',
      chatId: f.GROUP,
      chatType: 'group',
      messageId: '3EB0MENTION001',
      sender: { id: f.TIN.phoneJid, name: 'Tin', phone: f.TIN.phone },
      text: 'rekap minggu ini',
      sentAt: at(f.T0 + 180),
      addressedToBot: true,
    });
  });

  it('reads an image caption', () => {
    expect(messageToInbound(f.imageCaption(), ctx)).toEqual({
      platform: 'whatsapp',
      chatId: f.ANI.phoneJid,
      chatType: 'private',
      messageId: '3EB0IMAGE00001',
      sender: { id: f.ANI.phoneJid, name: 'Ani', phone: f.ANI.phone },
      text: 'beli benang 50rb',
      sentAt: at(f.T0 + 240),
      addressedToBot: true,
    });
  });

  it('unwraps a disappearing message', () => {
    expect(messageToInbound(f.ephemeralText(), ctx)?.text).toBe('laku 2 bros 30rb');
  });

  it.each([
    ['the bot’s own message', f.fromMe()],
    ['a status update', f.statusBroadcast()],
    ['a sticker (no text)', f.noText()],
    ['a reaction', f.reaction()],
    ['a message without content', { ...f.privateText(), message: null } satisfies WAMessage],
    ['a text of only the bot’s mention', onlyMention()],
  ])('skips %s', (_name, message) => {
    expect(messageToInbound(message, ctx)).toBeNull();
  });

  it('uses the time it arrived when WhatsApp gives none', () => {
    const message = { ...f.privateText(), messageTimestamp: null };
    expect(messageToInbound(message, ctx)?.sentAt).toBe('2026-11-20T05:00:00.000Z');
  });
});

describe('identity helpers', () => {
  it('finds the LID ↔ phone pair a message carries, either way round', () => {
    expect(pairsCarried(f.groupText())).toEqual([{ lid: f.TIN.lid, phoneJid: f.TIN.phoneJid }]);
    expect(pairsCarried(f.privateTextByLid())).toEqual([{ lid: f.ANI.lid, phoneJid: f.ANI.phoneJid }]);
    expect(pairsCarried(f.groupTextFromLid(f.SRI, 'Sri'))).toEqual([]);
  });

  it('asks to look up only LID authors shown without a phone', () => {
    expect(lidsToLookUp(f.groupTextFromLid(f.SRI, 'Sri'))).toEqual([f.SRI.lid]);
    expect(lidsToLookUp(f.privateTextByLid())).toEqual([]);
    expect(lidsToLookUp(f.groupText())).toEqual([]);
  });

  it('turns a phone JID into E.164, and nothing else', () => {
    expect(phoneOfJid('6281234567890@s.whatsapp.net')).toBe('+6281234567890');
    expect(phoneOfJid('6281234567890:3@s.whatsapp.net')).toBe('+6281234567890');
    expect(phoneOfJid('11111111111111@lid')).toBeUndefined();
    expect(phoneOfJid(f.GROUP)).toBeUndefined();
  });
});

describe('renderText', () => {
  it('leaves a plain reply alone', () => {
    expect(renderText({ text: 'Halo' })).toBe('Halo');
  });

  it('leaves buttons out: the text itself says what to type back', () => {
    expect(
      renderText({
        text: 'Maksud Ibu begini?\nBalas "ya" untuk dicatat, atau "tidak".',
        buttons: [
          { label: '✅ Ya', value: 'ya' },
          { label: '❌ Tidak', value: 'tidak' },
        ],
      }),
    ).toBe('Maksud Ibu begini?\nBalas "ya" untuk dicatat, atau "tidak".');
  });
});
