/**
 * Loans group by group, for the console. A loan belongs to the group it was given in
 * (`loans.given_in_group_id`, fixed at disbursement; migration 026): a group's own loans and
 * its members' loans given in it. The same rule as the loans page and PAR30
 * (portfolio.repository.ts), so a member who left keeps her loan in her old group, a member
 * of two groups is counted once, and a loan given in another programme's group never shows.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { groupsWithDay } from '../groups/console.repository.ts';
import type { ScopedGroups } from '../programmes/scope.ts';

export interface GroupArrears {
  groupId: number;
  /** Loans with at least one instalment past its due date and not fully paid. */
  loansLate: number;
  /** What is still unpaid on instalments due before today, over those loans. */
  overdue: number;
}

/**
 * Arrears of these groups (all of the scope's when undefined; those outside it are left
 * out; a group with no loan in arrears has no row), as of each group's today at `now`, in
 * one statement. It is the
 * loans module's allocation (`allocate`: confirmed payments fill the oldest instalment
 * first) summed over the instalments due before today. A schedule's due dates rise with
 * its numbers, so those instalments are its first k, and what the allocation leaves unpaid
 * on the first k is what they total less what was paid, when positive:
 *   Σ_{i≤k} clamp(cum_i − paid, 0, total_i) = max(0, cum_k − paid).
 * So a loan needs two sums, not a window over its schedule: its instalments due before
 * today and its confirmed payments dated up to today, each a range of one index (migration
 * 027) for each loan of these groups. The integration test checks it against `standing()`
 * loan by loan.
 *
 * (The window it replaces took 24,000 instalment rows through a sort, with the payments
 * summed once per instalment: 180 ms for an admin at 2,000 loans on a quiet machine.)
 */
export async function arrearsOfGroups(db: Db, scoped: ScopedGroups, groupIds: readonly number[] | undefined, now: Date): Promise<GroupArrears[]> {
  if (groupIds?.length === 0) return [];
  const { rows } = await sql<{ group_id: string; loans_late: number; overdue: string }>`
    with g as (${groupsWithDay(scoped, now, groupIds)}),
    lg as (select l.id as loan_id, g.group_id, g.today from loans l join g on l.given_in_group_id = g.group_id)
    select lg.group_id, count(*)::int as loans_late, sum(due.total - paid.total)::bigint as overdue
    from lg
    cross join lateral (
      select sum(i.total) as total from loan_instalments i where i.loan_id = lg.loan_id and i.due_date < lg.today) due
    cross join lateral (
      select coalesce(sum(p.amount), 0) as total from loan_payments p
       where p.loan_id = lg.loan_id and p.status = 'confirmed' and p.paid_on <= lg.today) paid
    where due.total > paid.total
    group by lg.group_id`.execute(db);
  return rows.map((r) => ({ groupId: Number(r.group_id), loansLate: r.loans_late, overdue: Number(r.overdue) }));
}

export interface GroupLoan {
  id: number;
  /** Null for a loan to the whole group. */
  personId: number | null;
  principal: number;
  disbursed: string;
}

/** The loans given in this group (its own and its members'), oldest first; none outside the scope. */
export async function loansOfGroupIn(db: Db, scoped: ScopedGroups, groupId: number): Promise<GroupLoan[]> {
  return db
    .selectFrom('loans')
    .select(['id', 'person_id as personId', 'principal', 'disbursed'])
    .where('given_in_group_id', '=', groupId)
    .where('given_in_group_id', 'in', scoped.groupIds)
    .orderBy('disbursed')
    .orderBy('id')
    .execute();
}

/** The group a loan was given in, when that group is in the scope (undefined otherwise, or for no such loan). */
export async function loanGroupIn(db: Db, scoped: ScopedGroups, loanId: number): Promise<{ groupId: number; groupName: string } | undefined> {
  return db
    .selectFrom('loans')
    .innerJoin('groups', 'groups.id', 'loans.given_in_group_id')
    .select(['groups.id as groupId', 'groups.name as groupName'])
    .where('loans.id', '=', loanId)
    .where('loans.given_in_group_id', 'in', scoped.groupIds)
    .executeTakeFirst();
}
