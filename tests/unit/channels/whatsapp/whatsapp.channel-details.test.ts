/**
 * What the channel asks Baileys to build, checked on the message Baileys itself builds
 * (the fake socket runs rc14's generateWAMessage, media included): a reply to an edited
 * message quotes the original; the words before a forwarded voice note are kept for
 * WhatsApp's resend requests; a chart goes out as image/png; a document keeps its type and
 * name; in a chat with disappearing messages the bot's messages carry the chat's timer.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { proto, type WAMessage } from '@whiskeysockets/baileys';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messageToInbound } from '../../../../src/channels/whatsapp/whatsapp.mapper.ts';
import { harness, MemorySent, settle, type Harness } from '../../../fixtures/whatsapp/channel-harness.ts';
import * as f from '../../../fixtures/whatsapp/messages.ts';

let h: Harness;
let dir: string;
beforeEach(() => {
  h = harness();
  h.wroteBefore.add(f.ANI.phoneJid);
  dir = mkdtempSync(path.join(tmpdir(), 'wa-details-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const WEEK_S = 7 * 24 * 3600;

/** Ani edits her message 3EB0PRIVATE0001, as rc14 hands the edit to messages.upsert (wrapped in editedMessage). */
function editOfAni(text: string): WAMessage {
  return {
    key: { remoteJid: f.ANI.phoneJid, remoteJidAlt: f.ANI.lid, fromMe: false, id: '3EB0EDIT000001', addressingMode: 'pn' },
    message: {
      editedMessage: {
        message: {
          protocolMessage: {
            key: { remoteJid: f.ANI.phoneJid, fromMe: true, id: '3EB0PRIVATE0001' },
            type: proto.Message.ProtocolMessage.Type.MESSAGE_EDIT,
            editedMessage: { conversation: text },
            timestampMs: (f.T0 + 120) * 1000,
          },
        },
      },
    },
    messageTimestamp: f.T0 + 120,
    pushName: 'Ani',
  };
}

/** A message in a chat with disappearing messages on (7 days): rc14 wraps it, and its contextInfo names the timer. */
function disappearingText(id: string, seconds = WEEK_S): WAMessage {
  return {
    key: { remoteJid: f.ANI.phoneJid, remoteJidAlt: f.ANI.lid, fromMe: false, id, addressingMode: 'pn' },
    message: { ephemeralMessage: { message: { extendedTextMessage: { text: 'laku 2 bros 30rb', contextInfo: { expiration: seconds } } } } },
    messageTimestamp: f.T0 + 300,
    pushName: 'Ani',
  };
}

const contextOf = (m: WAMessage | undefined) => m?.message?.extendedTextMessage?.contextInfo;

describe('a reply to an edited message', () => {
  it('quotes the original message, showing the words as edited', async () => {
    const { wa, socket } = await h.started();
    socket.receive([f.privateText('laku 12 bros @15rb')]);
    socket.receive([editOfAni('laku 10 bros @15rb')]);
    await settle();
    expect(h.received.at(-1)).toMatchObject({ messageId: '3EB0PRIVATE0001', editedAt: expect.any(String) });
    await wa.send({ platform: 'whatsapp', chatId: f.ANI.phoneJid, text: '✅ Diubah', replyToMessageId: '3EB0PRIVATE0001' });
    const context = contextOf(socket.built[0]);
    expect(context?.stanzaId).toBe('3EB0PRIVATE0001');
    expect(context?.participant).toBe(f.ANI.phoneJid);
    expect(context?.quotedMessage?.conversation).toBe('laku 10 bros @15rb');
  });

  it('quotes the original id even when only the edit was seen (the original came before a restart)', async () => {
    const { wa, socket } = await h.started();
    socket.receive([editOfAni('laku 10 bros @15rb')]);
    await settle();
    await wa.send({ platform: 'whatsapp', chatId: f.ANI.phoneJid, text: '✅ Diubah', replyToMessageId: '3EB0PRIVATE0001' });
    expect(contextOf(socket.built[0])?.stanzaId).toBe('3EB0PRIVATE0001');
    expect(contextOf(socket.built[0])?.quotedMessage?.conversation).toBe('laku 10 bros @15rb');
  });
});

