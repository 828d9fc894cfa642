/**
 * The books never drift from orders and credit sales. Through the conversation
 * handler on real Postgres: "batal" on a down payment, "hapus N" on an order payment, a
 * correction of a credit sale and of a down payment, the kind refusals (nothing written),
 * a new unit price ("ralat @15rb"), and a payment spread over several open orders.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { InboundMessage, OutboundMessage } from '../../src/core/messages.ts';
import { processInbound, type InboundDeps } from '../../src/jobs/inbound.processor.ts';
import { findOutbound, markSent, type OutboxItem } from '../../src/modules/outbox/outbox.repository.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { privateMessage } from '../helpers/messages.ts';

let t: TestDatabase;
/** Tuesday 1 December 2026, 10:00 WIB. */
const clock = fixedClock('2026-12-01T03:00:00Z');
const dispatched: OutboxItem[] = [];
let deps: InboundDeps;
let platformIds = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  deps = { db: t.db, clock, defaultTimeZone: 'Asia/Jakarta', log: silentLogger(), dispatch: async (items) => void dispatched.push(...items) };
});
afterAll(async () => t?.drop());

interface Sent extends OutboundMessage {
  platformMessageId: string;
}

async function send(message: InboundMessage): Promise<Sent[]> {
  const before = dispatched.length;
  await processInbound(deps, message);
  const sent: Sent[] = [];
  for (const item of dispatched.slice(before)) {
    platformIds += 1;
    const platformMessageId = String(900000 + platformIds);
    await markSent(t.db, item.idempotencyKey, platformMessageId, clock.now());
    sent.push({ ...(await findOutbound(t.db, item.idempotencyKey))!.payload, platformMessageId });
  }
  return sent;
}

let counter = 0;
let seq = 0;
/** A new member (self-registered by her first message) with her own books. */
function member(name = 'Ani') {
  counter += 1;
  const id = String(9100 + counter);
  return {
    id,
    say: async (text: string, over: Partial<InboundMessage> = {}) => {
      seq += 1;
      const replies = await send(privateMessage(text, { chatId: id, sender: { id, name }, messageId: `l-${seq}`, ...over }));
      return { text: replies.map((r) => r.text).join('\n'), replies };
    },
  };
}

async function personOf(externalId: string): Promise<number> {
  const row = await t.db.selectFrom('identities').select('person_id').where('external_id', '=', externalId).executeTakeFirstOrThrow();
  return row.person_id;
}

async function active(externalId: string) {
  return t.db
    .selectFrom('ledger_entries')
    .select(['id', 'kind', 'amount', 'quantity', 'unit_price'])
    .where('person_id', '=', await personOf(externalId))
    .where('voided_at', 'is', null)
    .orderBy('id')
    .execute();
}

async function ordersOf(externalId: string) {
  return t.db
    .selectFrom('orders')
    .select(['id', 'item', 'total', 'paid', 'status'])
    .where('person_id', '=', await personOf(externalId))
    .orderBy('id')
    .execute();
}

async function paymentsOf(orderId: number) {
  return t.db.selectFrom('order_payments').select(['amount', 'ledger_entry_id', 'down_payment']).where('order_id', '=', orderId).orderBy('id').execute();
}

async function receivablesOf(externalId: string) {
  return t.db
    .selectFrom('receivables')
    .select(['amount', 'paid', 'status', 'ledger_entry_id'])
    .where('person_id', '=', await personOf(externalId))
    .orderBy('id')
    .execute();
}

/** Everything that must hold after any message: the books and the orders/credit agree. */
async function expectConsistent(externalId: string) {
  const entries = await active(externalId);
  const activeIds = new Set(entries.map((e) => e.id));
  for (const o of await ordersOf(externalId)) {
    const payments = await paymentsOf(o.id);
    expect(payments.every((p) => p.ledger_entry_id !== null && activeIds.has(p.ledger_entry_id))).toBe(true);
    expect(o.paid).toBe(payments.reduce((sum, p) => sum + p.amount, 0));
    if (o.status !== 'cancelled') expect(o.status).toBe(o.paid >= o.total ? 'paid' : 'open');
  }
  for (const r of await receivablesOf(externalId)) {
    if (r.status === 'cancelled') continue;
    expect(r.paid).toBeLessThanOrEqual(r.amount);
    const sale = entries.find((e) => e.id === r.ledger_entry_id);
    expect(sale?.amount).toBe(r.amount);
  }
}

