/**
 * A loan is handled by the group it was given in (`loans.given_in_group_id`), on real
 * Postgres: Sari got a loan in Melati, then left Melati for Mawar. Her payment in chat goes
 * to Melati's facilitator (not Mawar's) and only Melati's may confirm it; Melati's export
 * lists it, Melati's quarterly report counts it (Mawar's does not), and seven days late
 * Melati's facilitator is reminded. Dewi, in both groups, gets no loan until a group is
 * named — through the service and through `loan create --in-group`. Migration 029 takes
 * back the groups 026's fallback gave loans recorded before she was in any group.
 */
import ExcelJS from 'exceljs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fix029 from '../../migrations/2026-12-06-029-loans-given-where-she-was.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { exportGroup } from '../../src/modules/exports/exports.service.ts';
import { addFacilitator, addMember, createGroup, removeMember } from '../../src/modules/groups/groups.service.ts';
import { createLoan, loanStatus } from '../../src/modules/loans/loans.service.ts';
import { quarterlyReportData } from '../../src/modules/quarterly/quarterly.repository.ts';
import { planSlot } from '../../src/modules/reminders/planning.ts';
import { slotOn } from '../../src/modules/reminders/schedule.ts';
import { runAdminCommand } from '../helpers/admin-cli.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { inboundHarness, type InboundHarness } from '../helpers/inbound-harness.ts';
import { privateMessage } from '../helpers/messages.ts';

let t: TestDatabase;
let h: InboundHarness;
let dir: string;
const clock = fixedClock('2026-12-05T03:00:00Z');
const RINA = '900'; // Melati's facilitator
const HANA = '901'; // Mawar's facilitator
const SARI = '5001';
const ids: Record<string, number> = {};
let sariLoan = 0;
const terms = { principal: 1_500_000, annualRatePercent: 0, months: 3, method: 'flat' as const, disbursed: '2026-11-05' };

beforeAll(async () => {
  t = await createTestDatabase();
  h = inboundHarness(t.db, clock);
  dir = await mkdtemp(path.join(tmpdir(), 'loans-given-'));
  const rina = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: RINA, timeZone: 'Asia/Jakarta' });
  const hana = await addFacilitator(t.db, { name: 'Bu Hana', telegramId: HANA, timeZone: 'Asia/Jakarta' });
  ids.rina = rina.person.id;
  ids.hana = hana.person.id;
  ids.melati = (await createGroup(t.db, { name: 'Melati', trades: ['asesoris'], facilitatorId: rina.id, timeZone: 'Asia/Jakarta' })).id;
  ids.mawar = (await createGroup(t.db, { name: 'Mawar', trades: ['kuliner'], facilitatorId: hana.id, timeZone: 'Asia/Jakarta' })).id;
  ids.kenanga = (await createGroup(t.db, { name: 'Kenanga', trades: ['kuliner'], facilitatorId: hana.id, timeZone: 'Asia/Jakarta' })).id;
  const joined = new Date('2026-11-01T03:00:00Z');
  ids.sari = (await addMember(t.db, ids.melati, { name: 'Sari', telegramId: SARI, timeZone: 'Asia/Jakarta' }, joined)).person.id;
  ids.dewi = (await addMember(t.db, ids.melati, { name: 'Dewi', telegramId: '5002', timeZone: 'Asia/Jakarta' }, joined)).person.id;
  await addMember(t.db, ids.mawar, { name: 'Dewi', telegramId: '5002', timeZone: 'Asia/Jakarta' }, joined);
  // Mawar's bendahara: she keeps money, but not Melati's.
  ids.tuti = (await addMember(t.db, ids.mawar, { name: 'Tuti', telegramId: '5003', role: 'bendahara', timeZone: 'Asia/Jakarta' }, joined)).person.id;

  // Sari's loan is given in Melati (her only group then); she leaves Melati and joins Mawar.
  const loan = await createLoan(t.db, { personId: ids.sari }, terms, new Date('2026-11-05T03:00:00Z'));
  expect(loan.givenInGroupId).toBe(ids.melati);
  sariLoan = loan.id;
  await removeMember(t.db, ids.melati, ids.sari, new Date('2026-11-20T03:00:00Z'));
  await addMember(t.db, ids.mawar, { name: 'Sari', telegramId: SARI, timeZone: 'Asia/Jakarta' }, new Date('2026-11-21T03:00:00Z'), { allowDuplicateName: true });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await t?.drop();
});

const dm = (id: string, text: string) => privateMessage(text, { chatId: id, sender: { id, name: null }, sentAt: clock.now().toISOString() });

