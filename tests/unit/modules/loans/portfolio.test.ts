/**
 * PAR30 and the on-time rate on hand-computed fixtures (numbers worked out on paper, see the
 * comments), including partial payments, several instalments late, a loan only 20 days late,
 * a payment after the as-of day, and no loans at all.
 */
import { describe, expect, it } from 'vitest';
import { portfolio, type LoanBook } from '../../../../src/modules/loans/portfolio.ts';

const inst = (number: number, dueDate: string, principal: number, interest: number) => ({ number, dueDate, principal, interest, total: principal + interest });
const AS_OF = '2026-12-10'; // more than 30 days late: due before 2026-11-10

// 3 × (100.000 + 10.000). Paid: 110.000 on time, then 50.000 late on the 2nd (interest first:
// 10.000 interest + 40.000 principal) → unpaid principal 60.000 + 100.000 = 160.000; the
// 2nd instalment (due 5 Oct) is 66 days late → the whole 160.000 is at risk.
const partlyPaidLate: LoanBook = {
  schedule: [inst(1, '2026-09-05', 100_000, 10_000), inst(2, '2026-10-05', 100_000, 10_000), inst(3, '2026-11-05', 100_000, 10_000)],
  payments: [
    { amount: 110_000, paidOn: '2026-09-05' },
    { amount: 50_000, paidOn: '2026-10-20' },
  ],
};
// 2 × 200.000, nothing paid; the first fell due 20 Nov: 20 days late, not at risk. 400.000
// outstanding. The payment dated 11 Dec is after the as-of day and does not count.
const twentyDaysLate: LoanBook = {
  schedule: [inst(1, '2026-11-20', 200_000, 0), inst(2, '2026-12-20', 200_000, 0)],
  payments: [{ amount: 200_000, paidOn: '2026-12-11' }],
};
// 3 × (50.000 + 5.000); 30.000 paid on the first (5.000 interest, 25.000 principal): unpaid
// principal 25.000 + 50.000 + 50.000 = 125.000, all three instalments late → at risk.
const severalLate: LoanBook = {
  schedule: [inst(1, '2026-08-01', 50_000, 5_000), inst(2, '2026-09-01', 50_000, 5_000), inst(3, '2026-10-01', 50_000, 5_000)],
  payments: [{ amount: 30_000, paidOn: '2026-08-01' }],
};
// Repaid in full a day early: nothing outstanding, one instalment on time.
const repaid: LoanBook = { schedule: [inst(1, '2026-11-05', 100_000, 0)], payments: [{ amount: 100_000, paidOn: '2026-11-04' }] };

describe('portfolio', () => {
  it('PAR30 = principal of loans with an instalment > 30 days late ÷ all outstanding principal', () => {
    const p = portfolio([partlyPaidLate, twentyDaysLate, severalLate, repaid], AS_OF);
    expect(p.outstandingPrincipal).toBe(160_000 + 400_000 + 125_000);
    expect(p.atRiskPrincipal).toBe(160_000 + 125_000);
    expect(p.par30).toBeCloseTo(285_000 / 685_000, 10);
    expect(p.loans).toBe(4);
    expect(p.activeLoans).toBe(3);
  });

  it('on-time rate over instalments due in the last 90 days (12 Sep – 10 Dec)', () => {
    // Due in the window: loan 1 #2 (late) and #3 (unpaid), loan 2 #1 (unpaid), loan 3 #3
    // (unpaid), the repaid loan's #1 (on time) → 1 of 5. Loan 1 #1 (5 Sep) and loan 3 #1–2
    // fell due before the window.
    const p = portfolio([partlyPaidLate, twentyDaysLate, severalLate, repaid], AS_OF);
    expect(p.instalmentsDue).toBe(5);
    expect(p.instalmentsOnTime).toBe(1);
    expect(p.onTimeRate).toBeCloseTo(0.2, 10);
  });

  it('exactly 30 days late is not yet at risk; 31 days is', () => {
    const book: LoanBook = { schedule: [inst(1, '2026-11-10', 100_000, 0)], payments: [] };
    expect(portfolio([book], '2026-12-10').par30).toBe(0);
    expect(portfolio([book], '2026-12-11').par30).toBe(1);
  });

  it('no loans: nothing outstanding and no ratios (not 0 %)', () => {
    const p = portfolio([], AS_OF);
    expect(p).toMatchObject({ outstandingPrincipal: 0, atRiskPrincipal: 0, par30: null, onTimeRate: null, instalmentsDue: 0 });
  });
});
