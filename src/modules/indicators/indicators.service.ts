/**
 * The home page's numbers for one viewer: everything is computed over `scopedGroups(scope)`,
 * so an admin, a programme manager and a facilitator each get only their own groups.
 * The books come from the rollups (src/modules/ledger/indicators.repository.ts): this
 * month, last month and the 12-month trend are one query of a row per group and month.
 */
import type { IsoDate } from '../../core/dates.ts';
import type { Db } from '../../db/client.ts';
import { activeMemberCount } from '../groups/group-scope.repository.ts';
import { leadFiguresIn, type LeadFigures } from '../leads/indicators.repository.ts';
import { monthBooksIn, recordersIn, type BookTotals } from '../ledger/indicators.repository.ts';
import type { Portfolio } from '../loans/portfolio.ts';
import { portfolioIn } from '../loans/portfolio.repository.ts';
import { scopedGroups, type Scope, type ScopedGroups } from '../programmes/scope.ts';
import { homePeriods, share, type HomePeriods } from './indicators.ts';

export interface BookFigures extends BookTotals {
  profit: number;
}

/** One month of the trend. */
export interface TrendMonth extends BookFigures {
  /** The 1st of the month. */
  month: IsoDate;
  /** This month, still running (up to today). */
  partial: boolean;
}

export interface HomeIndicators {
  periods: HomePeriods;
  members: number;
  recordersThisWeek: number;
  /** recorders ÷ members; null with no members. */
  recordingShare: number | null;
  thisMonth: BookFigures;
  lastMonth: BookFigures;
  /** The last 12 calendar months, oldest first, this one (partial) last. */
  trend: TrendMonth[];
  loans: Portfolio;
  leads: LeadFigures;
}

const withProfit = (t: BookTotals): BookFigures => ({ sales: t.sales, expenses: t.expenses, profit: t.sales - t.expenses });

/**
 * The loan portfolio's indicators (outstanding principal, PAR30, on-time rate): the home
 * page's loan cards and the loans page's summary both take them from here, so the two pages
 * can never show different numbers.
 */
export async function loanIndicators(db: Db, scoped: ScopedGroups, today: string): Promise<Portfolio> {
  return portfolioIn(db, scoped, today);
}

export async function homeIndicators(db: Db, scope: Scope, today: string): Promise<HomeIndicators> {
  const scoped = scopedGroups(scope);
  const periods = homePeriods(today);
  const [members, recorders, months, loans, leads] = await Promise.all([
    activeMemberCount(db, scoped.groupIds),
    recordersIn(db, scoped, periods.thisWeek.from),
    monthBooksIn(db, scoped, periods.trendMonths[0]!, today),
    loanIndicators(db, scoped, today),
    leadFiguresIn(db, scoped, periods.thisMonth),
  ]);
  const trend = months.map((m) => ({ ...withProfit(m), month: m.month, partial: m.month === periods.thisMonth.from }));
  return {
    periods,
    members,
    recordersThisWeek: recorders,
    recordingShare: share(recorders, members),
    thisMonth: withProfit(months.at(-1)!),
    lastMonth: withProfit(months.at(-2)!),
    trend,
    loans,
    leads,
  };
}
