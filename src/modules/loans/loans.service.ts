/**
 * Loans for the admin command line and the chat: creating a loan with its stored schedule,
 * recording and confirming payments, and a loan's standing on a day. Every broken rule is a
 * DomainError with a stable code; nothing is written when a rule breaks (callers run each
 * call in one transaction). The rules themselves are the pure functions of loans.ts.
 */
import { businessDate, isIsoDate, type IsoDate } from '../../core/dates.ts';
import { DomainError } from '../../core/errors.ts';
import { assertRupiah, type Rupiah } from '../../core/money.ts';
import type { Db } from '../../db/client.ts';
import {
  DEFAULT_REWARD_STREAK,
  LoanTermsInvalidError,
  standing,
  type Loan,
  type LoanWithSchedule,
  type Payment,
  type PaymentStatus,
  type Standing,
} from './loans.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { activeGroupIdsOf, groupTimeZone } from '../groups/groups.repository.ts';
import { givenInGroup } from './given-in-group.ts';
import { findPerson } from '../people/people.repository.ts';
import * as repo from './loans.repository.ts';
import { DEFAULT_DUE_DAY, DEFAULT_ROUND_TO, loanSchedule, LoanTermsError, type Instalment, type LoanTerms } from './schedule.ts';

/** Exactly one of the two. */
export interface BorrowerInput {
  groupId?: number | undefined;
  personId?: number | undefined;
  /**
   * For a member's own loan: the group it is given in, one where she is an active member.
   * Left out: her only active group (or none); refused when she is active in several
   * (given-in-group.ts).
   */
  inGroupId?: number | undefined;
}

/** The schedule of these terms, or `loan_terms_invalid` naming the field. */
export function scheduleFor(terms: LoanTerms): Instalment[] {
  try {
    return loanSchedule(terms);
  } catch (error) {
    if (error instanceof LoanTermsError) throw new LoanTermsInvalidError(error.field, error.message);
    throw error;
  }
}

function requireOneBorrower(borrower: BorrowerInput): { groupId: number | null; personId: number | null } {
  const groupId = borrower.groupId ?? null;
  const personId = borrower.personId ?? null;
  if ((groupId === null) === (personId === null)) {
    throw new DomainError('borrower_invalid', 'a loan goes to exactly one borrower: a group or a member, not both and not neither');
  }
  return { groupId, personId };
}

/** The borrower's time zone, which decides her "today"; unknown borrowers are refused. */
async function borrowerTimeZone(db: Db, borrower: { groupId: number | null; personId: number | null }): Promise<string> {
  if (borrower.groupId !== null) {
    const zone = await groupTimeZone(db, borrower.groupId);
    if (zone === undefined) throw new DomainError('group_not_found', `no group with id ${borrower.groupId}`);
    return zone;
  }
  const zone = borrower.personId === null ? undefined : (await findPerson(db, borrower.personId))?.timeZone;
  if (zone === undefined) throw new DomainError('member_not_found', `no person with id ${String(borrower.personId)}`);
  return zone;
}

/** The calendar day it is at `at` for the loan's borrower (group or person time zone). */
export async function borrowerToday(db: Db, loan: Loan, at: Date): Promise<IsoDate> {
  return businessDate(at, await borrowerTimeZone(db, loan));
}

/**
 * The group the loan is given in, by the one rule of given-in-group.ts, from her active groups
 * as this transaction reads them. With several bots running, a membership changed at the same
 * moment is either seen or not: the loan is given where she was active when it was read, and
 * nothing later (her leaving, joining another) moves it. Nothing here lives in Redis.
 */
async function givenInGroupOf(db: Db, borrower: { groupId: number | null; personId: number | null }, named: number | undefined): Promise<number | null> {
  const activeGroupIds = borrower.personId === null ? [] : await activeGroupIdsOf(db, borrower.personId);
  return givenInGroup({ borrowerGroupId: borrower.groupId, activeGroupIds, named });
}

/**
 * Gives a loan: the loan, its schedule and its `loan_given` audit row, written with the
 * caller's `db` (one transaction: a loan is never without its row). `givenBy`: the person who
 * gave it (the console's viewer); null, the default, is the admin command line, which has no
 * person behind it.
 */
