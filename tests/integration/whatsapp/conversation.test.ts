/**
 * Whole conversations over WhatsApp without WhatsApp: a fake Baileys socket emits
 * recorded messages into the real channel, whose intake runs the real inbound processor on
 * a test database; replies go through the real outbound processor back into the channel,
 * and the fake socket records what would have been sent.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WhatsappChannel } from '../../../src/channels/whatsapp/whatsapp.channel.ts';
import { WhatsappPacer } from '../../../src/channels/whatsapp/whatsapp.pacer.ts';
import { fixedClock } from '../../../src/core/clock.ts';
import { silentLogger } from '../../../src/core/logger.ts';
import { processInbound, type InboundDeps } from '../../../src/jobs/inbound.processor.ts';
import { processOutbound, type OutboundDeps } from '../../../src/jobs/outbound.processor.ts';
import { createAuthCipher } from '../../../src/modules/whatsapp/auth-cipher.ts';
import { PostgresWhatsappAuthStore } from '../../../src/modules/whatsapp/whatsapp-auth.repository.ts';
import * as repo from '../../../src/modules/whatsapp/whatsapp.repository.ts';
import { addToOutbox, findOutbound } from '../../../src/modules/outbox/outbox.repository.ts';
import { insertPerson } from '../../../src/modules/people/people.repository.ts';
import { createTestDatabase, type TestDatabase } from '../../helpers/database.ts';
import { eventually } from '../../helpers/wait.ts';
import { fakeSockets, type FakeSocket } from '../../fixtures/whatsapp/fake-socket.ts';
import * as f from '../../fixtures/whatsapp/messages.ts';

let t: TestDatabase;
let wa: WhatsappChannel;
let socket: FakeSocket;
const clock = fixedClock('2026-11-20T03:05:00Z');
const log = silentLogger();
/** Inbound messages fully handled (recorded and answered), in order. */
let handled = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  const db = t.db;
  const sockets = fakeSockets();
  wa = new WhatsappChannel({
    auth: new PostgresWhatsappAuthStore(db, createAuthCipher('test secret for whatsapp')),
    lids: { phonesForLids: (lids) => repo.phonesForLids(db, lids), remember: (pairs) => repo.recordLidMappings(db, pairs) },
    sent: { remember: (m) => repo.rememberSentMessage(db, m, clock.now()), find: (id) => repo.findSentMessage(db, id) },
    lastWrotePrivately: (jid) => repo.lastWrotePrivately(db, jid),
    pacer: new WhatsappPacer({ perMinute: 5, dailyCap: 200, timeZone: 'Asia/Jakarta', random: () => 0 }),
    clock,
    log,
    socketFactory: sockets.factory,
    terminal: { write: () => undefined },
    schedule: () => () => undefined,
  });
  const outbound: OutboundDeps = { db, clock, log, channels: new Map([['whatsapp', wa]]) };
  const inbound: InboundDeps = {
    db,
    clock,
    log,
    defaultTimeZone: 'Asia/Jakarta',
    dispatch: async (items) => {
      for (const item of items) await processOutbound(outbound, item.idempotencyKey);
    },
  };
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

let sentBefore = 0;
beforeEach(() => {
  sentBefore = socket.sent.length;
});

/** Delivers messages as WhatsApp would, and waits until the bot has handled them. */
async function deliver(messages: Parameters<FakeSocket['receive']>[0], type: 'notify' | 'append' = 'notify') {
  const target = handled + messages.length;
  socket.receive(messages, type);
  await eventually(() => handled >= target, { what: `${messages.length} handled messages` });
}

const newSends = () => socket.sent.slice(sentBefore);
const textOf = (content: unknown) => (content as { text: string }).text;