describe('a forwarded voice note', () => {
  it('keeps the words sent before it, as well as the forward, for WhatsApp resend requests', async () => {
    const sent = new MemorySent();
    const { wa, socket } = await h.started({ sent });
    const voice: WAMessage = {
      key: { remoteJid: f.ANI.phoneJid, fromMe: false, id: '3EB0VOICE00001' },
      message: { audioMessage: { url: 'https://mmg.whatsapp.net/v/t62.7117-24/1.enc', mimetype: 'audio/ogg; codecs=opus', ptt: true, seconds: 4, directPath: '/v/t62.7117-24/1.enc' } },
      messageTimestamp: f.T0,
    };
    const ref = messageToInbound(voice, { me: {}, phoneOf: () => undefined, now: h.time.clock.now() })!.media!.ref;
    await wa.send({ platform: 'whatsapp', chatId: f.ANI.phoneJid, text: 'Tin mengirim pesan suara', media: { kind: 'voice', ref } });
    expect(socket.built).toHaveLength(2);
    const [intro, forward] = socket.built;
    expect([...sent.rows.keys()]).toEqual([intro!.key.id, forward!.key.id]);
    expect(proto.Message.decode(sent.rows.get(intro!.key.id!)!).extendedTextMessage?.text ?? proto.Message.decode(sent.rows.get(intro!.key.id!)!).conversation).toBe(
      'Tin mengirim pesan suara',
    );
  });
});

describe('pictures and files', () => {
  it('sends a chart as image/png, built and encrypted by Baileys', async () => {
    const { wa, socket } = await h.started();
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4830000000049454e44ae426082', 'hex');
    await wa.send({ platform: 'whatsapp', chatId: f.ANI.phoneJid, text: '📊 Grafik', image: { pngBase64: png.toString('base64'), caption: '📊 Grafik minggu ini' } });
    const image = socket.built[0]?.message?.imageMessage;
    expect(image?.mimetype).toBe('image/png');
    expect(image?.caption).toBe('📊 Grafik minggu ini');
    expect(Number(image?.fileLength)).toBe(png.length);
    expect(image?.mediaKey?.length).toBe(32);
    expect(socket.uploads).toEqual([{ mediaType: 'image', bytes: expect.any(Number) }]);
  });

  it('sends an export as a document with its type and name, streamed from disk', async () => {
    const { wa, socket } = await h.started();
    const file = path.join(dir, 'buku-kas.csv');
    const csv = 'tanggal,masuk\n2026-11-20,15000\n';
    writeFileSync(file, csv);
    await wa.send({ platform: 'whatsapp', chatId: f.ANI.phoneJid, text: 'Buku kas', document: { path: file, filename: 'buku-kas.csv', mimeType: 'text/csv' } });
    const doc = socket.built[0]?.message?.documentMessage;
    expect(doc).toMatchObject({ mimetype: 'text/csv', fileName: 'buku-kas.csv', caption: 'Buku kas' });
    expect(Number(doc?.fileLength)).toBe(Buffer.byteLength(csv));
    expect(socket.uploads.map((u) => u.mediaType)).toEqual(['document']);
  });
});

describe('a chat with disappearing messages', () => {
  it('gets the bot’s answers with the timer its messages show, and without once it is turned off', async () => {
    const { wa, socket } = await h.started();
    socket.receive([disappearingText('3EB0EPH0000001')]);
    await settle();
    await wa.send({ platform: 'whatsapp', chatId: f.ANI.phoneJid, text: '✅ Penjualan', replyToMessageId: '3EB0EPH0000001' });
    expect(socket.sent[0]?.options?.ephemeralExpiration).toBe(WEEK_S);
    expect(contextOf(socket.built[0])?.expiration).toBe(WEEK_S);

    // She turns it off: rc14's processMessage turns the EPHEMERAL_SETTING message into chats.update.
    socket.emit('chats.update', [{ id: f.ANI.phoneJid, ephemeralExpiration: null, ephemeralSettingTimestamp: f.T0 + 400 }]);
    await wa.send({ platform: 'whatsapp', chatId: f.ANI.phoneJid, text: '📊 Rekap' });
    expect(socket.sent[1]?.options?.ephemeralExpiration).toBeUndefined();
    expect(contextOf(socket.built[1])?.expiration ?? socket.built[1]?.message?.extendedTextMessage?.contextInfo).toBeFalsy();
  });

  it('in a group, follows the group’s setting (groups.update) and its metadata', async () => {
    const { wa, socket } = await h.started();
    socket.emit('groups.update', [{ id: f.GROUP, ephemeralDuration: 86_400 }]);
    await wa.send({ platform: 'whatsapp', chatId: f.GROUP, text: 'Ibu-ibu, besok pertemuan' });
    expect(socket.sent[0]?.options?.ephemeralExpiration).toBe(86_400);
    expect(contextOf(socket.built[0])?.expiration).toBe(86_400);
  });
});
