/**
 * A member's voice note on WhatsApp through the running app: the fake socket
 * delivers a real-shaped audioMessage (ptt); the bot keeps it, tells her, and forwards it
 * to her facilitator — the words first, then the voice note itself (`{ forward: msg }`).
 */
import type { AnyMessageContent, WAMessage } from '@whiskeysockets/baileys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import { fixedClock } from '../../../src/core/clock.ts';
import { addFacilitator, addMember, createGroup } from '../../../src/modules/groups/groups.service.ts';
import { eventually } from '../../helpers/wait.ts';
import { startWhatsappApp, type WhatsappApp } from '../../helpers/whatsapp-app.ts';
import * as f from '../../fixtures/whatsapp/messages.ts';

let w: WhatsappApp;
let app: App;
const clock = fixedClock('2026-11-20T03:05:00Z');
const RINA_JID = '6281299999999@s.whatsapp.net';

const bytes = (n: number, fill: number) => new Uint8Array(n).fill(fill);

function voiceNote(): WAMessage {
  return {
    key: { remoteJid: f.ANI.phoneJid, remoteJidAlt: f.ANI.lid, fromMe: false, id: '3EB0VOICEAPP001', addressingMode: 'pn' },
    message: {
      audioMessage: {
        url: 'https://mmg.whatsapp.net/v/t62.7117-24/1_2.enc?ccb=11-4',
        mimetype: 'audio/ogg; codecs=opus',
        fileSha256: bytes(32, 1),
        fileLength: 5210,
        seconds: 4,
        ptt: true,
        mediaKey: bytes(32, 2),
        fileEncSha256: bytes(32, 3),
        directPath: '/v/t62.7117-24/1_2.enc?ccb=11-4&oh=01&oe=6789',
        mediaKeyTimestamp: f.T0,
      },
    },
    messageTimestamp: f.T0 + 300,
    pushName: 'Ani',
  };
}

beforeAll(async () => {
  w = await startWhatsappApp({
    clock,
    env: { WHATSAPP_AUTH_KEY: 'a secret only this deployment knows' },
    seed: async (db) => {
      const rina = await addFacilitator(db, { name: 'Bu Rina', phone: '+6281299999999', timeZone: 'Asia/Jakarta' });
      const melati = await createGroup(db, { name: 'Melati', trades: ['asesoris'], facilitatorId: rina.id, timeZone: 'Asia/Jakarta' });
      await addMember(db, melati.id, { name: 'Ani', phone: f.ANI.phone, timeZone: 'Asia/Jakarta' }, clock.now());
    },
  });
  app = w.app;
});

afterAll(() => w?.stop());

const sentTo = (jid: string) => w.sentTo(jid);

describe('a voice note on WhatsApp', () => {
  it('is forwarded to the facilitator (who wrote to the bot before) after the words, and the member is told', async () => {
    // The bot writes privately on WhatsApp only to people who wrote first.
    w.socket().receive([{ ...f.privateText('halo', '3EB0RINA000001'), key: { remoteJid: RINA_JID, fromMe: false, id: '3EB0RINA000001', addressingMode: 'pn' }, pushName: 'Rina' }]);
    await eventually(() => (sentTo(RINA_JID).length >= 1 ? true : undefined), { what: 'the answer to Rina' });

    w.socket().receive([voiceNote()]);
    const toRina = await eventually(() => {
      const all = sentTo(RINA_JID);
      return all.length >= 3 ? all.slice(1) : undefined;
    }, { what: 'the voice note forwarded' });
    expect((toRina[0] as { text: string }).text).toContain('🎙️ Bu Ani mengirim pesan suara. Bantu catat? Balas dengan: catat untuk Ani: …');
    const forward = (toRina[1] as AnyMessageContent & { forward: WAMessage }).forward;
    expect(forward.key.id).toBe('3EB0VOICEAPP001');
    expect(forward.message?.audioMessage?.ptt).toBe(true);
    expect(forward.message?.audioMessage?.directPath).toBe(voiceNote().message!.audioMessage!.directPath);

    const toAni = await eventually(() => (sentTo(f.ANI.phoneJid).length ? sentTo(f.ANI.phoneJid) : undefined), { what: 'the answer to Ani' });
    expect((toAni[0] as { text: string }).text).toBe('Maaf, Bu, saya belum bisa mendengar pesan suara. Tolong tulis saja ya, misalnya "laku 5 bros @15rb". Pesan suara Ibu sudah diteruskan ke pendamping.');
    const kept = await app.db.selectFrom('media_messages').select(['platform', 'kind', 'mime_type']).execute();
    expect(kept).toEqual([{ platform: 'whatsapp', kind: 'voice', mime_type: 'audio/ogg; codecs=opus' }]);
  });
});
