/**
 * Write only where welcome, end to end on real Postgres: the real channel (fake socket),
 * the real send and inbound steps, and an injected clock. A private message that is not an
 * answer, to a member who has not written privately in three weeks, is held on its outbox
 * row; her WhatsApp group chat gets one neutral line addressed to her (nothing of the
 * message), once a week; with no group chat her facilitator is told in words; when she
 * next writes privately the held message goes, and one held too long does not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WAMessage } from '@whiskeysockets/baileys';
import { WhatsappChannel } from '../../../src/channels/whatsapp/whatsapp.channel.ts';
import { WhatsappPacer } from '../../../src/channels/whatsapp/whatsapp.pacer.ts';
import { fixedClock } from '../../../src/core/clock.ts';
import { RateLimitedError } from '../../../src/core/errors.ts';
import { silentLogger } from '../../../src/core/logger.ts';
import { tellAboutHeld } from '../../../src/jobs/held-messages.ts';
import { processInbound, type InboundDeps } from '../../../src/jobs/inbound.processor.ts';
import { processOutbound, type OutboundDeps } from '../../../src/jobs/outbound.processor.ts';
import { addFacilitator, addMember, createGroup, groupsRepo } from '../../../src/modules/groups/groups.service.ts';
import { addToOutbox, findOutbound, type OutboxItem } from '../../../src/modules/outbox/outbox.repository.ts';
import { findPersonByIdentity } from '../../../src/modules/people/people.repository.ts';
import { createAuthCipher } from '../../../src/modules/whatsapp/auth-cipher.ts';
import { PostgresWhatsappAuthStore } from '../../../src/modules/whatsapp/whatsapp-auth.repository.ts';
import * as repo from '../../../src/modules/whatsapp/whatsapp.repository.ts';
import { createTestDatabase, type TestDatabase } from '../../helpers/database.ts';
import { eventually } from '../../helpers/wait.ts';
import { fakeSockets, type FakeSocket } from '../../fixtures/whatsapp/fake-socket.ts';
import * as f from '../../fixtures/whatsapp/messages.ts';

const DAY = 24 * 3600_000;
let t: TestDatabase;
let wa: WhatsappChannel;
let socket: FakeSocket;
const clock = fixedClock('2026-11-20T03:05:00Z');
const log = silentLogger();
let handled = 0;
/** Outbox rows handed to the queue for Telegram (the facilitator's chat): recorded, not sent. */
const toTelegram: string[] = [];
const ids: Record<string, number> = {};

let outbound: OutboundDeps;
/** The send queue, played by hand: a paced send waits on the injected clock, as the worker's delayed job would. */
const dispatch = async (items: readonly OutboxItem[]) => {
  for (const item of items) {
    if (item.platform !== 'whatsapp') {
      toTelegram.push(item.idempotencyKey);
      continue;
    }
    for (;;) {
      try {
        await processOutbound(outbound, item.idempotencyKey);
        break;
      } catch (error) {
        if (!(error instanceof RateLimitedError)) throw error;
        clock.advance(error.retryAfterMs);
      }
    }
  }
};

beforeAll(async () => {
  t = await createTestDatabase();
  const db = t.db;
  const at = clock.now();
  const rina = await addFacilitator(db, { name: 'Rina', telegramId: '900', timeZone: 'Asia/Jakarta' });
  const mawar = await createGroup(db, { name: 'Mawar', trades: ['kuliner'], facilitatorId: rina.id, timeZone: 'Asia/Jakarta' });
  const melati = await createGroup(db, { name: 'Melati', trades: ['kuliner'], facilitatorId: rina.id, timeZone: 'Asia/Jakarta' });
  ids.ani = (await addMember(db, mawar.id, { name: 'Ani', phone: f.ANI.phone, timeZone: 'Asia/Jakarta' }, at)).person.id;
  ids.tin = (await addMember(db, melati.id, { name: 'Tin', phone: f.TIN.phone, timeZone: 'Asia/Jakarta' }, at)).person.id;
  // Mawar has its WhatsApp group chat with the bot; Melati has none.
  await groupsRepo.linkChat(db, { groupId: mawar.id, platform: 'whatsapp', chatId: f.GROUP, byPersonId: null });

  const sockets = fakeSockets();
  wa = new WhatsappChannel({
    auth: new PostgresWhatsappAuthStore(db, createAuthCipher('test secret for whatsapp')),
    lids: { phonesForLids: (lids) => repo.phonesForLids(db, lids), remember: (pairs) => repo.recordLidMappings(db, pairs) },
    sent: { remember: (m) => repo.rememberSentMessage(db, m, clock.now()), find: (id) => repo.findSentMessage(db, id) },
    lastWrotePrivately: (jid) => repo.lastWrotePrivately(db, jid),
    pacer: new WhatsappPacer({ perMinute: 1000, dailyCap: 1000, timeZone: 'Asia/Jakarta', random: () => 0 }),
    clock,
    log,
    socketFactory: sockets.factory,
    terminal: { write: () => undefined },
    schedule: () => () => undefined,
  });
  outbound = { db, clock, log, channels: new Map([['whatsapp', wa]]), onHeld: (held) => tellAboutHeld({ db, clock, dispatch, log }, held) };
  const inbound: InboundDeps = { db, clock, log, defaultTimeZone: 'Asia/Jakarta', dispatch };
  await wa.start(async (message) => {
    await processInbound(inbound, message);
    handled += 1;
  });
  socket = sockets.last();
  socket.open();
});
afterAll(async () => {
  await wa?.stop();
  await t?.drop();
});