export async function createLoan(db: Db, borrowerInput: BorrowerInput, terms: LoanTerms, at: Date, givenBy: number | null = null): Promise<LoanWithSchedule> {
  const borrower = requireOneBorrower(borrowerInput);
  const schedule = scheduleFor(terms);
  await borrowerTimeZone(db, borrower);
  const loan = await repo.insertLoan(db, {
    ...borrower,
    givenInGroupId: await givenInGroupOf(db, borrower, borrowerInput.inGroupId),
    principal: terms.principal,
    // Exact: loanSchedule accepted the rate, so it has at most 2 decimals.
    annualRateBp: Math.round(terms.annualRatePercent * 100),
    method: terms.method,
    months: terms.months,
    disbursed: terms.disbursed,
    dueDay: terms.dueDay ?? DEFAULT_DUE_DAY,
    roundTo: terms.roundTo ?? DEFAULT_ROUND_TO,
    createdAt: at,
  });
  await repo.insertInstalments(db, loan.id, schedule);
  await recordAudit(db, {
    kind: 'loan_given',
    at,
    actorPersonId: givenBy,
    subjectPersonId: loan.personId,
    // A member's loan: the group it was given in; a group's loan: that group.
    groupId: loan.givenInGroupId ?? loan.groupId,
    detail: { loan: String(loan.id), principal: String(loan.principal) },
  });
  return { ...loan, schedule };
}

export async function requireLoan(db: Db, loanId: number): Promise<Loan> {
  const loan = await repo.findLoan(db, loanId);
  if (!loan) throw new DomainError('loan_not_found', `no loan with id ${loanId}`);
  return loan;
}

/**
 * Only the facilitator, or the active bendahara, of the group the loan was given in may
 * confirm a payment (repo.handlingGroups): a member who left keeps her old group's.
 */
async function requireConfirmer(db: Db, loan: Loan, personId: number): Promise<void> {
  if (!(await repo.keepsMoneyOf(db, await repo.handlingGroups(db, loan), personId))) {
    throw new DomainError('confirm_not_allowed', `person ${personId} is neither the bendahara nor the facilitator of the borrower's group`);
  }
}

function requireAmount(amount: Rupiah): void {
  if (!Number.isSafeInteger(amount) || amount <= 0) {
    throw new DomainError('payment_amount_invalid', `the amount must be a whole number of rupiah greater than 0, got ${String(amount)}`);
  }
}

async function requirePaymentDate(db: Db, loan: Loan, date: IsoDate, at: Date): Promise<void> {
  if (typeof date !== 'string' || !isIsoDate(date)) {
    throw new DomainError('payment_date_invalid', `the payment date must be a real date written YYYY-MM-DD, got ${JSON.stringify(date)}`);
  }
  if (date < loan.disbursed) {
    throw new DomainError('payment_date_invalid', `the payment date ${date} is before the loan was disbursed (${loan.disbursed})`);
  }
  const today = await borrowerToday(db, loan, at);
  if (date > today) throw new DomainError('payment_date_invalid', `the payment date ${date} is in the future (today is ${today})`);
}

export interface PaymentOptions {
  /** 'confirmed' counts at once; 'reported' (a member wrote it in chat) waits for confirmation. */
  status: PaymentStatus;
  /** Required for 'reported'. */
  reportedBy?: number | null | undefined;
  /** For 'confirmed': who confirmed it (checked to be the bendahara or facilitator); null from the command line. */
  confirmedBy?: number | null | undefined;
  /** The inbound message it came from: the same message never pays twice. */
  sourceMessageId?: number | null | undefined;
  /** When it is recorded (the injected clock). */
  at: Date;
}

export interface RecordedPayment {
  payment: Payment;
  /** False when the source message had already paid: nothing was written. */
  created: boolean;
}

/**
 * Records a payment of `amount` made on `date` (not before the disbursement, not after the
 * borrower's today). Idempotent on `sourceMessageId`: a redelivered message returns the
 * payment it made the first time.
 */
export async function recordPayment(
  db: Db,
  loanId: number,
  amount: Rupiah,
  date: IsoDate,
  options: PaymentOptions,
): Promise<RecordedPayment> {
  const sourceMessageId = options.sourceMessageId ?? null;
  const earlier = sourceMessageId === null ? undefined : await repo.findPaymentBySource(db, sourceMessageId);
  if (earlier) return { payment: earlier, created: false };

  const loan = await requireLoan(db, loanId);
  requireAmount(amount);
  await requirePaymentDate(db, loan, date, options.at);
  const reportedBy = options.reportedBy ?? null;
  const confirmedBy = options.confirmedBy ?? null;
  if (options.status === 'reported' && (reportedBy === null || confirmedBy !== null)) {
    throw new Error('a reported payment needs reportedBy and no confirmedBy');
  }
  if (options.status === 'confirmed' && confirmedBy !== null) await requireConfirmer(db, loan, confirmedBy);

  const payment = await repo.insertPayment(db, {
    loanId,
    amount,
    paidOn: date,
    status: options.status,
    reportedByPersonId: reportedBy,
    confirmedByPersonId: confirmedBy,
    sourceMessageId,
    at: options.at,
  });
  if (payment) return { payment, created: true };
  // The same message was recorded concurrently: the unique key kept one.
  const winner = sourceMessageId === null ? undefined : await repo.findPaymentBySource(db, sourceMessageId);
  if (!winner) throw new Error('payment vanished after a conflict on its source message');
  return { payment: winner, created: false };
}

