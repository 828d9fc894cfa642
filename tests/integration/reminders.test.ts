/**
 * Reminders on real Postgres with an injected clock, ticking as the job would: three
 * groups in WIB, WITA and WIT; the weekly nudge and digest across a month end; repayment
 * reminders of a group loan and a personal loan before, on and after the due date (across
 * the end of February), stopping once paid; opt-outs; quiet hours; the quarterly question
 * and its answer; and a fan-out interrupted midway then run again.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { InboundMessage, OutboundMessage } from '../../src/core/messages.ts';
import { withWords } from '../../src/conversation/notices/words-at-send.ts';
import { fanOut } from '../../src/jobs/reminders-fan-out.ts';
import { runDueReminders, type TickDeps, type TickResult } from '../../src/jobs/reminders-tick.ts';
import { processInbound, type InboundDeps } from '../../src/jobs/inbound.processor.ts';
import { addFacilitator, addMember, createGroup, groupsRepo } from '../../src/modules/groups/groups.service.ts';
import { createLoan, recordPayment } from '../../src/modules/loans/loans.service.ts';
import { findOutbound, staleQueued, type OutboxItem } from '../../src/modules/outbox/outbox.repository.ts';
import { setOptOut } from '../../src/modules/people/people.repository.ts';
import { findQuarterlyReport } from '../../src/modules/quarterly/quarterly-reports.ts';
import { parseReminderKey } from '../../src/modules/reminders/keys.ts';
import { isoWeek, isQuiet, minuteOfDayAt, slotOn, type QuietHours } from '../../src/modules/reminders/schedule.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { privateMessage } from '../helpers/messages.ts';

let t: TestDatabase;
const clock = fixedClock('2027-01-20T03:00:00Z');
const QUIET: QuietHours = { start: 21 * 60, end: 7 * 60 };
/** Every item any tick dispatched, in order: nothing may appear twice. */
const dispatched: OutboxItem[] = [];
/** When each was dispatched, and the quiet hours then in force. */
const dispatchedAt = new Map<string, { at: Date; quiet: QuietHours | null }>();

const ids: Record<string, number> = {};
let kenangaLoan = 0;
let fitriLoan = 0;

const RINA = '900';
const MELATI_CHAT = '-100700';
const KENANGA_CHAT = '-100800';
const ANGGREK_CHAT = '-100900';
const ANGGREK_WA = '120363000000000001@g.us';
const GITA_JID = '6281200000009@s.whatsapp.net';

function deps(quietHours: QuietHours | null = QUIET): TickDeps {
  return {
    db: t.db,
    quietHours,
    dispatch: async (items) => {
      dispatched.push(...items);
      for (const item of items) dispatchedAt.set(item.idempotencyKey, { at: clock.now(), quiet: quietHours });
    },
  };
}

interface Sent {
  key: string;
  message: OutboundMessage;
}

/** Sets the clock, runs a tick, returns what it queued. */
async function tick(iso: string, quietHours: QuietHours | null = QUIET): Promise<{ result: TickResult; sent: Sent[] }> {
  clock.set(iso);
  const before = dispatched.length;
  const result = await runDueReminders(deps(quietHours), clock.now());
  const sent = await Promise.all(
    // As the send step sends it: a nudge is written as its facts and worded just before sending.
    dispatched.slice(before).map(async (i) => ({ key: i.idempotencyKey, message: withWords((await findOutbound(t.db, i.idempotencyKey))!.payload) })),
  );
  return { result, sent };
}

const ofKind = (sent: Sent[], prefix: string) => sent.filter((s) => s.key.startsWith(prefix));
const chats = (sent: Sent[]) => sent.map((s) => `${s.message.platform}:${s.message.chatId}`).sort();

async function entry(person: string, kind: 'sale' | 'expense', amount: number, date: string) {
  await t.db.insertInto('ledger_entries').values({ person_id: ids[person]!, kind, amount, business_date: date, raw_text: `${kind} ${amount}` }).execute();
}

function whatsappFrom(jid: string, name: string, text: string, over: Partial<InboundMessage> = {}): InboundMessage {
  return privateMessage(text, { platform: 'whatsapp', chatId: jid, sender: { id: jid, name, phone: `+${jid.split('@')[0]}` }, ...over });
}

