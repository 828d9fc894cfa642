/**
 * Books she can trust, through the real conversation handler on real Postgres: a whole day
 * in one message (every entry on the heading's day, the reply naming that day; asked, not
 * dropped, in a group when her totals disagree), goods a named customer takes to pay later
 * (a credit sale, not a household withdrawal), orders paid in full or half down, an order
 * without a name asked in one question, and a lead declined in her own words (kept apart,
 * never counted as interest; a bare "ikut" only answers a recent lead).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import type { InboundMessage } from '../../src/core/messages.ts';
import { addFacilitator, addMember, createGroup, groupsRepo } from '../../src/modules/groups/groups.service.ts';
import { markSent } from '../../src/modules/outbox/outbox.repository.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { groupMessage, privateMessage } from '../helpers/messages.ts';
import { inboundHarness, type InboundHarness } from '../helpers/inbound-harness.ts';

let t: TestDatabase;
/** Saturday 5 December 2026, 10:00 WIB. */
const clock = fixedClock('2026-12-05T03:00:00Z');
let h: InboundHarness;
const ids: Record<string, number> = {};

const RINA = '8100';
const ANI = '8101';
const TUTI = '8102';
const SARI = '8103';
const WIDYA = '8104';
const GROUP_CHAT = '-100810';

beforeAll(async () => {
  t = await createTestDatabase();
  h = inboundHarness(t.db, clock, { followUps: true });
  const at = clock.now();
  const rina = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: RINA, timeZone: 'Asia/Jakarta' });
  const melati = await createGroup(t.db, { name: 'Melati', trades: ['asesoris'], facilitatorId: rina.id, timeZone: 'Asia/Jakarta' });
  ids.ani = (await addMember(t.db, melati.id, { name: 'Ani', telegramId: ANI, timeZone: 'Asia/Jakarta' }, at)).person.id;
  ids.tuti = (await addMember(t.db, melati.id, { name: 'Tuti', telegramId: TUTI, timeZone: 'Asia/Jakarta' }, at)).person.id;
  ids.sari = (await addMember(t.db, melati.id, { name: 'Sari', telegramId: SARI, timeZone: 'Asia/Jakarta' }, at)).person.id;
  ids.widya = (await addMember(t.db, melati.id, { name: 'Widya', telegramId: WIDYA, timeZone: 'Asia/Jakarta' }, at)).person.id;
  await groupsRepo.linkChat(t.db, { groupId: melati.id, platform: 'telegram', chatId: GROUP_CHAT, byPersonId: null });
});
afterAll(async () => t?.drop());
const dm = (id: string, text: string, over: Partial<InboundMessage> = {}) =>
  privateMessage(text, { chatId: id, sender: { id, name: null }, sentAt: clock.now().toISOString(), ...over });
const inGroup = (id: string, text: string, over: Partial<InboundMessage> = {}) =>
  groupMessage(text, { chatId: GROUP_CHAT, sender: { id, name: null }, sentAt: clock.now().toISOString(), ...over });

const send = (message: InboundMessage) => h.send(message);

async function say(id: string, text: string): Promise<string> {
  const out = await send(dm(id, text));
  return out.filter((m) => m.chatId === id).map((m) => m.text).join('\n---\n');
}

async function entriesOf(personId: number) {
  return t.db
    .selectFrom('ledger_entries')
    .select(['kind', 'amount', 'item', 'business_date'])
    .where('person_id', '=', personId)
    .where('voided_at', 'is', null)
    .orderBy('id')
    .execute();
}

