/**
 * The home page's numbers for one viewer: everything is computed over `scopedGroups(scope)`,
 * so an admin, a programme manager and a facilitator each get only their own groups.
 */
import type { Db } from '../../db/client.ts';
import { activeMemberCount } from '../groups/group-scope.repository.ts';
import { leadFiguresIn, type LeadFigures } from '../leads/indicators.repository.ts';
import { bookTotalsIn, recordersIn, type BookTotals } from '../ledger/indicators.repository.ts';
import { portfolio, type Portfolio } from '../loans/portfolio.ts';
import { loanBooksIn } from '../loans/portfolio.repository.ts';
import { scopedGroups, type Scope, type ScopedGroups } from '../programmes/scope.ts';
import { homePeriods, share, type HomePeriods } from './indicators.ts';

export interface BookFigures extends BookTotals {
  profit: number;
}

export interface HomeIndicators {
  periods: HomePeriods;
  members: number;
  recordersThisWeek: number;
  /** recorders ÷ members; null with no members. */
  recordingShare: number | null;
  thisMonth: BookFigures;
  lastMonth: BookFigures;
  loans: Portfolio;
  leads: LeadFigures;
}

const withProfit = (t: BookTotals): BookFigures => ({ ...t, profit: t.sales - t.expenses });

/**
 * The loan portfolio's indicators (outstanding principal, PAR30, on-time rate): the home
 * page's loan cards and the loans page's summary both take them from here, so the two pages
 * can never show different numbers.
 */
export async function loanIndicators(db: Db, scoped: ScopedGroups, today: string): Promise<Portfolio> {
  return portfolio(await loanBooksIn(db, scoped), today);
}

export async function homeIndicators(db: Db, scope: Scope, today: string): Promise<HomeIndicators> {
  const scoped = scopedGroups(scope);
  const periods = homePeriods(today);
  const [members, recorders, thisMonth, lastMonth, loans, leads] = await Promise.all([
    activeMemberCount(db, scoped.groupIds),
    recordersIn(db, scoped, periods.thisWeek),
    bookTotalsIn(db, scoped, periods.thisMonth),
    bookTotalsIn(db, scoped, periods.lastMonth),
    loanIndicators(db, scoped, today),
    leadFiguresIn(db, scoped, periods.thisMonth),
  ]);
  return {
    periods,
    members,
    recordersThisWeek: recorders,
    recordingShare: share(recorders, members),
    thisMonth: withProfit(thisMonth),
    lastMonth: withProfit(lastMonth),
    loans,
    leads,
  };
}