describe("a member who left the group her loan was given in", () => {
  it("reports a payment: Melati's facilitator is asked to confirm it, Mawar's people are not", async () => {
    const replies = await h.send(dm(SARI, 'bayar cicilan 300rb'));
    expect(replies[0]?.text).toContain('Rp300.000');
    expect(replies.slice(1).map((r) => r.chatId)).toEqual([RINA]);
  });

  it("only Melati's facilitator may confirm it; Mawar's facilitator and bendahara are told there is no such payment of theirs", async () => {
    const payment = await t.db.selectFrom('loan_payments').select(['id', 'status']).where('loan_id', '=', sariLoan).executeTakeFirstOrThrow();
    expect(payment.status).toBe('reported');
    for (const other of [HANA, '5003']) {
      const refused = await h.send(dm(other, `/konfirmasi ${payment.id}`));
      expect(refused.at(-1)?.text).toBe((await import('../../src/conversation/replies/index.ts')).repliesFor('id').refusals.payment_not_found);
    }
    const confirmed = await h.send(dm(RINA, `/konfirmasi ${payment.id}`));
    expect(confirmed[0]?.text).toContain('Rp300.000');
    const after = await t.db.selectFrom('loan_payments').select(['status', 'confirmed_by_person_id']).where('id', '=', payment.id).executeTakeFirstOrThrow();
    expect(after).toEqual({ status: 'confirmed', confirmed_by_person_id: ids.rina });
  });

  it("Melati's export lists her loan by name; Mawar's (her group now) does not", async () => {
    const loansIn = async (groupId: number) => {
      const file = path.join(dir, `${groupId}.xlsx`);
      await exportGroup(t.db, { groupId, range: { from: '2026-11-01', to: '2026-12-05' }, format: 'xlsx', file, madeAt: clock.now() });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      const rows: unknown[][] = [];
      workbook.getWorksheet('Ringkasan pinjaman')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows.filter((r) => typeof r[0] === 'number').map((r) => [r[0], r[1]]);
    };
    expect(await loansIn(ids.melati!)).toEqual([[sariLoan, 'Sari']]);
    expect(await loansIn(ids.mawar!)).toEqual([]);
  });

  it("Melati's quarterly report: her loan on her row in the quarter she left in, on the line of members who left after it; Mawar's row for her holds no loan", async () => {
    const status = await loanStatus(t.db, sariLoan, '2026-12-05');
    // She was Melati's member until 20 Nov: triwulan 4 still lists her, with the loan given there.
    const melati = await quarterlyReportData(t.db, ids.melati!, '2026Q4', clock.now());
    expect(melati.rows.map((r) => r.name)).toEqual(['Dewi', 'Sari']);
    expect(melati.rows.find((r) => r.personId === ids.sari)?.loans).toEqual({ count: 1, outstanding: status.totals.remaining, arrears: status.arrears, streak: status.streak });
    expect(melati.leftMembersLoans.count).toBe(0);
    expect(status.totals.remaining).toBe(1_200_000);
    // Triwulan 1 2027 (made in April): she had left before it began: no row, her loan on the line of members who left.
    const later = await loanStatus(t.db, sariLoan, '2027-03-31');
    const q1 = await quarterlyReportData(t.db, ids.melati!, '2027Q1', new Date('2027-04-02T03:00:00Z'));
    expect(q1.rows.map((r) => r.name)).toEqual(['Dewi']);
    expect(q1.leftMembersLoans).toEqual({ count: 1, outstanding: later.totals.remaining, arrears: later.arrears, streak: later.streak });
    const mawar = await quarterlyReportData(t.db, ids.mawar!, '2026Q4', clock.now());
    expect(mawar.rows.find((r) => r.personId === ids.sari)?.loans).toEqual({ count: 0, outstanding: 0, arrears: 0, streak: null });
    expect(mawar.leftMembersLoans.count).toBe(0);
  });

  it("seven days late, Melati's facilitator is reminded, not Mawar's", async () => {
    const slot = slotOn('repayment', 'Asia/Jakarta', '2026-12-12', null)!;
    const keys: string[] = [];
    for await (const batch of planSlot(t.db, slot, new Date('2026-12-12T01:00:00Z'))) keys.push(...batch.planned.map((p) => p.key));
    const late = keys.filter((k) => k.startsWith(`rem-repay-${sariLoan}.1-late7-`));
    expect(late.sort()).toEqual([`rem-repay-${sariLoan}.1-late7-person-${ids.rina}`, `rem-repay-${sariLoan}.1-late7-person-${ids.sari}`].sort());
  });
});

