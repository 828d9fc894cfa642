/**
 * `reminders preview` says why a window holds what it holds, on real Postgres: who was
 * skipped and why (opted out, no private chat; by person id only), slots moved by quiet
 * hours, slots with nothing due, windows with no slot and databases with nobody yet; in
 * English (LANG=en / --lang en) and Indonesian (the default). The facilitator's late
 * reminder asks her to help, not to pay.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { addFacilitator, addMember, createGroup, groupsRepo } from '../../src/modules/groups/groups.service.ts';
import { createLoan } from '../../src/modules/loans/loans.service.ts';
import { setOptOut } from '../../src/modules/people/people.repository.ts';
import { runAdminCommand } from '../helpers/admin-cli.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

let t: TestDatabase;
const clock = fixedClock('2027-01-20T03:00:00Z');
const ids: Record<string, number> = {};

interface Note {
  reason: string;
  kind: string | null;
  timeZone: string | null;
  date: string | null;
  dueAt: string | null;
  why: string;
}

interface Preview {
  count: number;
  reminders: { key: string; personId: number | null; text: string }[];
  skipped: Record<string, unknown>[];
  notes: Note[];
}

async function preview(args: string[], language: 'id' | 'en' = 'en', db = t): Promise<Preview> {
  const run = await runAdminCommand(db.db, clock, ['reminders', 'preview', ...args], { language });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.json<Preview>();
}

beforeAll(async () => {
  t = await createTestDatabase();
  const at = clock.now();
  const rina = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: '900', timeZone: 'Asia/Makassar' });
  ids.rina = rina.person.id;
  const mawar = await createGroup(t.db, { name: 'Mawar', trades: ['kuliner'], facilitatorId: rina.id, timeZone: 'Asia/Makassar' });
  ids.mawar = mawar.id;
  ids.dewi = (await addMember(t.db, mawar.id, { name: 'Dewi', telegramId: '3001', timeZone: 'Asia/Makassar', role: 'bendahara' }, at)).person.id;
  ids.sari = (await addMember(t.db, mawar.id, { name: 'Sari', telegramId: '3002', timeZone: 'Asia/Makassar' }, at)).person.id;
  await setOptOut(t.db, ids.sari, true, at);
  await groupsRepo.linkChat(t.db, { groupId: mawar.id, platform: 'telegram', chatId: '-100800', byPersonId: null });
  // Due 2 February: 3 days before is Saturday 30 January; 7 days late is 9 February.
  ids.loan = (
    await createLoan(t.db, { groupId: mawar.id }, { principal: 2_000_000, annualRatePercent: 0, months: 2, method: 'flat', disbursed: '2027-01-05', dueDay: 2 }, at)
  ).id;
});
afterAll(async () => t?.drop());

describe('who is skipped, and why', () => {
  it('lists an opted-out member by person id with reason opted_out, and nothing personal', async () => {
    const p = await preview(['--from', '2027-01-30T18:00:00+08:00', '--to', '2027-01-30T20:00:00+08:00', '--kind', 'nudge', '--quiet-hours', 'off']);
    expect(p.reminders.map((r) => r.personId)).toEqual([ids.dewi]);
    expect(p.skipped).toEqual([
      {
        kind: 'nudge',
        key: `rem-nudge-2027W04-${ids.sari}`,
        dueAt: '2027-01-30T19:00:00+08:00',
        timeZone: 'Asia/Makassar',
        personId: ids.sari,
        groupId: null,
        reason: 'opted_out',
        why: 'she opted out (BERHENTI)',
      },
    ]);
  });

  it('lists an opted-out bendahara as skipped for the repayment reminder the group chat still gets', async () => {
    await setOptOut(t.db, ids.dewi!, true, clock.now());
    try {
      const p = await preview(['--from', '2027-01-30T07:00:00+08:00', '--to', '2027-01-30T09:00:00+08:00', '--kind', 'repayment', '--quiet-hours', 'off']);
      expect(p.reminders.map((r) => r.key)).toEqual([expect.stringMatching(/-d3-chat-/)]);
      expect(p.skipped).toMatchObject([{ kind: 'repayment', key: `rem-repay-${ids.loan}.1-d3-person-${ids.dewi}`, personId: ids.dewi, reason: 'opted_out' }]);
    } finally {
      await setOptOut(t.db, ids.dewi!, false, clock.now());
    }
  });
});

describe('notes', () => {
  it('says when quiet hours move a slot, and to when', async () => {
    const p = await preview(['--from', '2027-01-30T00:00:00+08:00', '--to', '2027-02-01T00:00:00+08:00', '--kind', 'nudge', '--quiet-hours', '18:00-08:30']);
    expect(p.notes).toEqual([
      {
        reason: 'quiet_hours',
        kind: 'nudge',
        timeZone: 'Asia/Makassar',
        date: '2027-01-30',
        dueAt: '2027-01-31T08:30:00+08:00',
        why: 'due at 19:00, in quiet hours (18:00-08:30): sent when they end',
      },
    ]);
  });

  it('says which slots had nothing due, instead of a bare count 0', async () => {
    // Wednesday 20 January: no instalment is 3 days, 1 day, 0, 1 or 7 days from due.
    const p = await preview(['--from', '2027-01-20T00:00:00+08:00', '--to', '2027-01-21T00:00:00+08:00', '--kind', 'repayment', '--quiet-hours', 'off']);
    expect(p.count).toBe(0);
    expect(p.notes).toEqual([
      {
        reason: 'nothing_due',
        kind: 'repayment',
        timeZone: 'Asia/Makassar',
        date: '2027-01-20',
        dueAt: '2027-01-20T08:00:00+08:00',
        why: 'no unpaid instalment due in 3 days, tomorrow, today, 1 or 7 days ago for anyone in Asia/Makassar',
      },
    ]);
  });

  it('says when no slot of the kind falls in the window at all', async () => {
    const p = await preview(['--from', '2027-01-20T00:00:00+08:00', '--to', '2027-01-21T00:00:00+08:00', '--kind', 'nudge']);
    expect(p.count).toBe(0);
    expect(p.notes).toMatchObject([{ reason: 'no_slots', kind: null, timeZone: null, why: expect.stringMatching(/nudges Saturday 19:00/) }]);
  });

  it('says when there are no groups or members yet', async () => {
    const empty = await createTestDatabase();
    try {
      const p = await preview(['--from', '2027-01-20T00:00:00+08:00', '--to', '2027-01-27T00:00:00+08:00'], 'en', empty);
      expect(p).toMatchObject({ count: 0, skipped: [], notes: [{ reason: 'no_time_zones', why: 'no groups or members yet: no time zone has reminders' }] });
    } finally {
      await empty.drop();
    }
  });

  it('speaks Indonesian by default, and English with --lang en', async () => {
    const window = ['--from', '2027-01-20T00:00:00+08:00', '--to', '2027-01-21T00:00:00+08:00', '--kind', 'repayment', '--quiet-hours', 'off'];
    const inId = await preview(window, 'id');
    expect(inId.notes.map((n) => n.why)).toEqual([
      'tidak ada cicilan belum lunas yang jatuh tempo 3 hari lagi, besok, hari ini, 1 atau 7 hari lalu bagi siapa pun di Asia/Makassar',
    ]);
    const nudge = await preview(['--from', '2027-01-30T18:00:00+08:00', '--to', '2027-01-30T20:00:00+08:00', '--kind', 'nudge', '--quiet-hours', 'off'], 'id');
    expect(nudge.skipped.map((s) => s.why)).toEqual(['ia sudah berhenti (BERHENTI)']);
    const flagged = await preview(['--lang', 'en', ...window], 'id');
    expect(flagged.notes[0]!.why).toMatch(/^no unpaid instalment/);
  });
});

describe('each reminder speaks to its reader', () => {
  it('the facilitator is asked to help the bendahara, the bendahara and the group chat to pay in', async () => {
    const p = await preview(['--from', '2027-02-09T07:00:00+08:00', '--to', '2027-02-09T09:00:00+08:00', '--kind', 'repayment', '--quiet-hours', 'off']);
    const byKey = new Map(p.reminders.map((r) => [r.key.replace(/^.*-late7-/, ''), r.text]));
    const late = '⚠️ Cicilan ke-1 kelompok Mawar terlambat 7 hari (batas bayar Selasa, 2 Feb). Masih kurang Rp1.000.000.';
    expect(byKey.get(`person-${ids.rina}`)).toBe(`${late} Mohon bantu ingatkan bendahara kelompoknya ya.`);
    expect(byKey.get(`person-${ids.dewi}`)).toBe(`${late} Mohon segera disetor ya, Bu.`);
    expect([...byKey.keys()].filter((k) => k.startsWith('chat-'))).toHaveLength(1);
    expect(p.reminders.find((r) => r.key.includes('-chat-'))!.text).toBe(`${late} Mohon segera disetor ya, Ibu-ibu.`);
  });
});
