/**
 * Giving a loan from the console: the group's page offers it to whoever's scope holds the
 * group (its facilitator, its programme's manager, an admin: the scope check IS the permission
 * check), to the group itself or to one of its active members, given in this group. The terms
 * go through `scheduleFor` (the command line's rounding, the same schedule the loan will
 * store) to be shown first, then `createLoan` writes it: the same services as `loan schedule`
 * and `loan create`. Nothing is written for a group outside the scope or a borrower who is not
 * an active member of it (undefined: the page answers 404 as for a missing group).
 */
import { DomainError, type DomainErrorCode } from '../../core/errors.ts';
import type { Db } from '../../db/client.ts';
import { consoleGroupIn, membershipsIn, type ConsoleGroup } from '../groups/console.repository.ts';
import { scopedGroups, type Scope } from '../programmes/scope.ts';
import { LoanTermsInvalidError, type LoanWithSchedule } from './loans.ts';
import { createLoan, scheduleFor } from './loans.service.ts';
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

/** Every instalment of these terms, or the term to correct (the loans module's `loan_terms_invalid`). */
export function previewSchedule(terms: LoanTerms): { schedule: Instalment[] } | { invalid: keyof LoanTerms; message: string } {
  try {
    return { schedule: scheduleFor(terms) };
  } catch (error) {
    if (error instanceof LoanTermsInvalidError) return { invalid: error.field, message: error.message };
    throw error;
  }
}

/**
 * Gives the loan: to the group (personId null) or to an active member of it, given in this
 * group. One transaction: the scope and membership checks and the loan with its schedule.
 */
export async function createConsoleLoan(
  db: Db,
  scope: Scope,
  groupId: number,
  personId: number | null,
  terms: LoanTerms,
  now: Date,
): Promise<{ done: LoanWithSchedule } | { refused: DomainErrorCode } | undefined> {
  try {
    return await db.transaction().execute(async (trx) => {
      const form = await newLoanForm(trx, scope, groupId);
      if (!form) return undefined;
      if (personId !== null && !form.members.some((m) => m.personId === personId)) return undefined;
      const borrower = personId === null ? { groupId } : { personId, inGroupId: groupId };
      return { done: await createLoan(trx, borrower, terms, now) };
    });
  } catch (error) {
    if (error instanceof DomainError) return { refused: error.code };
    throw error;
  }
}
