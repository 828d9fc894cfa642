/**
 * Names in chat on real Postgres, through the inbound processor: the name question after
 * joining (answers that are records or commands are not names), "/nama" and "nama saya …"
 * at any time, and a facilitator renaming a member of her groups.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import type { InboundMessage } from '../../src/core/messages.ts';
import { addFacilitator, addMember, createGroup } from '../../src/modules/groups/groups.service.ts';
import type { Group } from '../../src/modules/groups/groups.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { groupMessage, privateMessage } from '../helpers/messages.ts';
import { inboundHarness, type InboundHarness } from '../helpers/inbound-harness.ts';

let t: TestDatabase;
const clock = fixedClock('2026-11-20T03:00:00Z');
let h: InboundHarness;
let melati: Group;
let kenanga: Group;
const linkedChat = '-100777';

beforeAll(async () => {
  t = await createTestDatabase();
  h = inboundHarness(t.db, clock);
  const rina = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: '900', timeZone: 'Asia/Jakarta' });
  const sinta = await addFacilitator(t.db, { name: 'Bu Sinta', telegramId: '901', timeZone: 'Asia/Jakarta' });
  melati = await createGroup(t.db, { name: 'Melati', trades: ['asesoris'], facilitatorId: rina.id, timeZone: 'Asia/Jakarta' });
  kenanga = await createGroup(t.db, { name: 'Kenanga', trades: ['asesoris'], facilitatorId: sinta.id, timeZone: 'Asia/Jakarta' });
  await addMember(t.db, melati.id, { name: 'Ani Lestari', telegramId: '3001', timeZone: 'Asia/Jakarta' }, clock.now());
  await addMember(t.db, melati.id, { name: 'Ani Wulandari', telegramId: '3002', timeZone: 'Asia/Jakarta' }, clock.now());
  await addMember(t.db, melati.id, { name: 'Tin', telegramId: '3003', timeZone: 'Asia/Jakarta' }, clock.now());
  await addMember(t.db, kenanga.id, { name: 'Wati', telegramId: '3004', timeZone: 'Asia/Jakarta' }, clock.now());
  await send(from('900', 'Bu Rina').inChat(linkedChat, `/hubungkan ${melati.joinCode}`, { addressedToBot: true }));
});
afterAll(async () => t?.drop());
const send = (message: InboundMessage) => h.send(message);

function from(id: string, name: string | null) {
  return {
    dm: (text: string, over: Partial<InboundMessage> = {}) => privateMessage(text, { chatId: id, sender: { id, name }, ...over }),
    inChat: (chatId: string, text: string, over: Partial<InboundMessage> = {}) => groupMessage(text, { chatId, sender: { id, name }, ...over }),
  };
}
const facilitator = from('900', 'Bu Rina');
/** Each newcomer test gets a person of its own. */
let newcomers = 0;

async function nameOf(externalId: string): Promise<string | undefined> {
  const row = await t.db
    .selectFrom('people')
    .innerJoin('identities', 'identities.person_id', 'people.id')
    .select('people.name')
    .where('identities.external_id', '=', externalId)
    .executeTakeFirst();
  return row?.name;
}

async function entriesOf(externalId: string): Promise<number[]> {
  const rows = await t.db
    .selectFrom('ledger_entries')
    .innerJoin('identities', 'identities.person_id', 'ledger_entries.person_id')
    .select('ledger_entries.amount')
    .where('identities.external_id', '=', externalId)
    .where('voided_at', 'is', null)
    .orderBy('ledger_entries.id')
    .execute();
  return rows.map((r) => r.amount);
}

const ASK_AGAIN = 'Oh ya, nama Ibu siapa? Balas nama saja, misalnya: Siti';

