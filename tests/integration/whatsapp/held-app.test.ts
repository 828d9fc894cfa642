/**
 * A held message in the running app (real Postgres, Redis and BullMQ; the fake socket; an
 * injected clock): the send job that finds her out of reach completes with the row held,
 * her group chat gets the neutral line, and when she writes privately the message goes —
 * through a send job of its own, since the first one is still in Redis as completed.
 */
import type { WAMessage } from '@whiskeysockets/baileys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import { fixedClock } from '../../../src/core/clock.ts';
import { createDispatch, sendJobId } from '../../../src/jobs/intake.ts';
import { addFacilitator, addMember, createGroup, groupsRepo } from '../../../src/modules/groups/groups.service.ts';
import { addToOutbox, findOutbound } from '../../../src/modules/outbox/outbox.repository.ts';
import { eventually } from '../../helpers/wait.ts';
import { startWhatsappApp, type WhatsappApp } from '../../helpers/whatsapp-app.ts';
import * as f from '../../fixtures/whatsapp/messages.ts';

let w: WhatsappApp;
let app: App;
const clock = fixedClock('2026-11-20T03:05:00Z');
const DAY = 24 * 3600_000;

function aniWrites(id: string, text = 'halo'): WAMessage {
  return {
    key: { remoteJid: f.ANI.phoneJid, remoteJidAlt: f.ANI.lid, fromMe: false, id, addressingMode: 'pn' },
    message: { conversation: text },
    messageTimestamp: Math.floor(clock.now().getTime() / 1000),
    pushName: 'Ani',
  };
}

const textsTo = (jid: string) => w.textsTo(jid);

beforeAll(async () => {
  w = await startWhatsappApp({
    clock,
    seed: async (db) => {
      const rina = await addFacilitator(db, { name: 'Rina', telegramId: '900', timeZone: 'Asia/Jakarta' });
      const mawar = await createGroup(db, { name: 'Mawar', trades: ['kuliner'], facilitatorId: rina.id, timeZone: 'Asia/Jakarta' });
      await addMember(db, mawar.id, { name: 'Ani', phone: f.ANI.phone, timeZone: 'Asia/Jakarta' }, clock.now());
      await groupsRepo.linkChat(db, { groupId: mawar.id, platform: 'whatsapp', chatId: f.GROUP, byPersonId: null });
    },
  });
  app = w.app;
});

afterAll(() => w?.stop());

describe('a held message in the running app', () => {
  it('is held three weeks after she last wrote privately, and her group chat is told', async () => {
    w.socket().receive([aniWrites('3EB0HELDAPP001')]);
    await eventually(() => textsTo(f.ANI.phoneJid).length === 1, { what: 'the answer to Ani' });

    clock.advance(22 * DAY);
    const items = await addToOutbox(app.db, [
      { key: 'rem-held-app', message: { platform: 'whatsapp', chatId: f.ANI.phoneJid, text: 'Pengingat: catat penjualan hari ini' }, priority: 'bulk', sourceMessageId: null },
    ]);
    await createDispatch(app.queues)(items);
    await eventually(async () => (await findOutbound(app.db, 'rem-held-app'))?.status === 'held', { what: 'the row held' });
    const line = await eventually(() => textsTo(f.GROUP)[0], { what: 'the line in her group chat' });
    expect(line).toBe("Bu Ani, ada pesan untuk Ibu dari Dampingi. Kirim 'halo' ke saya lewat chat pribadi untuk membacanya.");
    const job = await app.queues.outbound.get('whatsapp')!.getJob(sendJobId(app.queues, { idempotencyKey: 'rem-held-app' }));
    expect(await job?.getState()).toBe('completed');
    expect(textsTo(f.ANI.phoneJid)).toHaveLength(1);
  });

  it('goes when she writes privately, by a send job of its own', async () => {
    clock.advance(3600_000);
    w.socket().receive([aniWrites('3EB0HELDAPP002', 'rekap')]);
    await eventually(() => textsTo(f.ANI.phoneJid).includes('Pengingat: catat penjualan hari ini'), { what: 'the held message' });
    // The socket has it before the send job marks the row: wait for the mark, not the clock.
    await eventually(async () => (await findOutbound(app.db, 'rem-held-app'))?.status === 'sent', { what: 'the row marked sent' });
  });
});
