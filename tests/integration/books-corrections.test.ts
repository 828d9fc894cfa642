/**
 * Corrections, prices and household money, through the conversation handler on real Postgres: corrections by reply
 * (to the bot's confirmation or her own message), by edit and without a quote; the
 * numbered list and "hapus N"; remembered prices from her own sales and from the group's
 * list; who may set group prices; household money and capital in the recap.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { InboundMessage, OutboundMessage } from '../../src/core/messages.ts';
import { processInbound, type InboundDeps } from '../../src/jobs/inbound.processor.ts';
import { addFacilitator, addMember, createGroup, groupsRepo } from '../../src/modules/groups/groups.service.ts';
import type { Group } from '../../src/modules/groups/groups.ts';
import { findOutbound, markSent, type OutboxItem } from '../../src/modules/outbox/outbox.repository.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { groupMessage, privateMessage } from '../helpers/messages.ts';

let t: TestDatabase;
const clock = fixedClock('2026-11-20T03:00:00Z');
let dispatched: OutboxItem[] = [];
let deps: InboundDeps;
let melati: Group;
let platformIds = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  deps = { db: t.db, clock, defaultTimeZone: 'Asia/Jakarta', log: silentLogger(), dispatch: async (items) => void dispatched.push(...items) };
  const rina = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: '900', timeZone: 'Asia/Jakarta' });
  melati = await createGroup(t.db, { name: 'Melati', trades: ['asesoris'], facilitatorId: rina.id, timeZone: 'Asia/Jakarta' });
  await addMember(t.db, melati.id, { name: 'Bu Ketua', telegramId: '910', timeZone: 'Asia/Jakarta', role: 'ketua' }, clock.now());
  await addMember(t.db, melati.id, { name: 'Tin', telegramId: '911', timeZone: 'Asia/Jakarta' }, clock.now());
});
afterAll(async () => t?.drop());
beforeEach(() => {
  dispatched = [];
});

interface Sent extends OutboundMessage {
  /** The id the platform gave the reply (what a member's quote names). */
  platformMessageId: string;
}

/** Handles the message and "sends" its replies, each with a platform message id. */
async function send(message: InboundMessage): Promise<Sent[]> {
  const before = dispatched.length;
  await processInbound(deps, message);
  const sent: Sent[] = [];
  for (const item of dispatched.slice(before)) {
    platformIds += 1;
    const platformMessageId = String(700000 + platformIds);
    await markSent(t.db, item.idempotencyKey, platformMessageId, clock.now());
    sent.push({ ...(await findOutbound(t.db, item.idempotencyKey))!.payload, platformMessageId });
  }
  return sent;
}

let counter = 0;
let seq = 0;
function person(name = 'Ani', id?: string) {
  counter += 1;
  const externalId = id ?? String(8000 + counter);
  return {
    id: externalId,
    say: (text: string, over: Partial<InboundMessage> = {}) => {
      seq += 1;
      return privateMessage(text, { chatId: externalId, sender: { id: externalId, name }, messageId: `m-${seq}`, ...over });
    },
  };
}

async function entries(externalId: string, which: 'active' | 'all' = 'active') {
  let q = t.db
    .selectFrom('ledger_entries')
    .innerJoin('identities', 'identities.person_id', 'ledger_entries.person_id')
    .selectAll('ledger_entries')
    .where('identities.external_id', '=', externalId)
    .orderBy('ledger_entries.id');
  if (which === 'active') q = q.where('voided_at', 'is', null);
  return q.execute();
}

const text = (replies: readonly OutboundMessage[]) => replies.map((r) => r.text).join('\n');