function inboundDeps(): InboundDeps {
  return { db: t.db, clock, defaultTimeZone: 'Asia/Jakarta', log: silentLogger(), dispatch: async () => undefined };
}

beforeAll(async () => {
  t = await createTestDatabase();
  const at = clock.now();
  const rina = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: RINA, timeZone: 'Asia/Jakarta' });
  ids.rina = rina.person.id;
  const melati = await createGroup(t.db, { name: 'Melati', trades: ['asesoris'], facilitatorId: rina.id, timeZone: 'Asia/Jakarta' });
  const kenanga = await createGroup(t.db, { name: 'Kenanga', trades: ['makanan-ringan'], facilitatorId: rina.id, timeZone: 'Asia/Makassar' });
  const anggrek = await createGroup(t.db, { name: 'Anggrek', trades: ['jahit'], facilitatorId: rina.id, timeZone: 'Asia/Jayapura' });
  const add = async (key: string, groupId: number, input: { name: string; telegramId?: string; phone?: string; timeZone: string; role?: string }) => {
    ids[key] = (await addMember(t.db, groupId, input, at)).person.id;
  };
  // Melati (WIB)
  await add('ani', melati.id, { name: 'Ani', telegramId: '2001', timeZone: 'Asia/Jakarta' }); // records this week
  await add('sri', melati.id, { name: 'Sri', telegramId: '2002', timeZone: 'Asia/Jakarta' }); // records nothing
  await add('tuti', melati.id, { name: 'Tuti', telegramId: '2003', timeZone: 'Asia/Jakarta' }); // opted out
  await add('wati', melati.id, { name: 'Wati', phone: '+6281200000004', timeZone: 'Asia/Jakarta' }); // WhatsApp, never wrote
  await add('yani', melati.id, { name: 'Yani', telegramId: '2004', timeZone: 'Asia/Jakarta', role: 'bendahara' }); // records Monday
  await add('rini', melati.id, { name: 'Rini', telegramId: '2005', timeZone: 'Asia/Jakarta' }); // recorded last Sunday only
  await add('lina', melati.id, { name: 'Lina', telegramId: '2006', timeZone: 'Asia/Jakarta' }); // removed
  await add('hana', melati.id, { name: 'Hana', telegramId: '2007', timeZone: 'Asia/Makassar' }); // lives in WITA
  await groupsRepo.updateMembership(t.db, melati.id, ids.lina!, { status: 'removed', at });
  await setOptOut(t.db, ids.tuti!, true, at);
  // Kenanga (WITA)
  await add('dewi', kenanga.id, { name: 'Dewi', telegramId: '3001', timeZone: 'Asia/Makassar' });
  await add('endang', kenanga.id, { name: 'Endang', telegramId: '3002', timeZone: 'Asia/Makassar', role: 'bendahara' });
  // Anggrek (WIT)
  await add('fitri', anggrek.id, { name: 'Fitri', telegramId: '4001', timeZone: 'Asia/Jayapura' });
  await add('gita', anggrek.id, { name: 'Gita', phone: '+6281200000009', timeZone: 'Asia/Jayapura' });
  // Gita wrote to the bot on WhatsApp, so the bot may write to her there.
  await processInbound(inboundDeps(), whatsappFrom(GITA_JID, 'Gita', 'halo'));

  await groupsRepo.linkChat(t.db, { groupId: melati.id, platform: 'telegram', chatId: MELATI_CHAT, byPersonId: null });
  await groupsRepo.linkChat(t.db, { groupId: kenanga.id, platform: 'telegram', chatId: KENANGA_CHAT, byPersonId: null });
  await groupsRepo.linkChat(t.db, { groupId: anggrek.id, platform: 'telegram', chatId: ANGGREK_CHAT, byPersonId: null });
  await groupsRepo.linkChat(t.db, { groupId: anggrek.id, platform: 'whatsapp', chatId: ANGGREK_WA, byPersonId: null });

  // Week of Monday 25 – Sunday 31 January 2027.
  await entry('rini', 'sale', 99_000, '2027-01-24');
  await entry('yani', 'sale', 230_000, '2027-01-25');
  await entry('ani', 'sale', 150_000, '2027-01-26');
  await entry('yani', 'expense', 40_000, '2027-01-27');

  // Kenanga borrows Rp3.000.000 at 6 % flat over 3 months, due on the 31st (28 Feb, 31 Mar, 30 Apr):
  // instalments of Rp1.015.000.
  kenangaLoan = (
    await createLoan(t.db, { groupId: kenanga.id }, { principal: 3_000_000, annualRatePercent: 6, months: 3, method: 'flat', disbursed: '2027-01-15', dueDay: 31 }, at)
  ).id;
  // Fitri borrows Rp1.000.000 herself at 0 % over 2 months, due on the 5th: Rp500.000 on 5 Feb and 5 Mar.
  fitriLoan = (
    await createLoan(t.db, { personId: ids.fitri }, { principal: 1_000_000, annualRatePercent: 0, months: 2, method: 'flat', disbursed: '2027-01-10', dueDay: 5 }, at)
  ).id;
});
afterAll(async () => t?.drop());