describe('a member of two groups', () => {
  const cli = (args: string[]) => runAdminCommand(t.db, clock, args);
  const create = ['loan', 'create', '--principal', '600000', '--rate', '0', '--months', '2', '--method', 'flat', '--disbursed', '2026-12-01'];
  const loansOfDewi = async () => t.db.selectFrom('loans').select('given_in_group_id').where('person_id', '=', ids.dewi!).execute();

  it('gets no loan until the group is named: the service refuses to guess', async () => {
    await expect(createLoan(t.db, { personId: ids.dewi }, terms, clock.now())).rejects.toMatchObject({
      code: 'loan_group_ambiguous',
      groupIds: [ids.melati, ids.mawar],
    });
    await expect(createLoan(t.db, { personId: ids.dewi, inGroupId: ids.kenanga }, terms, clock.now())).rejects.toMatchObject({ code: 'loan_group_not_hers' });
    expect(await loansOfDewi()).toEqual([]);
  });

  it('`loan create --member` without --in-group is refused, naming her groups', async () => {
    const run = await cli([...create, '--member', String(ids.dewi)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `error: loan_group_ambiguous: she is an active member of several groups (#${ids.melati} Melati, #${ids.mawar} Mawar): say which one the loan is given in with --in-group <id or name>`,
    );
    expect(await loansOfDewi()).toEqual([]);
  });

  it('--in-group refuses a group she is not in (by id or name), and goes only with --member', async () => {
    for (const raw of [String(ids.kenanga), 'Kenanga']) {
      const run = await cli([...create, '--member', String(ids.dewi), '--in-group', raw]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`error: loan_group_not_hers: --in-group "${raw}" is not a group she is an active member of; her groups: #${ids.melati} Melati, #${ids.mawar} Mawar`);
    }
    const withGroup = await cli([...create, '--group', String(ids.mawar), '--in-group', String(ids.mawar)]);
    expect([withGroup.code, withGroup.stderr.split(':')[1]?.trim()]).toEqual([2, 'borrower_invalid']);
    // Sari left Melati: her old group is not one to give a new loan in.
    const left = await cli([...create, '--member', String(ids.sari), '--in-group', 'melati']);
    expect(left.stderr).toBe(`error: loan_group_not_hers: --in-group "melati" is not a group she is an active member of; her groups: #${ids.mawar} Mawar`);
    expect(await loansOfDewi()).toEqual([]);
  });

  it('--in-group by name (case and spacing aside) or by id gives the loan in that group', async () => {
    const byName = await cli([...create, '--member', String(ids.dewi), '--in-group', '  mAWAR ']);
    expect(byName.stderr).toBe('');
    expect(byName.json<{ givenInGroupId: number }>().givenInGroupId).toBe(ids.mawar);
    const byId = await cli([...create, '--member', String(ids.dewi), '--in-group', `#${ids.melati}`]);
    expect(byId.json<{ givenInGroupId: number }>().givenInGroupId).toBe(ids.melati);
    expect((await loansOfDewi()).map((l) => l.given_in_group_id)).toEqual([ids.mawar, ids.melati]);
  });
});

describe('migration 029', () => {
  it("takes back the group 026's fallback gave a loan recorded before she was in any group, and leaves the others", async () => {
    const nia = (await addMember(t.db, ids.kenanga!, { name: 'Nia', telegramId: '5004', timeZone: 'Asia/Jakarta' }, new Date('2026-11-10T03:00:00Z'))).person.id;
    const insert = async (createdAt: string) => {
      const { rows } = await sql<{ id: string }>`insert into loans (person_id, given_in_group_id, principal, annual_rate_bp, method, months, disbursed, due_day, round_to, created_at)
        values (${nia}, ${ids.kenanga}, 100000, 0, 'flat', 1, '2026-11-01', 5, 1, ${createdAt}) returning id`.execute(t.db);
      return Number(rows[0]!.id);
    };
    // Recorded before she joined Kenanga (026 filed it there by its fallback), and after.
    const before = await insert('2026-11-02T03:00:00Z');
    const after = await insert('2026-11-12T03:00:00Z');
    const groupOf = async () => {
      const rows = await t.db.selectFrom('loans').select(['id', 'given_in_group_id']).where('id', 'in', [before, after, sariLoan]).orderBy('id').execute();
      return rows.map((r) => r.given_in_group_id);
    };
    await fix029.up(t.db);
    // Sari's loan (recorded while she was in Melati, which she has left since) stays in Melati.
    expect(await groupOf()).toEqual([ids.melati, null, ids.kenanga]);
  });
});
