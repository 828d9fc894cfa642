/**
 * The loans page's list and the portfolio indicators on real Postgres, on the hand-computed
 * fixture of tests/helpers/loan-portfolio-world.ts (several instalments late, partial
 * payments, exactly 30 days late, a reported payment that does not count, a borrower who left
 * her group, a group with no loans): the list agrees with the indicators loan by loan, each
 * viewer sees only her groups' loans, a member who left keeps her loan in the group it was
 * given in, and the migration files existing member loans under the group they were given in.
 * A property test holds the set-based SQL to the pure rules of portfolio.ts on random books.
 */
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loanIndicators } from '../../src/modules/indicators/indicators.service.ts';
import { createLoan } from '../../src/modules/loans/loans.service.ts';
import { loanRisk, type LoanBook } from '../../src/modules/loans/portfolio.ts';
import { loanBooksIn } from '../../src/modules/loans/portfolio.repository.ts';
import { outstandingLoans } from '../../src/modules/loans/portfolio.service.ts';
import { resolveScope, scopedGroups, type ScopedGroups } from '../../src/modules/programmes/scope.ts';
import * as givenInGroup from '../../migrations/2026-12-06-026-loans-given-in-group.ts';
import { seedConsoleWorld, type ConsoleWorld } from '../helpers/console-world.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import '../helpers/fast-check-seed.ts';
import { addLoanPortfolio, EXPECTED, type LoanPortfolioWorld } from '../helpers/loan-portfolio-world.ts';

let t: TestDatabase;
let w: ConsoleWorld;
let lw: LoanPortfolioWorld;
const TODAY = '2026-12-10';

beforeAll(async () => {
  t = await createTestDatabase();
  w = await seedConsoleWorld(t.db);
  lw = await addLoanPortfolio(t.db, w);
});
afterAll(async () => t?.drop());

async function scopedOf(personId: number): Promise<ScopedGroups> {
  const scope = await resolveScope(t.db, personId);
  if (!scope) throw new Error(`no scope for ${personId}`);
  return scopedGroups(scope);
}

const list = async (personId: number, atRiskOnly = false) => outstandingLoans(t.db, await scopedOf(personId), TODAY, { atRiskOnly, page: 1 });