describe('the weekly books nudge (Saturday 19:00 local)', () => {
  it('goes to nobody before 19:00 anywhere', async () => {
    const { sent } = await tick('2027-01-30T09:45:00Z'); // 16:45 WIB, 17:45 WITA, 18:45 WIT
    expect(sent).toEqual([]);
  });

  it('reaches WIT members at 19:00 WIT, on Telegram or on WhatsApp once she wrote there', async () => {
    const { sent } = await tick('2027-01-30T10:00:00Z');
    expect(chats(sent)).toEqual([`telegram:4001`, `whatsapp:${GITA_JID}`]);
    const fitri = sent.find((s) => s.message.chatId === '4001')!;
    expect(fitri.key).toBe(`rem-nudge-2027W04-${ids.fitri}`);
    expect(fitri.message.text).toBe('📒 Halo Bu Fitri! Minggu ini belum ada catatan jualan Ibu. Yuk catat, cukup satu pesan, misalnya: laku 12 bros @15rb');
    expect(fitri.message.bulk).toBe(true);
  });

  it('reaches WITA members at 19:00 WITA, by each member’s own time zone', async () => {
    const { sent } = await tick('2027-01-30T11:00:00Z');
    // Hana is in Melati (a WIB group) but lives in WITA.
    expect(chats(sent)).toEqual(['telegram:2007', 'telegram:3001', 'telegram:3002']);
  });

  it('reaches WIB members at 19:00 WIB: only those who recorded nothing since Monday', async () => {
    const { result, sent } = await tick('2027-01-30T12:00:00Z');
    expect(result.slots).toEqual(['nudge|Asia/Jakarta|2027-01-30']);
    // Sri, and Rini (her entry was last Sunday). Not Ani or Yani (recorded), Tuti (opted out),
    // Wati (never wrote on WhatsApp), Lina (removed), nor the facilitator.
    expect(chats(sent)).toEqual(['telegram:2002', 'telegram:2005']);
  });

  it('sends nothing twice: not on the next tick, nor when the slot is fanned out again', async () => {
    expect((await tick('2027-01-30T12:15:00Z')).sent).toEqual([]);
    await t.db.deleteFrom('reminder_slot_runs').execute(); // as if the ticks had crashed before marking them
    const again = await tick('2027-01-30T12:30:00Z');
    expect(again.result.slots).toEqual(['nudge|Asia/Makassar|2027-01-30', 'nudge|Asia/Jakarta|2027-01-30']);
    expect(again.result.waiting).toEqual(['nudge|Asia/Jayapura|2027-01-30']); // 21:30 WIT: quiet
    expect(again.sent).toEqual([]);
    const rows = await t.db.selectFrom('outbound_messages').select('idempotency_key').where('idempotency_key', 'like', 'rem-nudge-%').execute();
    expect(rows).toHaveLength(7);
  });
});