describe('the name question after joining', () => {
  it('handles a recap and a record as what they are, asks again, and takes the name that follows', async () => {
    const newcomer = from('4001', null);
    const joined = await send(newcomer.dm(`/gabung ${melati.joinCode}`));
    expect(joined[0]?.text).toContain('Boleh tahu nama Ibu?');

    const [recap] = await send(newcomer.dm('rekap'));
    expect(recap?.text).toMatch(/^📊 Rekap hari ini/);
    expect(recap?.text.endsWith(`\n\n${ASK_AGAIN}`)).toBe(true);
    expect(await nameOf('4001')).toBe('Ibu');

    const [recorded] = await send(newcomer.dm('laku 3 bros 45rb'));
    expect(recorded?.text).toContain('✅ Jualan 3 bros Rp45.000');
    expect(recorded?.text.endsWith(ASK_AGAIN)).toBe(true);
    expect(await entriesOf('4001')).toEqual([45000]);
    expect(await nameOf('4001')).toBe('Ibu');

    const named = await send(newcomer.dm('Bu Siti Aminah'));
    expect(named[0]?.text).toBe('Terima kasih, Bu Siti Aminah.');
    expect(named[1]).toMatchObject({ chatId: '900', text: '👋 Bu Siti Aminah bergabung di kelompok Melati.' });
    expect(await nameOf('4001')).toBe('Siti Aminah');
    // Answered: the next message is just a message.
    const [after] = await send(newcomer.dm('beli benang 20rb'));
    expect(after?.text).not.toContain('nama Ibu');
  });

  it.each([
    ['/bantuan', 'Cara pakai Dampingi'],
    ['beli benang 20rb', '✅ Belanja benang Rp20.000'],
    ['halo', 'Halo, Bu 😊'],
    ['makasih', 'Sama-sama, Bu 😊'],
  ])('"%s" is not taken as her name', async (text, expected) => {
    const id = String(4100 + ++newcomers);
    const newcomer = from(id, null);
    await send(newcomer.dm(`/gabung ${melati.joinCode}`));
    const [reply] = await send(newcomer.dm(text));
    expect(reply?.text).toContain(expected);
    expect(reply?.text.endsWith(ASK_AGAIN)).toBe(true);
    expect(await nameOf(id)).toBe('Ibu');
  });

  it('a bare amount asks its own question first; the name question stays open', async () => {
    const id = String(4100 + ++newcomers);
    const newcomer = from(id, null);
    await send(newcomer.dm(`/gabung ${melati.joinCode}`));
    const [reply] = await send(newcomer.dm('15000'));
    expect(reply?.text).toContain('Ini jualan atau belanja');
    expect(reply?.text).not.toContain(ASK_AGAIN);
    expect(await nameOf(id)).toBe('Ibu');
    const [recorded] = await send(newcomer.dm('1'));
    expect(recorded?.text).toContain('Rp15.000');
    // Her name can still be given at any time.
    const [named] = await send(newcomer.dm('/nama Marni'));
    expect(named?.text).toContain('Marni');
    expect(await nameOf(id)).toBe('Marni');
  });

  it.each([
    ['Siti', 'Siti'],
    ['saya Siti', 'Siti'],
    ['nama saya Siti', 'Siti'],
    ['/nama siti aminah', 'Siti Aminah'],
  ])('"%s" is taken as her name', async (text, name) => {
    const id = String(4100 + ++newcomers);
    const newcomer = from(id, null);
    await send(newcomer.dm(`/gabung ${melati.joinCode}`));
    const replies = await send(newcomer.dm(text));
    expect(replies[0]?.text).toBe(`Terima kasih, Bu ${name}.`);
    expect(replies[1]).toMatchObject({ chatId: '900', text: `👋 Bu ${name} bergabung di kelompok Melati.` });
    expect(await nameOf(id)).toBe(name);
  });

  it('stops asking after two reminders, and "tidak" lets the question go', async () => {
    const shy = from('4991', null);
    await send(shy.dm(`/gabung ${melati.joinCode}`));
    expect((await send(shy.dm('rekap')))[0]?.text).toContain(ASK_AGAIN);
    expect((await send(shy.dm('rekap')))[0]?.text).toContain(ASK_AGAIN);
    expect((await send(shy.dm('rekap')))[0]?.text).not.toContain(ASK_AGAIN);
    expect((await send(shy.dm('Siti')))[0]?.text).not.toContain('Terima kasih');
    expect(await nameOf('4991')).toBe('Ibu');

    const other = from('4992', null);
    await send(other.dm(`/gabung ${melati.joinCode}`));
    expect((await send(other.dm('tidak')))[0]?.text).toBe('Tidak apa-apa, Bu. Kalau nanti mau, tulis: nama saya Siti');
    expect((await send(other.dm('rekap')))[0]?.text).not.toContain(ASK_AGAIN);
  });

  it('a question about an entry opened meanwhile is answered first, without the name reminder', async () => {
    const newcomer = from('4993', null);
    await send(newcomer.dm(`/gabung ${melati.joinCode}`));
    const [question] = await send(newcomer.dm('bros 15rb'));
    expect(question?.text).toContain('Ini jualan atau belanja, Bu?');
    expect(question?.text).not.toContain(ASK_AGAIN);
    expect((await send(newcomer.dm('jualan')))[0]?.text).toContain('✅ Jualan bros Rp15.000');
  });
});

