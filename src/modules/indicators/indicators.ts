/**
 * The periods the console's home page compares (pure). Weeks start on Monday (the books'
 * recaps do the same); "this month" runs from the 1st to today, "last month" is the whole
 * previous month.
 */
import { addDays, endOfMonth, startOfMonth, startOfWeek, type IsoDate } from '../../core/dates.ts';
import type { DateRange } from '../ledger/ledger.ts';

export interface HomePeriods {
  today: IsoDate;
  /** The trend's months: the 1st of each of the last 12 calendar months, this one last. */
  trendMonths: IsoDate[];
  thisWeek: DateRange;
  thisMonth: DateRange;
  lastMonth: DateRange;
}

/** How many calendar months the home page's trend shows (this one included). */
export const TREND_MONTHS = 12;

export function homePeriods(today: IsoDate): HomePeriods {
  const monthStart = startOfMonth(today);
  const lastMonthEnd = addDays(monthStart, -1);
  const trendMonths = [monthStart];
  while (trendMonths.length < TREND_MONTHS) trendMonths.unshift(startOfMonth(addDays(trendMonths[0]!, -1)));
  return {
    today,
    trendMonths,
    thisWeek: { from: startOfWeek(today), to: today },
    thisMonth: { from: monthStart, to: today },
    lastMonth: { from: startOfMonth(lastMonthEnd), to: endOfMonth(lastMonthEnd) },
  };
}

/** part ÷ whole, or null when the whole is 0 (no ratio rather than a made-up 0 %). */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