describe('corrections by reply to the bot’s confirmation', () => {
  it('"ralat 150rb" changes the amount (unit price follows when it divides evenly), keeps the old row voided and linked', async () => {
    const ani = person();
    const [confirmation] = await send(ani.say('laku 12 bros @15rb'));
    const replies = await send(ani.say('ralat 150rb', { quotedMessageId: confirmation!.platformMessageId }));
    expect(text(replies)).toContain('✏️ Diubah: 12 bros × Rp15.000 = Rp180.000 → 12 bros × Rp12.500 = Rp150.000');
    expect(text(replies)).toContain('Hari ini: jualan Rp150.000, belanja Rp0');

    const all = await entries(ani.id, 'all');
    expect(all).toHaveLength(2);
    expect(all[0]).toMatchObject({ amount: 180000, replaced_by_entry_id: all[1]!.id });
    expect(all[0]!.voided_at).not.toBeNull();
    expect(all[1]).toMatchObject({ amount: 150000, quantity: 12, unit_price: 12500, voided_at: null, business_date: '2026-11-20' });
  });

  it('"bukan 12 tapi 10" changes the quantity at the same unit price', async () => {
    const ani = person();
    const [confirmation] = await send(ani.say('laku 12 bros @15rb'));
    const replies = await send(ani.say('bukan 12 tapi 10', { quotedMessageId: confirmation!.platformMessageId }));
    expect(text(replies)).toContain('Diubah: 12 bros × Rp15.000 = Rp180.000 → 10 bros × Rp15.000 = Rp150.000');
    expect(text(replies)).toContain('Hari ini: jualan Rp150.000, belanja Rp0');
    expect((await entries(ani.id)).map((e) => [e.quantity, e.amount])).toEqual([[10, 150000]]);
  });

  it('a full new line replaces every entry of that recording, and not the others', async () => {
    const ani = person();
    await send(ani.say('beli benang 50rb'));
    const [confirmation] = await send(ani.say('laku 5 bros @15rb, beli manik 20rb'));
    const replies = await send(ani.say('ralat: laku 6 bros @15rb', { quotedMessageId: confirmation!.platformMessageId }));
    expect(text(replies)).toContain('✏️ Diubah:');
    expect(text(replies)).toContain('Hari ini: jualan Rp90.000, belanja Rp50.000');
    expect((await entries(ani.id)).map((e) => [e.kind, e.item, e.amount])).toEqual([
      ['expense', 'benang', 50000],
      ['sale', 'bros', 90000],
    ]);
  });

  it('a second correction of the same confirmation corrects the corrected entry', async () => {
    const ani = person();
    const [confirmation] = await send(ani.say('laku 12 bros @15rb'));
    await send(ani.say('bukan 12 tapi 10', { quotedMessageId: confirmation!.platformMessageId }));
    const replies = await send(ani.say('bukan 10 tapi 11', { quotedMessageId: confirmation!.platformMessageId }));
    expect(text(replies)).toContain('10 bros × Rp15.000 = Rp150.000 → 11 bros × Rp15.000 = Rp165.000');
    expect((await entries(ani.id)).map((e) => e.amount)).toEqual([165000]);
  });

  it('a reply to her own recording message corrects it too', async () => {
    const ani = person();
    const original = ani.say('laku 12 bros @15rb');
    await send(original);
    await send(ani.say('beli benang 50rb'));
    const replies = await send(ani.say('ralat 150rb', { quotedMessageId: original.messageId }));
    expect(text(replies)).toContain('→ 12 bros × Rp12.500 = Rp150.000');
    expect((await entries(ani.id)).map((e) => e.amount)).toEqual([50000, 150000]);
  });
});

describe('corrections without a quote', () => {
  it('"ralat 150rb" corrects her last recording when it is one entry', async () => {
    const ani = person();
    await send(ani.say('beli benang 50rb'));
    await send(ani.say('laku 12 bros @15rb'));
    const replies = await send(ani.say('ralat 150rb'));
    expect(text(replies)).toContain('Diubah: 12 bros × Rp15.000 = Rp180.000 → 12 bros × Rp12.500 = Rp150.000');
  });

  it('asks which, by the /catatan numbers, when her last recording has several entries', async () => {
    const ani = person();
    await send(ani.say('laku 5 bros @15rb, beli manik 20rb'));
    const replies = await send(ani.say('ralat 150rb'));
    expect(text(replies)).toContain('beberapa baris');
    expect(text(replies)).toContain('1. Hari ini · Belanja manik Rp20.000');
    expect(text(replies)).toContain('2. Hari ini · Jualan 5 bros × Rp15.000 = Rp75.000');
    expect((await entries(ani.id)).map((e) => e.amount)).toEqual([75000, 20000]);
    // The numbers she was shown are the reference for "hapus 2", even after recording more.
    await send(ani.say('laku 1 kalung 25rb'));
    expect(text(await send(ani.say('hapus 2')))).toContain('🗑️ Dihapus: Jualan 5 bros × Rp15.000 = Rp75.000');
    expect((await entries(ani.id)).map((e) => e.amount)).toEqual([20000, 25000]);
  });

  it('says so when there is nothing to correct', async () => {
    const ani = person();
    await send(ani.say('halo'));
    expect(text(await send(ani.say('ralat 150rb')))).toContain('Belum ada catatan yang bisa diralat, Bu. Catat dulu, misalnya "laku 12 bros @15rb".');
  });
});