describe('a private chat', () => {
  it('records "laku 12 bros @15rb" and answers with Rp180.000, without quoting', async () => {
    await deliver([f.privateText()]);
    const [reply] = newSends();
    expect(reply?.jid).toBe(f.ANI.phoneJid);
    expect(textOf(reply?.content)).toContain('✅ Jualan 12 bros × Rp15.000 = Rp180.000');
    expect(reply?.options).toBeUndefined();

    const entries = await t.db
      .selectFrom('ledger_entries')
      .innerJoin('identities', 'identities.person_id', 'ledger_entries.person_id')
      .select(['amount', 'identities.external_id'])
      .where('identities.platform', '=', 'whatsapp')
      .execute();
    expect(entries).toEqual([{ amount: 180000, external_id: f.ANI.phoneJid }]);
  });

  it('records a replayed message (same key.id) once, and does not answer it again', async () => {
    await deliver([f.privateText()], 'append');
    await deliver([f.privateText()]);
    expect(newSends()).toEqual([]);
    const rows = await t.db.selectFrom('inbound_messages').select('message_id').where('message_id', '=', '3EB0PRIVATE0001').execute();
    expect(rows).toHaveLength(1);
  });

  it('treats the chat WhatsApp addressed by LID as the same person', async () => {
    await deliver([f.privateTextByLid('rekap hari ini')]);
    const [reply] = newSends();
    expect(reply?.jid).toBe(f.ANI.phoneJid);
    expect(textOf(reply?.content)).toContain('Rp180.000');
    const people = await t.db.selectFrom('identities').select('person_id').where('platform', '=', 'whatsapp').where('external_id', 'in', [f.ANI.phoneJid, f.ANI.lid]).execute();
    expect(people).toHaveLength(1);
  });

  it('reads a photo’s caption', async () => {
    await deliver([f.imageCaption()]);
    expect(textOf(newSends()[0]?.content)).toContain('Rp50.000');
  });

  it('asks back on a guess with typed choices, and takes the typed answer', async () => {
    await deliver([f.privateText('bros 15rb', '3EB0GUESS00001')]);
    // No verb: sale or expense? WhatsApp shows no buttons, so the words say what to type.
    const question = textOf(newSends()[0]?.content);
    expect(question).toContain('Ini jualan atau belanja, Bu?');
    expect(question).toContain('Balas "1" untuk jualan atau "2" untuk belanja.');
    await deliver([f.privateText('2', '3EB0ANSWER0001')]);
    expect(textOf(newSends()[1]?.content)).toContain('✅ Belanja bros Rp15.000');
  });

  it('links a member added by phone to her WhatsApp identity', async () => {
    const rina = await insertPerson(t.db, { name: 'Rina', phone: '+6281234567895', timeZone: 'Asia/Jakarta' });
    const message = f.privateText('laku 1 kalung 25rb', '3EB0RINA000001');
    message.key.remoteJid = '6281234567895@s.whatsapp.net';
    message.key.remoteJidAlt = '55555555555555@lid';
    message.pushName = 'Rina';
    await deliver([message]);
    const identity = await t.db.selectFrom('identities').select('person_id').where('external_id', '=', '6281234567895@s.whatsapp.net').executeTakeFirst();
    expect(identity?.person_id).toBe(rina.id);
    expect(textOf(newSends()[0]?.content)).not.toContain('Halo Rina');
  });
});

describe('a group chat', () => {
  it('answers a record quoting the member’s message', async () => {
    await deliver([f.groupText()]);
    const [reply] = newSends();
    expect(reply?.jid).toBe(f.GROUP);
    expect(textOf(reply?.content)).toContain('Rp480.000');
    expect(reply?.options?.quoted?.key).toMatchObject({ remoteJid: f.GROUP, id: '3EB0GROUP00001', participant: f.TIN.phoneJid });
  });

  it('stays quiet on chatter, and answers "rekap" sent as a reply to the bot', async () => {
    await deliver([f.groupText('selamat pagi ibu-ibu', '3EB0CHATTER001')]);
    expect(newSends()).toEqual([]);
    await deliver([f.replyToBot()]);
    const [recap] = newSends();
    expect(textOf(recap?.content)).toContain('Jualan: Rp480.000');
    expect(recap?.options?.quoted?.key.id).toBe('3EB0REPLY00001');
  });

  it('knows a member shown only by LID when her phone is known', async () => {
    await repo.recordLidMappings(t.db, [{ lid: f.SRI.lid, phoneJid: f.SRI.phoneJid }]);
    await deliver([f.groupTextFromLid(f.SRI, 'Sri')]);
    expect(textOf(newSends()[0]?.content)).toContain('Rp450.000');
    const identity = await t.db.selectFrom('identities').select('external_id').where('display_name', '=', 'Sri').executeTakeFirst();
    expect(identity?.external_id).toBe(f.SRI.phoneJid);
  });
});

describe('bulk sends through the outbox', () => {
  async function queueBulk(key: string, chatId: string) {
    await addToOutbox(t.db, [{ key, message: { platform: 'whatsapp', chatId, text: 'Info pesanan: wisuda 12 Des' }, priority: 'bulk', sourceMessageId: null }]);
    return processOutbound({ db: t.db, clock, log, channels: new Map([['whatsapp', wa]]) }, key);
  }

  it('go to someone who wrote first, and are held (never sent) for anyone else until she writes privately', async () => {
    expect(await queueBulk('lead-1-ani', f.ANI.phoneJid)).toBe('sent');
    expect(newSends().map((s) => s.jid)).toEqual([f.ANI.phoneJid]);

    // Tin wrote in the group only: no private chat was ever opened by her.
    expect(await queueBulk('lead-1-tin', f.TIN.phoneJid)).toBe('held');
    const row = await t.db.selectFrom('outbound_messages').select(['status', 'failure']).where('idempotency_key', '=', 'lead-1-tin').executeTakeFirst();
    expect(row).toEqual({ status: 'held', failure: expect.stringContaining('never wrote to the bot first') });
    expect(newSends()).toHaveLength(1);
    expect((await findOutbound(t.db, 'lead-1-ani'))?.status).toBe('sent');
  });
});
