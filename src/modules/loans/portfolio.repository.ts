/**
 * The loans a console scope covers. A loan belongs to the group it was given in
 * (`loans.given_in_group_id`, fixed at disbursement), so a member who left her group keeps
 * her loan, and its arrears, in that group's portfolio, and a member of two groups is counted
 * once, in one. The indicators (`portfolioIn`, held to `portfolio(loanBooksIn(…))` by a test) and the loans page's
 * list (`loanRisksIn`) select the same loans with the same `givenInScope`.
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import { addDays, type IsoDate } from '../../core/dates.ts';
import type { Db } from '../../db/client.ts';
import { groupName } from '../groups/groups.repository.ts';
import { personName } from '../people/people.repository.ts';
import type { ScopedGroups } from '../programmes/scope.ts';
import { ON_TIME_WINDOW_DAYS, PAR_DAYS, type LoanBook, type LoanRisk, type Portfolio } from './portfolio.ts';

/** Loans given in a group of the scope (the one rule both the indicators and the list use). */
function givenInScope(scoped: ScopedGroups): Expression<SqlBool> {
  return sql<SqlBool>`loans.given_in_group_id in ${scoped.groupIds}`;
}

/** Loans of the scope with their schedules and confirmed payments (for portfolio()). Three statements. */
export async function loanBooksIn(db: Db, scoped: ScopedGroups): Promise<LoanBook[]> {
  const loanIds = (await db.selectFrom('loans').select('id').where(givenInScope(scoped)).orderBy('id').execute()).map((r) => r.id);
  return [...(await loanBooksOf(db, loanIds)).values()];
}

/** The schedules and confirmed payments of these loans, by loan id (two statements). */
export async function loanBooksOf(db: Db, loanIds: readonly number[]): Promise<Map<number, LoanBook>> {
  if (loanIds.length === 0) return new Map();
  const [instalments, payments] = await Promise.all([
    db
      .selectFrom('loan_instalments')
      .select(['loan_id as loanId', 'number', 'due_date as dueDate', 'principal', 'interest', 'total'])
      .where('loan_id', 'in', [...loanIds])
      .orderBy('loan_id')
      .orderBy('number')
      .execute(),
    db
      .selectFrom('loan_payments')
      .select(['loan_id as loanId', 'amount', 'paid_on as paidOn'])
      .where('loan_id', 'in', [...loanIds])
      .where('status', '=', 'confirmed')
      .orderBy('paid_on')
      .orderBy('id')
      .execute(),
  ]);
  const books = new Map<number, { schedule: LoanBook['schedule'][number][]; payments: LoanBook['payments'][number][] }>(
    loanIds.map((id) => [id, { schedule: [], payments: [] }]),
  );
  for (const { loanId, ...i } of instalments) books.get(loanId)!.schedule.push(i);
  for (const { loanId, ...p } of payments) books.get(loanId)!.payments.push(p);
  return books;
}

/**
 * The same figures as `portfolio(await loanBooksIn(…), asOf)`, computed by Postgres in one
 * statement (the console's home page): an admin's 2,000 loans and 24,000 instalments were
 * 200 ms to fetch and as much again to allocate in JavaScript on a busy machine.
 *
 * Why the set-based form gives the same answer as `allocate` (oldest instalment first):
 * with P the confirmed payments dated up to the as-of day and T(i) the schedule's running
 * total through instalment i, instalment i still owes min(max(T(i) − P, 0), its total); it
 * was completed on or before its due date exactly when the payments dated up to that day
 * reach T(i) (payments are poured in date order, and no instalment is zero: principal ≥ 1).
 * tests/integration/portfolio-sql.test.ts checks the two against each other on random loans.
 */
export async function portfolioIn(db: Db, scoped: ScopedGroups, asOf: IsoDate): Promise<Portfolio> {
  const lateBefore = addDays(asOf, -PAR_DAYS);
  const windowFrom = addDays(asOf, -(ON_TIME_WINDOW_DAYS - 1));
  const { rows } = await sql<{ loans: string; active: string; outstanding: string; at_risk: string; due: string; on_time: string }>`
    with l as (select id from loans where ${givenInScope(scoped)}),
    paid as (
      select p.loan_id, sum(p.amount) as paid from loan_payments p
       where p.loan_id in (select id from l) and p.status = 'confirmed' and p.paid_on <= ${asOf}::date group by 1),
    alloc as (
      select i.loan_id, i.due_date, i.principal, i.through,
             least(greatest(i.through - coalesce(pd.paid, 0), 0), i.total) as remaining
        from (select loan_id, due_date, principal, total,
                     sum(total) over (partition by loan_id order by number) as through
                from loan_instalments where loan_id in (select id from l)) i
        left join paid pd on pd.loan_id = i.loan_id),
    window_due as (
      select a.loan_id, a.due_date, a.through, a.remaining from alloc a
       where a.due_date between ${windowFrom}::date and ${asOf}::date),
    paid_by_due as (
      select w.loan_id, w.due_date, sum(p.amount) as paid
        from window_due w join loan_payments p on p.loan_id = w.loan_id and p.status = 'confirmed' and p.paid_on <= w.due_date
       group by 1, 2),
    per_loan as (
      select loan_id, sum(least(principal, remaining)) as principal_left,
             bool_or(remaining > 0 and due_date < ${lateBefore}::date) as late
        from alloc group by 1)
    select (select count(*) from l) as loans,
           (select count(*) from per_loan where principal_left > 0) as active,
           (select coalesce(sum(principal_left), 0) from per_loan) as outstanding,
           (select coalesce(sum(principal_left), 0) from per_loan where late) as at_risk,
           (select count(*) from window_due) as due,
           (select count(*) from window_due w join paid_by_due b using (loan_id, due_date)
             where w.remaining = 0 and b.paid >= w.through) as on_time`.execute(db);
  const r = rows[0]!;
  const outstanding = Number(r.outstanding);
  const atRisk = Number(r.at_risk);
  const due = Number(r.due);
  const onTime = Number(r.on_time);
  return {
    loans: Number(r.loans),
    activeLoans: Number(r.active),
    outstandingPrincipal: outstanding,
    atRiskPrincipal: atRisk,
    par30: outstanding > 0 ? atRisk / outstanding : null,
    instalmentsDue: due,
    instalmentsOnTime: onTime,
    onTimeRate: due > 0 ? onTime / due : null,
  };
}