describe('changing her own name', () => {
  it('"/nama" and "nama saya" change it at any time, confirmed in one line', async () => {
    const ani = from('5001', 'ani_cantik88');
    await send(ani.dm('laku 1 bros 15rb'));
    expect((await send(ani.dm('/nama Siti')))[0]?.text).toBe('✅ Baik, sekarang saya panggil Bu Siti.');
    expect(await nameOf('5001')).toBe('Siti');
    expect((await send(ani.dm('nama saya Siti Aminah')))[0]?.text).toBe('✅ Baik, sekarang saya panggil Bu Siti Aminah.');
    expect(await nameOf('5001')).toBe('Siti Aminah');
    expect((await send(ani.dm('halo')))[0]?.text).toBe('Halo, Bu Siti Aminah 😊 Mau catat apa hari ini?');
  });

  it.each([
    ['/nama 12345', 'Itu angka, Bu, bukan nama 😊 Tulis dengan huruf, misalnya: /nama Siti'],
    ['/nama https://jualan.com', 'Nama tidak bisa berisi tautan, Bu. Tulis namanya saja, misalnya: /nama Siti'],
    ['/nama Siti Aminah binti Abdullah bin Muhammad Yusuf', 'Namanya kepanjangan, Bu. Paling banyak 40 huruf ya, misalnya: /nama Siti Aminah'],
    ['/nama', 'Tulis nama Ibu setelah /nama, misalnya: /nama Siti Aminah'],
  ])('"%s" is refused kindly and changes nothing', async (text, expected) => {
    const ani = from('5002', 'Ani');
    await send(ani.dm('laku 1 bros 15rb'));
    expect((await send(ani.dm(text)))[0]?.text).toBe(expected);
    expect(await nameOf('5002')).toBe('Ani');
  });

  it('leaves "nama saya …" said to a group alone, but not "/nama"', async () => {
    const tin = from('3003', 'Tin');
    expect(await send(tin.inChat(linkedChat, 'nama saya Tina'))).toEqual([]);
    expect(await nameOf('3003')).toBe('Tin');
    expect((await send(tin.inChat(linkedChat, '/nama Tina', { addressedToBot: true })))[0]?.text).toBe('✅ Baik, sekarang saya panggil Bu Tina.');
    await send(tin.dm('/nama Tin'));
  });
});

describe('a facilitator renaming a member', () => {
  it('renames a member of her group from her private chat, and tells the member', async () => {
    const replies = await send(facilitator.dm('/nama @Tin Kartini'));
    expect(replies[0]?.text).toBe('✅ Nama Bu Tin sekarang Kartini.');
    expect(replies[1]).toMatchObject({
      chatId: '3003',
      text: 'Pendamping mengganti nama Ibu di catatan kelompok menjadi Kartini. Kalau kurang pas, balas: nama saya …',
    });
    expect(await nameOf('3003')).toBe('Kartini');
  });

  it('renames by full name with "jadi", in the linked group chat too', async () => {
    const [reply] = await send(facilitator.inChat(linkedChat, '/nama Ani Lestari jadi Ani Lestiani', { addressedToBot: true }));
    expect(reply?.text).toBe('✅ Nama Bu Ani Lestari sekarang Ani Lestiani.');
    expect(await nameOf('3001')).toBe('Ani Lestiani');
  });

  it('asks for the full name when the mention fits two members, and validates the new name', async () => {
    expect((await send(facilitator.dm('/nama @Ani Siti')))[0]?.text).toBe('Ada beberapa anggota bernama Ani. Tulis nama lengkapnya, misalnya "Ani Lestari".');
    expect((await send(facilitator.dm('/nama @Kartini 777')))[0]?.text).toContain('Itu angka');
    expect((await send(facilitator.dm('/nama @Kartini')))[0]?.text).toContain('/nama @Ani Siti Aminah');
    expect(await nameOf('3003')).toBe('Kartini');
  });

  it('renames only members of her own groups; a member may not rename anyone', async () => {
    expect((await send(facilitator.dm('/nama @Wati Siti')))[0]?.text).toBe('Tidak ada anggota bernama Wati di kelompok ini. Ketik /anggota untuk melihat namanya.');
    expect(await nameOf('3004')).toBe('Wati');
    const member = from('3002', 'Ani Wulandari');
    expect((await send(member.dm('/nama @Kartini Siti')))[0]?.text).toBe('Maaf, perintah ini hanya untuk pendamping kelompok. Untuk catatan Ibu sendiri, ketik "rekap".');
    expect(await nameOf('3003')).toBe('Kartini');
    const refusals = await t.db.selectFrom('permission_refusals').select(['action', 'reason']).where('action', '=', 'rename_member').execute();
    expect(refusals).toEqual([{ action: 'rename_member', reason: 'not_facilitator' }]);
  });
});
