/**
 * Loans: the types, and the pure rules that turn a stored schedule and the confirmed
 * payments into what a group sees: what is paid, what is late, the on-time streak and
 * whether the group has earned a reward. All amounts are integer rupiah; every sum is
 * checked to stay a safe integer, so nothing is ever rounded or lost.
 *
 * The rules (all of them):
 *
 * - **As of a date.** Only confirmed payments dated on or before the as-of date count.
 * - **Allocation.** Payments are taken in date order (same date: the order given, which is
 *   the order they were recorded) and poured into the instalments oldest first: each fills
 *   the first instalment not yet fully paid, then the next, and so on. An instalment's
 *   `paidOn` is the date of the payment that completed it. Whatever is left once every
 *   instalment is paid is `credit` (over-payment), never dropped.
 * - **Status of an instalment** on the as-of date d:
 *   `paid` fully paid on or before its due date; `paid_late` fully paid after it;
 *   `overdue` not fully paid and its due date is before d; otherwise `partial` when some
 *   of it is paid, `due` when nothing is (not yet due — the due day itself is still on time).
 * - **Arrears**: the sum of what is still unpaid on instalments whose due date is before d.
 * - **On-time streak**: take the most recent instalment whose due date is before d or that
 *   is fully paid; count back from it the consecutive instalments fully paid on or before
 *   their due date. An instalment paid late, or overdue and unpaid, ends the count (so
 *   when it is the most recent one, the streak is 0).
 * - **Next due**: the first instalment not fully paid, with what is still owed on it.
 * - **Reward eligibility**: streak ≥ `rewardStreak` (default 3) and no arrears.
 */
import type { IsoDate } from '../../core/dates.ts';
import { DomainError } from '../../core/errors.ts';
import { assertRupiah, type Rupiah } from '../../core/money.ts';
import type { LoanPaymentStatus } from '../../db/schema.ts';
import type { Instalment, LoanMethod, LoanTerms } from './schedule.ts';

export type PaymentStatus = LoanPaymentStatus;

/** `loan_terms_invalid`: the terms cannot make a schedule; `field` names the term to correct. */
export class LoanTermsInvalidError extends DomainError {
  constructor(
    readonly field: keyof LoanTerms,
    message: string,
  ) {
    super('loan_terms_invalid', message);
  }
}

/** Consecutive on-time instalments needed for a reward (exhibition slot, pameran). */
export const DEFAULT_REWARD_STREAK = 3;

export interface Loan {
  id: number;
  /** Exactly one of groupId / personId is set. */
  groupId: number | null;
  personId: number | null;
  principal: Rupiah;
  annualRatePercent: number;
  method: LoanMethod;
  months: number;
  disbursed: IsoDate;
  dueDay: number;
  roundTo: number;
  createdAt: Date;
  /**
   * The group it was given in, fixed at disbursement: the group itself, or the member's group
   * then (null if she was in none). Her leaving the group later does not move the loan.
   */
  givenInGroupId: number | null;
}

export interface LoanWithSchedule extends Loan {
  schedule: Instalment[];
}

export interface Payment {
  id: number;
  loanId: number;
  amount: Rupiah;
  paidOn: IsoDate;
  status: PaymentStatus;
  reportedByPersonId: number | null;
  confirmedByPersonId: number | null;
  sourceMessageId: number | null;
  createdAt: Date;
  confirmedAt: Date | null;
}

/** What allocation needs of a payment. */
export interface PaidAmount {
  amount: Rupiah;
  paidOn: IsoDate;
}

export interface AllocatedInstalment extends Instalment {
  /** Allocated to this instalment, 0..total. */
  paid: Rupiah;
  /** total − paid. */
  remaining: Rupiah;
  /** Date of the payment that completed it; null while not fully paid. */
  paidOn: IsoDate | null;
}

export interface Allocation {
  instalments: AllocatedInstalment[];
  /** Paid beyond the whole loan. */
  credit: Rupiah;
}

export type InstalmentStatus = 'paid' | 'paid_late' | 'partial' | 'due' | 'overdue';

export interface InstalmentState extends AllocatedInstalment {
  status: InstalmentStatus;
}

export interface NextDue {
  number: number;
  dueDate: IsoDate;
  /** Still owed on that instalment. */
  amount: Rupiah;
}

export interface LoanTotals {
  principal: Rupiah;
  interest: Rupiah;
  /** principal + interest: the whole loan. */
  total: Rupiah;
  /** Confirmed payments up to the as-of date, credit included. */
  paid: Rupiah;
  /** Still owed on the whole loan. */
  remaining: Rupiah;
  /** Paid beyond the whole loan. */
  credit: Rupiah;
}

export interface Standing {
  asOf: IsoDate;
  instalments: InstalmentState[];
  arrears: Rupiah;
  streak: number;
  nextDue: NextDue | null;
  rewardStreak: number;
  eligible: boolean;
  totals: LoanTotals;
}

