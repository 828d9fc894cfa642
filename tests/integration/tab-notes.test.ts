/**
 * Her own debts at a shop or supplier, through the real conversation handler on real Postgres: goods
 * she has just taken on credit ("beli kain 500rb, ngutang ke toko", "ambil barang 300rb di toko bu Ani
 * belum bayar") are asked with their own question (goods_on_credit), a tab paid off ("bayar bon ke sales
 * 50rb") with its own (own_debt); each shows the draft, and "ya" records the draft shown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { addFacilitator, addMember, createGroup } from '../../src/modules/groups/groups.service.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { privateMessage } from '../helpers/messages.ts';
import { inboundHarness, type InboundHarness } from '../helpers/inbound-harness.ts';

let t: TestDatabase;
/** Saturday 5 December 2026, 10:00 WIB. */
const clock = fixedClock('2026-12-05T03:00:00Z');
let h: InboundHarness;
const ids: Record<string, number> = {};

const RINA = '8200';
const ANI = '8201';
const TUTI = '8202';
const SARI = '8203';

beforeAll(async () => {
  t = await createTestDatabase();
  h = inboundHarness(t.db, clock);
  const at = clock.now();
  const rina = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: RINA, timeZone: 'Asia/Jakarta' });
  const melati = await createGroup(t.db, { name: 'Melati', trades: ['jahit'], facilitatorId: rina.id, timeZone: 'Asia/Jakarta' });
  ids.ani = (await addMember(t.db, melati.id, { name: 'Ani', telegramId: ANI, timeZone: 'Asia/Jakarta' }, at)).person.id;
  ids.tuti = (await addMember(t.db, melati.id, { name: 'Tuti', telegramId: TUTI, timeZone: 'Asia/Jakarta' }, at)).person.id;
  ids.sari = (await addMember(t.db, melati.id, { name: 'Sari', telegramId: SARI, timeZone: 'Asia/Jakarta' }, at)).person.id;
});
afterAll(async () => t?.drop());

async function say(id: string, text: string): Promise<string> {
  const out = await h.send(privateMessage(text, { chatId: id, sender: { id, name: null }, sentAt: clock.now().toISOString() }));
  return out.filter((m) => m.chatId === id).map((m) => m.text).join('\n---\n');
}

async function entriesOf(personId: number) {
  return t.db
    .selectFrom('ledger_entries')
    .select(['kind', 'amount', 'item'])
    .where('person_id', '=', personId)
    .where('voided_at', 'is', null)
    .orderBy('id')
    .execute();
}

describe('goods taken on credit', () => {
  it('asks its own question over the draft, and "ya" records the purchase', async () => {
    const asked = await say(ANI, 'beli kain 500rb, ngutang ke toko');
    expect(asked).toBe([
      'Belanja ini belum dibayar, masih utang, Bu Ani. Dicatat sebagai belanja sekarang? Saya baca begini:',
      '• Belanja kain Rp500.000',
      'Balas "ya" untuk dicatat, atau "tidak".',
    ].join('\n'));
    expect(await entriesOf(ids.ani!)).toEqual([]);
    expect(await say(ANI, 'ya')).toContain('Rp500.000');
    expect(await entriesOf(ids.ani!)).toEqual([{ kind: 'expense', amount: 500000, item: 'kain' }]);
  });

  it('goods taken at someone else’s shop, not paid yet: the same question (before "has it happened?"), and "ya" records it', async () => {
    const asked = await say(TUTI, 'ambil barang 300rb di toko bu Ani belum bayar');
    expect(asked.split('\n')[0]).toBe('Belanja ini belum dibayar, masih utang, Bu Tuti. Dicatat sebagai belanja sekarang? Saya baca begini:');
    expect(asked).toContain('• Belanja barang Rp300.000');
    await say(TUTI, 'ya');
    expect(await entriesOf(ids.tuti!)).toEqual([{ kind: 'expense', amount: 300000, item: 'barang' }]);
  });
});

describe('a tab paid off', () => {
  it('asks whether the goods were recorded when taken, and "ya" records the draft', async () => {
    const asked = await say(SARI, 'bayar bon ke sales 50rb');
    expect(asked.split('\n')[0]).toBe(
      'Ini utang belanja Ibu ke toko atau pemasok, Bu Sari. Kalau barangnya belum dicatat waktu diambil, dicatat sebagai belanja sekarang?',
    );
    expect(asked).toContain('Balas "ya" untuk dicatat, atau "tidak".');
    await say(SARI, 'ya');
    expect(await entriesOf(ids.sari!)).toEqual([{ kind: 'expense', amount: 50000, item: expect.anything() }]);
  });
});