describe('the loans list and PAR30 (hand-computed)', () => {
  it("Melati's facilitator: three loans, most days late first, with their figures", async () => {
    const page = await list(w.fitri.personId);
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => ({ loan: r.loanId, who: r.borrower, group: r.groupName, principal: r.principal, out: r.outstandingPrincipal, late: r.lateInstalments, days: r.daysLate, risk: r.atRisk }))).toEqual([
      { loan: lw.loans.sari, who: 'Sari', group: 'Melati', principal: 200_000, out: 200_000, late: 2, days: 70, risk: true },
      { loan: lw.loans.ani, who: 'Ani', group: 'Melati', principal: 300_000, out: 150_000, late: 2, days: 66, risk: true },
      { loan: lw.loans.melati, who: null, group: 'Melati', principal: 600_000, out: 376_000, late: 1, days: 30, risk: false },
    ]);
    const p = await loanIndicators(t.db, await scopedOf(w.fitri.personId), TODAY);
    expect(p).toMatchObject(EXPECTED.melati);
    expect(p.par30).toBeCloseTo(350_000 / 726_000, 12);
    expect(p.onTimeRate).toBeCloseTo(1 / 8, 12);
  });

  it('?saring=par30: only the loans more than 30 days late, and they sum to the at-risk principal', async () => {
    const page = await list(w.maya, true);
    expect(page.rows.map((r) => r.loanId)).toEqual([lw.loans.sari, lw.loans.ani]);
    const p = await loanIndicators(t.db, await scopedOf(w.maya), TODAY);
    expect(page.rows.reduce((s, r) => s + r.outstandingPrincipal, 0)).toBe(p.atRiskPrincipal);
  });

  it('a borrower who left her group stays in its portfolio; the group she joined since has no loans', async () => {
    const gita = await scopedOf(w.gita.personId);
    expect((await outstandingLoans(t.db, gita, TODAY, { atRiskOnly: false, page: 1 })).total).toBe(0);
    expect(await loanIndicators(t.db, gita, TODAY)).toMatchObject({ loans: 0, outstandingPrincipal: 0, par30: null, onTimeRate: null });
    const { rows } = await sql<{ given_in_group_id: string; status: string }>`
      select l.given_in_group_id, m.status from loans l join memberships m on m.person_id = l.person_id and m.group_id = l.given_in_group_id where l.id = ${lw.loans.sari}`.execute(t.db);
    expect(rows).toEqual([{ given_in_group_id: w.melati, status: 'removed' }]);
  });

  it('programme B and the admin: the sums of the list equal the indicators', async () => {
    for (const [personId, expected] of [
      [w.nina, EXPECTED.kenanga],
      [w.admin, EXPECTED.all],
    ] as const) {
      const page = await list(personId);
      const p = await loanIndicators(t.db, await scopedOf(personId), TODAY);
      expect(p).toMatchObject(expected);
      expect(page.total).toBe(p.activeLoans);
      expect(page.rows.reduce((s, r) => s + r.outstandingPrincipal, 0)).toBe(p.outstandingPrincipal);
      expect(page.rows.filter((r) => r.atRisk).reduce((s, r) => s + r.outstandingPrincipal, 0)).toBe(p.atRiskPrincipal);
    }
    expect((await list(w.nina)).rows.map((r) => [r.borrower, r.daysLate, r.atRisk])).toEqual([['Eka', 20, false]]);
  });

  it('a page past the end is empty but still counts the loans', async () => {
    const page = await outstandingLoans(t.db, await scopedOf(w.admin), TODAY, { atRiskOnly: false, page: 3 });
    expect(page).toMatchObject({ rows: [], total: 4, page: 3, pages: 1 });
  });
});

describe('the group a member loan is given in', () => {
  it('the migration files existing member loans under the group she was in when it was given', async () => {
    // Undo and redo the migration: the backfill must find Melati for Sari (left after the
    // loan), not Mawar (joined after it), and Ani's and Budi's loans under Melati.
    await givenInGroup.down(t.db);
    await givenInGroup.up(t.db);
    const { rows } = await sql<{ id: string; given_in_group_id: string | null }>`select id, given_in_group_id from loans order by id`.execute(t.db);
    const byLoan = new Map(rows.map((r) => [Number(r.id), r.given_in_group_id === null ? null : Number(r.given_in_group_id)]));
    expect(byLoan.get(lw.loans.sari)).toBe(w.melati);
    expect(byLoan.get(lw.loans.ani)).toBe(w.melati);
    expect(byLoan.get(lw.loans.melati)).toBe(w.melati);
    expect(byLoan.get(lw.loans.eka)).toBe(w.kenanga);
  });

  it("the database refuses a group's loan filed under no group or another group", async () => {
    for (const given of [null, w.mawar]) {
      await expect(
        sql`insert into loans (group_id, given_in_group_id, principal, annual_rate_bp, method, months, disbursed, due_day, round_to)
            values (${w.melati}, ${given}, 1000, 0, 'flat', 1, '2026-12-01', 5, 1)`.execute(t.db),
      ).rejects.toThrow(/loans_given_in_own_group/);
    }
  });

  it("a member loan may name one of her active groups, not another; a group's loan is its own", async () => {
    const terms = { principal: 50_000, annualRatePercent: 0, months: 1, method: 'flat' as const, disbursed: '2026-12-01', dueDay: 5 };
    const at = new Date('2026-12-10T05:00:00Z');
    await expect(createLoan(t.db, { personId: lw.sari, inGroupId: w.melati }, terms, at)).rejects.toMatchObject({ code: 'loan_group_not_hers' });
    await expect(createLoan(t.db, { groupId: w.mawar, inGroupId: w.melati }, terms, at)).rejects.toMatchObject({ code: 'borrower_invalid' });
    // Made in a transaction that is then rolled back, so the fixture stays as described.
    const rollBack = new Error('roll back');
    await expect(
      t.db.transaction().execute(async (trx) => {
        expect((await createLoan(trx, { personId: lw.sari, inGroupId: w.mawar }, terms, at)).givenInGroupId).toBe(w.mawar);
        expect((await createLoan(trx, { personId: w.members.dewi }, terms, at)).givenInGroupId).toBe(w.mawar);
        throw rollBack;
      }),
    ).rejects.toBe(rollBack);
  });
});

