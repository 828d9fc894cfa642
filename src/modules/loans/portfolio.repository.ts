/** The loans a console scope covers, with their schedules and confirmed payments (for portfolio()). */
import type { Db } from '../../db/client.ts';
import { activeMemberIdsIn } from '../groups/group-scope.repository.ts';
import type { ScopedGroups } from '../programmes/scope.ts';
import type { LoanBook } from './portfolio.ts';

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