describe('the group digest (Sunday 19:00 local)', () => {
  it('goes to each linked chat at 19:00 in the group’s time zone, on the last day of the month', async () => {
    expect(chats((await tick('2027-01-31T10:00:00Z')).sent)).toEqual([`telegram:${ANGGREK_CHAT}`, `whatsapp:${ANGGREK_WA}`]);
    const kenanga = (await tick('2027-01-31T11:00:00Z')).sent;
    expect(kenanga.map((s) => s.message.text)).toEqual([
      '📊 Rekap kelompok Kenanga minggu ini (25–31 Jan)\nBelum ada yang mencatat minggu ini, Ibu-ibu. Yuk mulai, cukup satu pesan: laku 12 bros @15rb',
    ]);
  });

  it('tells how many members recorded and the group totals, never one member’s amounts', async () => {
    const { sent } = await tick('2027-01-31T12:00:00Z');
    expect(sent).toHaveLength(1);
    const [digest] = sent;
    expect(digest!.key).toMatch(/^rem-digest-2027W04-\d+$/);
    expect(digest!.message.chatId).toBe(MELATI_CHAT);
    // 7 active members (Lina was removed); Ani and Yani recorded; Rini's Sunday is last week.
    expect(digest!.message.text).toBe(
      '📊 Rekap kelompok Melati minggu ini (25–31 Jan)\nYang mencatat: 2 dari 7 anggota\nJualan: Rp380.000\nBelanja: Rp40.000\nTerima kasih, Ibu-ibu, yang sudah mencatat! 🙏',
    );
    for (const private_ of ['Rp150.000', 'Rp230.000', 'Ani', 'Yani']) expect(digest!.message.text).not.toContain(private_);
  });
});

describe('opting out', () => {
  it('cancels her reminders still waiting to be sent', async () => {
    const key = `rem-nudge-2027W04-${ids.sri}`;
    expect((await findOutbound(t.db, key))?.status).toBe('queued');
    await setOptOut(t.db, ids.sri!, true, clock.now());
    const { result } = await tick('2027-01-31T12:15:00Z');
    expect(result.cancelled).toBe(1);
    const row = await t.db.selectFrom('outbound_messages').select(['status', 'failure']).where('idempotency_key', '=', key).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'failed', failure: 'cancelled: opted out' });
  });
});

describe('repayment of a personal loan (WIT)', () => {
  it('reminds her privately three days before, at 08:00 WIT', async () => {
    const { sent } = await tick('2027-02-01T23:00:00Z'); // Tuesday 2 Feb, 08:00 WIT
    const repay = ofKind(sent, 'rem-repay-');
    expect(repay.map((s) => [s.key, s.message.chatId, s.message.text])).toEqual([
      [`rem-repay-${fitriLoan}.1-d3-person-${ids.fitri}`, '4001', '⏰ Pengingat: cicilan ke-1 Ibu Rp500.000, batas bayar Jumat, 5 Feb (3 hari lagi).'],
    ]);
  });

  it('seven days late, reminds her, and her facilitator at 08:00 in the facilitator’s own time zone', async () => {
    const atFitri = ofKind((await tick('2027-02-11T23:00:00Z')).sent, 'rem-repay-'); // Friday 12 Feb, 08:00 WIT
    expect(atFitri.map((s) => [s.key, s.message.chatId, s.message.text])).toEqual([
      [`rem-repay-${fitriLoan}.1-late7-person-${ids.fitri}`, '4001', '⚠️ Cicilan ke-1 Ibu terlambat 7 hari (batas bayar Jumat, 5 Feb). Masih kurang Rp500.000. Mohon segera disetor ya, Bu.'],
    ]);
    // Bu Rina lives in WIB: 08:00 WIT is 06:00 for her, still quiet. She hears at 08:00 WIB.
    const atRina = ofKind((await tick('2027-02-12T01:00:00Z')).sent, 'rem-repay-');
    expect(atRina.map((s) => [s.key, s.message.chatId, s.message.text])).toEqual([
      [`rem-repay-${fitriLoan}.1-late7-person-${ids.rina}`, RINA, '⚠️ Cicilan ke-1 Bu Fitri terlambat 7 hari (batas bayar Jumat, 5 Feb). Masih kurang Rp500.000. Mohon bantu ingatkan Bu Fitri ya.'],
    ]);
  });
});

