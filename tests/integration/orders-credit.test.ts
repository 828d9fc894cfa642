/**
 * Orders, credit sales, entries on a member's behalf and voice notes through the
 * conversation handler on real Postgres: an order from its down payment to paid, a credit
 * sale settled in two payments (its sale counted once in the recap), a facilitator's entry
 * for her member and one refused outside her groups, a voice note forwarded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { InboundMessage, OutboundMessage } from '../../src/core/messages.ts';
import { processInbound, type InboundDeps } from '../../src/jobs/inbound.processor.ts';
import { addFacilitator, addMember, createGroup } from '../../src/modules/groups/groups.service.ts';
import { findOutbound, type OutboxItem } from '../../src/modules/outbox/outbox.repository.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { privateMessage } from '../helpers/messages.ts';

let t: TestDatabase;
/** Tuesday 1 December 2026, 10:00 WIB. */
const clock = fixedClock('2026-12-01T03:00:00Z');
const dispatched: OutboxItem[] = [];
let deps: InboundDeps;
const ids: Record<string, number> = {};

const RINA = '7100';
const ANI = '7101';
const TUTI = '7102';
const DEWI = '7201';
const SARI = '7103';
const YUNI = '7104';

beforeAll(async () => {
  t = await createTestDatabase();
  deps = { db: t.db, clock, defaultTimeZone: 'Asia/Jakarta', log: silentLogger(), dispatch: async (items) => void dispatched.push(...items) };
  const at = clock.now();
  const rina = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: RINA, timeZone: 'Asia/Jakarta' });
  const wati = await addFacilitator(t.db, { name: 'Bu Wati', telegramId: '7200', timeZone: 'Asia/Jakarta' });
  ids.rina = rina.person.id;
  const melati = await createGroup(t.db, { name: 'Melati', trades: ['asesoris'], facilitatorId: rina.id, timeZone: 'Asia/Jakarta' });
  const kenanga = await createGroup(t.db, { name: 'Kenanga', trades: ['asesoris'], facilitatorId: wati.id, timeZone: 'Asia/Jakarta' });
  ids.ani = (await addMember(t.db, melati.id, { name: 'Ani Lestari', telegramId: ANI, timeZone: 'Asia/Jakarta' }, at)).person.id;
  ids.tuti = (await addMember(t.db, melati.id, { name: 'Tuti', telegramId: TUTI, timeZone: 'Asia/Jakarta' }, at)).person.id;
  ids.dewi = (await addMember(t.db, kenanga.id, { name: 'Dewi', telegramId: DEWI, timeZone: 'Asia/Jakarta' }, at)).person.id;
  ids.yuni = (await addMember(t.db, melati.id, { name: 'Yuni', telegramId: YUNI, timeZone: 'Asia/Jakarta' }, at)).person.id;
  ids.gita = (await addMember(t.db, melati.id, { name: 'Gita', phone: '+6281200000009', timeZone: 'Asia/Jakarta' }, at)).person.id;
});
afterAll(async () => t?.drop());

function from(id: string, name: string, text: string, over: Partial<InboundMessage> = {}): InboundMessage {
  return privateMessage(text, { chatId: id, sender: { id, name }, sentAt: clock.now().toISOString(), ...over });
}

/** Everything the message sent, in order: replies and notices to others. */
async function send(message: InboundMessage): Promise<OutboundMessage[]> {
  const before = dispatched.length;
  await processInbound(deps, message);
  const rows = await Promise.all(dispatched.slice(before).map((i) => findOutbound(t.db, i.idempotencyKey)));
  return rows.map((r) => r!.payload);
}

async function say(id: string, name: string, text: string, over: Partial<InboundMessage> = {}): Promise<string> {
  const out = await send(from(id, name, text, over));
  return out.filter((m) => m.chatId === id).map((m) => m.text).join('\n---\n');
}

async function entriesOf(personId: number) {
  return t.db
    .selectFrom('ledger_entries')
    .select(['id', 'kind', 'amount', 'item', 'business_date', 'entered_by_person_id'])
    .where('person_id', '=', personId)
    .where('voided_at', 'is', null)
    .orderBy('id')
    .execute();
}

