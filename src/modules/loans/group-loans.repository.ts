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
 * Arrears of these groups (those outside the scope are left out; a group with no loan in
 * arrears has no row), as of each group's today at `now`, in one statement. It is the
 * loans module's allocation (`allocate`, oldest instalment first) written as a window:
 * with `paid` the confirmed payments dated up to today, instalment i still owes
 * clamp(cumulative total up to i − paid, 0, its total). The integration test checks it
 * against `standing()` loan by loan.
 */
export async function arrearsOfGroups(db: Db, scoped: ScopedGroups, groupIds: readonly number[], now: Date): Promise<GroupArrears[]> {
  if (groupIds.length === 0) return [];
  const { rows } = await sql<{ group_id: string; loans_late: number; overdue: string }>`
    with g as (${groupsWithDay(scoped, now, groupIds)}),
    lg as (select l.id as loan_id, g.group_id, g.today from loans l join g on l.given_in_group_id = g.group_id),
    paid as (
      select lg.loan_id, lg.group_id, lg.today,
        coalesce((select sum(p.amount) from loan_payments p
                   where p.loan_id = lg.loan_id and p.status = 'confirmed' and p.paid_on <= lg.today), 0) as paid
      from lg
    ),
    owed as (
      select paid.group_id, paid.loan_id, i.due_date, paid.today,
        greatest(0, least(i.total, sum(i.total) over (partition by paid.group_id, paid.loan_id order by i.number) - paid.paid)) as remaining
      from paid join loan_instalments i on i.loan_id = paid.loan_id
    )
    select group_id, count(distinct loan_id)::int as loans_late, sum(remaining)::bigint as overdue
    from owed where due_date < today and remaining > 0
    group by group_id`.execute(db);
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
