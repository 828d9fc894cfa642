/**
 * Loan instalments in chat on real Postgres: the bendahara's payment is confirmed at once,
 * a member's is reported and confirmed with one tap, over/under-payments are shown,
 * /cicilan tells where the loan stands, and a redelivered message pays once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import type { InboundMessage } from '../../src/core/messages.ts';
import { addFacilitator, addMember, createGroup } from '../../src/modules/groups/groups.service.ts';
import { createLoan } from '../../src/modules/loans/loans.service.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { privateMessage } from '../helpers/messages.ts';
import { inboundHarness, type InboundHarness } from '../helpers/inbound-harness.ts';

let t: TestDatabase;
const clock = fixedClock('2026-12-05T03:00:00Z');
let h: InboundHarness;
let loanId: number;
let mawarId: number;
let ekaId: number;

beforeAll(async () => {
  t = await createTestDatabase();
  h = inboundHarness(t.db, clock);
  const rina = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: '900', timeZone: 'Asia/Jakarta' });
  const melati = await createGroup(t.db, { name: 'Melati', trades: ['asesoris'], facilitatorId: rina.id, timeZone: 'Asia/Jakarta' });
  const mawar = await createGroup(t.db, { name: 'Mawar', trades: ['kuliner'], facilitatorId: rina.id, timeZone: 'Asia/Jakarta' });
  await addMember(t.db, melati.id, { name: 'Ani', telegramId: '3001', role: 'bendahara', timeZone: 'Asia/Jakarta' }, clock.now());
  await addMember(t.db, melati.id, { name: 'Sri', telegramId: '3002', timeZone: 'Asia/Jakarta' }, clock.now());
  ekaId = (await addMember(t.db, mawar.id, { name: 'Eka', telegramId: '3003', timeZone: 'Asia/Jakarta' }, clock.now())).person.id;
  mawarId = mawar.id;
  const loan = await createLoan(
    t.db,
    { groupId: melati.id },
    { principal: 10_000_000, annualRatePercent: 6, months: 12, method: 'flat', disbursed: '2026-11-05' },
    new Date('2026-11-05T03:00:00Z'),
  );
  loanId = loan.id;
});
afterAll(async () => t?.drop());
const send = (message: InboundMessage) => h.send(message);
const dm = (id: string, text: string) => privateMessage(text, { chatId: id, sender: { id, name: null }, sentAt: '2026-12-05T03:00:00.000Z' });

async function payments() {
  return t.db.selectFrom('loan_payments').select(['id', 'amount', 'status']).where('loan_id', '=', loanId).orderBy('id').execute();
}

describe('paying instalments in chat', () => {
  it('records and confirms the bendahara’s payment, and says what comes next', async () => {
    const message = dm('3001', 'bayar cicilan 883.333');
    const [reply] = await send(message);
    expect(reply?.text.split('\n')).toEqual([
      '✅ Cicilan Rp883.333 dicatat (Melati).',
      'Berikutnya: cicilan ke-2 Rp883.333, batas bayar Selasa, 5 Jan.',
      'Tunggakan: Rp0 · tepat waktu 1 kali berturut-turut',
    ]);
    // The same message delivered again pays nothing more.
    await send({ ...message });
    expect(await payments()).toEqual([{ id: expect.any(Number), amount: 883333, status: 'confirmed' }]);
  });

  it('records a member’s payment as reported and asks the bendahara and facilitator to confirm', async () => {
    const replies = await send(dm('3002', 'setor angsuran 500rb'));
    expect(replies[0]?.text).toBe('📝 Cicilan Rp500.000 (Melati) dicatat, menunggu konfirmasi bendahara atau pendamping.');
    const [payment] = (await payments()).filter((p) => p.status === 'reported');
    expect(payment?.amount).toBe(500000);
    const asks = replies.slice(1);
    expect(asks.map((a) => a.chatId).sort()).toEqual(['3001', '900']);
    expect(asks[0]?.text).toContain('Bu Sri bilang sudah bayar cicilan Rp500.000 untuk kelompok Melati');
    expect(asks[0]?.buttons).toEqual([{ label: '✅ konfirmasi', value: `/konfirmasi ${payment!.id}` }]);

    // Another member cannot confirm it.
    const refused = await send(dm('3003', `/konfirmasi ${payment!.id}`));
    expect(refused.at(-1)?.text).toBe('Maaf, hanya bendahara atau pendamping kelompok yang bisa mengonfirmasi pembayaran. Kalau Ibu sudah bayar, tulis misalnya "bayar cicilan 300rb".');

    // The facilitator confirms with one tap: the shortfall on instalment 2 is shown, Sri is told.
    const confirmed = await send(dm('900', `/konfirmasi ${payment!.id}`));
    expect(confirmed[0]?.text.split('\n')).toEqual([
      '✅ Cicilan Rp500.000 dicatat (Melati).',
      'Cicilan ke-2 masih kurang Rp383.333, batas bayar Selasa, 5 Jan.',
      'Tunggakan: Rp0 · tepat waktu 1 kali berturut-turut',
    ]);
    expect(confirmed[1]).toEqual({ platform: 'telegram', chatId: '3002', notice: true, text: '✅ Cicilan Rp500.000 (Melati) sudah dikonfirmasi. Terima kasih, Bu.' });
    expect((await send(dm('3001', `/konfirmasi ${payment!.id}`)))[0]?.text).toBe('Pembayaran itu sudah dikonfirmasi sebelumnya, Bu. Tidak perlu apa-apa lagi.');
  });

  it('shows an over-payment settling the next instalments', async () => {
    const [reply] = await send(dm('3001', 'bayar cicilan 2jt'));
    // 383.333 finishes instalment 2, 883.333 pays 3, the rest goes to instalment 4.
    expect(reply?.text).toContain('Cicilan ke-4 masih kurang Rp149.999, batas bayar Jumat, 5 Mar.');
  });

  it('shows where the loan stands on /cicilan', async () => {
    const [reply] = await send(dm('3002', '/cicilan'));
    expect(reply?.text.split('\n')).toEqual([
      '💰 Pinjaman Melati: Rp3.383.333 dari Rp10.600.000 sudah dibayar.',
      'Cicilan ke-4 masih kurang Rp149.999, batas bayar Jumat, 5 Mar.',
      'Tunggakan: Rp0 · tepat waktu 3 kali berturut-turut ⭐ layak dapat penghargaan',
    ]);
  });

  it('uses the configured streak for rewards', async () => {
    const [reply] = await h.send(dm('3002', '/cicilan'), { ...h.deps, rewardStreak: 4 });
    expect(reply?.text).toContain('tepat waktu 3 kali berturut-turut');
    expect(reply?.text).not.toContain('⭐');
  });

  it('asks for the amount, and says so when there is no loan', async () => {
    expect((await send(dm('3002', 'sudah bayar cicilan')))[0]?.text).toContain('Berapa yang dibayar');
    expect((await send(dm('3003', 'bayar cicilan 100rb')))[0]?.text).toContain('Belum ada pinjaman yang tercatat');
    expect((await send(dm('3003', '/cicilan')))[0]?.text).toContain('Belum ada pinjaman yang tercatat');
  });
});

describe('a member with a personal loan and her group’s', () => {
  it('is told where each is paid, and pays her personal one in her private chat with "pribadi"', async () => {
    const terms = { principal: 1_200_000, annualRatePercent: 0, months: 12, method: 'flat', disbursed: '2026-11-05' } as const;
    const at = new Date('2026-11-05T03:00:00Z');
    await createLoan(t.db, { groupId: mawarId }, terms, at);
    const personal = await createLoan(t.db, { personId: ekaId }, terms, at);
    const paid = () => t.db.selectFrom('loan_payments').select(['loan_id', 'amount']).where('loan_id', 'in', [personal.id]).execute();

    const [which] = await send(dm('3003', 'bayar cicilan 100rb'));
    expect(which?.text).toBe(
      [
        'Ibu punya beberapa pinjaman. Tulis cicilannya di tempatnya ya, Bu:',
        '• Pinjaman pribadi: di chat ini, misalnya "bayar cicilan pribadi 300rb"',
        '• Pinjaman kelompok Mawar: di grup chat kelompok Mawar',
      ].join('\n'),
    );
    expect(await paid()).toEqual([]);

    const [reply] = await send(dm('3003', 'bayar cicilan pribadi 100rb'));
    expect(reply?.text).toContain('Cicilan Rp100.000');
    expect(reply?.text).not.toContain('Mawar');
    expect(await paid()).toEqual([{ loan_id: personal.id, amount: 100_000 }]);
  });
});
