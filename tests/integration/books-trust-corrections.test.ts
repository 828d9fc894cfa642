/**
 * Corrections that must change the right field of the right entry (issue #15), through the
 * conversation handler on real Postgres: deletes and corrections by the number of the list
 * she last saw (after she recorded more; the list lost → asked, never guessed), other goods
 * in place of number N asked first, moving an entry to yesterday, changing its kind, "hapus
 * semua" asked then done, the old number she names picking price, quantity or total, the
 * "Jualan atau belanja?" question answered by a typed word, and entries for someone else that
 * fail the check never landing in the writer's own books.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { InboundMessage, OutboundMessage } from '../../src/core/messages.ts';
import { processInbound, type InboundDeps } from '../../src/jobs/inbound.processor.ts';
import { addFacilitator, addMember, createGroup } from '../../src/modules/groups/groups.service.ts';
import type { OutboxItem } from '../../src/modules/outbox/outbox.repository.ts';
import { findOutbound } from '../../src/modules/outbox/outbox.repository.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { privateMessage } from '../helpers/messages.ts';

let t: TestDatabase;
const clock = fixedClock('2026-11-20T03:00:00Z'); // Friday 20 Nov, 10:00 in Jakarta
let dispatched: OutboxItem[] = [];
let deps: InboundDeps;

beforeAll(async () => {
  t = await createTestDatabase();
  deps = { db: t.db, clock, defaultTimeZone: 'Asia/Jakarta', log: silentLogger(), dispatch: async (items) => void dispatched.push(...items) };
  const rina = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: '700', timeZone: 'Asia/Jakarta' });
  const melati = await createGroup(t.db, { name: 'Melati', trades: ['asesoris'], facilitatorId: rina.id, timeZone: 'Asia/Jakarta' });
  await addMember(t.db, melati.id, { name: 'Bu Ketua', telegramId: '710', timeZone: 'Asia/Jakarta', role: 'ketua' }, clock.now());
  await addMember(t.db, melati.id, { name: 'Tin', telegramId: '711', timeZone: 'Asia/Jakarta' }, clock.now());
  await addMember(t.db, melati.id, { name: 'Sri', telegramId: '712', timeZone: 'Asia/Jakarta' }, clock.now());
});
afterAll(async () => t?.drop());
beforeEach(() => {
  dispatched = [];
});

async function send(message: InboundMessage): Promise<OutboundMessage[]> {
  const before = dispatched.length;
  await processInbound(deps, message);
  const out: OutboundMessage[] = [];
  for (const item of dispatched.slice(before)) out.push((await findOutbound(t.db, item.idempotencyKey))!.payload);
  return out;
}

let counter = 0;
let seq = 0;
function person(name = 'Ani', id?: string) {
  counter += 1;
  const externalId = id ?? String(9000 + counter);
  return {
    id: externalId,
    /** Her reply in her own chat, as one text. */
    say: async (text: string, over: Partial<InboundMessage> = {}) => {
      seq += 1;
      const replies = await send(privateMessage(text, { chatId: externalId, sender: { id: externalId, name }, messageId: `t-${seq}`, ...over }));
      return replies.filter((r) => r.chatId === externalId);
    },
  };
}
const textOf = (replies: readonly OutboundMessage[]) => replies.map((r) => r.text).join('\n');

async function entries(externalId: string, which: 'active' | 'all' = 'active') {
  let q = t.db
    .selectFrom('ledger_entries')
    .innerJoin('identities', 'identities.person_id', 'ledger_entries.person_id')
    .select(['ledger_entries.kind', 'ledger_entries.item', 'ledger_entries.quantity', 'ledger_entries.unit_price', 'ledger_entries.amount', 'ledger_entries.business_date', 'ledger_entries.voided_at'])
    .where('identities.external_id', '=', externalId)
    .orderBy('ledger_entries.id');
  if (which === 'active') q = q.where('voided_at', 'is', null);
  return q.execute();
}
const items = async (externalId: string) => (await entries(externalId)).map((e) => e.item);

