/**
 * An outbound message with a document (an export) goes out as a file: a sendDocument
 * upload on Telegram (against the local fake Bot API, bytes and name kept), a document
 * message on WhatsApp (Baileys streams the local path given as `{ url }`), the caption and
 * path on the console. A file gone from disk is a permanent failure on every channel.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleChannel } from '../../../src/channels/console/console.channel.ts';
import { TelegramChannel } from '../../../src/channels/telegram/telegram.channel.ts';
import { WhatsappChannel } from '../../../src/channels/whatsapp/whatsapp.channel.ts';
import { WhatsappPacer } from '../../../src/channels/whatsapp/whatsapp.pacer.ts';
import { fixedClock } from '../../../src/core/clock.ts';
import { PermanentSendError } from '../../../src/core/errors.ts';
import { silentLogger } from '../../../src/core/logger.ts';
import type { OutboundMessage } from '../../../src/core/messages.ts';
import { fakeSockets } from '../../fixtures/whatsapp/fake-socket.ts';
import { FAKE_TOKEN, startFakeTelegram, type FakeTelegram } from '../../helpers/fake-telegram.ts';

const clock = fixedClock('2026-11-20T03:00:00Z');
const CSV = 'Tanggal,Anggota,Nilai (Rp)\r\n2026-11-02,"Sari ""Ibu"", S.E.",15000\r\n';
let dir: string;
let file: string;
let gone: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dampingi-docs-'));
  file = path.join(dir, 'ekspor-melati.csv');
  gone = path.join(dir, 'not-there.csv');
  await writeFile(file, CSV);
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

function documentMessage(platform: OutboundMessage['platform'], chatId: string, at = file): OutboundMessage {
  return {
    platform,
    chatId,
    text: 'Ekspor Melati',
    document: { path: at, filename: 'ekspor-melati.csv', mimeType: 'text/csv', caption: '📎 Kelompok Melati — CSV' },
  };
}

describe('Telegram', () => {
  let tg: FakeTelegram;
  beforeAll(async () => {
    tg = await startFakeTelegram();
  });
  afterAll(async () => tg?.stop());

  it('uploads the file with sendDocument, its name and caption', async () => {
    const channel = new TelegramChannel({ token: FAKE_TOKEN, apiRoot: tg.apiRoot, clock, log: silentLogger() });
    const sent = await channel.send(documentMessage('telegram', '6001'));
    expect(sent.platformMessageId).toMatch(/^\d+$/);
    const [document, ...more] = tg.botDocuments(6001);
    expect(more).toEqual([]);
    expect(document?.filename).toBe('ekspor-melati.csv');
    expect(document?.caption).toBe('📎 Kelompok Melati — CSV');
    expect(document?.document.toString('utf8')).toBe(CSV);
    expect(tg.botMessages(6001)).toEqual([]);
  });

  it('refuses for good when the file is gone', async () => {
    const channel = new TelegramChannel({ token: FAKE_TOKEN, apiRoot: tg.apiRoot, clock, log: silentLogger() });
    await expect(channel.send(documentMessage('telegram', '6002', gone))).rejects.toBeInstanceOf(PermanentSendError);
    expect(tg.botDocuments(6002)).toEqual([]);
  });
});

describe('WhatsApp', () => {
  const PERSON = '6281234567890@s.whatsapp.net';

  async function connected() {
    const sockets = fakeSockets();
    const wa = new WhatsappChannel({
      auth: {
        readCreds: async () => null,
        writeCreds: async () => undefined,
        readKeys: async () => new Map(),
        writeKeys: async () => undefined,
        clear: async () => undefined,
      },
      lids: { phonesForLids: async () => new Map(), remember: async () => undefined },
      sent: { remember: async () => undefined, find: async () => undefined },
      lastWrotePrivately: async () => clock.now(),
      pacer: new WhatsappPacer({ perMinute: 5, dailyCap: 200, timeZone: 'Asia/Jakarta', random: () => 0 }),
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

  it('sends a document message that Baileys streams from the local path', async () => {
    const { wa, socket } = await connected();
    await wa.send(documentMessage('whatsapp', PERSON));
    expect(socket.sent).toHaveLength(1);
    expect(socket.sent[0]!.content).toEqual({
      document: { url: file },
      fileName: 'ekspor-melati.csv',
      mimetype: 'text/csv',
      caption: '📎 Kelompok Melati — CSV',
    });
    await wa.stop();
  });

  it('refuses for good when the file is gone', async () => {
    const { wa, socket } = await connected();
    await expect(wa.send(documentMessage('whatsapp', PERSON, gone))).rejects.toBeInstanceOf(PermanentSendError);
    expect(socket.sent).toHaveLength(0);
    await wa.stop();
  });
});

describe('console', () => {
  it('prints the caption and where the file is', async () => {
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
    const channel = new ConsoleChannel({ input: new PassThrough(), output, personName: 'Rina', clock });
    await channel.send(documentMessage('console', 'console-rina'));
    expect(printed).toContain('📎 Kelompok Melati — CSV');
    expect(printed).toContain(`📎 ${file}`);
    await expect(channel.send(documentMessage('console', 'console-rina', gone))).rejects.toBeInstanceOf(PermanentSendError);
  });
});