describe('a whole day in one message', () => {
  it('records every line on the heading’s day, skips the chatter line, and names that day', async () => {
    const reply = await say(ANI, 'Catatan 3 Des\njual nasi 150rb\nbelanja sayur 80rb\nalhamdulillah rame\nuntung 70rb');
    expect(reply).toContain('✅ Jualan');
    expect(reply).toContain('📅 Dicatat untuk');
    expect(reply).toContain('3 Des');
    expect(await entriesOf(ids.ani!)).toEqual([
      { kind: 'sale', amount: 150000, item: 'nasi', business_date: '2026-12-03' },
      { kind: 'expense', amount: 80000, item: 'sayur', business_date: '2026-12-03' },
    ]);
  });

  it('asks (and records nothing yet) when her sub-totals disagree with the lines; "ya" records them on that day', async () => {
    const reply = await say(TUTI, 'Kamis 3/12:\nlaku 10 bungkus @15rb\nbeli beras 80rb\ntotal jual 160rb\nsisa 70rb');
    expect(reply).toContain('Jumlah yang Ibu tulis tidak sama dengan rinciannya');
    expect(reply).toContain('3 Des');
    expect(await entriesOf(ids.tuti!)).toEqual([]);
    await say(TUTI, 'ya');
    expect((await entriesOf(ids.tuti!)).map((e) => [e.kind, e.amount, e.business_date])).toEqual([
      ['sale', 150000, '2026-12-03'],
      ['expense', 80000, '2026-12-03'],
    ]);
  });

  it('in a group chat: answers a day she wrote out even when it must be asked, and records a clear one', async () => {
    const asked = await send(inGroup(SARI, 'Rekap hari ini\nlaku kue 100rb\nbeli gula 30rb\nbersih 80rb'));
    expect(asked.map((m) => m.chatId)).toEqual([GROUP_CHAT]);
    expect(asked[0]?.text).toContain('Jumlah yang Ibu tulis tidak sama dengan rinciannya');
    expect(await entriesOf(ids.sari!)).toEqual([]);
    // A single doubtful line in a group stays a guess the bot keeps quiet about.
    expect(await send(inGroup(SARI, 'bros 15rb'))).toEqual([]);

    const clear = await send(inGroup(WIDYA, 'Rekap hari ini\nlaku kue 100rb\nbeli gula 30rb\nbesok libur\nbersih 70rb'));
    expect(clear[0]?.text).toContain('Hari ini');
    expect((await entriesOf(ids.widya!)).map((e) => [e.kind, e.amount, e.business_date])).toEqual([
      ['sale', 100000, '2026-12-05'],
      ['expense', 30000, '2026-12-05'],
    ]);
  });
});

describe('goods a named customer takes now and pays later', () => {
  it('is a credit sale to that customer, not a household withdrawal', async () => {
    const reply = await say(ANI, 'Bu Yati ambil 3 bungkus @10rb, bayarnya nanti');
    expect(reply).toContain('Bu Yati belum bayar Rp30.000');
    const receivables = await t.db.selectFrom('receivables').select(['customer', 'amount']).where('person_id', '=', ids.ani!).execute();
    expect(receivables).toEqual([{ customer: 'Bu Yati', amount: 30000 }]);
    const entries = await entriesOf(ids.ani!);
    expect(entries.at(-1)).toMatchObject({ kind: 'sale', amount: 30000, business_date: '2026-12-05' });
    expect(entries.some((e) => e.kind === 'withdrawal')).toBe(false);

    await say(ANI, 'Mbak Ani ngebon 25rb');
    const owed = await t.db.selectFrom('receivables').select(['customer', 'amount']).where('person_id', '=', ids.ani!).orderBy('id').execute();
    expect(owed.at(-1)).toEqual({ customer: 'Mbak Ani', amount: 25000 });
  });

  it('asks one short question when unsure whose debt it is, and records the credit sale on "ya"', async () => {
    const count = async () => (await t.db.selectFrom('receivables').select('id').where('person_id', '=', ids.ani!).execute()).length;
    const before = await count();
    const asked = await say(ANI, 'kasbon Bu Tin 30rb');
    expect(asked.split('\n')).toEqual([
      'Maksud Ibu begini?',
      '• Jualan Rp30.000',
      '📒 Bu Tin belum bayar Rp30.000',
      'Balas "ya" untuk dicatat, atau "tidak".',
    ]);
    expect(await count()).toBe(before);
    expect(await say(ANI, 'ya')).toContain('Bu Tin belum bayar Rp30.000');
    expect(await count()).toBe(before + 1);
    // "tidak" records nothing.
    await say(ANI, 'hutang Bu Ani 50rb');
    await say(ANI, 'tidak');
    expect(await count()).toBe(before + 1);
  });

  it('keeps money she takes herself a withdrawal', async () => {
    await say(ANI, 'saya ambil 50rb buat belanja dapur');
    expect((await entriesOf(ids.ani!)).at(-1)).toMatchObject({ kind: 'withdrawal', amount: 50000 });
  });
});

describe('orders in other words', () => {
  async function ordersOf(personId: number) {
    return t.db.selectFrom('orders').select(['customer', 'total', 'paid', 'status']).where('person_id', '=', personId).orderBy('id').execute();
  }

  it('"lunas di depan" records the whole price as paid', async () => {
    const reply = await say(SARI, 'pesanan 10 kerudung @85rb dari Bu Sri, lunas di depan');
    expect(reply).toContain('Lunas di depan: Rp850.000');
    expect((await ordersOf(ids.sari!)).at(-1)).toEqual({ customer: 'Bu Sri', total: 850000, paid: 850000, status: 'paid' });
    expect((await entriesOf(ids.sari!)).at(-1)).toMatchObject({ kind: 'sale', amount: 850000 });
  });

  it('"DP setengahnya" records half of the total as the down payment', async () => {
    const reply = await say(SARI, 'pesanan 4 mukena @150rb dari Bu Ana, DP setengahnya');
    expect(reply).toContain('DP Rp300.000');
    expect((await ordersOf(ids.sari!)).at(-1)).toEqual({ customer: 'Bu Ana', total: 600000, paid: 300000, status: 'open' });
  });

  it('an order without a name is asked in one short question and taken with her answer', async () => {
    const asked = await say(SARI, 'pesanan 20 kotak nasi @15rb buat Sabtu');
    expect(asked).toBe('Pesanan dari siapa, Bu? Balas namanya saja, misalnya: Bu Sri');
    const before = (await ordersOf(ids.sari!)).length;
    const taken = await say(SARI, 'bu wati');
    expect(taken).toContain('Pesanan');
    expect(taken).toContain('Bu Wati');
    const orders = await ordersOf(ids.sari!);
    expect(orders).toHaveLength(before + 1);
    expect(orders.at(-1)).toEqual({ customer: 'Bu Wati', total: 300000, paid: 0, status: 'open' });
  });
});