function add(a: Rupiah, b: Rupiah): Rupiah {
  return assertRupiah(a + b);
}

function sum(values: readonly Rupiah[]): Rupiah {
  return values.reduce(add, 0);
}

/** Payments in date order; the sort is stable, so one day's payments keep their order. */
function inDateOrder<T extends PaidAmount>(payments: readonly T[]): T[] {
  return [...payments].sort((a, b) => (a.paidOn < b.paidOn ? -1 : a.paidOn > b.paidOn ? 1 : 0));
}

/** Pours the payments into the instalments, oldest instalment first (see the file comment). */
export function allocate(schedule: readonly Instalment[], payments: readonly PaidAmount[]): Allocation {
  const instalments: AllocatedInstalment[] = schedule.map((i) => ({ ...i, paid: 0, remaining: i.total, paidOn: null }));
  let index = 0;
  let credit = 0;
  for (const payment of inDateOrder(payments)) {
    let left = assertRupiah(payment.amount);
    while (left > 0 && index < instalments.length) {
      const current = instalments[index]!;
      const take = Math.min(left, current.remaining);
      current.paid += take;
      current.remaining -= take;
      left -= take;
      if (current.remaining === 0) {
        current.paidOn = payment.paidOn;
        index += 1;
      }
    }
    credit = add(credit, left);
  }
  return { instalments, credit };
}

export function instalmentStatus(instalment: AllocatedInstalment, asOf: IsoDate): InstalmentStatus {
  if (instalment.remaining === 0) {
    return instalment.paidOn !== null && instalment.paidOn <= instalment.dueDate ? 'paid' : 'paid_late';
  }
  if (instalment.dueDate < asOf) return 'overdue';
  return instalment.paid > 0 ? 'partial' : 'due';
}

/** Unpaid amounts of the instalments whose due date is before `asOf`. */
export function arrears(instalments: readonly AllocatedInstalment[], asOf: IsoDate): Rupiah {
  return sum(instalments.filter((i) => i.dueDate < asOf).map((i) => i.remaining));
}

function paidOnTime(instalment: AllocatedInstalment): boolean {
  return instalment.remaining === 0 && instalment.paidOn !== null && instalment.paidOn <= instalment.dueDate;
}

/** Consecutive on-time instalments, counted back from the most recent one already due or paid. */
export function onTimeStreak(instalments: readonly AllocatedInstalment[], asOf: IsoDate): number {
  let last = -1;
  instalments.forEach((instalment, index) => {
    if (instalment.dueDate < asOf || instalment.remaining === 0) last = index;
  });
  let streak = 0;
  for (let index = last; index >= 0 && paidOnTime(instalments[index]!); index--) streak += 1;
  return streak;
}

export function nextDue(instalments: readonly AllocatedInstalment[]): NextDue | null {
  const first = instalments.find((i) => i.remaining > 0);
  return first ? { number: first.number, dueDate: first.dueDate, amount: first.remaining } : null;
}

export function isEligible(streak: number, arrearsAmount: Rupiah, rewardStreak: number = DEFAULT_REWARD_STREAK): boolean {
  return streak >= rewardStreak && arrearsAmount === 0;
}

function totalsOf(allocation: Allocation, paid: Rupiah): LoanTotals {
  const rows = allocation.instalments;
  return {
    principal: sum(rows.map((i) => i.principal)),
    interest: sum(rows.map((i) => i.interest)),
    total: sum(rows.map((i) => i.total)),
    paid,
    remaining: sum(rows.map((i) => i.remaining)),
    credit: allocation.credit,
  };
}

/**
 * Everything a group sees about one loan on `asOf`, from its schedule and its confirmed
 * payments (payments dated after `asOf` are left out).
 */
export function standing(
  schedule: readonly Instalment[],
  confirmedPayments: readonly PaidAmount[],
  asOf: IsoDate,
  rewardStreak: number = DEFAULT_REWARD_STREAK,
): Standing {
  if (!Number.isSafeInteger(rewardStreak) || rewardStreak < 0) {
    throw new RangeError(`rewardStreak must be a whole number ≥ 0, got ${rewardStreak}`);
  }
  const counted = confirmedPayments.filter((p) => p.paidOn <= asOf);
  const allocation = allocate(schedule, counted);
  const owed = arrears(allocation.instalments, asOf);
  const streak = onTimeStreak(allocation.instalments, asOf);
  return {
    asOf,
    instalments: allocation.instalments.map((i) => ({ ...i, status: instalmentStatus(i, asOf) })),
    arrears: owed,
    streak,
    nextDue: nextDue(allocation.instalments),
    rewardStreak,
    eligible: isEligible(streak, owed, rewardStreak),
    totals: totalsOf(allocation, sum(counted.map((p) => p.amount))),
  };
}