describe('an order from down payment to paid', () => {
  it('takes the order and records the down payment as a sale that day', async () => {
    clock.set('2026-12-01T03:00:00Z');
    const reply = await say(ANI, 'Ani', 'pesanan 10 kerudung bordir @85rb dari Bu Sri, DP 425rb, selesai 15 Des');
    expect(reply).toContain('📝 Pesanan 10 kerudung bordir dari Bu Sri dicatat, selesai Selasa, 15 Des.');
    expect(reply).toContain('Total Rp850.000 · dibayar Rp425.000 · sisa Rp425.000');
    const entries = await entriesOf(ids.ani!);
    expect(entries).toEqual([expect.objectContaining({ kind: 'sale', amount: 425_000, item: 'kerudung bordir', business_date: '2026-12-01' })]);
    const order = await t.db.selectFrom('orders').selectAll().where('person_id', '=', ids.ani!).executeTakeFirstOrThrow();
    expect(order).toMatchObject({ customer: 'Bu Sri', total: 850_000, paid: 425_000, due_date: '2026-12-15', status: 'open' });
    const payments = await t.db.selectFrom('order_payments').selectAll().where('order_id', '=', order.id).execute();
    expect(payments).toEqual([expect.objectContaining({ amount: 425_000, ledger_entry_id: entries[0]!.id, down_payment: true, business_date: '2026-12-01' })]);
  });

  it('records a part payment as a sale on the day it comes, and shows the balance', async () => {
    clock.set('2026-12-03T03:00:00Z');
    const reply = await say(ANI, 'Ani', 'Bu Sri bayar 200rb');
    expect(reply).toContain('✅ Bu Sri bayar Rp200.000 untuk pesanan');
    expect(reply).toContain('Total Rp850.000 · dibayar Rp625.000 · sisa Rp225.000');
    expect((await entriesOf(ids.ani!)).at(-1)).toMatchObject({ kind: 'sale', amount: 200_000, business_date: '2026-12-03' });
  });

  it('refuses more than is owed, and writes nothing', async () => {
    const before = await entriesOf(ids.ani!);
    const reply = await say(ANI, 'Ani', 'bu sri bayar 500rb');
    expect(reply).toContain('lebih dari yang masih kurang: Bu Sri tinggal Rp225.000');
    expect(await entriesOf(ids.ani!)).toEqual(before);
    expect((await t.db.selectFrom('order_payments').select('id').execute()).length).toBe(2);
  });

  it('lists open orders with their balance and due date', async () => {
    const reply = await say(ANI, 'Ani', '/pesanan');
    expect(reply).toContain('📋 Pesanan belum lunas (1):');
    expect(reply).toContain('• Bu Sri — 10 kerudung bordir: sisa Rp225.000, selesai Selasa, 15 Des');
  });

  it('"lunas" pays the rest and closes the order', async () => {
    clock.set('2026-12-14T03:00:00Z');
    const reply = await say(ANI, 'Ani', 'pesanan Bu Sri lunas');
    expect(reply).toContain('Total Rp850.000 · dibayar Rp850.000 · sisa Rp0');
    expect(reply).toContain('🎉 Pesanan lunas!');
    const entries = await entriesOf(ids.ani!);
    expect(entries.map((e) => [e.amount, e.business_date])).toEqual([
      [425_000, '2026-12-01'],
      [200_000, '2026-12-03'],
      [225_000, '2026-12-14'],
    ]);
    expect(await t.db.selectFrom('orders').select(['status', 'paid']).executeTakeFirst()).toEqual({ status: 'paid', paid: 850_000 });
    expect(await say(ANI, 'Ani', '/pesanan')).toContain('Tidak ada pesanan yang belum lunas');
    expect(await say(ANI, 'Ani', 'Bu Sri bayar 10rb')).toContain('Tidak ada pesanan atau utang Bu Sri yang belum lunas');
  });
});

