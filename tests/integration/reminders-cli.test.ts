/**
 * `reminders preview` in-process on real Postgres: every reminder of a window as the job
 * would send it (kind, recipient, platform, chat, local due time with offset, text),
 * nothing written; quiet hours and kinds; bad input exits 2 with one line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { fanOut } from '../../src/jobs/reminders-fan-out.ts';
import { addFacilitator, addMember, createGroup, groupsRepo } from '../../src/modules/groups/groups.service.ts';
import { createLoan } from '../../src/modules/loans/loans.service.ts';
import { slotOn } from '../../src/modules/reminders/schedule.ts';
import { runAdminCommand } from '../helpers/admin-cli.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

let t: TestDatabase;
const clock = fixedClock('2027-01-20T03:00:00Z');
const ids: Record<string, number> = {};

interface Previewed {
  kind: string;
  key: string;
  dueAt: string;
  timeZone: string;
  personId: number | null;
  groupId: number | null;
  groupChatId: number | null;
  platform: string;
  chatId: string;
  text: string;
  outbox: string | null;
}

interface Preview {
  from: string;
  to: string;
  quietHours: string;
  count: number;
  reminders: Previewed[];
}

const cli = (args: string[]) => runAdminCommand(t.db, clock, args);

async function preview(...args: string[]): Promise<Preview> {
  const run = await cli(['reminders', 'preview', ...args]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Preview;
}

beforeAll(async () => {
  t = await createTestDatabase();
  const at = clock.now();
  const rina = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: '900', timeZone: 'Asia/Jakarta' });
  const mawar = await createGroup(t.db, { name: 'Mawar', trades: ['kuliner'], facilitatorId: rina.id, timeZone: 'Asia/Makassar' });
  ids.mawar = mawar.id;
  ids.dewi = (await addMember(t.db, mawar.id, { name: 'Dewi', telegramId: '3001', timeZone: 'Asia/Makassar', role: 'bendahara' }, at)).person.id;
  await groupsRepo.linkChat(t.db, { groupId: mawar.id, platform: 'telegram', chatId: '-100800', byPersonId: null });
  ids.chat = (await t.db.selectFrom('group_chats').select('id').executeTakeFirstOrThrow()).id;
  // Due 2 February: its 3-days-before reminder is on Saturday 30 January.
  ids.loan = (
    await createLoan(t.db, { groupId: mawar.id }, { principal: 2_000_000, annualRatePercent: 0, months: 2, method: 'flat', disbursed: '2027-01-05', dueDay: 2 }, at)
  ).id;
});
afterAll(async () => t?.drop());

describe('reminders preview', () => {
  it('prints every reminder of the window as the job would send it, and writes nothing', async () => {
    const p = await preview('--from', '2027-01-30T00:00:00+08:00', '--to', '2027-02-01T00:00:00+08:00', '--quiet-hours', '21:00-07:00');
    expect(p).toMatchObject({ from: '2027-01-29T16:00:00.000Z', to: '2027-01-31T16:00:00.000Z', quietHours: '21:00-07:00', count: 4 });
    expect(p.reminders).toEqual([
      {
        kind: 'repayment',
        key: `rem-repay-${ids.loan}.1-d3-chat-${ids.chat}`,
        dueAt: '2027-01-30T08:00:00+08:00',
        timeZone: 'Asia/Makassar',
        personId: null,
        groupId: ids.mawar,
        groupChatId: ids.chat,
        platform: 'telegram',
        chatId: '-100800',
        text: '⏰ Pengingat: cicilan ke-1 kelompok Mawar Rp1.000.000, batas bayar Selasa, 2 Feb (3 hari lagi).',
        outbox: null,
      },
      {
        kind: 'repayment',
        key: `rem-repay-${ids.loan}.1-d3-person-${ids.dewi}`,
        dueAt: '2027-01-30T08:00:00+08:00',
        timeZone: 'Asia/Makassar',
        personId: ids.dewi,
        groupId: ids.mawar,
        groupChatId: null,
        platform: 'telegram',
        chatId: '3001',
        text: '⏰ Pengingat: cicilan ke-1 kelompok Mawar Rp1.000.000, batas bayar Selasa, 2 Feb (3 hari lagi).',
        outbox: null,
      },
      {
        kind: 'nudge',
        key: `rem-nudge-2027W04-${ids.dewi}`,
        dueAt: '2027-01-30T19:00:00+08:00',
        timeZone: 'Asia/Makassar',
        personId: ids.dewi,
        groupId: null,
        groupChatId: null,
        platform: 'telegram',
        chatId: '3001',
        text: '📒 Halo Bu Dewi! Minggu ini belum ada catatan jualan Ibu. Yuk catat, cukup satu pesan, misalnya: laku 12 bros @15rb',
        outbox: null,
      },
      {
        kind: 'digest',
        key: `rem-digest-2027W04-${ids.chat}`,
        dueAt: '2027-01-31T19:00:00+08:00',
        timeZone: 'Asia/Makassar',
        personId: null,
        groupId: ids.mawar,
        groupChatId: ids.chat,
        platform: 'telegram',
        chatId: '-100800',
        text: '📊 Rekap kelompok Mawar minggu ini (25–31 Jan)\nBelum ada yang mencatat minggu ini, Ibu-ibu. Yuk mulai, cukup satu pesan: laku 12 bros @15rb',
        outbox: null,
      },
    ]);
    const rows = await t.db.selectFrom('outbound_messages').select('id').execute();
    expect(rows).toEqual([]);
  });

  it('shows which reminders are already in the outbox', async () => {
    await fanOut(t.db, slotOn('repayment', 'Asia/Makassar', '2027-01-30', { start: 1260, end: 420 })!, clock.now());
    const p = await preview('--from', '2027-01-30T00:00:00Z', '--to', '2027-01-30T01:00:00Z', '--kind', 'repayment', '--quiet-hours', '21:00-07:00');
    expect(p.reminders.map((x) => [x.key, x.outbox])).toEqual([
      [`rem-repay-${ids.loan}.1-d3-chat-${ids.chat}`, 'queued'],
      [`rem-repay-${ids.loan}.1-d3-person-${ids.dewi}`, 'queued'],
    ]);
  });

  it('moves reminders out of other quiet hours, and reads QUIET_HOURS when none are given', async () => {
    const p = await preview('--from', '2027-01-30T00:00:00+08:00', '--to', '2027-02-01T12:00:00+08:00', '--kind', 'nudge', '--quiet-hours', '18:00-08:30');
    expect(p.quietHours).toBe('18:00-08:30');
    expect(p.reminders.map((x) => [x.key, x.dueAt])).toEqual([[`rem-nudge-2027W04-${ids.dewi}`, '2027-01-31T08:30:00+08:00']]);
    const byDefault = await preview('--from', '2027-01-30T00:00:00+08:00', '--to', '2027-01-31T00:00:00+08:00', '--kind', 'nudge');
    expect(byDefault.quietHours).toBe(process.env.QUIET_HOURS || '21:00-07:00');
  });

  it.each([
    [['--from', '2027-01-30T00:00:00+08:00'], /required option '--to/],
    [['--from', '2027-01-30', '--to', '2027-01-31T00:00:00Z'], /^error: date_invalid: --from must be a time in ISO 8601 with its offset/],
    [['--from', '2027-01-30T00:00:00', '--to', '2027-01-31T00:00:00Z'], /^error: date_invalid: --from/],
    [['--from', '2027-02-30T00:00:00Z', '--to', '2027-03-31T00:00:00Z'], /^error: date_invalid: --from/],
    [['--from', '2027-01-31T00:00:00Z', '--to', '2027-01-30T00:00:00Z'], /^error: window_invalid: /],
    [['--from', '2027-01-01T00:00:00Z', '--to', '2028-03-01T00:00:00Z'], /^error: window_invalid: /],
    [['--from', '2027-01-30T00:00:00Z', '--to', '2027-01-31T00:00:00Z', '--kind', 'birthday'], /^error: kind_invalid: /],
    [['--from', '2027-01-30T00:00:00Z', '--to', '2027-01-31T00:00:00Z', '--quiet-hours', '9-5'], /^error: quiet_hours_invalid: /],
  ])('refuses %j with exit code 2 and one line', async (args, message) => {
    const run = await cli(['reminders', 'preview', ...args]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toContain('\n');
  });
});
