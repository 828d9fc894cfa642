/**
 * WhatsApp voice notes and photos with real Baileys proto shapes: the mapper
 * turns them into InboundMessage.media whose `ref` is the message itself (base64 of its
 * WebMessageInfo), which Baileys can turn back into a forward; the channel sends an
 * outbound media as the words first, then `{ forward: msg }`.
 */
import { generateForwardMessageContent, proto, type WAMessage } from '@whiskeysockets/baileys';
import { describe, expect, it } from 'vitest';
import { WhatsappChannel } from '../../../../src/channels/whatsapp/whatsapp.channel.ts';
import { messageOfRef, messageToInbound, type MapContext } from '../../../../src/channels/whatsapp/whatsapp.mapper.ts';
import { WhatsappPacer } from '../../../../src/channels/whatsapp/whatsapp.pacer.ts';
import { fixedClock } from '../../../../src/core/clock.ts';
import { PermanentSendError } from '../../../../src/core/errors.ts';
import { silentLogger } from '../../../../src/core/logger.ts';
import { fakeSockets } from '../../../fixtures/whatsapp/fake-socket.ts';
import * as f from '../../../fixtures/whatsapp/messages.ts';

const ctx: MapContext = { me: { phoneJid: f.BOT.phoneJid, lid: f.BOT.lid }, phoneOf: () => undefined, now: new Date('2026-11-20T03:00:00Z') };

const bytes = (n: number, fill: number) => new Uint8Array(n).fill(fill);

/** A voice note as Baileys rc14 emits it in messages.upsert (push-to-talk opus). */
function voiceNote(id = '3EB0VOICE00001'): WAMessage {
  return {
    key: { remoteJid: f.ANI.phoneJid, remoteJidAlt: f.ANI.lid, fromMe: false, id, addressingMode: 'pn' },
    message: {
      audioMessage: {
        url: 'https://mmg.whatsapp.net/v/t62.7117-24/12345_67890.enc?ccb=11-4',
        mimetype: 'audio/ogg; codecs=opus',
        fileSha256: bytes(32, 1),
        fileLength: 5210,
        seconds: 4,
        ptt: true,
        mediaKey: bytes(32, 2),
        fileEncSha256: bytes(32, 3),
        directPath: '/v/t62.7117-24/12345_67890.enc?ccb=11-4&oh=01&oe=6789',
        mediaKeyTimestamp: f.T0,
        waveform: bytes(64, 9),
      },
      messageContextInfo: { deviceListMetadataVersion: 2 },
    },
    messageTimestamp: f.T0,
    pushName: 'Ani',
  };
}

function photoInGroup(replyToBot: boolean, caption?: string): WAMessage {
  return {
    key: { remoteJid: f.GROUP, fromMe: false, id: '3EB0PHOTO00001', participant: f.TIN.phoneJid, participantAlt: f.TIN.lid, addressingMode: 'pn' },
    message: {
      imageMessage: {
        url: 'https://mmg.whatsapp.net/o1/v/t62.7118-24/f1/m233/abc.enc',
        mimetype: 'image/jpeg',
        ...(caption ? { caption } : {}),
        fileSha256: bytes(32, 4),
        fileLength: 81234,
        height: 1280,
        width: 960,
        mediaKey: bytes(32, 5),
        fileEncSha256: bytes(32, 6),
        directPath: '/o1/v/t62.7118-24/f1/m233/abc.enc?ccb=9-4',
        mediaKeyTimestamp: f.T0,
        jpegThumbnail: bytes(900, 7),
        contextInfo: replyToBot
          ? { stanzaId: '3EB0BOTSENT0001', participant: f.BOT.lid, quotedMessage: { conversation: '🎙️ …' } }
          : {},
      },
    },
    messageTimestamp: f.T0,
    pushName: 'Tin',
  };
}