describe('voiding an order payment', () => {
  it('"batal" right after an order with a down payment takes the order back too', async () => {
    const ani = member();
    await ani.say('pesanan 10 kerudung bordir @85rb dari Bu Sri, DP 425rb, selesai 15 Des');
    const reply = await ani.say('batal');
    expect(reply.text).toContain('↩️ Dibatalkan:');
    expect(reply.text).toContain('↩️ Pesanan 10 kerudung bordir dari Bu Sri ikut dibatalkan, karena DP-nya dibatalkan.');
    expect(await active(ani.id)).toEqual([]);
    const [order] = await ordersOf(ani.id);
    expect(order).toMatchObject({ paid: 0, status: 'cancelled' });
    expect(await paymentsOf(order!.id)).toEqual([]);
    expect((await ani.say('/pesanan')).text).toContain('Tidak ada pesanan yang belum lunas');
    await expectConsistent(ani.id);
  });

  it('"batal" on the payment that settled an order opens it again with the balance', async () => {
    const ani = member();
    await ani.say('pesanan 10 kerudung @85rb dari Bu Sri, DP 425rb');
    await ani.say('pesanan Bu Sri lunas');
    expect((await ordersOf(ani.id))[0]).toMatchObject({ paid: 850_000, status: 'paid' });
    const reply = await ani.say('batal');
    expect(reply.text).toContain('↩️ Pembayaran Rp425.000 untuk pesanan 10 kerudung dari Bu Sri ikut dibatalkan — dibayar Rp425.000 · sisa Rp425.000.');
    expect((await ordersOf(ani.id))[0]).toMatchObject({ paid: 425_000, status: 'open' });
    await expectConsistent(ani.id);
  });

  it('"hapus N" on a part payment takes it off the order, the down payment stays', async () => {
    const ani = member();
    await ani.say('pesanan 10 kerudung @85rb dari Bu Sri, DP 425rb');
    await ani.say('Bu Sri bayar 200rb');
    await ani.say('beli benang 20rb');
    const list = await ani.say('/catatan');
    expect(list.text).toContain('2. ');
    const reply = await ani.say('hapus 2');
    expect(reply.text).toContain('🗑️ Dihapus:');
    expect(reply.text).toContain('Pembayaran Rp200.000 untuk pesanan 10 kerudung dari Bu Sri ikut dibatalkan — dibayar Rp425.000 · sisa Rp425.000.');
    const [order] = await ordersOf(ani.id);
    expect(order).toMatchObject({ paid: 425_000, status: 'open' });
    expect(await paymentsOf(order!.id)).toEqual([expect.objectContaining({ amount: 425_000, down_payment: true })]);
    expect((await active(ani.id)).map((e) => e.amount)).toEqual([425_000, 20_000]);
    // The down payment with a later payment still on the order: only the DP goes, the order stays.
    await ani.say('Bu Sri bayar 100rb');
    const again = await ani.say('hapus 3');
    expect(again.text).toContain('Pembayaran Rp425.000 untuk pesanan 10 kerudung dari Bu Sri ikut dibatalkan — dibayar Rp100.000 · sisa Rp750.000.');
    expect((await ordersOf(ani.id))[0]).toMatchObject({ paid: 100_000, status: 'open' });
    await expectConsistent(ani.id);
  });
});

