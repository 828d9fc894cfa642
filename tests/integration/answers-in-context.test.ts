/**
 * Answers are taken only where they are meant: in a group, "ya"/"jualan" answers the bot's
 * question only when it replies to (or names) the bot; an answer days later is small talk;
 * an expired "Jualan atau belanja?" answered "ya" says how to write either kind.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import type { InboundMessage, OutboundMessage } from '../../src/core/messages.ts';
import { addFacilitator, addMember, createGroup, groupsRepo } from '../../src/modules/groups/groups.service.ts';
import { markSent } from '../../src/modules/outbox/outbox.repository.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { groupMessage, privateMessage } from '../helpers/messages.ts';
import { inboundHarness, type InboundHarness } from '../helpers/inbound-harness.ts';

let t: TestDatabase;
const START = '2026-12-05T03:00:00Z';
const clock = fixedClock(START);
let h: InboundHarness;
const ids: Record<string, number> = {};
const RINA = '9400', ANI = '9401', SUMI = '9402', YATI = '9403', WATI = '9404', TUTI = '9405', KETUA = '9406';
const GROUP_CHAT = '-100940';

beforeAll(async () => {
  t = await createTestDatabase();
  h = inboundHarness(t.db, clock, { followUps: true });
  const at = clock.now();
  const rina = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: RINA, timeZone: 'Asia/Jakarta' });
  const g = await createGroup(t.db, { name: 'Melati', trades: ['asesoris'], facilitatorId: rina.id, timeZone: 'Asia/Jakarta' });
  for (const [key, name, id] of [['ani', 'Ani', ANI], ['sumi', 'Sumi', SUMI], ['yati', 'Yati', YATI], ['wati', 'Wati', WATI], ['tuti', 'Tuti', TUTI]] as const) {
    ids[key] = (await addMember(t.db, g.id, { name, telegramId: id, timeZone: 'Asia/Jakarta' }, at)).person.id;
  }
  ids.ketua = (await addMember(t.db, g.id, { name: 'Ketua', telegramId: KETUA, timeZone: 'Asia/Jakarta', role: 'ketua' }, at)).person.id;
  await groupsRepo.linkChat(t.db, { groupId: g.id, platform: 'telegram', chatId: GROUP_CHAT, byPersonId: null });
});
afterAll(async () => t?.drop());
beforeEach(() => {
  clock.set(START);
});

const dm = (id: string, text: string, over: Partial<InboundMessage> = {}) =>
  privateMessage(text, { chatId: id, sender: { id, name: null }, sentAt: clock.now().toISOString(), ...over });
const inGroup = (id: string, text: string, over: Partial<InboundMessage> = {}) =>
  groupMessage(text, { chatId: GROUP_CHAT, sender: { id, name: null }, sentAt: clock.now().toISOString(), ...over });
const send = (message: InboundMessage) => h.send(message);
const texts = (out: OutboundMessage[]) => out.map((m) => m.text).join('\n---\n');
const ordersOf = (personId: number) => t.db.selectFrom('orders').select(['customer', 'total']).where('person_id', '=', personId).orderBy('id').execute();
const entriesOf = (personId: number) =>
  t.db.selectFrom('ledger_entries').select(['kind', 'amount', 'item']).where('person_id', '=', personId).where('voided_at', 'is', null).orderBy('id').execute();

describe('answers in a group count only when addressed to the bot', () => {
  it('"jualan" said to the others leaves the question open; the reply to the bot answers it', async () => {
    const asked = await send(inGroup(YATI, 'bros 15rb', { addressedToBot: true }));
    expect(texts(asked)).toContain('jualan atau belanja');
    expect(await send(inGroup(YATI, 'jualan'))).toEqual([]);
    expect(await send(inGroup(YATI, 'ya'))).toEqual([]);
    expect(await entriesOf(ids.yati!)).toEqual([]);
    await send(inGroup(YATI, 'jualan', { addressedToBot: true }));
    expect(await entriesOf(ids.yati!)).toEqual([{ kind: 'sale', amount: 15000, item: 'bros' }]);
  });

  it('"ya" said to a friend does not confirm a guessed record', async () => {
    const asked = await send(inGroup(SUMI, 'laku bros 3 45', { addressedToBot: true }));
    expect(texts(asked)).toMatch(/Maksud Ibu|\?/);
    expect(await send(inGroup(SUMI, 'ya'))).toEqual([]);
    expect(await entriesOf(ids.sumi!)).toEqual([]);
  });
});

describe('an answer long after the question is small talk', () => {
  it('"iya" three days later is not told that a question expired', async () => {
    await send(dm(ANI, 'bros 15rb'));
    clock.set('2026-12-08T03:00:00Z');
    const out = texts(await send(dm(ANI, 'iya')));
    expect(out).not.toContain('pertanyaan saya tadi');
    expect(out).not.toContain('Rp15.000');
    expect(await entriesOf(ids.ani!)).toEqual([]);
  });

  it('an hour later it still is told, with what to write', async () => {
    await send(dm(ANI, 'bros 15rb'));
    clock.set('2026-12-05T04:00:00Z');
    const out = texts(await send(dm(ANI, 'jualan')));
    expect(out).toContain('kedaluwarsa');
    expect(out).toContain('laku bros 15rb');
  });
});

describe('an expired "Jualan atau belanja?" answered "ya"', () => {
  it('shows the entries without a kind and how to write either', async () => {
    await send(dm(WATI, 'kerudung 20rb'));
    clock.set('2026-12-05T04:00:00Z');
    const out = texts(await send(dm(WATI, 'ya')));
    expect(out).toContain('kedaluwarsa');
    expect(out).toContain('• kerudung Rp20.000');
    expect(out).toContain('"laku kerudung 20rb"');
    expect(out).toContain('"beli kerudung 20rb"');
    expect(out).not.toMatch(/Jualan:|Penjualan/);
    expect(await entriesOf(ids.wati!)).toEqual([]);
  });
});

describe('the answer to "Pesanan dari siapa?"', () => {
  const ORDER = 'pesanan 20 kotak nasi @15rb buat Sabtu, DP 100rb';

  it.each(['oke', 'nanti saja', 'ya', 'belum tahu'])('"%s" is not a customer: the order is not taken, and she is told how to write it', async (answer) => {
    expect(texts(await send(dm(TUTI, ORDER)))).toContain('Pesanan dari siapa');
    const out = texts(await send(dm(TUTI, answer)));
    expect(out).toBe(`Pesanan tadi belum dicatat, Bu, karena nama pemesannya belum ada. Tulis lagi dengan namanya, misalnya: "${ORDER} dari Bu Sri"`);
    expect(await ordersOf(ids.tuti!)).toEqual([]);
    expect(await entriesOf(ids.tuti!)).toEqual([]);
  });

  it.each(['Yanti', 'Yayuk', 'batari', 'Bu Sri'])('"%s" is the customer', async (answer) => {
    await t.db.deleteFrom('ledger_entries').where('person_id', '=', ids.ani!).execute();
    await send(dm(ANI, ORDER));
    const out = texts(await send(dm(ANI, answer)));
    const customer = answer === 'batari' ? 'Batari' : answer;
    expect(out).toContain(`dari ${customer} dicatat`);
    expect((await ordersOf(ids.ani!)).at(-1)).toEqual({ customer, total: 300000 });
  });

  it('a record instead is recorded, and she is told the order was not taken', async () => {
    await send(dm(WATI, ORDER));
    const out = texts(await send(dm(WATI, 'laku 3 bros 45rb')));
    expect(out).toContain('Pesanan tadi belum dicatat');
    expect(await ordersOf(ids.wati!)).toEqual([]);
    expect(await entriesOf(ids.wati!)).toEqual([{ kind: 'sale', amount: 45000, item: 'bros' }]);
  });
});

describe('a bare decline of a lead', () => {
  it('does not take back her interest, and declines only as a reply to the lead', async () => {
    await send(dm(RINA, '/peluang asesoris: Wisuda 20 Des, butuh 100 bros, batas 15 Des'));
    await send(dm(RINA, 'kirim'));
    const lead = await t.db.selectFrom('leads').select(['id', 'code']).executeTakeFirstOrThrow();
    const responses = () => t.db.selectFrom('lead_responses').select(['person_id', 'quantity']).where('lead_id', '=', lead.id).orderBy('id').execute();
    const declines = () => t.db.selectFrom('lead_declines').select('person_id').where('lead_id', '=', lead.id).execute();
    await send(dm(WATI, 'minat 30'));
    clock.set('2026-12-07T03:00:00Z');

    // Two days later, about something else: her interest stays, she is told how to withdraw it.
    const out = texts(await send(dm(WATI, 'maaf belum bisa bu')));
    expect(out).toMatch(/^Ibu sudah minat 30 untuk peluang ".+" \(P\d+\), dan itu tetap tercatat\./);
    expect(out).toContain(`(${lead.code}), dan itu tetap tercatat. Kalau memang mau mundur, tulis: ${lead.code} belum bisa`);
    expect(await responses()).toEqual([{ person_id: ids.wati, quantity: 30 }]);
    expect(await declines()).toEqual([]);

    // Even as a reply to the lead's message, a bare "skip" does not withdraw it unasked.
    const delivery = await t.db.selectFrom('lead_deliveries').select('outbox_key').where('lead_id', '=', lead.id).where('chat_id', '=', WATI).executeTakeFirstOrThrow();
    await markSent(t.db, delivery.outbox_key, 'lead-msg-wati', clock.now());
    expect(texts(await send(dm(WATI, 'skip', { quotedMessageId: 'lead-msg-wati' })))).toContain('tetap tercatat');
    expect(await responses()).toEqual([{ person_id: ids.wati, quantity: 30 }]);

    // With the code she means it.
    expect(texts(await send(dm(WATI, `${lead.code} belum bisa`)))).toContain('dilewati');
    expect(await responses()).toEqual([]);
    expect(await declines()).toEqual([{ person_id: ids.wati }]);

    // Someone with no interest: a bare "tidak dulu" not replying to the lead changes nothing.
    expect(texts(await send(dm(YATI, 'tidak dulu')))).toContain(`tulis: ${lead.code} belum bisa`);
    expect(await declines()).toEqual([{ person_id: ids.wati }]);
  });
});

describe('a name in front of a group message, without "catat" or "untuk"', () => {
  const refusals = () => t.db.selectFrom('permission_refusals').select(['person_id', 'action']).where('action', '=', 'on_behalf').execute();

  it('from an ordinary member is talk to that member: no refusal in the group, nothing logged', async () => {
    expect(await send(inGroup(ANI, 'Bu Sumi: besok kumpul jam 9'))).toEqual([]);
    expect(await send(inGroup(ANI, 'Bu Sumi laku keras ya hari ini'))).toEqual([]);
    expect(await send(inGroup(ANI, 'Bu Sumi laku 3 bros 45rb'))).toEqual([]);
    expect(await refusals()).toEqual([]);
    expect(await entriesOf(ids.sumi!)).toEqual([]);
  });

  it('from the ketua, without an amount, is talk too', async () => {
    expect(await send(inGroup(KETUA, 'Bu Sumi: besok kumpul jam 9'))).toEqual([]);
    expect(await send(inGroup(KETUA, 'Bu Sumi laku keras ya hari ini'))).toEqual([]);
    expect(await entriesOf(ids.sumi!)).toEqual([]);
  });

  it('from the ketua, with an amount, is recorded for the member', async () => {
    // A seller's verb: "Bu Sumi belanja …" would be Bu Sumi shopping from the ketua (her own sale).
    const out = await send(inGroup(KETUA, 'Bu Sumi laku 3 bros 45rb'));
    expect(out.length).toBeGreaterThan(0);
    expect(await entriesOf(ids.sumi!)).toEqual([{ kind: 'sale', amount: 45000, item: 'bros' }]);
    expect(await entriesOf(ids.ketua!)).toEqual([]);
  });

  it('in a private chat an ordinary member is still told who may record for others', async () => {
    const out = texts(await send(dm(ANI, 'Bu Sumi laku 3 bros 45rb')));
    expect(out).toContain('hanya pendamping atau ketua');
  });
});