/** A private message from `who`, sent now on the injected clock. */
function writesPrivately(who: { phoneJid: string; lid: string }, name: string, id: string, text = 'halo'): WAMessage {
  return {
    key: { remoteJid: who.phoneJid, remoteJidAlt: who.lid, fromMe: false, id, addressingMode: 'pn' },
    message: { conversation: text },
    messageTimestamp: Math.floor(clock.now().getTime() / 1000),
    pushName: name,
  };
}

async function deliver(message: WAMessage) {
  const target = handled + 1;
  socket.receive([message]);
  await eventually(() => handled >= target, { what: 'the message handled' });
}

async function queueBulk(key: string, chatId: string, text: string): Promise<void> {
  const [item] = await addToOutbox(t.db, [{ key, message: { platform: 'whatsapp', chatId, text }, priority: 'bulk', sourceMessageId: null }]);
  expect(await processOutbound(outbound, item!.idempotencyKey)).toBe('held');
}

const textsTo = (jid: string) => socket.sent.filter((s) => s.jid === jid).map((s) => (s.content as { text?: string }).text);

describe('a member who has not written privately in three weeks', () => {
  it('wrote privately once, as the member the facilitator added (the setup is what the test says)', async () => {
    await deliver(writesPrivately(f.ANI, 'Ani', '3EB0ANI0000001'));
    await deliver(writesPrivately(f.TIN, 'Tin', '3EB0TIN0000001'));
    expect((await findPersonByIdentity(t.db, { platform: 'whatsapp', externalId: f.ANI.phoneJid }))?.id).toBe(ids.ani);
    expect((await findPersonByIdentity(t.db, { platform: 'whatsapp', externalId: f.TIN.phoneJid }))?.id).toBe(ids.tin);
  });

  it('gets no private message 22 days later: it is held, and her group chat gets a neutral line addressed to her', async () => {
    clock.advance(22 * DAY);
    const sentBefore = socket.sent.length;
    await queueBulk('rem-test-ani-1', f.ANI.phoneJid, 'Pengingat: angsuran Rp150.000 jatuh tempo besok');
    const row = await t.db.selectFrom('outbound_messages').select(['status', 'failure', 'held_at']).where('idempotency_key', '=', 'rem-test-ani-1').executeTakeFirstOrThrow();
    expect(row.status).toBe('held');
    expect(row.failure).toMatch(/last 3 weeks/);
    expect(row.held_at).toEqual(clock.now());
    expect(textsTo(f.ANI.phoneJid)).toHaveLength(1); // only the bot's answer to her "halo", 22 days ago
    const group = socket.sent.slice(sentBefore);
    expect(group.map((s) => s.jid)).toEqual([f.GROUP]);
    const line = (group[0]!.content as { text: string }).text;
    expect(line).toBe("Bu Ani, ada pesan untuk Ibu dari Dampingi. Kirim 'halo' ke saya lewat chat pribadi untuk membacanya.");
    expect(line).not.toMatch(/Rp|angsuran/);
  });

  it('is told in the group once a week, however many messages wait', async () => {
    const sentBefore = socket.sent.length;
    clock.advance(60_000);
    await queueBulk('rem-test-ani-2', f.ANI.phoneJid, 'Info lead: pesanan 50 kotak kue');
    expect(socket.sent.length).toBe(sentBefore);
  });

  it('gets every held message when she next writes privately, after her answer', async () => {
    clock.advance(3600_000);
    await deliver(writesPrivately(f.ANI, 'Ani', '3EB0ANI0000002', 'rekap'));
    const texts = textsTo(f.ANI.phoneJid);
    expect(texts.slice(-2)).toEqual(['Pengingat: angsuran Rp150.000 jatuh tempo besok', 'Info lead: pesanan 50 kotak kue']);
    expect((await findOutbound(t.db, 'rem-test-ani-1'))?.status).toBe('sent');
    expect((await findOutbound(t.db, 'rem-test-ani-2'))?.status).toBe('sent');
  });

  it('with no WhatsApp group chat: the message is held and her facilitator is told in words', async () => {
    const sentBefore = socket.sent.length;
    await queueBulk('rem-test-tin-1', f.TIN.phoneJid, 'Pengingat catat');
    expect(socket.sent.length).toBe(sentBefore);
    const told = toTelegram.filter((k) => k.startsWith(`held-tell-${ids.tin}-`));
    expect(told).toHaveLength(1);
    const notice = await findOutbound(t.db, told[0]!);
    expect(notice?.payload.chatId).toBe('900');
    expect(notice?.payload.text).toContain('Ada pesan untuk Bu Tin yang saya simpan dulu');
    expect(notice?.payload.text).not.toContain('Pengingat catat');
  });

  it('a message held longer than a week is not sent when she writes at last', async () => {
    clock.advance(8 * DAY);
    await deliver(writesPrivately(f.TIN, 'Tin', '3EB0TIN0000002', 'halo lagi'));
    const row = await findOutbound(t.db, 'rem-test-tin-1');
    expect(row?.status).toBe('failed');
    expect(textsTo(f.TIN.phoneJid)).not.toContain('Pengingat catat');
  });

  it('a message held is kept under her LID twin too: writing by LID releases what was held for her phone', async () => {
    await repo.recordLidMappings(t.db, [{ lid: f.ANI.lid, phoneJid: f.ANI.phoneJid }]);
    clock.advance(25 * DAY);
    await queueBulk('rem-test-ani-3', f.ANI.phoneJid, 'Pengingat lagi');
    clock.advance(60_000);
    await deliver({
      key: { remoteJid: f.ANI.lid, remoteJidAlt: f.ANI.phoneJid, fromMe: false, id: '3EB0ANI0000003', addressingMode: 'lid' },
      message: { conversation: 'halo' },
      messageTimestamp: Math.floor(clock.now().getTime() / 1000),
      pushName: 'Ani',
    });
    expect((await findOutbound(t.db, 'rem-test-ani-3'))?.status).toBe('sent');
  });
});
