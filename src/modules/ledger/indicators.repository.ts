/** Sums of the books over a console scope (the members of the groups it may see). */
import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { activeMemberIdsIn } from '../groups/group-scope.repository.ts';
import type { ScopedGroups } from '../programmes/scope.ts';
import type { DateRange } from './ledger.ts';

export interface BookTotals {
  sales: number;
  expenses: number;
}

/** Unvoided sales (returns net them) and expenses of the scope's active members, dated in `range`. */
export async function bookTotalsIn(db: Db, scoped: ScopedGroups, range: DateRange): Promise<BookTotals> {
  const row = await db
    .selectFrom('ledger_entries')
    .select([
      sql<number>`coalesce(sum(amount) filter (where kind = 'sale'), 0)::bigint`.as('sales'),
      sql<number>`coalesce(sum(amount) filter (where kind = 'expense'), 0)::bigint`.as('expenses'),
    ])
    .where('person_id', 'in', activeMemberIdsIn(scoped.groupIds))
    .where('voided_at', 'is', null)
    .where('business_date', '>=', range.from)
    .where('business_date', '<=', range.to)
    .executeTakeFirstOrThrow();
  return { sales: Number(row.sales), expenses: Number(row.expenses) };
}

/** How many of the scope's active members have at least one unvoided entry dated in `range`. */
export async function recordersIn(db: Db, scoped: ScopedGroups, range: DateRange): Promise<number> {
  const row = await db
    .selectFrom('ledger_entries')
    .select(sql<number>`count(distinct person_id)::int`.as('n'))
    .where('person_id', 'in', activeMemberIdsIn(scoped.groupIds))
    .where('voided_at', 'is', null)
    .where('business_date', '>=', range.from)
    .where('business_date', '<=', range.to)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
