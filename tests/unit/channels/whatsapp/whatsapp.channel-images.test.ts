/**
 * An outbound message with an image goes out as a picture: an image message with its
 * caption on WhatsApp (Baileys), a photo on Telegram (see the e2e test for the upload).
 */
import { describe, expect, it } from 'vitest';
import { WhatsappChannel } from '../../../../src/channels/whatsapp/whatsapp.channel.ts';
import { WhatsappPacer } from '../../../../src/channels/whatsapp/whatsapp.pacer.ts';
import type { WhatsappAuthStore } from '../../../../src/channels/whatsapp/whatsapp.ports.ts';
import { fixedClock } from '../../../../src/core/clock.ts';
import { silentLogger } from '../../../../src/core/logger.ts';
import { fakeSockets } from '../../../fixtures/whatsapp/fake-socket.ts';

const PERSON = '6281234567890@s.whatsapp.net';

function memoryAuth(): WhatsappAuthStore {
  let creds: string | null = null;
  const keys = new Map<string, string>();
  return {
    readCreds: async () => creds,
    writeCreds: async (c) => void (creds = c),
    readKeys: async (type, ids) => new Map(ids.flatMap((i) => (keys.has(`${type}/${i}`) ? [[i, keys.get(`${type}/${i}`)!] as const] : []))),
    writeKeys: async (changes) => {
      for (const c of changes) {
        if (c.value === null) keys.delete(`${c.type}/${c.id}`);
        else keys.set(`${c.type}/${c.id}`, c.value);
      }
    },
    clear: async () => {
      creds = null;
      keys.clear();
    },
  };
}

describe('WhatsApp', () => {
  it('sends an image with its caption, and plain text without one', async () => {
    const sockets = fakeSockets();
    const clock = fixedClock('2026-11-20T03:00:00Z');
    const wa = new WhatsappChannel({
      auth: memoryAuth(),
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

    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    await wa.send({
      platform: 'whatsapp',
      chatId: PERSON,
      text: '📊 Grafik minggu ini',
      image: { pngBase64: png.toString('base64'), caption: '📊 Grafik minggu ini\nMasuk: Rp15.000' },
    });
    await wa.send({ platform: 'whatsapp', chatId: PERSON, text: 'Halo' });

    expect(socket.sent).toHaveLength(2);
    const content = socket.sent[0]!.content as { image: Buffer; caption: string };
    expect(Buffer.isBuffer(content.image)).toBe(true);
    expect(content.image.equals(png)).toBe(true);
    expect(content.caption).toBe('📊 Grafik minggu ini\nMasuk: Rp15.000');
    expect(socket.sent[1]!.content).toEqual({ text: 'Halo' });
    await wa.stop();
  });
});