describe('the set-based list keeps the rules of portfolio.ts', () => {
  it('for random books, each listed loan equals loanRisk() and the unlisted owe no principal', async () => {
    const scoped = scopedGroups({ personId: 0, role: 'facilitator', programmeId: null, facilitatorId: w.hana.facilitatorId });
    const instalment = fc.record({ principal: fc.integer({ min: 1, max: 200_000 }), interest: fc.integer({ min: 0, max: 30_000 }) });
    const book = fc.record({
      months: fc.array(instalment, { minLength: 1, maxLength: 6 }),
      firstDue: fc.integer({ min: -200, max: 40 }),
      payments: fc.array(fc.record({ amount: fc.integer({ min: 1, max: 300_000 }), day: fc.integer({ min: -200, max: 20 }), confirmed: fc.boolean() }), { maxLength: 6 }),
    });
    const day = (offset: number) => new Date(Date.parse(`${TODAY}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
    await fc.assert(
      fc.asyncProperty(fc.array(book, { minLength: 1, maxLength: 5 }), async (books) => {
        await sql`delete from loans where given_in_group_id = ${w.kenanga}`.execute(t.db);
        const expected = new Map<number, ReturnType<typeof loanRisk>>();
        for (const b of books) {
          const { rows } = await sql<{ id: string }>`insert into loans (person_id, given_in_group_id, principal, annual_rate_bp, method, months, disbursed, due_day, round_to)
            values (${w.members.eka}, ${w.kenanga}, ${b.months.reduce((s, m) => s + m.principal, 0)}, 0, 'flat', ${b.months.length}, ${day(b.firstDue - 31)}, 1, 1) returning id`.execute(t.db);
          const loanId = Number(rows[0]!.id);
          const schedule = b.months.map((m, k) => ({ number: k + 1, dueDate: day(b.firstDue + 30 * k), principal: m.principal, interest: m.interest, total: m.principal + m.interest }));
          await t.db.insertInto('loan_instalments').values(schedule.map((i) => ({ loan_id: loanId, number: i.number, due_date: i.dueDate, principal: i.principal, interest: i.interest, total: i.total }))).execute();
          for (const p of b.payments) {
            await t.db.insertInto('loan_payments').values({ loan_id: loanId, amount: p.amount, paid_on: day(p.day), status: p.confirmed ? 'confirmed' : 'reported', created_at: new Date(), confirmed_at: p.confirmed ? new Date() : null }).execute();
          }
          const pure: LoanBook = { schedule, payments: b.payments.filter((p) => p.confirmed).map((p) => ({ amount: p.amount, paidOn: day(p.day) })) };
          expected.set(loanId, loanRisk(pure, TODAY));
        }
        const page = await outstandingLoans(t.db, scoped, TODAY, { atRiskOnly: false, page: 1 });
        const listed = new Map(page.rows.map((r) => [r.loanId, { outstandingPrincipal: r.outstandingPrincipal, lateInstalments: r.lateInstalments, daysLate: r.daysLate, atRisk: r.atRisk }]));
        for (const [loanId, risk] of expected) {
          if (risk.outstandingPrincipal === 0) expect(listed.has(loanId)).toBe(false);
          else expect(listed.get(loanId)).toEqual(risk);
        }
        // And the same books through loanBooksIn give the indicators' loans.
        expect((await loanBooksIn(t.db, scoped)).length).toBe(books.length);
      }),
      { numRuns: 40 },
    );
  });
});
