/** The loans a console scope covers, with their schedules and confirmed payments (for portfolio()). */
import { sql } from 'kysely';
import { addDays, type IsoDate } from '../../core/dates.ts';
import type { Db } from '../../db/client.ts';
import { activeMemberIdsIn } from '../groups/group-scope.repository.ts';
import type { ScopedGroups } from '../programmes/scope.ts';
import { ON_TIME_WINDOW_DAYS, PAR_DAYS, type LoanBook, type Portfolio } from './portfolio.ts';

/**
 * Loans to a group in scope, or to a person who is an active member of a group in scope.
 * Three statements whatever the number of loans.
 */
export async function loanBooksIn(db: Db, scoped: ScopedGroups): Promise<LoanBook[]> {
  const loanIds = (
    await db
      .selectFrom('loans')
      .select('id')
      .where((eb) => eb.or([eb('group_id', 'in', scoped.groupIds), eb('person_id', 'in', activeMemberIdsIn(scoped.groupIds))]))
      .orderBy('id')
      .execute()
  ).map((r) => r.id);
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
    with l as (
      select id from loans where group_id in (${scoped.groupIds})
      union
      select id from loans where person_id is not null
         and exists (select 1 from (${activeMemberIdsIn(scoped.groupIds)}) m where m.person_id = loans.person_id)),
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