describe('correcting an order payment', () => {
  it('"ralat" on a down payment changes what the order has been paid; more than it costs is refused', async () => {
    const ani = member();
    await ani.say('pesanan 10 kerudung @85rb dari Bu Sri, DP 425rb');
    const reply = await ani.say('ralat 400rb');
    expect(reply.text).toContain('✏️ Diubah:');
    expect(reply.text).toContain('✏️ Pembayaran pesanan 10 kerudung dari Bu Sri: Rp425.000 → Rp400.000 · dibayar Rp400.000 · sisa Rp450.000.');
    const [order] = await ordersOf(ani.id);
    expect(order).toMatchObject({ paid: 400_000, status: 'open' });
    expect(await paymentsOf(order!.id)).toEqual([expect.objectContaining({ amount: 400_000, down_payment: true })]);

    const before = await active(ani.id);
    const refused = await ani.say('ralat 900rb');
    expect(refused.text).toContain('Rp900.000 lebih dari yang bisa dibayar untuk pesanan Bu Sri (paling banyak Rp850.000). Belum saya ubah');
    expect(await active(ani.id)).toEqual(before);
    expect((await ordersOf(ani.id))[0]).toMatchObject({ paid: 400_000 });
    // Into an expense: refused, nothing written.
    const shape = await ani.say('ralat: beli benang 50rb');
    expect(shape.text).toContain('Catatan itu pembayaran atau utang Bu Sri');
    expect(await active(ani.id)).toEqual(before);
    // A quantity is about the order, not its payment: the payment has no 10 in it — asked, nothing written.
    const quantity = await ani.say('bukan 10 tapi 8');
    expect(quantity.text).toContain('Angka 10 tidak ada di catatan ini');
    expect(await active(ani.id)).toEqual(before);
    await expectConsistent(ani.id);
  });
});

describe('credit sales', () => {
  it('a correction changes what the customer owes; "batal" with nothing collected cancels it', async () => {
    const tuti = member('Tuti');
    await tuti.say('laku 3 kerudung @90rb, belum bayar Bu Tin');
    const reply = await tuti.say('ralat 300rb');
    expect(reply.text).toContain('✏️ Utang Bu Tin dari jualan ini: Rp270.000 → Rp300.000 · sisa Rp300.000.');
    expect(await receivablesOf(tuti.id)).toEqual([expect.objectContaining({ amount: 300_000, paid: 0, status: 'open' })]);
    await expectConsistent(tuti.id);

    const undone = await tuti.say('batal');
    expect(undone.text).toContain('↩️ Utang Bu Tin Rp300.000 dari jualan ini ikut dihapus.');
    expect(await receivablesOf(tuti.id)).toEqual([expect.objectContaining({ status: 'cancelled' })]);
    expect(await active(tuti.id)).toEqual([]);
    expect((await tuti.say('/piutang')).text).not.toContain('Bu Tin');
  });

  it('refuses kindly to void or shrink a credit sale the customer has paid part of; a correction above it is fine', async () => {
    const tuti = member('Tuti');
    await tuti.say('laku 3 kerudung @90rb, belum bayar Bu Tin');
    await tuti.say('Bu Tin bayar 100rb');
    const before = await active(tuti.id);

    const undo = await tuti.say('batal');
    expect(undo.text).toContain('Bu Tin sudah membayar Rp100.000 dari Rp270.000');
    expect(await active(tuti.id)).toEqual(before);
    expect(await receivablesOf(tuti.id)).toEqual([expect.objectContaining({ amount: 270_000, paid: 100_000, status: 'open' })]);

    await tuti.say('/catatan');
    const hapus = await tuti.say('hapus 1');
    expect(hapus.text).toContain('Bu Tin sudah membayar Rp');
    expect(await active(tuti.id)).toEqual(before);

    const shrink = await tuti.say('ralat 80rb');
    expect(shrink.text).toContain('Bu Tin sudah membayar Rp100.000 untuk jualan ini, jadi jumlahnya tidak bisa Rp80.000.');
    expect(await active(tuti.id)).toEqual(before);

    const ok = await tuti.say('bukan 3 tapi 2');
    expect(ok.text).toContain('✏️ Utang Bu Tin dari jualan ini: Rp270.000 → Rp180.000 · sisa Rp80.000.');
    expect(await receivablesOf(tuti.id)).toEqual([expect.objectContaining({ amount: 180_000, paid: 100_000, status: 'open' })]);
    await expectConsistent(tuti.id);

    // Down to exactly what was collected: the credit is settled.
    const settled = await tuti.say('ralat 100rb');
    expect(settled.text).toContain('Rp180.000 → Rp100.000 — sudah lunas 🎉');
    expect(await receivablesOf(tuti.id)).toEqual([expect.objectContaining({ amount: 100_000, paid: 100_000, status: 'paid' })]);
    await expectConsistent(tuti.id);
  });

  it('an edit of the credit sale message carries the new amount to the receivable', async () => {
    const tuti = member('Tuti');
    seq += 1;
    const original = privateMessage('laku 3 kerudung @90rb, belum bayar Bu Tin', { chatId: tuti.id, sender: { id: tuti.id, name: 'Tuti' }, messageId: `l-${seq}` });
    await send(original);
    const replies = await send({ ...original, text: 'laku 4 kerudung @90rb, belum bayar Bu Tin', editedAt: '2026-12-01T03:05:00.000Z' });
    expect(replies.map((r) => r.text).join('\n')).toContain('Utang Bu Tin dari jualan ini: Rp270.000 → Rp360.000');
    expect(await receivablesOf(tuti.id)).toEqual([expect.objectContaining({ amount: 360_000, status: 'open' })]);
    await expectConsistent(tuti.id);
  });
});