describe('a credit sale settled', () => {
  it('records the sale and what the customer owes', async () => {
    clock.set('2026-12-07T03:00:00Z'); // Monday
    const reply = await say(TUTI, 'Tuti', 'laku 3 kerudung @90rb, belum bayar Bu Tin');
    expect(reply).toContain('3 kerudung × Rp90.000 = Rp270.000');
    expect(reply).toContain('📒 Bu Tin belum bayar Rp270.000');
    const entries = await entriesOf(ids.tuti!);
    expect(entries).toEqual([expect.objectContaining({ kind: 'sale', amount: 270_000, business_date: '2026-12-07' })]);
    const receivable = await t.db.selectFrom('receivables').selectAll().where('person_id', '=', ids.tuti!).executeTakeFirstOrThrow();
    expect(receivable).toMatchObject({ customer: 'Bu Tin', amount: 270_000, paid: 0, status: 'open', ledger_entry_id: entries[0]!.id });
  });

  it('a part payment lowers what she owes without a new sale', async () => {
    clock.set('2026-12-08T03:00:00Z');
    const reply = await say(TUTI, 'Tuti', 'Bu Tin bayar 100rb');
    expect(reply).toContain('✅ Bu Tin bayar utang Rp100.000 (bukan jualan baru).');
    expect(reply).toContain('Sisa utang Bu Tin: Rp170.000.');
    expect(await entriesOf(ids.tuti!)).toHaveLength(1);
    const list = await say(TUTI, 'Tuti', '/piutang');
    expect(list).toContain('• Bu Tin: Rp170.000 (sejak 7 Des)');
    expect(list).toContain('Total belum dibayar: Rp170.000');
  });

  it('goes to the credit, not to an order of the same customer, unless the order is named', async () => {
    await say(TUTI, 'Tuti', 'pesanan 2 bros @50rb dari Bu Tin, DP 20rb, selesai 20 Des');
    expect(await say(TUTI, 'Tuti', 'bu tin bayar 300rb')).toContain('Bu Tin tinggal Rp170.000');
    const reply = await say(TUTI, 'Tuti', 'Bu Tin bayar 170rb');
    expect(reply).toContain('🎉 Utang Bu Tin lunas!');
    expect(await say(TUTI, 'Tuti', '/piutang')).toContain('Tidak ada yang berutang');
    // Only the order is left: now her payment goes there, as a sale.
    expect(await say(TUTI, 'Tuti', 'Bu Tin bayar 30rb')).toContain('sisa Rp50.000');
  });

  it('counts the credit sale once in the recap', async () => {
    const reply = await say(TUTI, 'Tuti', 'rekap minggu ini');
    // 270.000 credit sale + 20.000 down payment + 30.000 order payment; the 270.000 collected is not a sale.
    expect(reply).toContain('Jualan: Rp320.000');
  });
});

describe('a ledger of several customers in one message', () => {
  it('records each sale with its own customer owing for it', async () => {
    clock.set('2026-12-07T03:00:00Z');
    const reply = await say(YUNI, 'Yuni', 'Kasbon: Bu Rini 2 bungkus kopi 20rb, Bu Ati 1 kg gula 15rb');
    expect(reply).toContain('📒 Bu Rini belum bayar Rp20.000');
    expect(reply).toContain('📒 Bu Ati belum bayar Rp15.000');
    const entries = await entriesOf(ids.yuni!);
    expect(entries.map((e) => [e.kind, e.amount])).toEqual([['sale', 20_000], ['sale', 15_000]]);
    const owed = await t.db.selectFrom('receivables').select(['customer', 'amount', 'ledger_entry_id']).where('person_id', '=', ids.yuni!).orderBy('id').execute();
    expect(owed).toEqual([
      { customer: 'Bu Rini', amount: 20_000, ledger_entry_id: entries[0]!.id },
      { customer: 'Bu Ati', amount: 15_000, ledger_entry_id: entries[1]!.id },
    ]);
  });

  it('asks first when no goods are named, and "ya" records each customer’s part', async () => {
    const ask = await say(YUNI, 'Yuni', 'Kasbon: Bu Rini 10rb, Pak Joko 25rb');
    expect(ask).toContain('📒 Bu Rini belum bayar Rp10.000');
    expect(ask).toContain('📒 Pak Joko belum bayar Rp25.000');
    expect(await entriesOf(ids.yuni!)).toHaveLength(2);
    const yes = await say(YUNI, 'Yuni', 'ya');
    expect(yes).toContain('total utangnya Rp30.000');
    const list = await say(YUNI, 'Yuni', '/piutang');
    expect(list).toContain('Bu Rini: Rp30.000');
    expect(list).toContain('Pak Joko: Rp25.000');
    expect(list).toContain('Bu Ati: Rp15.000');
  });
});