describe('repayment of a group loan (WITA), across the end of February', () => {
  const repayOn = async (iso: string) => ofKind((await tick(iso)).sent, 'rem-repay-');

  it('3 days before: the group chat and the bendahara', async () => {
    const sent = await repayOn('2027-02-25T00:00:00Z'); // Thursday 25 Feb, 08:00 WITA
    const chatId = (await t.db.selectFrom('group_chats').select('id').where('chat_id', '=', KENANGA_CHAT).executeTakeFirstOrThrow()).id;
    expect(sent.map((s) => s.key)).toEqual([`rem-repay-${kenangaLoan}.1-d3-chat-${chatId}`, `rem-repay-${kenangaLoan}.1-d3-person-${ids.endang}`]);
    expect(chats(sent)).toEqual([`telegram:${KENANGA_CHAT}`, 'telegram:3002']);
    expect(sent[0]!.message.text).toBe('⏰ Pengingat: cicilan ke-1 kelompok Kenanga Rp1.015.000, batas bayar Minggu, 28 Feb (3 hari lagi).');
  });

  it('1 day before, with the bendahara opted out: only the group chat', async () => {
    await setOptOut(t.db, ids.endang!, true, clock.now());
    const sent = await repayOn('2027-02-27T00:00:00Z');
    expect(chats(sent)).toEqual([`telegram:${KENANGA_CHAT}`]);
    expect(sent[0]!.message.text).toBe('⏰ Pengingat: cicilan ke-1 kelompok Kenanga Rp1.015.000, batas bayar besok, Minggu, 28 Feb.');
    await setOptOut(t.db, ids.endang!, false, clock.now());
  });

  it('on the due day, what is still owed after a part payment', async () => {
    clock.set('2027-02-27T05:00:00Z');
    await recordPayment(t.db, kenangaLoan, 300_000, '2027-02-27', { status: 'confirmed', at: clock.now() });
    const sent = await repayOn('2027-02-28T00:00:00Z');
    expect(chats(sent)).toEqual([`telegram:${KENANGA_CHAT}`, 'telegram:3002']);
    expect(sent[0]!.message.text).toBe('⏰ Hari ini batas bayar cicilan ke-1 kelompok Kenanga: Rp715.000. Jangan lupa setor ya, Ibu-ibu.');
  });

  it('one day late, on 1 March', async () => {
    const sent = await repayOn('2027-03-01T00:00:00Z');
    expect(sent.map((s) => s.key)).toContain(`rem-repay-${kenangaLoan}.1-late1-person-${ids.endang}`);
    expect(sent[0]!.message.text).toBe('⚠️ Cicilan ke-1 kelompok Kenanga terlambat 1 hari (batas bayar Minggu, 28 Feb). Masih kurang Rp715.000. Mohon segera disetor ya, Ibu-ibu.');
  });

  it('seven days late, also the facilitator (at 08:00 WIB, her own time zone)', async () => {
    const sent = [...(await repayOn('2027-03-07T00:00:00Z')), ...(await repayOn('2027-03-07T01:00:00Z'))];
    expect(chats(sent)).toEqual([`telegram:${KENANGA_CHAT}`, 'telegram:3002', `telegram:${RINA}`]);
    expect(sent.every((s) => s.key.includes('.1-late7-'))).toBe(true);
  });

  it('stops once the instalment is paid, and cancels what is still queued', async () => {
    // The rest of instalment 1, then instalment 2's reminder three days before 31 March.
    clock.set('2027-03-07T05:00:00Z');
    await recordPayment(t.db, kenangaLoan, 715_000, '2027-03-07', { status: 'confirmed', at: clock.now() });
    const d3 = await repayOn('2027-03-28T00:00:00Z');
    expect(d3.map((s) => s.key.replace(/-(chat|person)-\d+$/, ''))).toEqual([`rem-repay-${kenangaLoan}.2-d3`, `rem-repay-${kenangaLoan}.2-d3`]);

    clock.set('2027-03-29T02:00:00Z');
    await recordPayment(t.db, kenangaLoan, 1_015_000, '2027-03-29', { status: 'confirmed', at: clock.now() });
    const { result, sent } = await tick('2027-03-30T00:00:00Z');
    expect(ofKind(sent, 'rem-repay-')).toEqual([]);
    expect(result.cancelled).toBeGreaterThanOrEqual(2);
    for (const s of d3) {
      const row = await t.db.selectFrom('outbound_messages').select(['status', 'failure']).where('idempotency_key', '=', s.key).executeTakeFirstOrThrow();
      expect(row).toEqual({ status: 'failed', failure: 'cancelled: instalment paid' });
    }
    expect(await repayOn('2027-03-31T00:00:00Z')).toEqual([]);
    expect(await repayOn('2027-04-01T00:00:00Z')).toEqual([]);
  });
});

