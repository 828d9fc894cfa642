/**
 * Giving a loan from the console: the group's page offers it to whoever's scope holds the
 * group (its facilitator, its programme's manager, an admin: the scope check IS the permission
 * check), to the group itself or to one of its active members, given in this group. The terms
 * go through `scheduleFor` (the command line's rounding, the same schedule the loan will
 * store) to be shown first, then `createLoan` writes it: the same services as `loan schedule`
 * and `loan create`. Nothing is written for a group outside the scope or a borrower who is not
 * an active member of it (undefined: the page answers 404 as for a missing group).
 *
 * Each preview carries a one-time token (`request`) in its "give" button; the loan keeps it
 * (`loans.console_request`, migration 039), so pressing the button twice gives one loan: the
 * second press finds the first's and answers with it (see console-requests.repository.ts for
 * what keeps that true across requests and bot copies).
 */
import { DomainError, type DomainErrorCode } from '../../core/errors.ts';
import type { Db } from '../../db/client.ts';
import { consoleGroupIn, membershipsIn, type ConsoleGroup } from '../groups/console.repository.ts';
import { scopedGroups, type Scope } from '../programmes/scope.ts';
import { logConsoleRefusal } from './console-loans.service.ts';
import { rowOfConsoleRequest, setConsoleRequest } from './console-requests.repository.ts';
import { LoanTermsInvalidError, type Loan } from './loans.ts';
import { createLoan, requireLoan, scheduleFor } from './loans.service.ts';
import type { Instalment, LoanTerms } from './schedule.ts';

export interface NewLoanForm {
  group: ConsoleGroup;
  /** Who may borrow here: the active members (the group itself is always offered). */
  members: { personId: number; name: string }[];
}

/** The group and its active members, when the group is in her scope. */
export async function newLoanForm(db: Db, scope: Scope, groupId: number): Promise<NewLoanForm | undefined> {
  const scoped = scopedGroups(scope);
  const found = await consoleGroupIn(db, scoped, groupId);
  if (!found) return undefined;
  const { joinCode: _joinCode, programmeId: _programmeId, ...group } = found;
  const members = (await membershipsIn(db, scoped, groupId)).filter((m) => m.status === 'active').map((m) => ({ personId: m.personId, name: m.name }));
  return { group, members };
}

/** Who may borrow here: the group itself (null) or one of its active members. */
function mayBorrow(form: NewLoanForm, personId: number | null): boolean {
  return personId === null || form.members.some((m) => m.personId === personId);
}

/**
 * What giving this loan here would store: every instalment of the terms, or what to correct —
 * a borrower who is not an active member of the group, or the term the loans module refuses
 * (its `loan_terms_invalid`).
 */
export function previewLoan(form: NewLoanForm, personId: number | null, terms: LoanTerms): { schedule: Instalment[] } | { invalid: keyof LoanTerms | 'borrower' } {
  if (!mayBorrow(form, personId)) return { invalid: 'borrower' };
  try {
    return { schedule: scheduleFor(terms) };
  } catch (error) {
    if (error instanceof LoanTermsInvalidError) return { invalid: error.field };
    throw error;
  }
}

/**
 * Gives the loan: to the group (personId null) or to an active member of it, given in this
 * group. One transaction: the scope and membership checks, the loan with its schedule and
 * its token. A token that already gave a loan in this group answers with that loan
 * (`again`), whatever the terms sent with it; one that gave a loan elsewhere is not hers.
 */
export async function createConsoleLoan(
  db: Db,
  scope: Scope,
  groupId: number,
  personId: number | null,
  terms: LoanTerms,
  /** The preview's one-time token. */
  request: string,
  now: Date,
): Promise<{ done: Loan; again: boolean } | { refused: DomainErrorCode } | undefined> {
  try {
    return await db.transaction().execute(async (trx) => {
      const form = await newLoanForm(trx, scope, groupId);
      if (!form) return undefined;
      const given = await rowOfConsoleRequest(trx, 'loans', request);
      if (given !== undefined) {
        const loan = await requireLoan(trx, given);
        return loan.givenInGroupId === groupId ? { done: loan, again: true } : undefined;
      }
      if (!mayBorrow(form, personId)) return undefined;
      const borrower = personId === null ? { groupId } : { personId, inGroupId: groupId };
      const loan = await createLoan(trx, borrower, terms, now, scope.personId);
      await setConsoleRequest(trx, 'loans', loan.id, request);
      return { done: loan, again: false };
    });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    // Rolled back: only the refusal is kept, in the audit with the chat's (console-loans.service.ts).
    await logConsoleRefusal(db, scope, 'give_loan', error.code, groupId);
    return { refused: error.code };
  }
}
