/** The one rule for the group a loan is given in (given-in-group.ts), case by case. */
import { describe, expect, it } from 'vitest';
import { givenInGroup, LoanGroupAmbiguousError } from '../../../../src/modules/loans/given-in-group.ts';

const member = (activeGroupIds: number[], named?: number) => () => givenInGroup({ borrowerGroupId: null, activeGroupIds, named });

describe('the group a loan is given in', () => {
  it("a group's loan: that group, and no other may be named", () => {
    expect(givenInGroup({ borrowerGroupId: 4, activeGroupIds: [], named: undefined })).toBe(4);
    expect(givenInGroup({ borrowerGroupId: 4, activeGroupIds: [], named: 4 })).toBe(4);
    expect(() => givenInGroup({ borrowerGroupId: 4, activeGroupIds: [], named: 5 })).toThrow(expect.objectContaining({ code: 'borrower_invalid' }));
  });

  it('a member in one group: that group, named or not; in none: no group', () => {
    expect(member([7])()).toBe(7);
    expect(member([7], 7)()).toBe(7);
    expect(member([])()).toBeNull();
  });

  it('a member in several groups: the one named; none named is never guessed', () => {
    expect(member([3, 7], 7)()).toBe(7);
    expect(member([3, 7])).toThrow(LoanGroupAmbiguousError);
    expect(member([3, 7])).toThrow(expect.objectContaining({ code: 'loan_group_ambiguous', groupIds: [3, 7] }));
  });

  it('a group she is not an active member of is refused', () => {
    expect(member([3, 7], 9)).toThrow(expect.objectContaining({ code: 'loan_group_not_hers' }));
    expect(member([], 9)).toThrow(expect.objectContaining({ code: 'loan_group_not_hers' }));
  });
});