describe('the quarterly question (first Monday of April, 08:00 local)', () => {
  it('asks each active member, with her turnover from the books of the quarter just ended', async () => {
    await entry('ani', 'sale', 50_000, '2027-03-31'); // last day of Q1: counted
    await entry('ani', 'sale', 70_000, '2027-04-01'); // Q2: not counted
    await entry('ani', 'expense', 20_000, '2027-03-02'); // spending is not turnover
    const quarterly = async (iso: string) => chats(ofKind((await tick(iso)).sent, 'rem-quarterly-'));
    expect(await quarterly('2027-04-04T22:45:00Z')).toEqual([]);
    expect(await quarterly('2027-04-04T23:00:00Z')).toEqual(['telegram:4001', `whatsapp:${GITA_JID}`]); // 08:00 WIT
    expect(await quarterly('2027-04-05T00:00:00Z')).toEqual(['telegram:2007', 'telegram:3001', 'telegram:3002']); // 08:00 WITA
    const { sent } = await tick('2027-04-05T01:00:00Z'); // Monday 5 April, 08:00 WIB
    const asked = ofKind(sent, 'rem-quarterly-');
    // Ani, Yani, Rini; not Sri or Tuti (opted out).
    expect(chats(asked)).toEqual(['telegram:2001', 'telegram:2004', 'telegram:2005']);
    const ani = asked.find((s) => s.message.chatId === '2001')!;
    expect(ani.key).toBe(`rem-quarterly-2027Q1-${ids.ani}`);
    expect(ani.message.text).toBe(
      '📋 Halo Bu Ani! Laporan triwulan 1 (Jan–Mar 2027).\nOmset dari catatan Ibu: Rp200.000\nBerapa aset usaha Ibu sekarang, dan berapa karyawannya? Balas misalnya: aset 5jt karyawan 2',
    );
  });

  it('stores her answer as that quarter’s report, and completes it with a later one', async () => {
    clock.set('2027-04-06T03:00:00Z');
    const send = async (text: string) => {
      const message = privateMessage(text, { chatId: '2001', sender: { id: '2001', name: 'Ani' }, sentAt: clock.now().toISOString() });
      let replies: OutboxItem[] = [];
      await processInbound({ ...inboundDeps(), dispatch: async (items) => void (replies = [...items]) }, message);
      return (await findOutbound(t.db, replies[0]!.idempotencyKey))!.payload.text;
    };
    expect(await send('aset 5jt omset 3jt')).toBe(
      '✅ Laporan triwulan 1 (Jan–Mar 2027) dicatat:\nAset: Rp5.000.000\nOmset: Rp3.000.000 (catatan Ibu: Rp200.000)\nKaryawan: belum ditulis\nTinggal tulis yang belum, misalnya: karyawan 2',
    );
    expect(await send('karyawan 2')).toBe(
      '✅ Laporan triwulan 1 (Jan–Mar 2027) dicatat:\nAset: Rp5.000.000\nOmset: Rp3.000.000 (catatan Ibu: Rp200.000)\nKaryawan: 2\nTerima kasih, Bu.',
    );
    expect(await findQuarterlyReport(t.db, ids.ani!, '2027Q1')).toEqual({
      personId: ids.ani,
      quarter: '2027Q1',
      from: '2027-01-01',
      to: '2027-03-31',
      assets: 5_000_000,
      turnoverReported: 3_000_000,
      turnoverFromBooks: 200_000,
      employees: 2,
      // All hers: she answered in chat (the console's filling in names its staff, migration 040).
      filledBy: { assets: null, turnover: null, employees: null },
    });
    const rows = await t.db.selectFrom('quarterly_reports').select(['quarter', 'source_message_id']).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.source_message_id).not.toBeNull();
  });
});