export interface ConfirmedPayment {
  payment: Payment;
  /** False when it was already confirmed: nothing changed. */
  changed: boolean;
}

/**
 * The bendahara or the facilitator confirms a reported payment; confirming twice changes
 * nothing. A payment that does not exist and one she may not confirm get the same answer,
 * so a number tells nobody whether it exists: `confirm_not_allowed` for someone who may
 * confirm no payment at all, `payment_not_found` ("none of yours with that number") for
 * a bendahara or facilitator. Nobody confirms a payment she recorded (`confirm_own_payment`).
 */
export async function confirmPayment(db: Db, paymentId: number, byPersonId: number, at: Date): Promise<ConfirmedPayment> {
  const payment = await repo.findPayment(db, paymentId);
  const loan = payment && (await requireLoan(db, payment.loanId));
  if (!payment || !loan || !(await repo.keepsMoneyOf(db, await repo.handlingGroups(db, loan), byPersonId))) {
    if (await repo.keepsMoneyAnywhere(db, byPersonId)) throw new DomainError('payment_not_found', `no payment with id ${paymentId}`);
    throw new DomainError('confirm_not_allowed', `person ${byPersonId} is neither a bendahara nor a facilitator`);
  }
  if (payment.status === 'confirmed') return { payment, changed: false };
  // Maker ≠ checker: whoever recorded a payment never confirms it herself, from the chat, the
  // console or anywhere else (the one place this rule lives). The row's reporter is fixed when
  // it is written, so two bot copies cannot race past it.
  if (payment.reportedByPersonId === byPersonId) {
    throw new DomainError('confirm_own_payment', `person ${byPersonId} recorded payment ${paymentId} and cannot confirm it`);
  }
  const confirmed = await repo.markConfirmed(db, paymentId, byPersonId, at);
  if (confirmed) return { payment: confirmed, changed: true };
  return { payment: (await repo.findPayment(db, paymentId))!, changed: false };
}

export interface LoanStatus extends Standing {
  loan: Loan;
  /** Payments dated on or before the as-of date, confirmed or reported, by date. */
  payments: Payment[];
  /** Reported payments (up to the as-of date) still waiting for confirmation; not counted. */
  awaitingConfirmation: Rupiah;
}

/** A loan on `asOf`: each instalment's state, arrears, streak, next due, reward eligibility. */
export async function loanStatus(
  db: Db,
  loanId: number,
  asOf: IsoDate,
  options: { rewardStreak?: number } = {},
): Promise<LoanStatus> {
  if (typeof asOf !== 'string' || !isIsoDate(asOf)) {
    throw new DomainError('date_invalid', `the date must be a real date written YYYY-MM-DD, got ${JSON.stringify(asOf)}`);
  }
  const loan = await requireLoan(db, loanId);
  const schedule = await repo.instalmentsOf(db, loanId);
  const payments = (await repo.paymentsOf(db, loanId)).filter((p) => p.paidOn <= asOf);
  const confirmed = payments.filter((p) => p.status === 'confirmed');
  const reported = payments.filter((p) => p.status === 'reported');
  return {
    loan,
    ...standing(schedule, confirmed, asOf, options.rewardStreak ?? DEFAULT_REWARD_STREAK),
    payments,
    awaitingConfirmation: assertRupiah(reported.reduce((total, p) => total + p.amount, 0)),
  };
}

export async function loansOfGroup(db: Db, groupId: number): Promise<Loan[]> {
  await borrowerTimeZone(db, { groupId, personId: null });
  return repo.loansOfGroup(db, groupId);
}

/** The loans made to this person herself (not those of her groups). */
export async function loansOfPerson(db: Db, personId: number): Promise<Loan[]> {
  await borrowerTimeZone(db, { groupId: null, personId });
  return repo.loansOfPerson(db, personId);
}

/** The latest payment on a loan of this group still waiting for the bendahara or facilitator. */
export async function latestReportedPayment(db: Db, groupId: number): Promise<Payment | undefined> {
  return repo.latestReportedPayment(db, groupId);
}