describe('a new unit price', () => {
  it('"ralat @15rb" and "salah harga, harusnya 15rb per biji" multiply the quantity', async () => {
    const ani = member();
    await ani.say('laku 10 bros @12rb');
    const reply = await ani.say('ralat @15rb');
    expect(reply.text).toContain('✏️ Diubah: 10 bros × Rp12.000 = Rp120.000 → 10 bros × Rp15.000 = Rp150.000');
    expect(await active(ani.id)).toEqual([expect.objectContaining({ amount: 150_000, quantity: 10, unit_price: 15_000 })]);

    const [confirmation] = (await ani.say('laku 4 gelang @20rb')).replies;
    const byReply = await ani.say('salah harga, harusnya 25rb per biji', { quotedMessageId: confirmation!.platformMessageId });
    expect(byReply.text).toContain('4 gelang × Rp20.000 = Rp80.000 → 4 gelang × Rp25.000 = Rp100.000');
  });

  it('without a quantity it explains how to correct', async () => {
    const ani = member();
    await ani.say('beli benang 20rb');
    const reply = await ani.say('ralat @15rb');
    expect(reply.text).toContain('Tulis ralatnya');
    expect(await active(ani.id)).toEqual([expect.objectContaining({ amount: 20_000 })]);
  });

  it('on a credit sale the receivable follows', async () => {
    const tuti = member('Tuti');
    await tuti.say('laku 3 kerudung @90rb, belum bayar Bu Tin');
    const reply = await tuti.say('ralat @95rb');
    expect(reply.text).toContain('Utang Bu Tin dari jualan ini: Rp270.000 → Rp285.000');
    await expectConsistent(tuti.id);
  });
});

describe('a payment over several open orders', () => {
  it('is spread oldest first and the reply says which orders it went to', async () => {
    const ani = member();
    clock.set('2026-12-01T03:00:00Z');
    await ani.say('pesanan 10 kerudung @85rb dari Bu Sri, DP 425rb');
    clock.set('2026-12-02T03:00:00Z');
    await ani.say('pesanan 5 mukena @100rb dari Bu Sri, DP 100rb');
    clock.set('2026-12-03T03:00:00Z');
    await ani.say('pesanan 2 sajadah @50rb dari Bu Sri');
    const reply = await ani.say('Bu Sri bayar 500rb');
    expect(reply.text.split('\n')).toEqual([
      '✅ Bu Sri bayar Rp500.000 untuk pesanan — dicatat sebagai jualan.',
      'Dibayarkan ke pesanan yang paling lama dulu:',
      '• 10 kerudung: +Rp425.000 → dibayar Rp850.000 · lunas ✅',
      '• 5 mukena: +Rp75.000 → dibayar Rp175.000 · sisa Rp325.000',
      '• 2 sajadah: belum dibayar sekarang · sisa Rp100.000',
    ]);
    await expectConsistent(ani.id);
    // "hapus" of that payment takes it off both orders.
    const undo = await ani.say('batal');
    expect(undo.text).toContain('Pembayaran Rp425.000 untuk pesanan 10 kerudung dari Bu Sri ikut dibatalkan');
    expect(undo.text).toContain('Pembayaran Rp75.000 untuk pesanan 5 mukena dari Bu Sri ikut dibatalkan');
    expect((await ordersOf(ani.id)).map((o) => [o.paid, o.status])).toEqual([
      [425_000, 'open'],
      [100_000, 'open'],
      [0, 'open'],
    ]);
    await expectConsistent(ani.id);
    const lunas = await ani.say('pesanan Bu Sri lunas');
    expect(lunas.text).toContain('🎉 Semua pesanan lunas!');
    await expectConsistent(ani.id);
    clock.set('2026-12-01T03:00:00Z');
  });
});