describe('the mapper', () => {
  it('maps a voice note: kind voice, empty text, a ref that is the message itself', () => {
    const inbound = messageToInbound(voiceNote(), ctx)!;
    expect(inbound).toMatchObject({
      platform: 'whatsapp',
      chatId: f.ANI.phoneJid,
      chatType: 'private',
      messageId: '3EB0VOICE00001',
      sender: { id: f.ANI.phoneJid, name: 'Ani', phone: f.ANI.phone },
      text: '',
      addressedToBot: true,
      media: { kind: 'voice', mimeType: 'audio/ogg; codecs=opus' },
    });
    const again = messageOfRef(inbound.media!.ref)!;
    expect(again.key.id).toBe('3EB0VOICE00001');
    expect(again.message?.audioMessage?.ptt).toBe(true);
    expect(Buffer.from(again.message!.audioMessage!.mediaKey!)).toEqual(Buffer.from(bytes(32, 2)));
    // Small enough for a queue job and a table row.
    expect(inbound.media!.ref.length).toBeLessThan(1000);
    // Baileys itself can forward it.
    const forwarded = generateForwardMessageContent(again, false);
    expect(forwarded.audioMessage?.directPath).toBe(voiceNote().message!.audioMessage!.directPath);
  });

  it('maps plain audio (not push-to-talk) as audio', () => {
    const m = voiceNote();
    m.message!.audioMessage!.ptt = false;
    expect(messageToInbound(m, ctx)?.media?.kind).toBe('audio');
  });

  it('maps a photo in a group, addressed to the bot only when it answers the bot', () => {
    const answering = messageToInbound(photoInGroup(true), ctx)!;
    expect(answering).toMatchObject({ chatType: 'group', chatId: f.GROUP, text: '', addressedToBot: true, quotedMessageId: '3EB0BOTSENT0001', media: { kind: 'photo', mimeType: 'image/jpeg' } });
    expect(messageToInbound(photoInGroup(false), ctx)).toMatchObject({ addressedToBot: false, media: { kind: 'photo' } });
  });

  it('reads a photo with a caption as its caption, as before', () => {
    const captioned = messageToInbound(photoInGroup(true, 'beli benang 50rb'), ctx)!;
    expect(captioned.text).toBe('beli benang 50rb');
    expect(captioned.media).toBeUndefined();
  });

  it('leaves text messages as they were', () => {
    expect(messageToInbound(f.privateText('laku 12 bros @15rb'), ctx)?.media).toBeUndefined();
  });

  it('knows a ref that is not a message', () => {
    expect(messageOfRef('AwACAgIAAxkBAAIBvoice')).toBeUndefined();
  });
});

describe('the channel', () => {
  async function started() {
    const sockets = fakeSockets();
    const noop = async () => undefined;
    const clock = fixedClock('2026-11-20T03:00:00Z');
    const wa = new WhatsappChannel({
      auth: { readCreds: async () => null, writeCreds: noop, readKeys: async () => new Map(), writeKeys: noop, clear: noop },
      lids: { phonesForLids: async () => new Map(), remember: noop },
      sent: { remember: noop, find: async () => undefined },
      lastWrotePrivately: async () => clock.now(),
      pacer: new WhatsappPacer({ perMinute: 5, dailyCap: 3, timeZone: 'Asia/Jakarta', random: () => 0 }),
      clock,
      log: silentLogger(),
      socketFactory: sockets.factory,
      terminal: { write: () => undefined },
      random: () => 0,
      schedule: () => () => undefined,
    });
    await wa.start(async () => undefined);
    const socket = sockets.last();
    socket.open();
    return { wa, socket };
  }

  it('forwards a member’s voice note to the facilitator after the words', async () => {
    const { wa, socket } = await started();
    const ref = messageToInbound(voiceNote(), ctx)!.media!.ref;
    const RINA = '6281299999999@s.whatsapp.net';
    await wa.send({ platform: 'whatsapp', chatId: RINA, text: 'Ani mengirim pesan suara — bantu catat?', media: { kind: 'voice', ref } });
    expect(socket.sent.map((s) => s.jid)).toEqual([RINA, RINA]);
    expect(socket.sent[0]!.content).toEqual({ text: 'Ani mengirim pesan suara — bantu catat?' });
    const forward = (socket.sent[1]!.content as { forward: WAMessage }).forward;
    expect(forward.key.id).toBe('3EB0VOICE00001');
    expect(proto.Message.encode(forward.message!).finish()).toEqual(proto.Message.encode(voiceNote().message!).finish());
    await wa.stop();
  });

  it('refuses for good a media ref that is not a WhatsApp message', async () => {
    const { wa, socket } = await started();
    await expect(
      wa.send({ platform: 'whatsapp', chatId: f.ANI.phoneJid, text: 'x', media: { kind: 'voice', ref: 'AwACAgIAAxkBAAIBvoice' } }),
    ).rejects.toBeInstanceOf(PermanentSendError);
    expect(socket.sent).toEqual([]);
    await wa.stop();
  });
});
