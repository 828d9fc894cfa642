/**
 * A loan as the console shows it, and the payments staff record and confirm there, on the
 * SAME services as the chat and the command line (loans.service.ts): the rules (dates, amounts,
 * who may confirm, maker ≠ checker) live there. What this file adds is the console's scope: a
 * loan given in a group outside the viewer's scope is undefined, exactly as a missing one, and
 * nothing is written. Each write runs in one transaction: the scope check and the row together.
 *
 * The payment rows are their own audit, as in the chat: who recorded it (`reported_by`) and
 * when, who confirmed it (`confirmed_by`) and when.
 *
 * The record form carries a one-time token (`request`) that the payment keeps
 * (`loan_payments.console_request`, migration 039): pressing "record" twice records one
 * payment; the second press finds the first's (console-requests.repository.ts says what keeps
 * that true across requests and bot copies). Confirming needs no token: it is idempotent already.
 *
 * A write a rule refuses (a payment confirmed by whoever recorded it, by someone who keeps no
 * money of the group, a date before the loan…) is logged as the chat logs its refusals: a
 * `permission_refusals` row (who, what, the rule's code, the loan's group), written after the
 * write's rollback, so the audit page shows it with the chat's.
 */
import type { IsoDate } from '../../core/dates.ts';
import { DomainError, type DomainErrorCode } from '../../core/errors.ts';
import type { Rupiah } from '../../core/money.ts';
import type { Db } from '../../db/client.ts';
import { recordRefusal } from '../groups/groups.repository.ts';
import { findPerson } from '../people/people.repository.ts';
import { scopedGroups, type Scope } from '../programmes/scope.ts';
import { rowOfConsoleRequest, setConsoleRequest } from './console-requests.repository.ts';
import { loanGroupIn } from './group-loans.repository.ts';
import { findPayment, paymentsOf } from './loans.repository.ts';
import type { Payment } from './loans.ts';
import { borrowerToday, confirmPayment, loanStatus, recordPayment, requireLoan, type LoanStatus } from './loans.service.ts';

export interface ConsoleLoan {
  group: { groupId: number; groupName: string };
  /** The borrowing member, or null for the group's own loan. */
  borrower: { personId: number; name: string } | null;
  /** The borrower's today. */
  today: IsoDate;
  status: LoanStatus;
  /** Names of the people who recorded or confirmed its payments, by person id. */
  names: Map<number, string>;
}

/** The loan if it was given in a group of her scope, with its standing on the borrower's today. */
export async function consoleLoan(db: Db, scope: Scope, loanId: number, now: Date): Promise<ConsoleLoan | undefined> {
  const group = await loanGroupIn(db, scopedGroups(scope), loanId);
  if (!group) return undefined;
  const loan = await requireLoan(db, loanId);
  const today = await borrowerToday(db, loan, now);
  const status = await loanStatus(db, loanId, today);
  const ids = new Set<number>([...(loan.personId === null ? [] : [loan.personId]), ...status.payments.flatMap((p) => [p.reportedByPersonId, p.confirmedByPersonId].filter((id): id is number => id !== null))]);
  const names = new Map<number, string>();
  for (const id of ids) names.set(id, (await findPerson(db, id))?.name ?? '');
  return { group, borrower: loan.personId === null ? null : { personId: loan.personId, name: names.get(loan.personId)! }, today, status, names };
}

/** Whether the loan was given in a group of her scope: what a write she may not make answers (404) before anything else. */
export async function loanInScope(db: Db, scope: Scope, loanId: number): Promise<boolean> {
  return (await loanGroupIn(db, scopedGroups(scope), loanId)) !== undefined;
}

/** What a console write came to: done, refused by a rule of the loans module (its code), or not hers / not there. */
export type ConsoleLoanWrite<T> = { done: T } | { refused: DomainErrorCode } | undefined;

/** What the audit's refusal rows call each console write of a loan (the chat's refusals name theirs the same way). */
export type ConsoleLoanAction = 'give_loan' | 'record_payment' | 'confirm_payment';

/** Logs a console write a rule refused: who, what, why, in which group (the audit page's refusal rows). */
export async function logConsoleRefusal(db: Db, scope: Scope, action: ConsoleLoanAction, code: DomainErrorCode, groupId: number | null): Promise<void> {
  await recordRefusal(db, { personId: scope.personId, action, reason: code, groupId });
}

async function scopedWrite<T>(db: Db, scope: Scope, loanId: number, action: ConsoleLoanAction, write: (trx: Db) => Promise<T | undefined>): Promise<ConsoleLoanWrite<T>> {
  try {
    return await db.transaction().execute(async (trx) => {
      if (!(await loanInScope(trx, scope, loanId))) return undefined;
      const done = await write(trx);
      return done === undefined ? undefined : { done };
    });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    // The transaction rolled back: a refused write leaves nothing behind but its refusal.
    const group = await loanGroupIn(db, scopedGroups(scope), loanId);
    await logConsoleRefusal(db, scope, action, error.code, group?.groupId ?? null);
    return { refused: error.code };
  }
}

/**
 * Records a payment she was told of: "reported", by her, waiting for someone else to confirm
 * it (the bendahara or the facilitator of the group: never herself, see confirmPayment).
 * A token that already recorded a payment answers with it (`again`) when it was hers, on
 * this loan; any other is not hers (undefined).
 */
export async function recordConsolePayment(
  db: Db,
  scope: Scope,
  loanId: number,
  amount: Rupiah,
  date: IsoDate,
  /** The form's one-time token. */
  request: string,
  now: Date,
): Promise<ConsoleLoanWrite<{ payment: Payment; again: boolean }>> {
  return scopedWrite(db, scope, loanId, 'record_payment', async (trx) => {
    const recorded = await rowOfConsoleRequest(trx, 'loan_payments', request);
    if (recorded !== undefined) {
      const payment = await findPayment(trx, recorded);
      return payment?.loanId === loanId && payment.reportedByPersonId === scope.personId ? { payment, again: true } : undefined;
    }
    const { payment } = await recordPayment(trx, loanId, amount, date, { status: 'reported', reportedBy: scope.personId, at: now });
    await setConsoleRequest(trx, 'loan_payments', payment.id, request);
    return { payment, again: false };
  });
}

/**
 * Confirms a reported payment of this loan as her (confirmPayment decides whether she may:
 * the group's facilitator or bendahara, and not the one who recorded it). A payment of
 * another loan is `payment_not_found`.
 */
export async function confirmConsolePayment(db: Db, scope: Scope, loanId: number, paymentId: number, now: Date): Promise<ConsoleLoanWrite<{ payment: Payment; changed: boolean }>> {
  return scopedWrite(db, scope, loanId, 'confirm_payment', async (trx) => {
    if (!(await paymentsOf(trx, loanId)).some((p) => p.id === paymentId)) throw new DomainError('payment_not_found', `loan ${loanId} has no payment ${paymentId}`);
    return confirmPayment(trx, paymentId, scope.personId, now);
  });
}
