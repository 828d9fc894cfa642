/** The loans page's list: the scope's loans still owing principal, a page at a time. */
import type { IsoDate } from '../../core/dates.ts';
import type { Db } from '../../db/client.ts';
import type { ScopedGroups } from '../programmes/scope.ts';
import { loanRisksIn, type LoanRiskRow } from './portfolio.repository.ts';

export const LOANS_PAGE_SIZE = 50;

export interface OutstandingLoans {
  rows: LoanRiskRow[];
  total: number;
  /** 1-based; clamped to at least 1. */
  page: number;
  pages: number;
}

/** Page `page` (1-based) of the outstanding loans, most days late first; only those at risk (PAR30) when asked. */
export async function outstandingLoans(db: Db, scoped: ScopedGroups, asOf: IsoDate, o: { atRiskOnly: boolean; page: number }): Promise<OutstandingLoans> {
  const page = Number.isSafeInteger(o.page) && o.page >= 1 ? o.page : 1;
  const { rows, total } = await loanRisksIn(db, scoped, asOf, { atRiskOnly: o.atRiskOnly, limit: LOANS_PAGE_SIZE, offset: (page - 1) * LOANS_PAGE_SIZE });
  return { rows, total, page, pages: Math.max(1, Math.ceil(total / LOANS_PAGE_SIZE)) };
}