describe('customers who paid beside customers who owe, in one line', () => {
  it('records every sale and only the owing one as owed', async () => {
    clock.set('2026-12-08T03:00:00Z');
    const reply = await say(YUNI, 'Yuni', 'jual kue: bu Ana 40rb cash, bu Wiwik 35rb ngutang');
    expect(reply).toContain('📒 Bu Wiwik belum bayar Rp35.000');
    expect(reply).not.toContain('Bu Ana belum bayar');
    const entries = (await entriesOf(ids.yuni!)).filter((e) => e.business_date === '2026-12-08');
    expect(entries.map((e) => [e.kind, e.amount])).toEqual([['sale', 40_000], ['sale', 35_000]]);
    const owed = await t.db.selectFrom('receivables').select(['customer', 'amount', 'ledger_entry_id']).where('person_id', '=', ids.yuni!)
      .where('customer', 'in', ['Bu Ana', 'Bu Wiwik']).execute();
    expect(owed).toEqual([{ customer: 'Bu Wiwik', amount: 35_000, ledger_entry_id: entries[1]!.id }]);
  });
});

describe('a facilitator records for her member', () => {
  it('records in the member’s books, marked as entered by the facilitator, and tells the member', async () => {
    clock.set('2026-12-09T03:00:00Z');
    const out = await send(from(RINA, 'Rina', 'catat untuk Ani: laku 5 bros @15rb'));
    const toRina = out.find((m) => m.chatId === RINA)!;
    expect(toRina.text).toContain('✅ Dicatat untuk Bu Ani Lestari:');
    expect(toRina.text).toContain('5 bros × Rp15.000 = Rp75.000');
    const toAni = out.find((m) => m.chatId === ANI)!;
    expect(toAni.text).toContain('📝 Bu Rina mencatat untuk Ibu:');
    expect(toAni.text).toContain('5 bros × Rp15.000 = Rp75.000');
    // The answer goes back to Rina's chat; Ani's line is a notice (never an answer, so a
    // restricted WhatsApp number holds it with the bot's other initiative).
    expect(toRina.notice).toBeUndefined();
    expect(toAni.notice).toBe(true);
    expect((await entriesOf(ids.ani!)).at(-1)).toMatchObject({ amount: 75_000, business_date: '2026-12-09', entered_by_person_id: ids.rina });
    expect(await entriesOf(ids.rina!)).toEqual([]);
  });

  it('refuses a member outside her groups, and writes nothing', async () => {
    const reply = await say(RINA, 'Rina', 'catat untuk Dewi: laku 5 bros @15rb');
    expect(reply).toBe('Maaf, anggota itu tidak ada di kelompok yang Ibu dampingi, jadi tidak saya catat. Ketik /anggota untuk melihat nama-namanya.');
    expect(await entriesOf(ids.dewi!)).toEqual([]);
    const refusals = await t.db.selectFrom('permission_refusals').select(['action', 'reason']).where('person_id', '=', ids.rina!).execute();
    expect(refusals).toContainEqual({ action: 'on_behalf', reason: 'not_your_member' });
  });

  it('refuses someone who is not a facilitator', async () => {
    expect(await say(ANI, 'Ani', 'catat untuk Tuti: laku 5 bros @15rb')).toBe('Maaf, perintah ini hanya untuk pendamping kelompok. Untuk catatan Ibu sendiri, ketik "rekap".');
    expect((await entriesOf(ids.tuti!)).filter((e) => e.business_date === '2026-12-09')).toEqual([]);
  });

  it('says why money that is not the business’s is not recorded for her, and writes nothing', async () => {
    const before = (await entriesOf(ids.tuti!)).length;
    expect(await say(RINA, 'Rina', 'catat untuk Tuti: dikasih anak 200rb')).toContain('Uang dari keluarga bukan hasil jualan');
    // A return with no money written (a whole one is recorded: tests/integration/sale-returns.test.ts).
    expect(await say(RINA, 'Rina', 'catat untuk Tuti: retur 1 mukena')).toContain('Tulis barang dan uangnya');
    expect(await entriesOf(ids.tuti!)).toHaveLength(before);
  });

  it('only records for her: a recap on her behalf is explained', async () => {
    expect(await say(RINA, 'Rina', 'catat untuk Tuti: rekap')).toContain('saya hanya bisa mencatat jualan dan belanja');
  });
});

