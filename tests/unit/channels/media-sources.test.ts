/**
 * The help inbox's media sources, each against its platform's real client code: Telegram's
 * getFile and file download through grammY on the local fake Bot API; WhatsApp's download
 * and decryption by Baileys from a message as the mapper keeps it (its ref), the file served
 * encrypted by a local HTTP server standing in for WhatsApp's media host.
 */
import { readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { encryptedStream, proto } from '@whiskeysockets/baileys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { telegramMediaSource } from '../../../src/channels/telegram/telegram.media-source.ts';
import { whatsappMediaSource } from '../../../src/channels/whatsapp/whatsapp.media-source.ts';
import { mediaRefOf } from '../../../src/channels/whatsapp/whatsapp.mapper.ts';
import { FAKE_TOKEN, startFakeTelegram, type FakeTelegram } from '../../helpers/fake-telegram.ts';

const VOICE = Buffer.from('OggS a voice note, byte for byte');

describe('telegram media source', () => {
  let tg: FakeTelegram;
  beforeAll(async () => {
    tg = await startFakeTelegram();
  });
  afterAll(async () => tg?.stop());

  it('fetches a file a member sent by its file_id, and answers undefined for one Telegram does not know', async () => {
    await tg.sendMedia(tg.client({ chatId: 1001, userId: 1001, firstName: 'Ani' }), { kind: 'voice', fileId: 'voice-1', bytes: VOICE });
    const source = telegramMediaSource({ token: FAKE_TOKEN, apiRoot: tg.apiRoot });
    const file = await source.fetchMedia('voice-1');
    expect(Buffer.from(file!.bytes)).toEqual(VOICE);
    expect(tg.downloads.get('voice-1')).toBe(1);
    expect(await source.fetchMedia('no-such-file')).toBeUndefined();
  });
});

describe('whatsapp media source', () => {
  let server: http.Server;
  let encrypted: Buffer;
  let mediaKey: Buffer;
  let base: string;
  beforeAll(async () => {
    const enc = await encryptedStream(VOICE, 'audio');
    encrypted = await readFile(enc.encFilePath);
    await rm(enc.encFilePath, { force: true });
    mediaKey = enc.mediaKey;
    server = http.createServer((req, res) => {
      if (req.url === '/voice.enc') res.writeHead(200, { 'content-length': String(encrypted.length) }).end(encrypted);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => new Promise<void>((resolve) => server?.close(() => resolve())));

  const refOf = (url: string, key: Buffer | null) =>
    mediaRefOf({
      key: { remoteJid: '6281200000001@s.whatsapp.net', id: 'ABC', fromMe: false },
      message: { audioMessage: proto.Message.AudioMessage.create({ url, ...(key ? { mediaKey: key } : {}), mimetype: 'audio/ogg; codecs=opus', ptt: true }) },
    });

  it('downloads and decrypts the voice note the stored message names, with its type', async () => {
    const file = await whatsappMediaSource().fetchMedia(refOf(`${base}/voice.enc`, mediaKey));
    expect(Buffer.from(file!.bytes)).toEqual(VOICE);
    expect(file!.contentType).toBe('audio/ogg; codecs=opus');
  });

  it('answers undefined when the message holds no media key, or the file is gone from the server', async () => {
    expect(await whatsappMediaSource().fetchMedia(refOf(`${base}/voice.enc`, null))).toBeUndefined();
    expect(await whatsappMediaSource().fetchMedia('not a message')).toBeUndefined();
    expect(await whatsappMediaSource().fetchMedia(refOf(`${base}/gone.enc`, mediaKey))).toBeUndefined();
  });
});
