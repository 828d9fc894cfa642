/** Leads over a console scope: those that reached its groups, with the answers from them (lead-scope.repository.ts). */
import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { ScopedGroups } from '../programmes/scope.ts';
import type { DateRange } from '../ledger/ledger.ts';
import { answerInView, leadInView } from './lead-scope.repository.ts';

export interface LeadFigures {
  leads: number;
  /** Members who answered with interest (a decline is not interest). */
  interested: number;
  /** The quantities they offered, summed (answers without a quantity add nothing). */
  quantityOffered: number;
}

/** Leads created on days in `range` (in each lead's own time zone), and the interest they drew. */
export async function leadFiguresIn(db: Db, scoped: ScopedGroups, range: DateRange): Promise<LeadFigures> {
  const row = await db
    .selectFrom('leads')
    .leftJoin('lead_responses', (join) => join.onRef('lead_responses.lead_id', '=', 'leads.id').on(answerInView(scoped)))
    .select([
      sql<number>`count(distinct leads.id)::int`.as('leads'),
      sql<number>`count(lead_responses.id)::int`.as('interested'),
      sql<number>`coalesce(sum(lead_responses.quantity), 0)::bigint`.as('quantity'),
    ])
    .where(leadInView(scoped))
    .where(sql<boolean>`(leads.created_at at time zone leads.time_zone)::date between ${range.from}::date and ${range.to}::date`)
    .executeTakeFirstOrThrow();
  return { leads: Number(row.leads), interested: Number(row.interested), quantityOffered: Number(row.quantity) };
}