describe('delete and correct by the number of the list she saw', () => {
  it('"hapus no 2" deletes number 2 of the list she saw, even after she recorded more — not her last entry', async () => {
    const ani = person();
    await ani.say('laku 2 kalung @25rb');
    await ani.say('laku 3 bros @15rb');
    await ani.say('beli benang 20rb');
    const list = textOf(await ani.say('/catatan'));
    expect(list).toContain('2. Hari ini · Jualan 3 bros × Rp15.000 = Rp45.000');
    await ani.say('laku 1 mukena 250rb'); // recorded after the list: the numbers she saw still hold
    const reply = textOf(await ani.say('hapus no 2'));
    expect(reply).toContain('🗑️ Dihapus: Jualan 3 bros × Rp15.000 = Rp45.000');
    expect(await items(ani.id)).toEqual(['kalung', 'benang', 'mukena']);
    // "hapus catatan ke-3": number 3 of the same list (the kalung), not an undo of the mukena.
    const third = textOf(await ani.say('hapus catatan ke-3'));
    expect(third).toContain('🗑️ Dihapus: Jualan 2 kalung × Rp25.000 = Rp50.000');
    expect(await items(ani.id)).toEqual(['benang', 'mukena']);
    // Number 2 again: already gone, said so, nothing else touched.
    expect(textOf(await ani.say('hapus 2'))).toContain('Catatan nomor 2 di daftar itu sudah dihapus');
    expect(await items(ani.id)).toEqual(['benang', 'mukena']);
  });

  it('with no list seen (or the remembered list lost) she is asked to open it, and nothing is deleted', async () => {
    const ani = person();
    await ani.say('laku 3 bros @15rb');
    await ani.say('beli benang 20rb');
    expect(textOf(await ani.say('hapus yang nomor 2'))).toContain('Ketik /catatan dulu');
    await ani.say('/catatan');
    await t.db.deleteFrom('shown_entry_lists').execute(); // the remembered list is gone
    expect(textOf(await ani.say('hapus 2'))).toContain('Ketik /catatan dulu');
    expect(textOf(await ani.say('ralat no 2: laku 5 bros 50rb'))).toContain('Ketik /catatan dulu');
    expect(await items(ani.id)).toEqual(['bros', 'benang']);
  });

  it('"ralat no 2: …" replaces number 2; other goods without a price are refused; with a price, asked first', async () => {
    const ani = person();
    await ani.say('laku 3 bros @15rb');
    await ani.say('beli benang 20rb');
    await ani.say('/catatan'); // 1 benang, 2 bros
    await ani.say('laku 2 kalung @25rb');
    const fixed = textOf(await ani.say('ralat no 2: laku 5 bros 50rb'));
    expect(fixed).toContain('✏️ Diubah: 3 bros × Rp15.000 = Rp45.000 → 5 bros Rp50.000');
    expect((await entries(ani.id)).map((e) => [e.item, e.amount])).toEqual([
      ['benang', 20000],
      ['kalung', 50000],
      ['bros', 50000],
    ]);
    // Number 2 is bros: "3 kerudung" with no price changes nothing.
    const other = textOf(await ani.say('ralat no 2: laku 3 kerudung'));
    expect(other).toContain('Nomor 2 adalah Jualan 5 bros Rp50.000 — bukan kerudung. Tidak ada yang diubah.');
    expect(await items(ani.id)).toEqual(['benang', 'kalung', 'bros']);
    // With a price: asked first; "tidak" keeps it, "ya" replaces it.
    const asked = await ani.say('ralat no 2: laku 3 kerudung @50rb');
    expect(textOf(asked)).toContain('Nomor 2 adalah Jualan 5 bros Rp50.000. Diganti dengan barang lain?');
    expect(asked[0]?.buttons?.map((b) => b.value)).toEqual(['ya', 'tidak']);
    expect(await items(ani.id)).toEqual(['benang', 'kalung', 'bros']);
    expect(textOf(await ani.say('tidak'))).toContain('Baik, tidak diubah.');
    expect(await items(ani.id)).toEqual(['benang', 'kalung', 'bros']);
    await ani.say('ralat no 2: laku 3 kerudung @50rb');
    expect(textOf(await ani.say('ya'))).toContain('✏️ Diubah: 5 bros Rp50.000 → 3 kerudung × Rp50.000 = Rp150.000');
    expect(await items(ani.id)).toEqual(['benang', 'kalung', 'kerudung']);
  });

  it('deleting an entry of another day names that day and never shows its totals as today', async () => {
    const ani = person();
    await ani.say('laku 2 kalung @25rb kemarin');
    await ani.say('laku 3 bros @15rb');
    await ani.say('/catatan');
    const reply = textOf(await ani.say('hapus 2'));
    expect(reply).toContain('📅 Catatan Kamis, 19 Nov');
    expect(reply).toContain('Kamis, 19 Nov: jualan Rp0, belanja Rp0');
    expect(reply).not.toContain('Hari ini');
  });
});

