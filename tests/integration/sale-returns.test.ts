/**
 * Returns and doubtful instalments through the real conversation handler on real Postgres:
 * "retur 1 mukena 90rb" is a sale with a negative amount that lowers the day's sales, the
 * recap, the /catatan list and the export (named as a return each time); undo, corrections
 * and remembered prices treat it right; the database refuses a negative amount of any other
 * kind. A repayment read with doubt is asked first and recorded only on "ya".
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import type { InboundMessage } from '../../src/core/messages.ts';
import { exportGroup } from '../../src/modules/exports/exports.service.ts';
import { addFacilitator, addMember, createGroup } from '../../src/modules/groups/groups.service.ts';
import { createLoan } from '../../src/modules/loans/loans.service.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { privateMessage } from '../helpers/messages.ts';
import { inboundHarness, type InboundHarness } from '../helpers/inbound-harness.ts';

let t: TestDatabase;
const clock = fixedClock('2026-12-05T03:00:00Z');
let h: InboundHarness;
let groupId: number;
let loanId: number;
let dir: string;

beforeAll(async () => {
  t = await createTestDatabase();
  h = inboundHarness(t.db, clock);
  const rina = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: '900', timeZone: 'Asia/Jakarta' });
  const melati = await createGroup(t.db, { name: 'Melati', trades: ['jahit'], facilitatorId: rina.id, timeZone: 'Asia/Jakarta' });
  groupId = melati.id;
  for (const [name, id] of [['Ani', '4001'], ['Sri', '4002'], ['Eka', '4003'], ['Tin', '4004']] as const) {
    await addMember(t.db, melati.id, { name, telegramId: id, timeZone: 'Asia/Jakarta', ...(name === 'Tin' ? { role: 'bendahara' } : {}) }, clock.now());
  }
  const loan = await createLoan(
    t.db,
    { groupId: melati.id },
    { principal: 10_000_000, annualRatePercent: 6, months: 12, method: 'flat', disbursed: '2026-11-05' },
    new Date('2026-11-05T03:00:00Z'),
  );
  loanId = loan.id;
  dir = await mkdtemp(path.join(os.tmpdir(), 'dampingi-returns-'));
});
afterAll(async () => {
  await t?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});
const send = (message: InboundMessage) => h.send(message);
const say = async (id: string, text: string) => (await send(privateMessage(text, { chatId: id, sender: { id, name: null }, sentAt: '2026-12-05T03:00:00.000Z' })))[0];

async function entriesOf(externalId: string, active = true) {
  let q = t.db
    .selectFrom('ledger_entries')
    .innerJoin('identities', 'identities.person_id', 'ledger_entries.person_id')
    .select(['ledger_entries.kind', 'ledger_entries.amount', 'ledger_entries.item', 'ledger_entries.quantity', 'ledger_entries.unit_price', 'ledger_entries.person_id'])
    .where('identities.external_id', '=', externalId);
  if (active) q = q.where('voided_at', 'is', null);
  return q.orderBy('ledger_entries.id').execute();
}

describe('a return lowers her sales', () => {
  it('records "retur 1 mukena 90rb" as a negative sale, nets the day, the recap, /catatan and the export', async () => {
    await say('4001', 'laku 3 mukena @90rb');
    const recorded = await say('4001', 'retur 1 mukena 90rb');
    expect(recorded?.text.split('\n')).toEqual([
      '↩️ Retur 1 mukena Rp90.000 (mengurangi jualan)',
      'Hari ini: jualan Rp180.000, belanja Rp0',
      'Salah? Ketik "batal".',
    ]);
    expect((await entriesOf('4001')).map((e) => [e.kind, e.amount, e.item, Number(e.quantity)])).toEqual([
      ['sale', 270000, 'mukena', 3],
      ['sale', -90000, 'mukena', 1],
    ]);

    const recap = await say('4001', 'rekap');
    expect(recap?.text).toContain('Jualan: Rp180.000');
    expect(recap?.text).toContain('↩️ Retur: Rp90.000 (sudah dikurangi dari jualan)');
    expect(recap?.text).toContain('Terlaris: mukena Rp180.000');

    const list = await say('4001', '/catatan');
    expect(list?.text).toContain('1. Hari ini · Retur 1 mukena Rp90.000 (mengurangi jualan)');
    expect(list?.text).toContain('2. Hari ini · Jualan 3 mukena × Rp90.000 = Rp270.000');

    const file = path.join(dir, 'melati.csv');
    const summary = await exportGroup(t.db, { groupId, range: { from: '2026-12-01', to: '2026-12-05' }, format: 'csv', file, madeAt: new Date('2026-12-05T10:00:00Z') });
    const rows = (await readFile(file, 'utf8')).split(/\r?\n/).filter((l) => l.includes('Ani'));
    expect(rows.some((r) => r.includes('Retur (mengurangi jualan)') && r.includes('mukena') && r.includes('-90000'))).toBe(true);
    expect(rows.some((r) => r.includes('Jualan') && r.includes('270000'))).toBe(true);
    expect(summary.totals.sales).toBe(180000);
  });

  it('undo takes a return back, and the day’s sales rise again', async () => {
    await say('4002', 'laku 4 bros @15rb');
    await say('4002', 'barang kembali 2 bros @15rb');
    expect((await entriesOf('4002')).map((e) => e.amount)).toEqual([60000, -30000]);
    const undone = await say('4002', 'batal');
    expect(undone?.text).toContain('↩️ Dibatalkan: Retur 2 bros × Rp15.000 = Rp30.000 (mengurangi jualan)');
    expect(undone?.text).toContain('Hari ini: jualan Rp60.000');
    expect((await entriesOf('4002')).map((e) => e.amount)).toEqual([60000]);
  });

  it('a correction of a return keeps it a return; a return is never a remembered price', async () => {
    await say('4003', 'laku 2 kerudung @40rb');
    await say('4003', 'dikembalikan pembeli 1 kerudung 50rb');
    const corrected = await say('4003', 'ralat 45rb');
    expect(corrected?.text.split('\n')).toEqual([
      '✏️ Diubah: Retur 1 kerudung Rp50.000 (mengurangi jualan) → Retur 1 kerudung × Rp45.000 = Rp45.000 (mengurangi jualan)',
      'Hari ini: jualan Rp35.000, belanja Rp0',
    ]);
    expect((await entriesOf('4003')).map((e) => [e.amount, e.unit_price === null ? null : Number(e.unit_price)])).toEqual([
      [80000, 40000],
      [-45000, 45000],
    ]);
    // "laku 1 kerudung" with no price: her last SALE price (Rp40.000), never the return's.
    const asked = await say('4003', 'laku 1 kerudung');
    expect(asked?.text).toContain('Pakai harga terakhir Ibu?');
    expect(asked?.text).toContain('1 kerudung × Rp40.000 = Rp40.000');
  });

  it('a return with no amount records nothing and asks for it; the database refuses a negative expense', async () => {
    const reply = await say('4003', 'retur 1 mukena');
    expect(reply?.text).toContain('retur 1 mukena 90rb');
    const [first] = await entriesOf('4003');
    await expect(
      t.db
        .insertInto('ledger_entries')
        .values({ person_id: first!.person_id, kind: 'expense', amount: -5000, business_date: '2026-12-05', raw_text: 'x' })
        .execute(),
    ).rejects.toThrow(/ledger_entries_amount_check/);
  });
});

describe('a return written by her facilitator', () => {
  it('is recorded for her as a return, and she is told', async () => {
    const replies = await send(privateMessage('catat untuk Eka: retur 1 gamis 120rb', { chatId: '900', sender: { id: '900', name: 'Bu Rina' }, sentAt: '2026-12-05T03:00:00.000Z' }));
    expect(replies[0]?.text).toContain('Retur 1 gamis Rp120.000 (mengurangi jualan)');
    expect(replies.find((r) => r.chatId === '4003')?.text).toContain('Retur 1 gamis Rp120.000 (mengurangi jualan)');
    expect((await entriesOf('4003')).at(-1)).toMatchObject({ kind: 'sale', amount: -120000, item: 'gamis' });
  });
});

describe('a repayment read with doubt', () => {
  const payments = () => t.db.selectFrom('loan_payments').select(['amount', 'status']).where('loan_id', '=', loanId).orderBy('id').execute();

  it('is asked first and recorded only on "ya"', async () => {
    const asked = await say('4004', 'bayar cicilan 300rb?');
    expect(asked?.text).toContain('Maksud Ibu sudah bayar cicilan pinjaman Rp300.000?');
    expect(asked?.buttons).toEqual([
      { label: '✅ ya', value: 'ya' },
      { label: '❌ tidak', value: 'tidak' },
    ]);
    expect(await payments()).toEqual([]);

    const declined = await say('4004', 'tidak');
    expect(declined?.text).toContain('cicilannya tidak dicatat');
    expect(await payments()).toEqual([]);

    await say('4004', 'bayar cicilan 300rb?');
    const yes = await say('4004', 'ya');
    expect(yes?.text).toContain('Cicilan Rp300.000 dicatat (Melati)');
    expect(await payments()).toEqual([{ amount: 300000, status: 'confirmed' }]);
  });

  it('a clear repayment is still recorded at once', async () => {
    const reply = await say('4004', 'bayar cicilan 200rb');
    expect(reply?.text).toContain('Cicilan Rp200.000 dicatat (Melati)');
    expect((await payments()).map((p) => p.amount)).toEqual([300000, 200000]);
  });
});