describe('corrections by editing the message', () => {
  it('an edit of a recording replaces its entries; a redelivered edit changes nothing', async () => {
    const ani = person();
    const original = ani.say('laku 12 bros @15rb');
    await send(original);
    const edit = { ...original, text: 'laku 10 bros @15rb', editedAt: '2026-11-20T03:05:00.000Z' };
    const replies = await send(edit);
    expect(text(replies)).toContain('Diubah: 12 bros × Rp15.000 = Rp180.000 → 10 bros × Rp15.000 = Rp150.000');
    expect(await send(edit)).toEqual([]);
    // A second edit replaces the first edit's entries.
    await send({ ...original, text: 'laku 9 bros @15rb', editedAt: '2026-11-20T03:06:00.000Z' });
    expect((await entries(ani.id)).map((e) => e.amount)).toEqual([135000]);
    expect(await entries(ani.id, 'all')).toHaveLength(3);
  });

  it('an edit made days later names the day it changed, never "Hari ini"', async () => {
    const ani = person();
    const original = ani.say('laku 12 bros @15rb', { sentAt: '2026-11-17T03:00:00.000Z' });
    await send(original);
    const replies = await send({ ...original, text: 'laku 10 bros @15rb', editedAt: '2026-11-20T03:05:00.000Z' });
    expect(text(replies)).toContain('Selasa, 17 Nov: jualan Rp150.000');
    expect(text(replies)).not.toContain('Hari ini');
    expect((await entries(ani.id)).map((e) => [e.amount, e.business_date])).toEqual([[150000, '2026-11-17']]);
  });

  it('an edit of a message from long ago changes nothing and says so, with the year', async () => {
    const ani = person();
    const original = ani.say('laku 12 bros @15rb', { sentAt: '2024-11-20T03:00:00.000Z' });
    await send(original);
    const replies = await send({ ...original, text: 'laku 10 bros @15rb', editedAt: '2026-11-20T03:05:00.000Z' });
    expect(text(replies)).toContain('Pesan Rabu, 20 Nov 2024 itu sudah lama');
    expect((await entries(ani.id)).map((e) => [e.amount, e.business_date])).toEqual([[180000, '2024-11-20']]);
  });

  it('a far date is asked about, and the question shows its year', async () => {
    const ani = person();
    const replies = await send(ani.say('tgl 15/01/1970 laku 5 bros @15rb'));
    expect(text(replies)).toContain('Kamis, 15 Jan 1970 sudah lama, Bu Ani. Betul tanggalnya?');
    expect(await entries(ani.id)).toEqual([]);
  });

  it('an edit of a message that recorded nothing is read as a new message', async () => {
    const ani = person();
    const original = ani.say('laku 5 kerudung');
    expect(text(await send(original))).toContain('kerudung');
    const replies = await send({ ...original, text: 'laku 5 kerudung @90rb', editedAt: '2026-11-20T03:05:00.000Z' });
    expect(text(replies)).toContain('✅ Jualan 5 kerudung × Rp90.000 = Rp450.000');
    expect((await entries(ani.id)).map((e) => e.amount)).toEqual([450000]);
  });

  it('an edit of anything else is ignored quietly', async () => {
    const ani = person();
    const original = ani.say('rekap');
    await send(original);
    expect(await send({ ...original, text: 'rekap minggu', editedAt: '2026-11-20T03:05:00.000Z' })).toEqual([]);
  });
});

