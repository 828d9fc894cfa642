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

/** One loan's standing in the portfolio on the as-of day (the loans page lists these). */
export interface LoanRisk {
  outstandingPrincipal: Rupiah;
  /** Instalments not fully paid whose due date is before the as-of day. */
  lateInstalments: number;
  /** Days from the oldest such instalment's due date to the as-of day; 0 when none is late. */
  daysLate: number;
  /** An instalment more than PAR_DAYS days late: the whole outstanding principal is at risk. */
  atRisk: boolean;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function allocatedAsOf(loan: LoanBook, asOf: IsoDate) {
  return allocate(
    loan.schedule,
    loan.payments.filter((p) => p.paidOn <= asOf),
  ).instalments;
}

function riskOf(instalments: ReturnType<typeof allocatedAsOf>, asOf: IsoDate): LoanRisk {
  const outstandingPrincipal = assertRupiah(instalments.reduce((sum, i) => sum + Math.min(i.principal, i.remaining), 0));
  const late = instalments.filter((i) => i.remaining > 0 && i.dueDate < asOf);
  const daysLate = late.length > 0 ? daysBetween(late[0]!.dueDate, asOf) : 0;
  // "Due date + PAR_DAYS < as-of day", said in days: more than PAR_DAYS days late.
  return { outstandingPrincipal, lateInstalments: late.length, daysLate, atRisk: daysLate > PAR_DAYS };
}

/** One loan's outstanding principal and lateness as of a day (same rules as `portfolio`). */
export function loanRisk(loan: LoanBook, asOf: IsoDate): LoanRisk {
  return riskOf(allocatedAsOf(loan, asOf), asOf);
}

export function portfolio(loans: readonly LoanBook[], asOf: IsoDate): Portfolio {
  const windowFrom = addDays(asOf, -(ON_TIME_WINDOW_DAYS - 1));
  let outstanding = 0;
  let atRisk = 0;
  let active = 0;
  let due = 0;
  let onTime = 0;
  for (const loan of loans) {
    const instalments = allocatedAsOf(loan, asOf);
    const risk = riskOf(instalments, asOf);
    outstanding = assertRupiah(outstanding + risk.outstandingPrincipal);
    if (risk.outstandingPrincipal > 0) active += 1;
    if (risk.atRisk) atRisk = assertRupiah(atRisk + risk.outstandingPrincipal);
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
