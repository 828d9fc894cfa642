/**
 * Portfolio indicators over many loans, as of a day (pure; the console's home page):
 *
 * - **Outstanding principal** of a loan: the principal not yet repaid. Payments are
 *   allocated as everywhere else (`allocate`: oldest instalment first); within one
 *   instalment a payment covers its interest first, then its principal (the usual
 *   microfinance order), so an instalment's unpaid principal is min(principal, remaining).
 * - **PAR30** (CGAP): the outstanding principal of the loans that have at least one
 *   instalment more than 30 days late (due date + 30 days < as-of day, not fully paid),
 *   divided by the outstanding principal of all loans. The whole loan's outstanding
 *   principal counts, not only the late instalment. No outstanding principal: no ratio (null).
 * - **On-time repayment rate**: of the instalments that fell due in the last
 *   `ON_TIME_WINDOW_DAYS` days up to the as-of day (inclusive), the share paid in full on or
 *   before their due date. None due: no ratio (null).
 *
 * Only confirmed payments dated on or before the as-of day count.
 */
import { addDays, type IsoDate } from '../../core/dates.ts';
import { assertRupiah, type Rupiah } from '../../core/money.ts';
import { allocate, type PaidAmount } from './loans.ts';
import type { Instalment } from './schedule.ts';

export const PAR_DAYS = 30;
export const ON_TIME_WINDOW_DAYS = 90;

export interface LoanBook {
  schedule: readonly Instalment[];
  /** Confirmed payments only. */
  payments: readonly PaidAmount[];
}

export interface Portfolio {
  loans: number;
  /** Loans with principal still outstanding. */
  activeLoans: number;
  outstandingPrincipal: Rupiah;
  atRiskPrincipal: Rupiah;
  /** atRisk ÷ outstanding, 0..1; null when nothing is outstanding. */
  par30: number | null;
  instalmentsDue: number;
  instalmentsOnTime: number;
  /** onTime ÷ due, 0..1; null when none fell due in the window. */
  onTimeRate: number | null;
}

export function portfolio(loans: readonly LoanBook[], asOf: IsoDate): Portfolio {
  const lateBefore = addDays(asOf, -PAR_DAYS);
  const windowFrom = addDays(asOf, -(ON_TIME_WINDOW_DAYS - 1));
  let outstanding = 0;
  let atRisk = 0;
  let active = 0;
  let due = 0;
  let onTime = 0;
  for (const loan of loans) {
    const { instalments } = allocate(
      loan.schedule,
      loan.payments.filter((p) => p.paidOn <= asOf),
    );
    const principalLeft = instalments.reduce((sum, i) => sum + Math.min(i.principal, i.remaining), 0);
    const late = instalments.some((i) => i.remaining > 0 && i.dueDate < lateBefore);
    outstanding = assertRupiah(outstanding + principalLeft);
    if (principalLeft > 0) active += 1;
    if (late) atRisk = assertRupiah(atRisk + principalLeft);
    for (const i of instalments) {
      if (i.dueDate < windowFrom || i.dueDate > asOf) continue;
      due += 1;
      if (i.remaining === 0 && i.paidOn !== null && i.paidOn <= i.dueDate) onTime += 1;
    }
  }
  return {
    loans: loans.length,
    activeLoans: active,
    outstandingPrincipal: outstanding,
    atRiskPrincipal: atRisk,
    par30: outstanding > 0 ? atRisk / outstanding : null,
    instalmentsDue: due,
    instalmentsOnTime: onTime,
    onTimeRate: due > 0 ? onTime / due : null,
  };
}