describe('the numbered list and "hapus N"', () => {
  it('lists her last entries newest first and voids the chosen one', async () => {
    const ani = person();
    await send(ani.say('laku 12 bros @15rb'));
    await send(ani.say('beli benang 50rb'));
    await send(ani.say('laku 2 kerudung @90rb'));
    const list = text(await send(ani.say('/catatan')));
    expect(list).toContain('1. Hari ini · Jualan 2 kerudung × Rp90.000 = Rp180.000');
    expect(list).toContain('2. Hari ini · Belanja benang Rp50.000');
    expect(list).toContain('3. Hari ini · Jualan 12 bros × Rp15.000 = Rp180.000');

    const removed = text(await send(ani.say('hapus 2')));
    expect(removed).toContain('🗑️ Dihapus: Belanja benang Rp50.000');
    expect(removed).toContain('Hari ini: jualan Rp360.000, belanja Rp0');
    expect((await entries(ani.id)).map((e) => e.item)).toEqual(['bros', 'kerudung']);
    expect(text(await send(ani.say('hapus 9')))).toContain('Nomor 9 tidak ada di daftar');
  });
});

describe('remembered prices', () => {
  it('asks once with her own last price and records on "ya"', async () => {
    const ani = person();
    await send(ani.say('laku 12 Bros @15rb'));
    const question = text(await send(ani.say('laku 5 bros-bros')));
    expect(question).toContain('Pakai harga terakhir Ibu?');
    expect(question).toContain('5 bros-bros × Rp15.000 = Rp75.000');
    expect(question).toContain('"ya"');
    const recorded = text(await send(ani.say('ya')));
    expect(recorded).toContain('✅ Jualan 5 bros-bros × Rp15.000 = Rp75.000');
    expect((await entries(ani.id)).map((e) => e.amount)).toEqual([180000, 75000]);
  });

  it('"tidak" asks her to write the price', async () => {
    const ani = person();
    await send(ani.say('laku 12 bros @15rb'));
    await send(ani.say('laku 5 bros'));
    expect(text(await send(ani.say('tidak')))).toContain('Berapa harganya');
    expect(await entries(ani.id)).toHaveLength(1);
  });

  it('uses her group’s price list, set by the facilitator, for an item she never priced', async () => {
    const set = text(await send(privateMessage('/harga kripik pisang 20rb/bungkus', { chatId: '900', sender: { id: '900', name: 'Bu Rina' }, messageId: 'rina-1' })));
    expect(set).toContain('✅ Harga kelompok Melati: kripik pisang Rp20.000/bungkus');
    const tin = person('Tin', '911');
    const question = text(await send(tin.say('laku 4 keripik pisang')));
    expect(question).toContain('Pakai harga kelompok Melati?');
    expect(question).toContain('4 bungkus keripik pisang × Rp20.000 = Rp80.000');
    await send(tin.say('ya'));
    expect((await entries('911')).map((e) => e.amount)).toEqual([80000]);
    expect(text(await send(tin.say('/harga')))).toContain('• kripik pisang Rp20.000/bungkus');
  });

  it('without any known price asks for it, naming the item; her bare amount completes it', async () => {
    const ani = person();
    expect(text(await send(ani.say('laku 5 sajadah')))).toContain('Berapa uangnya untuk 5 sajadah, Bu Ani?');
    expect(text(await send(ani.say('250rb')))).toContain('✅ Jualan 5 sajadah × Rp50.000 = Rp250.000');
  });
});

describe('who sets group prices', () => {
  it('refuses a member kindly, lets the ketua set one', async () => {
    const tin = person('Tin', '911');
    expect(text(await send(tin.say('/harga bros 15rb')))).toContain('hanya bisa diatur oleh pendamping atau ketua');
    const refusals = await t.db.selectFrom('permission_refusals').selectAll().where('action', '=', 'set_price').execute();
    expect(refusals.length).toBeGreaterThanOrEqual(1);
    const ketua = person('Bu Ketua', '910');
    expect(text(await send(ketua.say('/harga bros 15rb')))).toContain('✅ Harga kelompok Melati: bros Rp15.000');
  });

  it('asks a facilitator of several groups to send it in the group’s chat', async () => {
    const sinta = await addFacilitator(t.db, { name: 'Bu Sinta', telegramId: '920', timeZone: 'Asia/Jakarta' });
    await createGroup(t.db, { name: 'Mawar', trades: ['asesoris'], facilitatorId: sinta.id, timeZone: 'Asia/Jakarta' });
    await createGroup(t.db, { name: 'Anggrek', trades: ['asesoris'], facilitatorId: sinta.id, timeZone: 'Asia/Jakarta' });
    const reply = text(await send(person('Bu Sinta', '920').say('/harga bros 15rb')));
    expect(reply).toContain('beberapa kelompok (Mawar, Anggrek)');
    expect(await t.db.selectFrom('group_prices').select('id').where('set_by_person_id', '=', sinta.person.id).execute()).toEqual([]);
  });
});

