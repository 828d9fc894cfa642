/**
 * The group a loan is given in (`loans.given_in_group_id`, issue #19): the one rule, written
 * once. `createLoan` applies it; migration 026's comment states it and migration 029 brings
 * the rows 026's backfill chose otherwise in line with it.
 *
 * - A group's loan is given in that group (naming another group is refused).
 * - A member's own loan is given in a group she is an ACTIVE member of when it is given:
 *   - the group named, which must be one of hers (`loan_group_not_hers` otherwise);
 *   - none named: her only active group; no group at all when she is active in none (no
 *     group's portfolio holds it); when she is active in several, nothing is guessed
 *     (`loan_group_ambiguous`): the chat asks which group, the command line wants `--in-group`.
 *
 * Fixed once: her leaving the group, or joining another, later never moves the loan.
 */
import { DomainError } from '../../core/errors.ts';

/** Several active groups and none named: the caller asks which, offering `groupIds`. */
export class LoanGroupAmbiguousError extends DomainError {
  constructor(readonly groupIds: readonly number[]) {
    super('loan_group_ambiguous', `the member is active in groups ${groupIds.join(', ')}: name the group the loan is given in`);
  }
}

export interface GivenInGroupQuestion {
  /** The borrowing group (a group's loan), or null for a member's own loan. */
  borrowerGroupId: number | null;
  /** For a member's own loan: the groups she is an active member of now, when it is given. */
  activeGroupIds: readonly number[];
  /** The group the loan is said to be given in, if any. */
  named: number | undefined;
}

/** The group the loan is given in by the rule above, or the DomainError saying why not. */
export function givenInGroup({ borrowerGroupId, activeGroupIds, named }: GivenInGroupQuestion): number | null {
  if (borrowerGroupId !== null) {
    if (named !== undefined && named !== borrowerGroupId) throw new DomainError('borrower_invalid', "a group's loan is given in that group");
    return borrowerGroupId;
  }
  if (named !== undefined) {
    if (!activeGroupIds.includes(named)) throw new DomainError('loan_group_not_hers', `the member is not an active member of group ${named}`);
    return named;
  }
  if (activeGroupIds.length > 1) throw new LoanGroupAmbiguousError(activeGroupIds);
  return activeGroupIds[0] ?? null;
}