describe('the day and the kind of an entry', () => {
  it('"ralat, itu jualan kemarin" moves her last entry to yesterday (not an undo) and names both days', async () => {
    const ani = person();
    await ani.say('laku 3 bros 45rb');
    const reply = textOf(await ani.say('ralat, itu jualan kemarin'));
    expect(reply).toContain('📅 Dipindah dari Hari ini ke Kamis, 19 Nov:');
    expect(reply).toContain('Kamis, 19 Nov: jualan Rp45.000, belanja Rp0');
    expect(reply).toContain('Hari ini: jualan Rp0, belanja Rp0');
    expect((await entries(ani.id)).map((e) => [e.item, e.amount, e.business_date])).toEqual([['bros', 45000, '2026-11-19']]);
    // "yang tadi tanggal 3": again, to the 3rd.
    expect(textOf(await ani.say('yang tadi tanggal 3'))).toContain('ke Selasa, 3 Nov');
    expect((await entries(ani.id)).map((e) => e.business_date)).toEqual(['2026-11-03']);
  });

  it('"salah, itu pengeluaran bukan jualan" changes the kind of her last entry', async () => {
    const ani = person();
    await ani.say('laku benang 20rb');
    const reply = textOf(await ani.say('salah, itu pengeluaran bukan jualan'));
    expect(reply).toContain('✏️ Diubah: Jualan benang Rp20.000 → Belanja benang Rp20.000');
    expect(reply).toContain('Hari ini: jualan Rp0, belanja Rp20.000');
    expect((await entries(ani.id)).map((e) => [e.kind, e.amount])).toEqual([['expense', 20000]]);
    expect(textOf(await ani.say('harusnya belanja'))).toContain('sudah tercatat sebagai belanja');
  });

  it('a correction word with more she said that was not understood takes nothing back', async () => {
    const ani = person();
    await ani.say('laku 3 bros 45rb');
    expect(textOf(await ani.say('ralat, itu jualan besok'))).toContain('belum ada yang saya ubah');
    expect(await items(ani.id)).toEqual(['bros']);
  });

  it('"hapus semua yang hari ini" asks first; "tidak" keeps them, "ya" deletes that day only', async () => {
    const ani = person();
    await ani.say('laku 2 kalung @25rb kemarin');
    await ani.say('laku 3 bros @15rb');
    await ani.say('beli benang 20rb');
    const asked = await ani.say('hapus semua yang hari ini');
    expect(textOf(asked)).toContain('Hapus semua 2 catatan hari ini?');
    expect(asked[0]?.buttons?.map((b) => b.value)).toEqual(['ya', 'tidak']);
    expect(await items(ani.id)).toEqual(['kalung', 'bros', 'benang']);
    expect(textOf(await ani.say('tidak'))).toContain('tidak ada yang dihapus');
    expect(await items(ani.id)).toEqual(['kalung', 'bros', 'benang']);
    await ani.say('hapus semua yang hari ini');
    const done = textOf(await ani.say('ya'));
    expect(done).toContain('🗑️ Dihapus 2 catatan hari ini:');
    expect(done).toContain('Hari ini: jualan Rp0, belanja Rp0');
    expect(await items(ani.id)).toEqual(['kalung']);
  });
});

