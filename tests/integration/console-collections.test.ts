/**
 * The collection sheet (/kelompok/:id/penagihan) on real Postgres, on the hand-computed loans
 * of tests/helpers/loan-portfolio-world.ts (today Thursday 10 Dec 2026): each loan's row,
 * the totals against plain SQL sums over the stored schedules and confirmed payments, and
 * the page over HTTP (404 outside the scope, the print stylesheet).
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { issueLogin, loginWithLink } from '../../src/modules/console-access/console-access.service.ts';
import { collectionSheet } from '../../src/modules/loans/collection-sheet.service.ts';
import { resolveScope, type Scope } from '../../src/modules/programmes/scope.ts';
import { createConsoleApp, SESSION_COOKIE } from '../../src/web/console-app.ts';
import { seedConsoleWorld, type ConsoleWorld } from '../helpers/console-world.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { addLoanPortfolio, type LoanPortfolioWorld } from '../helpers/loan-portfolio-world.ts';

let t: TestDatabase;
let w: ConsoleWorld;
let lw: LoanPortfolioWorld;
const clock = fixedClock('2026-12-10T05:00:00Z');

beforeAll(async () => {
  t = await createTestDatabase();
  w = await seedConsoleWorld(t.db);
  lw = await addLoanPortfolio(t.db, w);
});
afterAll(async () => t?.drop());

const scopeOf = async (personId: number): Promise<Scope> => (await resolveScope(t.db, personId))!;

/** What plain SQL says the sheet must total: per loan given in the group, against its confirmed payments up to today. */
async function sqlTotals(groupId: number, today: string, monthEnd: string) {
  const { rows } = await sql<{ arrears: string; to_collect: string }>`
    with l as (
      select l.id,
             (select coalesce(sum(total), 0) from loan_instalments i where i.loan_id = l.id and i.due_date < ${today}::date) as late,
             (select coalesce(sum(total), 0) from loan_instalments i where i.loan_id = l.id and i.due_date <= ${monthEnd}::date) as by_month_end,
             (select coalesce(sum(amount), 0) from loan_payments p where p.loan_id = l.id and p.status = 'confirmed' and p.paid_on <= ${today}::date) as paid
        from loans l where l.given_in_group_id = ${groupId})
    select coalesce(sum(greatest(late - paid, 0)), 0) as arrears, coalesce(sum(greatest(by_month_end - paid, 0)), 0) as to_collect from l`.execute(t.db);
  const arrears = Number(rows[0]!.arrears);
  const toCollect = Number(rows[0]!.to_collect);
  return { arrears, toCollect, instalmentDue: toCollect - arrears };
}

describe('the collection sheet', () => {
  it("Melati's sheet: a row per loan with something to collect, the longest late first, hand-computed", async () => {
    const sheet = (await collectionSheet(t.db, await scopeOf(w.fitri.personId), w.melati, clock.now()))!;
    expect(sheet.group).toMatchObject({ name: 'Melati', facilitatorName: 'Fitri' });
    expect({ today: sheet.today, monthEnd: sheet.monthEnd }).toEqual({ today: '2026-12-10', monthEnd: '2026-12-31' });
    expect(sheet.rows.map(({ loanId, borrower, instalmentDue, dueDate, arrears, daysLate, toCollect }) => ({ loanId, who: borrower?.name ?? null, instalmentDue, dueDate, arrears, daysLate, toCollect }))).toEqual([
      { loanId: lw.loans.sari, who: 'Sari', instalmentDue: 0, dueDate: null, arrears: 200_000, daysLate: 70, toCollect: 200_000 },
      { loanId: lw.loans.ani, who: 'Ani', instalmentDue: 0, dueDate: null, arrears: 150_000, daysLate: 66, toCollect: 150_000 },
      // Due today (10 Dec) is this month's instalment, not arrears; 76.000 of 10 Nov is late.
      { loanId: lw.loans.melati, who: null, instalmentDue: 106_000, dueDate: '2026-12-10', arrears: 76_000, daysLate: 30, toCollect: 182_000 },
    ]);
    expect(sheet.totals).toEqual({ instalmentDue: 106_000, arrears: 426_000, toCollect: 532_000 });
  });

  it.each(['melati', 'mawar', 'kenanga'] as const)("%s: the sheet's totals are the SQL sums", async (group) => {
    const sheet = (await collectionSheet(t.db, await scopeOf(w.admin), w[group], clock.now()))!;
    expect(sheet.totals).toEqual(await sqlTotals(w[group], sheet.today, sheet.monthEnd));
  });

  it('is undefined outside the scope, as for a missing group', async () => {
    expect(await collectionSheet(t.db, await scopeOf(w.gita.personId), w.melati, clock.now())).toBeUndefined();
    expect(await collectionSheet(t.db, await scopeOf(w.nina), w.melati, clock.now())).toBeUndefined();
    expect(await collectionSheet(t.db, await scopeOf(w.admin), 999_999, clock.now())).toBeUndefined();
  });

  it('the page: totals in the table, the print stylesheet, linked from the group and loans pages; 404 for another facilitator', async () => {
    const app = createConsoleApp({ db: t.db, clock, log: silentLogger(), timeZone: 'Asia/Jakarta', secureCookies: false, sendLoginCode: async () => true, clientOf: () => 'test' });
    const cookieOf = async (personId: number) => {
      const session = await loginWithLink(t.db, (await issueLogin(t.db, personId, clock.now())).token, 'test', clock.now());
      if (typeof session === 'string') throw new Error(session);
      return `${SESSION_COOKIE}=${session.token}`;
    };
    const fitri = await cookieOf(w.fitri.personId);
    const res = await app.request(`/kelompok/${w.melati}/penagihan`, { headers: { cookie: fitri } });
    expect(res.status).toBe(200);
    const page = await res.text();
    const value = (k: string) => new RegExp(`data-k="${k}" data-value="([^"]*)"`).exec(page)?.[1];
    expect([value('total-instalment-due'), value('total-arrears'), value('total-to-collect')]).toEqual(['106000', '426000', '532000']);
    expect(page).toContain('Rp532.000');
    expect(page).toMatch(/@media print\{\s*header,nav/);
    expect(page).toContain('size:A4 portrait');
    for (const from of [`/kelompok/${w.melati}`, '/pinjaman']) {
      expect(await (await app.request(from, { headers: { cookie: fitri } })).text(), from).toContain(`href="/kelompok/${w.melati}/penagihan"`);
    }
    const gita = await cookieOf(w.gita.personId);
    expect((await app.request(`/kelompok/${w.melati}/penagihan`, { headers: { cookie: gita } })).status).toBe(404);
  });
});