describe('a voice note', () => {
  it('is kept, forwarded to her facilitator with a hint, and she is told', async () => {
    const out = await send(from(ANI, 'Ani', '', { media: { kind: 'voice', ref: 'AwACAgIAAxkBAAIBvoice', mimeType: 'audio/ogg' } }));
    const toAni = out.find((m) => m.chatId === ANI)!;
    expect(toAni.text).toBe('Maaf, Bu, saya belum bisa mendengar pesan suara. Tolong tulis saja ya, misalnya "laku 5 bros @15rb". Pesan suara Ibu sudah diteruskan ke pendamping.');
    const toRina = out.find((m) => m.chatId === RINA)!;
    expect(toRina.text).toContain('🎙️ Bu Ani Lestari mengirim pesan suara. Bantu catat? Balas dengan: catat untuk Ani Lestari: …');
    expect(toRina.media).toEqual({ kind: 'voice', ref: 'AwACAgIAAxkBAAIBvoice' });
    const kept = await t.db.selectFrom('media_messages').selectAll().execute();
    expect(kept).toEqual([expect.objectContaining({ person_id: ids.ani, kind: 'voice', ref: 'AwACAgIAAxkBAAIBvoice', mime_type: 'audio/ogg', forwarded_to: [String(ids.rina)] })]);
  });

  it('from WhatsApp, to a facilitator only on Telegram, is kept and announced in words only', async () => {
    const jid = '6281200000009@s.whatsapp.net';
    const out = await send(
      from(jid, 'Gita', '', { platform: 'whatsapp', sender: { id: jid, name: 'Gita', phone: '+6281200000009' }, media: { kind: 'voice', ref: 'CgwKBHdhLW1zZw==' } }),
    );
    expect(out.find((m) => m.chatId === jid)?.text).toContain('sudah diteruskan ke pendamping');
    const toRina = out.find((m) => m.chatId === RINA)!;
    expect(toRina.platform).toBe('telegram');
    expect(toRina.text).toContain('🎙️ Bu Gita mengirim pesan suara. Bantu catat?');
    expect(toRina.text).toContain('dikirim lewat aplikasi lain');
    expect(toRina.media).toBeUndefined();
    const kept = await t.db.selectFrom('media_messages').select(['platform', 'forwarded_to']).where('person_id', '=', ids.gita!).execute();
    expect(kept).toEqual([{ platform: 'whatsapp', forwarded_to: [String(ids.rina)] }]);
  });

  it('from someone without a facilitator is still kept, and she is told kindly', async () => {
    const reply = await say(SARI, 'Sari', '', { media: { kind: 'photo', ref: 'AgACphoto' } });
    expect(reply).toContain('Saya belum bisa membaca foto, Bu. Tolong tulis saja ya');
    const kept = await t.db.selectFrom('media_messages').select(['kind', 'caption', 'forwarded_to']).where('ref', '=', 'AgACphoto').execute();
    expect(kept).toEqual([{ kind: 'photo', caption: null, forwarded_to: [] }]);
  });
});

describe('a customer payment read with doubt', () => {
  const tab = () =>
    t.db.selectFrom('receivables').select(['paid', 'status']).where('person_id', '=', ids.yuni!).where('customer', '=', 'Bu Ida').executeTakeFirstOrThrow();

  it('is asked first and taken off her tab only on "ya"; a clear one goes at once', async () => {
    clock.set('2026-12-10T03:00:00Z');
    expect(await say(YUNI, 'Yuni', 'laku 2 bros @50rb, belum bayar Bu Ida')).toContain('📒 Bu Ida belum bayar Rp100.000');
    // Heard of, not checked: the parser's doubt reaches her as a question, nothing written.
    const asked = await send(from(YUNI, 'Yuni', 'kata bu Ida dia udah transfer 50rb, tp aku blm cek'));
    const question = asked.find((m) => m.chatId === YUNI)!;
    expect(question.text).toContain('Bu Ida sudah membayar Rp50.000 ke Ibu?');
    expect(question.buttons).toEqual([
      { label: '✅ ya', value: 'ya' },
      { label: '❌ tidak', value: 'tidak' },
    ]);
    expect(await tab()).toEqual({ paid: 0, status: 'open' });

    expect(await say(YUNI, 'Yuni', 'tidak')).toContain('pembayarannya tidak dicatat');
    expect(await tab()).toEqual({ paid: 0, status: 'open' });

    await say(YUNI, 'Yuni', 'kata bu Ida dia udah transfer 50rb, tp aku blm cek');
    expect(await say(YUNI, 'Yuni', 'ya')).toContain('Sisa utang Bu Ida: Rp50.000.');
    expect(await tab()).toEqual({ paid: 50_000, status: 'open' });

    expect(await say(YUNI, 'Yuni', 'Bu Ida bayar 50rb')).toContain('🎉 Utang Bu Ida lunas!');
    expect(await tab()).toEqual({ paid: 100_000, status: 'paid' });
  });
});
