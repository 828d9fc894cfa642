/**
 * Groups in chat on real Postgres: joining by code, linking a group chat, pending writers,
 * roles, member lists, who has not recorded, consent, permissions and two identities.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import type { InboundMessage } from '../../src/core/messages.ts';
import { addFacilitator, addMember, createGroup, groupsRepo, rotateJoinCode } from '../../src/modules/groups/groups.service.ts';
import type { Group } from '../../src/modules/groups/groups.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { groupMessage, privateMessage } from '../helpers/messages.ts';
import { inboundHarness, type InboundHarness } from '../helpers/inbound-harness.ts';

let t: TestDatabase;
const clock = fixedClock('2026-11-20T03:00:00Z');
let h: InboundHarness;
let rina: { id: number; person: { id: number } };
let melati: Group;
let mawar: Group;

beforeAll(async () => {
  t = await createTestDatabase();
  h = inboundHarness(t.db, clock);
  rina = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: '900', timeZone: 'Asia/Jakarta' });
  const other = await addFacilitator(t.db, { name: 'Bu Sinta', telegramId: '901', timeZone: 'Asia/Jakarta' });
  melati = await createGroup(t.db, { name: 'Melati', trades: ['asesoris'], facilitatorId: rina.id, village: 'Garegeh', timeZone: 'Asia/Jakarta' });
  mawar = await createGroup(t.db, { name: 'Mawar', trades: ['makanan-ringan'], facilitatorId: other.id, timeZone: 'Asia/Makassar' });
});
afterAll(async () => t?.drop());
const send = (message: InboundMessage) => h.send(message);

const from = (id: string, name: string | null) => ({
  dm: (text: string, over: Partial<InboundMessage> = {}) => privateMessage(text, { chatId: id, sender: { id, name }, ...over }),
  inChat: (chatId: string, text: string, over: Partial<InboundMessage> = {}) =>
    groupMessage(text, { chatId, sender: { id, name }, ...over }),
});
const facilitator = from('900', 'Bu Rina');
const otherFacilitator = from('901', 'Bu Sinta');

async function membership(groupId: number, externalId: string) {
  return t.db
    .selectFrom('memberships')
    .innerJoin('identities', 'identities.person_id', 'memberships.person_id')
    .select(['memberships.role', 'memberships.status', 'memberships.person_id'])
    .where('memberships.group_id', '=', groupId)
    .where('identities.external_id', '=', externalId)
    .executeTakeFirst();
}

describe('joining by code', () => {
  it('makes her a member from a private chat, and tells the facilitator', async () => {
    const ani = from('2001', 'Ani');
    const replies = await send(ani.dm(`/gabung ${melati.joinCode.toLowerCase()}`));
    expect(replies[0]?.text).toContain('Selamat bergabung di kelompok Melati');
    expect(replies[1]).toEqual({ platform: 'telegram', chatId: '900', notice: true, text: '👋 Bu Ani bergabung di kelompok Melati.' });
    expect(await membership(melati.id, '2001')).toMatchObject({ role: 'anggota', status: 'active' });
    const again = await send(ani.dm(`gabung ${melati.joinCode}`));
    expect(again[0]?.text).toContain('sudah jadi anggota kelompok Melati');
  });

  it('asks her name when the platform gave none, and uses it', async () => {
    const noName = from('2002', null);
    const replies = await send(noName.dm(`/gabung ${melati.joinCode}`));
    expect(replies[0]?.text).toContain('Boleh tahu nama Ibu?');
    const named = await send(noName.dm('Siti Aminah'));
    expect(named[0]?.text).toBe('Terima kasih, Bu Siti Aminah.');
    expect(named[1]?.text).toBe('👋 Bu Siti Aminah bergabung di kelompok Melati.');
    const member = await membership(melati.id, '2002');
    const person = await t.db.selectFrom('people').select('name').where('id', '=', member!.person_id).executeTakeFirst();
    expect(person?.name).toBe('Siti Aminah');
  });

  it('refuses an unknown or rotated code kindly and changes nothing', async () => {
    const tin = from('2003', 'Tin');
    expect((await send(tin.dm('/gabung ZZZZZZ'))).at(-1)?.text).toContain('Kode itu tidak dikenal');
    const oldCode = mawar.joinCode;
    mawar = await rotateJoinCode(t.db, mawar.id, { actorPersonId: null, at: new Date('2026-11-20T03:00:00Z') });
    expect((await send(tin.dm(`/gabung ${oldCode}`))).at(-1)?.text).toContain('Kode itu tidak dikenal');
    expect(await membership(mawar.id, '2003')).toBeUndefined();
    expect((await send(tin.dm(`/gabung ${mawar.joinCode}`))).at(-1)?.text).toContain('kelompok Mawar');
  });

  it('explains how to use it when the code is missing or it is sent in a group', async () => {
    const tin = from('2004', 'Tin');
    expect((await send(tin.dm('/gabung'))).at(-1)?.text).toContain('/gabung MLT4K9');
    expect((await send(tin.inChat('-777', `/gabung ${melati.joinCode}`, { addressedToBot: true })))[0]?.text).toContain('chat pribadi');
  });
});

describe('linking a group chat', () => {
  const chat = '-100900';

  it('refuses a member and another group’s facilitator, and logs each refusal', async () => {
    const ani = from('2001', 'Ani');
    const refusedMember = await send(ani.inChat(chat, `/hubungkan ${melati.joinCode}`, { addressedToBot: true }));
    expect(refusedMember[0]?.text).toBe('Maaf, perintah ini hanya untuk pendamping kelompok. Untuk catatan Ibu sendiri, ketik "rekap".');
    const refusedOther = await send(otherFacilitator.inChat(chat, `/hubungkan ${melati.joinCode}`, { addressedToBot: true }));
    expect(refusedOther[0]?.text).toBe('Maaf, kelompok ini didampingi pendamping lain. Ketik /anggota di grup kelompok Ibu sendiri untuk melihat anggotanya.');
    expect(await groupsRepo.findGroupByChat(t.db, 'telegram', chat)).toBeUndefined();
    const refusals = await t.db.selectFrom('permission_refusals').select(['action', 'reason']).orderBy('id').execute();
    expect(refusals).toEqual(expect.arrayContaining([
      { action: 'link_chat', reason: 'not_facilitator' },
      { action: 'link_chat', reason: 'not_your_group' },
    ]));
  });

  it('links the chat for its facilitator; writers there become members or pending', async () => {
    const linked = await send(facilitator.inChat(chat, `/hubungkan ${melati.joinCode}`, { addressedToBot: true }));
    expect(linked[0]?.text).toContain('terhubung dengan kelompok Melati');
    expect((await groupsRepo.findGroupByChat(t.db, 'telegram', chat))?.id).toBe(melati.id);

    // A stranger chatting there is added as pending, and the facilitator is told once.
    const dewi = from('2010', 'Dewi');
    const first = await send(dewi.inChat(chat, 'selamat pagi ibu-ibu'));
    expect(first).toEqual([
      { platform: 'telegram', chatId: '900', notice: true, text: expect.stringContaining('Dewi menulis di grup Melati tapi belum terdaftar') },
    ]);
    expect(await membership(melati.id, '2010')).toMatchObject({ status: 'pending' });
    expect(await send(dewi.inChat(chat, 'apa kabar semua'))).toEqual([]);

    // An existing member is simply recognised; her entry is recorded and replied to.
    const ani = from('2001', 'Ani');
    const reply = await send(ani.inChat(chat, 'laku 5 bros @15rb'));
    expect(reply).toHaveLength(1);
    expect(reply[0]?.text).toContain('Rp75.000');
  });

  it('sets roles, which also accepts a pending member', async () => {
    const set = await send(facilitator.inChat(chat, '/peran @Dewi bendahara', { addressedToBot: true }));
    expect(set[0]?.text).toBe('✅ Bu Dewi sekarang bendahara.');
    expect(await membership(melati.id, '2010')).toMatchObject({ role: 'bendahara', status: 'active' });
    expect((await send(facilitator.inChat(chat, '/peran @Dewi bos', { addressedToBot: true })))[0]?.text).toContain('peran: ketua');
    expect((await send(facilitator.inChat(chat, '/peran @Nobody anggota', { addressedToBot: true })))[0]?.text).toContain('Tidak ada anggota bernama @Nobody');
    const refused = await send(from('2001', 'Ani').inChat(chat, '/peran @Dewi ketua', { addressedToBot: true }));
    expect(refused[0]?.text).toBe('Maaf, perintah ini hanya untuk pendamping kelompok. Untuk catatan Ibu sendiri, ketik "rekap".');
    expect(await membership(melati.id, '2010')).toMatchObject({ role: 'bendahara' });
  });

  it('lists members and who has not recorded this week', async () => {
    const list = await send(facilitator.dm('/anggota'));
    expect(list[0]?.text.split('\n')).toEqual([
      '👥 Anggota Melati (3):',
      '• Ani',
      '• Dewi — bendahara',
      '• Siti Aminah',
    ]);
    const missing = await send(facilitator.dm('/belum'));
    expect(missing[0]?.text.split('\n')).toEqual(['Belum mencatat minggu ini di Melati (2):', '• Dewi', '• Siti Aminah']);
    const refused = await send(from('2001', 'Ani').dm('/anggota'));
    expect(refused.at(-1)?.text).toBe('Maaf, perintah ini hanya untuk pendamping kelompok. Untuk catatan Ibu sendiri, ketik "rekap".');
  });
});

describe('consent', () => {
  it('tells a newcomer what is kept and why, and records that she was told', async () => {
    const yani = from('2020', 'Yani');
    const [hello] = await send(yani.dm('halo'));
    expect(hello?.text).toContain('Catatan Ibu saya simpan. Yang bisa melihatnya hanya Ibu, pendamping Ibu, dan ketua kelompok Ibu.');
    expect(hello?.text).toContain('BERHENTI');
    const person = await t.db.selectFrom('identities').innerJoin('people', 'people.id', 'identities.person_id').select(['people.informed_at']).where('external_id', '=', '2020').executeTakeFirstOrThrow();
    expect(person.informed_at).toEqual(clock.now());
  });

  it('BERHENTI stops, MULAI resumes, and recording still works in between', async () => {
    const yani = from('2020', 'Yani');
    expect((await send(yani.dm('BERHENTI')))[0]?.text).toContain('tidak akan menerima pengingat');
    const state = () => t.db.selectFrom('identities').innerJoin('people', 'people.id', 'identities.person_id').select(['opted_out_at', 'consent_changed_at']).where('external_id', '=', '2020').executeTakeFirstOrThrow();
    expect((await state()).opted_out_at).toEqual(clock.now());
    expect((await send(yani.dm('laku 2 kerudung 170rb')))[0]?.text).toContain('Rp170.000');
    clock.advance(60_000);
    expect((await send(yani.dm('mulai')))[0]?.text).toContain('akan Ibu terima lagi');
    expect(await state()).toEqual({ opted_out_at: null, consent_changed_at: clock.now() });
    expect((await send(yani.dm('STOP')))[0]?.text).toContain('tidak akan menerima');
    expect((await send(yani.dm('/start')))[0]?.text).toContain('akan Ibu terima lagi');
  });
});

describe('one person, two identities', () => {
  it('added by phone and Telegram id, she is the same person on WhatsApp and Telegram', async () => {
    const { person } = await addMember(t.db, melati.id, { name: 'Ratna', phone: '0812-3456-7890', telegramId: '2030', timeZone: 'Asia/Jakarta' }, clock.now());
    await send(from('2030', 'Ratna').dm('laku 3 mukena total 450rb'));
    await send(
      privateMessage('beli kain 150rb', {
        platform: 'whatsapp',
        chatId: '6281234567890@s.whatsapp.net',
        sender: { id: '6281234567890@s.whatsapp.net', name: 'Ratna WA', phone: '+6281234567890' },
      }),
    );
    const entries = await t.db.selectFrom('ledger_entries').select(['person_id', 'amount']).where('person_id', '=', person.id).orderBy('id').execute();
    expect(entries).toEqual([
      { person_id: person.id, amount: 450000 },
      { person_id: person.id, amount: 150000 },
    ]);
    const [recap] = await send(from('2030', 'Ratna').dm('rekap'));
    expect(recap?.text).toContain('Jualan: Rp450.000');
    expect(recap?.text).toContain('Belanja: Rp150.000');
  });
});

// Last: a new member of Melati here would change the member lists counted above.
describe('joining from an invitation', () => {
  it('joins her when she opens a printed invitation\'s Telegram link (Start sends "/start CODE")', async () => {
    const wati = from('2003', 'Wati');
    const replies = await send(wati.dm(`/start ${melati.joinCode}`));
    expect(replies[0]?.text).toContain('Selamat bergabung di kelompok Melati');
    expect(await membership(melati.id, '2003')).toMatchObject({ role: 'anggota', status: 'active' });
  });
});