describe('quiet hours', () => {
  it('a nudge due in quiet hours goes out when they end', async () => {
    const evenings: QuietHours = { start: 18 * 60, end: 8 * 60 };
    const week = isoWeek('2027-04-10');
    const saturday = await tick('2027-04-10T12:00:00Z', evenings); // Saturday 19:00 WIB: quiet
    expect(ofKind(saturday.sent, 'rem-nudge-')).toEqual([]);
    expect(saturday.result.slots).not.toContain('nudge|Asia/Jakarta|2027-04-10');
    await tick('2027-04-10T23:00:00Z', evenings); // Sunday 08:00 WIT, 07:00 WITA, 06:00 WIB
    await tick('2027-04-11T00:00:00Z', evenings);
    const morning = await tick('2027-04-11T01:00:00Z', evenings); // Sunday 08:00 WIB
    const nudges = ofKind(morning.sent, 'rem-nudge-');
    expect(nudges.map((s) => s.message.chatId).sort()).toEqual(['2001', '2004', '2005']);
    expect(nudges.every((s) => s.key.startsWith(`rem-nudge-${week}-`))).toBe(true);
  });

  it('a slot missed while the bot was down never goes out in quiet hours, but when they end', async () => {
    // Nothing ran on Saturday 17 April; the first tick is at 22:00 WIB.
    const late = await tick('2027-04-17T15:00:00Z');
    expect(late.sent).toEqual([]);
    expect(late.result.waiting).toEqual(
      expect.arrayContaining(['nudge|Asia/Jayapura|2027-04-17', 'nudge|Asia/Makassar|2027-04-17', 'nudge|Asia/Jakarta|2027-04-17']),
    );
    // Saturday's repayment day is over in WIT (00:00 on Sunday): a missed repayment day is not replayed.
    expect(late.result.skipped).toEqual(['repayment|Asia/Jayapura|2027-04-17']);
    const morning = await tick('2027-04-18T00:00:00Z'); // 07:00 WIB, 08:00 WITA, 09:00 WIT
    expect(morning.result.skipped).toEqual(['repayment|Asia/Makassar|2027-04-17', 'repayment|Asia/Jakarta|2027-04-17']);
    expect(chats(ofKind(morning.sent, 'rem-nudge-'))).toEqual([
      'telegram:2001', 'telegram:2004', 'telegram:2005', 'telegram:2007', 'telegram:3001', 'telegram:3002', 'telegram:4001', `whatsapp:${GITA_JID}`,
    ]);
  });

  it('nothing ever went out in the quiet hours of its reader’s time zone', async () => {
    const people = new Map((await t.db.selectFrom('people').select(['id', 'time_zone']).execute()).map((p) => [p.id, p.time_zone]));
    const groupChats = new Map(
      (await t.db.selectFrom('group_chats').innerJoin('groups', 'groups.id', 'group_chats.group_id').select(['group_chats.id', 'groups.time_zone']).execute()).map((c) => [c.id, c.time_zone]),
    );
    expect(dispatchedAt.size).toBeGreaterThan(30);
    for (const [key, { at, quiet }] of dispatchedAt) {
      const parsed = parseReminderKey(key)!;
      const zone = 'personId' in parsed && parsed.personId !== null ? people.get(parsed.personId) : groupChats.get((parsed as { groupChatId: number }).groupChatId);
      expect(isQuiet(minuteOfDayAt(at, zone!), quiet), `${key} at ${at.toISOString()} in ${zone}`).toBe(false);
    }
  });
});