describe('the number she names picks the field', () => {
  it('"bukan 5rb tapi 8rb" changes the price, "bukan 4 tapi 5" the quantity, "bukan 40rb tapi 45rb" the total; a number found nowhere is asked', async () => {
    const ani = person();
    await ani.say('laku 4 rengginang @5rb');
    const price = textOf(await ani.say('bukan 5rb tapi 8rb'));
    expect(price).toContain('4 rengginang × Rp5.000 = Rp20.000 → 4 rengginang × Rp8.000 = Rp32.000');
    expect((await entries(ani.id)).map((e) => [e.quantity, e.unit_price, e.amount])).toEqual([[4, 8000, 32000]]);
    await ani.say('bukan 4 tapi 5');
    expect((await entries(ani.id)).map((e) => [e.quantity, e.unit_price, e.amount])).toEqual([[5, 8000, 40000]]);
    await ani.say('bukan 40rb tapi 45rb');
    expect((await entries(ani.id)).map((e) => [e.quantity, e.unit_price, e.amount])).toEqual([[5, 9000, 45000]]);
    const asked = textOf(await ani.say('bukan 7rb tapi 9rb'));
    expect(asked).toContain('Angka Rp7.000 tidak ada di catatan ini');
    expect((await entries(ani.id)).map((e) => e.amount)).toEqual([45000]);
  });

  it('"bukan 20rb tapi 25rb" on a Rp20.000 total changes the total', async () => {
    const ani = person();
    await ani.say('laku 4 rengginang 20rb');
    expect(textOf(await ani.say('bukan 20rb tapi 25rb'))).toContain('→ 4 rengginang × Rp6.250 = Rp25.000');
  });
});

describe('sale or expense?', () => {
  it('"bros 15rb" is asked "Jualan atau belanja?" and recorded on a typed answer', async () => {
    const ani = person();
    await ani.say('laku 1 kalung 25rb'); // registered: the question stands alone
    const asked = await ani.say('bros 15rb');
    expect(textOf(asked)).toContain('Ini jualan atau belanja, Bu?');
    expect(asked[0]?.buttons?.map((b) => b.value)).toEqual(['jualan', 'belanja']);
    expect(await items(ani.id)).toEqual(['kalung']);
    const done = textOf(await ani.say('jualan'));
    expect(done).toContain('✅ Jualan bros Rp15.000');
    await ani.say('kerudung 20rb');
    expect(textOf(await ani.say('2'))).toContain('✅ Belanja kerudung Rp20.000');
    expect((await entries(ani.id)).map((e) => [e.kind, e.item])).toEqual([
      ['sale', 'kalung'],
      ['sale', 'bros'],
      ['expense', 'kerudung'],
    ]);
  });
});