/** One row of the loans page: a loan still owing principal, with its borrower and group. */
export interface LoanRiskRow extends LoanRisk {
  loanId: number;
  /** The member who borrowed; null for a group's own loan. */
  personId: number | null;
  /** Her name, or null for a group's loan. */
  borrower: string | null;
  groupId: number;
  groupName: string;
  principal: number;
}

export interface LoanRiskPage {
  rows: LoanRiskRow[];
  /** How many loans match, over all pages. */
  total: number;
}

/**
 * The loans of the scope still owing principal on `asOf`, most days late first (then by
 * id), `limit` from `offset`; `atRiskOnly` keeps those more than PAR_DAYS days late.
 *
 * One statement, set-based, the same rules as loanRisk() in portfolio.ts (a test holds the two
 * together): confirmed payments dated up to `asOf` are summed per loan and poured into the
 * instalments oldest first, so instalment k has received min(total_k, max(0, paid − the
 * totals before k)); within it interest is paid first, so its unpaid principal is
 * min(principal_k, total_k − received_k). Names are read only for the page's rows.
 */
export async function loanRisksIn(db: Db, scoped: ScopedGroups, asOf: IsoDate, o: { atRiskOnly: boolean; limit: number; offset: number }): Promise<LoanRiskPage> {
  const { rows } = await sql<{
    loan_id: number;
    person_id: number | null;
    group_id: number;
    principal: number;
    outstanding: number;
    late: number;
    days_late: number;
    total: number;
    borrower: string | null;
    group_name: string;
  }>`
    with scoped_loans as (
      select loans.id, loans.person_id, loans.given_in_group_id as group_id, loans.principal from loans where ${givenInScope(scoped)}
    ), paid as (
      select p.loan_id, sum(p.amount) as paid from loan_payments p
       where p.loan_id in (select id from scoped_loans) and p.status = 'confirmed' and p.paid_on <= ${asOf}::date
       group by p.loan_id
    ), instalments as (
      select i.loan_id, i.due_date, i.principal, i.total,
             i.total - least(i.total, greatest(0, coalesce(paid.paid, 0) - (sum(i.total) over (partition by i.loan_id order by i.number) - i.total))) as remaining
        from loan_instalments i left join paid on paid.loan_id = i.loan_id
       where i.loan_id in (select id from scoped_loans)
    ), figures as (
      select loan_id,
             sum(least(principal, remaining))::bigint as outstanding,
             (count(*) filter (where remaining > 0 and due_date < ${asOf}::date))::int as late,
             coalesce(${asOf}::date - min(due_date) filter (where remaining > 0 and due_date < ${asOf}::date), 0) as days_late
        from instalments group by loan_id
    ), listed as (
      select l.id as loan_id, l.person_id, l.group_id, l.principal, f.outstanding, f.late, f.days_late, count(*) over ()::int as total
        from scoped_loans l join figures f on f.loan_id = l.id
       where f.outstanding > 0 and (not ${o.atRiskOnly} or f.days_late > ${PAR_DAYS})
       order by f.days_late desc, l.id
       limit ${o.limit} offset ${o.offset}
    )
    select listed.*, case when listed.person_id is null then null else ${personName(sql.ref<number>('listed.person_id'))} end as borrower,
           ${groupName(sql.ref<number>('listed.group_id'))} as group_name
      from listed order by listed.days_late desc, listed.loan_id`.execute(db);
  const total = rows[0]?.total ?? (o.offset > 0 ? await countOnly(db, scoped, asOf, o.atRiskOnly) : 0);
  return {
    total: Number(total),
    rows: rows.map((r) => ({
      loanId: Number(r.loan_id),
      personId: r.person_id === null ? null : Number(r.person_id),
      borrower: r.borrower,
      groupId: Number(r.group_id),
      groupName: r.group_name,
      principal: Number(r.principal),
      outstandingPrincipal: Number(r.outstanding),
      lateInstalments: Number(r.late),
      daysLate: Number(r.days_late),
      atRisk: Number(r.days_late) > PAR_DAYS,
    })),
  };
}

/** The count alone, for a page past the end (which has no row to carry it). */
async function countOnly(db: Db, scoped: ScopedGroups, asOf: IsoDate, atRiskOnly: boolean): Promise<number> {
  return (await loanRisksIn(db, scoped, asOf, { atRiskOnly, limit: 1, offset: 0 })).total;
}
