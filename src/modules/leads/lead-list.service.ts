/** The console's leads page: this month's leads of a scope, a page at a time. */
import type { Db } from '../../db/client.ts';
import type { DateRange } from '../ledger/ledger.ts';
import type { ScopedGroups } from '../programmes/scope.ts';
import { leadFiguresIn, type LeadFigures } from './indicators.repository.ts';
import { leadsIn, type LeadRow } from './lead-list.repository.ts';

export const LEADS_PAGE_SIZE = 50;

export interface LeadList {
  /** The home card's figures (the same query), over all pages. */
  figures: LeadFigures;
  rows: LeadRow[];
  total: number;
  page: number;
  pages: number;
}

export async function leadList(db: Db, scoped: ScopedGroups, range: DateRange, requestedPage: number): Promise<LeadList> {
  const page = Number.isSafeInteger(requestedPage) && requestedPage >= 1 ? requestedPage : 1;
  const [figures, { rows }] = await Promise.all([leadFiguresIn(db, scoped, range), leadsIn(db, scoped, range, { limit: LEADS_PAGE_SIZE, offset: (page - 1) * LEADS_PAGE_SIZE })]);
  const total = figures.leads;
  return { figures, rows, total, page, pages: Math.max(1, Math.ceil(total / LEADS_PAGE_SIZE)) };
}