describe('on behalf of someone else', () => {
  it('a facilitator naming someone not her member: refused, nothing recorded in anyone’s books', async () => {
    const rina = person('Bu Rina', '700');
    const reply = textOf(await rina.say('tolong catat punya Bu Sumi: laku 3 bros 45rb'));
    expect(reply).toContain('anggota itu tidak ada di kelompok yang Ibu dampingi');
    expect(await entries('700', 'all')).toEqual([]);
    const implicit = textOf(await rina.say('Bu Sumi laku 3 bros 45rb'));
    expect(implicit).toContain('tidak ada di kelompok');
    expect(await entries('700', 'all')).toEqual([]);
  });

  it('a member writing for someone else: not allowed, not in her own books', async () => {
    const sri = person('Sri', '712');
    const reply = textOf(await sri.say('Bu Tin laku 3 bros 45rb'));
    expect(reply).toContain('hanya pendamping atau ketua kelompok yang bisa mencatat untuk Bu Tin');
    expect(textOf(await sri.say('untuk Tin: laku 3 bros 45rb'))).toContain('hanya untuk pendamping');
    expect(await entries('712', 'all')).toEqual([]);
    expect(await entries('711', 'all')).toEqual([]);
    const guessed = textOf(await sri.say('bu tin laku 3 bros 45rb'));
    expect(guessed).toContain('Ini catatan untuk Bu tin?');
    expect(await entries('712', 'all')).toEqual([]);
  });

  it('the ketua records for a member of her group: in the member’s books, the member told', async () => {
    const ketua = person('Bu Ketua', '710');
    const replies = await send(privateMessage('untuk Tin: laku 3 bros 45rb', { chatId: '710', sender: { id: '710', name: 'Bu Ketua' }, messageId: 't-ketua-1' }));
    expect(textOf(replies.filter((r) => r.chatId === '710'))).toContain('✅ Dicatat untuk Bu Tin:');
    expect(replies.find((r) => r.chatId === '711')?.text).toContain('📝 Bu Ketua mencatat untuk Ibu:');
    expect((await entries('711')).map((e) => [e.item, e.amount])).toEqual([['bros', 45000]]);
    expect(await entries('710', 'all')).toEqual([]);
    void ketua;
  });

  it('"Bu Tin laku …" from Tin herself is her own sale', async () => {
    const tin = person('Tin', '711');
    const before = (await entries('711')).length;
    expect(textOf(await tin.say('Bu Tin laku 2 kalung @25rb'))).toContain('✅ Jualan 2 kalung × Rp25.000 = Rp50.000');
    expect(await entries('711')).toHaveLength(before + 1);
  });

  // Issue #15: "Uni, catat punyo Etek: laku 8 bungkuih 80rb" was once her own confident sale of 80.000.
  it('on-behalf said in regional words: asked or refused, never in the writer’s own books', async () => {
    const rina = person('Bu Rina', '700');
    // Someone called only "Etek" (auntie): her name is asked, nothing recorded anywhere.
    const kin = textOf(await rina.say('Uni, catat punyo Etek: laku 8 bungkuih 80rb'));
    expect(kin).toContain('Ini catatan untuk Etek siapa');
    // A name not in her groups: refused.
    expect(textOf(await rina.say('mbak tolong cathet duweke Mbok Sumi: payu 10 pincuk 50rb'))).toContain('tidak ada di kelompok');
    expect(textOf(await rina.say('Bu Sumi kemarin laku 80rb'))).toContain('tidak ada di kelompok');
    expect(await entries('700', 'all')).toEqual([]);
    // A member who may not record for others: not allowed, in nobody's books.
    const sri = person('Sri', '712');
    const tinBefore = (await entries('711', 'all')).length;
    expect(textOf(await sri.say('Teh, catatkeun nu Ceu Tin: laku 3 bros 45rb'))).toContain('hanya untuk pendamping');
    expect(textOf(await sri.say('kanggo Mbok Tin: payu 3 bros 45rb'))).toContain('hanya untuk pendamping');
    expect(await entries('712', 'all')).toEqual([]);
    expect(await entries('711', 'all')).toHaveLength(tinBefore);
    // The ketua may: in Tin's books, not hers.
    const ketua = person('Bu Ketua', '710');
    expect(textOf(await ketua.say('Uni, tolong catat punyo Tin: laku 2 kalung @25rb'))).toContain('✅ Dicatat untuk Bu Tin:');
    expect(await entries('711', 'all')).toHaveLength(tinBefore + 1);
    // … also with the request at the end.
    expect(textOf(await ketua.say('laku 1 bros 15rb, tolong catat buat Tin ya'))).toContain('✅ Dicatat untuk Bu Tin:');
    expect(await entries('711', 'all')).toHaveLength(tinBefore + 2);
    expect(await entries('710', 'all')).toEqual([]);
    // An address in front is her speaking to someone: her own sale.
    expect(textOf(await sri.say('Uni, laku 3 bros 45rb'))).toContain('✅ Jualan');
    expect(await entries('712')).toHaveLength(1);
  });
});