describe('household money and capital', () => {
  it('records withdrawals and capital apart and the recap shows profit, withdrawals and cash', async () => {
    const ani = person();
    await send(ani.say('tambah modal 500rb', { sentAt: '2026-11-16T03:00:00Z' }));
    await send(ani.say('laku 12 bros @15rb'));
    await send(ani.say('beli benang 50rb'));
    const taken = text(await send(ani.say('ambil 50rb buat dapur')));
    expect(taken).toContain('✅ Diambil untuk rumah tangga Rp50.000');
    expect(taken).toContain('Hari ini: jualan Rp180.000, belanja Rp50.000, diambil Rp50.000');

    const week = text(await send(ani.say('rekap minggu')));
    expect(week.split('\n')).toEqual(
      expect.arrayContaining([
        'Jualan: Rp180.000',
        'Belanja: Rp50.000',
        'Untung: Rp130.000',
        'Diambil untuk rumah tangga: Rp50.000',
        'Modal masuk: Rp500.000',
      ]),
    );
    expect(week).toContain('Uang usaha sampai hari ini: Rp580.000');

    // Today's recap: capital came on Monday, still in the cash.
    const day = text(await send(ani.say('rekap')));
    expect(day).not.toContain('Modal masuk');
    expect(day).toContain('Uang usaha sampai hari ini: Rp580.000');
  });

  it('confirms capital put in', async () => {
    const ani = person();
    expect(text(await send(ani.say('tambah modal 500rb')))).toContain('✅ Modal masuk Rp500.000');
  });
});

describe('in the group’s chat', () => {
  const chatId = '-100777';
  const inChat = (id: string, name: string, body: string, over: Partial<InboundMessage> = {}) => {
    seq += 1;
    return groupMessage(body, { chatId, sender: { id, name }, messageId: `g-${seq}`, ...over });
  };

  it('the facilitator sets a price there, members see the list, a correction by reply works there too', async () => {
    await groupsRepo.linkChat(t.db, { groupId: melati.id, platform: 'telegram', chatId, byPersonId: null });
    const set = text(await send(inChat('900', 'Bu Rina', '/harga emping 80rb/kg', { addressedToBot: true })));
    expect(set).toContain('✅ Harga kelompok Melati: emping Rp80.000/kg');
    expect(text(await send(inChat('911', 'Tin', '/harga', { addressedToBot: true })))).toContain('• emping Rp80.000/kg');
    expect(text(await send(inChat('911', 'Tin', '/harga emping 90rb/kg', { addressedToBot: true })))).toContain('hanya bisa diatur');

    const recordedMessage = inChat('911', 'Tin', 'laku 12 bros @15rb');
    const [confirmation] = await send(recordedMessage);
    expect(confirmation?.replyToMessageId).toBe(recordedMessage.messageId);
    const [corrected] = await send(inChat('911', 'Tin', 'bukan 12 tapi 10', { addressedToBot: true, quotedMessageId: confirmation!.platformMessageId }));
    expect(corrected?.text).toContain('12 bros × Rp15.000 = Rp180.000 → 10 bros × Rp15.000 = Rp150.000');
    // Another member quoting Tin's confirmation corrects nothing of Tin's.
    const other = text(await send(inChat('910', 'Bu Ketua', 'ralat 100rb', { addressedToBot: true, quotedMessageId: confirmation!.platformMessageId })));
    expect(other).toContain('Belum ada catatan yang bisa diralat, Bu. Catat dulu, misalnya "laku 12 bros @15rb".');
    expect((await entries('911')).map((e) => e.amount)).toContain(150000);
  });
});