describe('a fan-out interrupted midway', () => {
  it('sends nothing twice when run again', async () => {
    const slot = slotOn('nudge', 'Asia/Jakarta', '2027-05-01', QUIET)!;
    const now = slot.dueAt;
    const first: OutboxItem[] = [];
    await expect(
      fanOut(t.db, slot, now, {
        batchSize: 1,
        dispatch: async (items) => void first.push(...items),
        afterBatch: (_items, batch) => {
          if (batch === 0) throw new Error('worker killed');
        },
      }),
    ).rejects.toThrow('worker killed');
    expect(first).toHaveLength(1);

    const second: OutboxItem[] = [];
    const written = await fanOut(t.db, slot, now, { batchSize: 1, dispatch: async (items) => void second.push(...items) });
    expect(written).toEqual(second);
    expect(second).toHaveLength(2);
    const keys = [...first, ...second].map((i) => i.idempotencyKey);
    expect(new Set(keys).size).toBe(3);
    const rows = await t.db.selectFrom('outbound_messages').select('idempotency_key').where('idempotency_key', 'like', 'rem-nudge-2027W17-%').execute();
    expect(rows.map((r) => r.idempotency_key).sort()).toEqual([...keys].sort());

    expect(await fanOut(t.db, slot, now, { batchSize: 1 })).toEqual([]);
  });

  it('writes the next batch while the last one is being queued; a queue that fails stops it, its rows left queued for the sweep', async () => {
    const slot = slotOn('nudge', 'Asia/Jakarta', '2027-05-08', QUIET)!;
    const now = slot.dueAt;
    const week = `rem-nudge-${isoWeek(slot.date)}-%`;
    const rowsOfWeek = async () => (await t.db.selectFrom('outbound_messages').select(['idempotency_key', 'status']).where('idempotency_key', 'like', week).execute());
    expect(await rowsOfWeek()).toEqual([]);
    const calls: OutboxItem[][] = [];
    const run = fanOut(t.db, slot, now, {
      batchSize: 1,
      dispatch: async (items) => {
        calls.push([...items]);
        // The first batch's queuing ends only once the second batch is in the outbox: a
        // fan-out that waited for it before writing on would never get there.
        if (calls.length === 1) await vi.waitFor(async () => expect(await rowsOfWeek()).toHaveLength(2), { timeout: 10_000 });
        if (calls.length === 2) throw new Error('Redis away');
      },
    });
    await expect(run).rejects.toThrow('Redis away');
    const rows = await rowsOfWeek();
    // Three members are due; the third batch was written while the second was being queued.
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.status === 'queued')).toBe(true);
    expect(calls.map((c) => c.length)).toEqual([1, 1]);

    // A re-run writes nothing new and so queues nothing; the sweep re-queues what is still queued.
    expect(await fanOut(t.db, slot, now, { batchSize: 1, dispatch: async (items) => void calls.push([...items]) })).toEqual([]);
    expect(calls).toHaveLength(2);
    const swept = await staleQueued(t.db, new Date(Date.now() + 86_400_000), 500, ['telegram', 'whatsapp']);
    expect(swept.map((i) => i.idempotencyKey)).toEqual(expect.arrayContaining(rows.map((r) => r.idempotency_key)));
  });

  it('two schedulers fanning out the same slot at once write each member\'s nudge once, and each dispatches only what it wrote', async () => {
    const slot = slotOn('nudge', 'Asia/Jakarta', '2027-05-15', QUIET)!;
    const week = `rem-nudge-${isoWeek(slot.date)}-%`;
    const a: OutboxItem[] = [];
    const b: OutboxItem[] = [];
    // One in batches of one member, the other in one batch: they meet on every row.
    const [ofA, ofB] = await Promise.all([
      fanOut(t.db, slot, slot.dueAt, { batchSize: 1, dispatch: async (items) => void a.push(...items) }),
      fanOut(t.db, slot, slot.dueAt, { dispatch: async (items) => void b.push(...items) }),
    ]);
    expect(ofA).toEqual(a);
    expect(ofB).toEqual(b);
    const rows = await t.db.selectFrom('outbound_messages').select(['idempotency_key', 'payload']).where('idempotency_key', 'like', week).execute();
    expect(rows).toHaveLength(3);
    const keys = [...a, ...b].map((i) => i.idempotencyKey).sort();
    expect(keys).toEqual(rows.map((r) => r.idempotency_key).sort());
    // Written as her facts, worded by the send step in her language.
    const [first] = rows.sort((x, y) => x.idempotency_key.localeCompare(y.idempotency_key));
    const person = await t.db.selectFrom('people').select('name').where('id', '=', Number(first!.idempotency_key.split('-').at(-1))).executeTakeFirstOrThrow();
        expect(first!.payload).toMatchObject({ text: '', bulk: true, toWord: { kind: 'nudge', language: 'id', name: person.name } });
    expect(withWords(first!.payload).text).toBe(`📒 Halo Bu ${person.name}! Minggu ini belum ada catatan jualan Ibu. Yuk catat, cukup satu pesan, misalnya: laku 12 bros @15rb`);
    expect(withWords(first!.payload)).not.toHaveProperty('toWord');
    // And a third run, as after a crash once all was written, writes nothing.
    expect(await fanOut(t.db, slot, slot.dueAt, { dispatch: async () => expect.fail('nothing to dispatch') })).toEqual([]);
  });

  it('no tick ever queued the same reminder twice', () => {
    const keys = dispatched.map((i) => i.idempotencyKey);
    expect(keys.length).toBeGreaterThan(20);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
