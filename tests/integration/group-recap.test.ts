/**
 * "/rekap_kelompok [minggu|bulan]" through the conversation handler on real Postgres: the
 * facilitator (or the group's ketua) sees one line per member who recorded, the group's
 * totals (matching the ledger) and who recorded nothing; she is asked which group when
 * she has several; a member, and a facilitator of another group, get a kind refusal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { InboundMessage, OutboundMessage } from '../../src/core/messages.ts';
import { matchCommand } from '../../src/conversation/commands.ts';
import { processInbound, type InboundDeps } from '../../src/jobs/inbound.processor.ts';
import { addFacilitator, addMember, createGroup, groupsRepo } from '../../src/modules/groups/groups.service.ts';
import { findOutbound, type OutboxItem } from '../../src/modules/outbox/outbox.repository.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { groupMessage, privateMessage } from '../helpers/messages.ts';

let t: TestDatabase;
const clock = fixedClock('2026-11-27T03:00:00Z'); // Friday 10:00 WIB; week 23–29 Nov
const dispatched: OutboxItem[] = [];
let deps: InboundDeps;
const ids: Record<string, number> = {};
const MELATI_CHAT = '-100700';

beforeAll(async () => {
  t = await createTestDatabase();
  deps = { db: t.db, clock, defaultTimeZone: 'Asia/Jakarta', log: silentLogger(), dispatch: async (items) => void dispatched.push(...items) };
  const at = clock.now();
  const rina = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: '900', timeZone: 'Asia/Jakarta' });
  const budi = await addFacilitator(t.db, { name: 'Pak Budi', telegramId: '901', timeZone: 'Asia/Jakarta' });
  const melati = await createGroup(t.db, { name: 'Melati', trades: ['asesoris'], facilitatorId: rina.id, timeZone: 'Asia/Jakarta' });
  await createGroup(t.db, { name: 'Kenanga', trades: ['kuliner'], facilitatorId: rina.id, timeZone: 'Asia/Jakarta' });
  await createGroup(t.db, { name: 'Anggrek', trades: ['jahit'], facilitatorId: budi.id, timeZone: 'Asia/Jakarta' });
  await groupsRepo.linkChat(t.db, { groupId: melati.id, platform: 'telegram', chatId: MELATI_CHAT, byPersonId: rina.person.id });
  const add = async (key: string, name: string, telegramId: string, role = 'anggota') => {
    ids[key] = (await addMember(t.db, melati.id, { name, telegramId, timeZone: 'Asia/Jakarta', role }, at)).person.id;
  };
  await add('ani', 'Ani', '3001', 'ketua');
  await add('sri', 'Sri', '3002');
  await add('yani', 'Yani', '3003');
  await add('tuti', 'Tuti', '3004');
  await add('lina', 'Lina', '3005');
  await groupsRepo.updateMembership(t.db, melati.id, ids.lina!, { status: 'removed', at });

  await entry('ani', 'sale', 180_000, '2026-11-23');
  await entry('ani', 'sale', 450_000, '2026-11-26');
  await entry('ani', 'expense', 50_000, '2026-11-26');
  await entry('yani', 'sale', 230_000, '2026-11-24');
  await entry('yani', 'expense', 300_000, '2026-11-25');
  await entry('sri', 'sale', 99_000, '2026-11-10'); // earlier this month: the month's recap only
  await entry('sri', 'sale', 77_000, '2026-11-24', true); // voided: never counted
  await entry('lina', 'sale', 500_000, '2026-11-24'); // removed from the group: not in it
});
afterAll(async () => t?.drop());

async function entry(person: string, kind: 'sale' | 'expense', amount: number, date: string, voided = false) {
  await t.db
    .insertInto('ledger_entries')
    .values({ person_id: ids[person]!, kind, amount, business_date: date, raw_text: `${kind} ${amount}`, ...(voided ? { voided_at: clock.now() } : {}) })
    .execute();
}

async function replyTo(message: InboundMessage): Promise<OutboundMessage[]> {
  const before = dispatched.length;
  await processInbound(deps, message);
  const rows = await Promise.all(dispatched.slice(before).map((i) => findOutbound(t.db, i.idempotencyKey)));
  return rows.map((r) => r!.payload);
}

const from = (id: string, name: string) => (text: string) => privateMessage(text, { chatId: id, sender: { id, name } });
const inMelati = (id: string, name: string) => (text: string) => groupMessage(text, { chatId: MELATI_CHAT, sender: { id, name } });
const rina = from('900', 'Bu Rina');

const MELATI_WEEK = [
  '📋 Rekap kelompok Melati — minggu ini (23–29 Nov)',
  'Mencatat: 2 dari 4 anggota',
  '',
  '1. Bu Ani — 2 hari · jualan Rp630.000 · belanja Rp50.000 · untung Rp580.000',
  '2. Bu Yani — 2 hari · jualan Rp230.000 · belanja Rp300.000 · rugi Rp70.000',
  '',
  'Total: jualan Rp860.000 · belanja Rp350.000 · untung Rp510.000',
  '',
  'Belum mencatat (2): Sri, Tuti',
].join('\n');

describe('/rekap_kelompok', () => {
  it('reads the command, with or without a slash, period and group name', () => {
    expect(matchCommand('/rekap_kelompok')).toEqual({ name: 'group_recap', period: 'week', group: null });
    expect(matchCommand('/rekap_kelompok bulan Melati')).toEqual({ name: 'group_recap', period: 'month', group: 'Melati' });
    expect(matchCommand('rekap kelompok minggu ini')).toEqual({ name: 'group_recap', period: 'week', group: null });
    expect(matchCommand('Rekap kelompok melati')).toEqual({ name: 'group_recap', period: 'week', group: 'melati' });
  });

  it('asks a facilitator with several groups which one, kindly', async () => {
    const [reply] = await replyTo(rina('/rekap_kelompok'));
    expect(reply!.text).toBe('Ibu punya beberapa kelompok: Kenanga, Melati. Tulis perintahnya di grup kelompok itu, atau sebut namanya, misalnya: /rekap_kelompok minggu Kenanga');
  });

  it('gives the facilitator one line per member, totals that match the ledger, and who recorded nothing', async () => {
    const [reply] = await replyTo(rina('rekap kelompok melati'));
    expect(reply!.text).toBe(MELATI_WEEK);
    const totals = await t.db
      .selectFrom('ledger_entries')
      .innerJoin('memberships', 'memberships.person_id', 'ledger_entries.person_id')
      .select((eb) => [eb.fn.sum<string>('amount').as('sum'), 'kind'])
      .where('memberships.status', '=', 'active')
      .where('voided_at', 'is', null)
      .where('business_date', '>=', '2026-11-23')
      .where('business_date', '<=', '2026-11-29')
      .groupBy('kind')
      .execute();
    expect(Object.fromEntries(totals.map((r) => [r.kind, Number(r.sum)]))).toEqual({ sale: 860_000, expense: 350_000 });
  });

  it('in the linked group chat is about that group; "bulan" takes the whole month', async () => {
    const [reply] = await replyTo(inMelati('900', 'Bu Rina')('/rekap_kelompok bulan'));
    expect(reply!.chatId).toBe(MELATI_CHAT);
    expect(reply!.text.split('\n').slice(0, 2)).toEqual(['📋 Rekap kelompok Melati — bulan ini (1–30 Nov)', 'Mencatat: 3 dari 4 anggota']);
    expect(reply!.text).toContain('3. Bu Sri — 1 hari · jualan Rp99.000 · belanja Rp0 · untung Rp99.000');
    expect(reply!.text).toContain('Total: jualan Rp959.000 · belanja Rp350.000 · untung Rp609.000');
    expect(reply!.text).toContain('Belum mencatat (1): Tuti');
  });

  it('serves the group’s ketua too', async () => {
    const [reply] = await replyTo(from('3001', 'Ani')('/rekap_kelompok'));
    expect(reply!.text).toBe(MELATI_WEEK);
  });

  it('refuses a member, kindly, and logs it', async () => {
    const [reply] = await replyTo(from('3002', 'Sri')('/rekap_kelompok'));
    expect(reply!.text).toBe('Maaf, rekap kelompok hanya untuk pendamping atau ketua kelompok. Untuk catatan Ibu sendiri, ketik "rekap".');
    const [inGroup] = await replyTo(inMelati('3003', 'Yani')('/rekap_kelompok'));
    expect(inGroup!.text).toBe('Maaf, rekap kelompok hanya untuk pendamping atau ketua kelompok. Untuk catatan Ibu sendiri, ketik "rekap".');
    const refusals = await t.db.selectFrom('permission_refusals').select(['person_id', 'reason']).where('action', '=', 'group_recap').execute();
    expect(refusals).toEqual([
      { person_id: ids.sri, reason: 'recap_not_allowed' },
      { person_id: ids.yani, reason: 'recap_not_allowed' },
    ]);
  });

  it('refuses a facilitator of another group in that group’s chat, and shows her her own', async () => {
    const [reply] = await replyTo(inMelati('901', 'Pak Budi')('/rekap_kelompok'));
    expect(reply!.text).toBe('Maaf, kelompok ini didampingi pendamping lain. Ketik /anggota di grup kelompok Ibu sendiri untuk melihat anggotanya.');
    const [own] = await replyTo(from('901', 'Pak Budi')('/rekap_kelompok Melati'));
    expect(own!.text).toBe('Kelompok "Melati" tidak ada di daftar Ibu. Kelompok Ibu: Anggrek. Misalnya: /rekap_kelompok minggu Anggrek');
    const [anggrek] = await replyTo(from('901', 'Pak Budi')('/rekap_kelompok'));
    expect(anggrek!.text).toBe('📋 Rekap kelompok Anggrek — minggu ini (23–29 Nov)\nMencatat: 0 dari 0 anggota\nBelum ada yang mencatat minggu ini.');
  });
});