describe('answers to a lead in her own words', () => {
  it('records a decline apart, tells the facilitator, and shows it in the lead view', async () => {
    await send(dm(RINA, '/peluang asesoris: Wisuda 20 Des, butuh 100 bros, batas 15 Des'));
    await send(dm(RINA, 'kirim'));
    const lead = await t.db.selectFrom('leads').select(['id', 'code', 'text']).executeTakeFirstOrThrow();
    const named = `"${lead.text.length > 40 ? `${lead.text.slice(0, 39)}…` : lead.text}" (${lead.code})`;

    // Said on its own, "maaf belum bisa" may be about anything: she is told how, nothing changes.
    const unsure = await send(dm(ANI, 'maaf belum bisa'));
    expect(unsure.map((m) => m.text)).toEqual([
      `Kalau maksud Ibu melewatkan peluang ${named}, balas pesan peluangnya dengan "belum bisa", atau tulis: ${lead.code} belum bisa`,
    ]);
    expect(await t.db.selectFrom('lead_declines').select('person_id').where('lead_id', '=', lead.id).execute()).toEqual([]);

    // As a reply to the lead's message it declines.
    const delivery = await t.db.selectFrom('lead_deliveries').select('outbox_key').where('lead_id', '=', lead.id).where('chat_id', '=', ANI).executeTakeFirstOrThrow();
    await markSent(t.db, delivery.outbox_key, 'lead-msg-ani', clock.now());
    const out = await send(dm(ANI, 'maaf belum bisa', { quotedMessageId: 'lead-msg-ani' }));
    expect(out.find((m) => m.chatId === ANI)?.text).toBe(`Baik Bu, tidak apa-apa. Peluang ${named} dilewati dulu. Semoga lain kali cocok 🙏`);
    expect(out.find((m) => m.chatId === RINA)?.text).toBe(`📥 Peluang ${named}: Bu Ani belum bisa. Minat 0 orang, 0 dari 100; belum bisa 1 orang.`);
    expect(await t.db.selectFrom('lead_responses').select('id').where('lead_id', '=', lead.id).execute()).toEqual([]);
    expect(await t.db.selectFrom('lead_declines').select('person_id').where('lead_id', '=', lead.id).execute()).toEqual([{ person_id: ids.ani }]);

    // "ikut" from another member is interest; the facilitator sees both.
    await send(dm(TUTI, 'ikut'));
    const [details] = await send(dm(RINA, `/peluang ${lead.code}`));
    expect(details?.text).toContain('• Tuti: ?');
    expect(details?.text).toContain('Belum bisa: Ani');

    // Ani changes her mind: her decline goes, her answer counts.
    await send(dm(ANI, 'saya ambil 10'));
    expect(await t.db.selectFrom('lead_declines').select('person_id').where('lead_id', '=', lead.id).execute()).toEqual([]);
    const answers = await t.db.selectFrom('lead_responses').select(['person_id', 'quantity']).where('lead_id', '=', lead.id).orderBy('id').execute();
    expect(answers).toEqual([
      { person_id: ids.tuti, quantity: null },
      { person_id: ids.ani, quantity: 10 },
    ]);
  });

  it('a bare "ikut" or "skip" weeks after the lead went out is no answer and no record', async () => {
    clock.set('2026-12-25T03:00:00Z');
    try {
      expect(await say(SARI, 'ikut')).toContain('Maaf');
      expect(await say(SARI, 'skip')).toContain('Maaf');
      const lead = await t.db.selectFrom('leads').select('id').executeTakeFirstOrThrow();
      expect(await t.db.selectFrom('lead_responses').select('id').where('lead_id', '=', lead.id).where('person_id', '=', ids.sari!).execute()).toEqual([]);
      expect(await t.db.selectFrom('lead_declines').select('id').where('person_id', '=', ids.sari!).execute()).toEqual([]);
    } finally {
      clock.set('2026-12-05T03:00:00Z');
    }
  });
});
