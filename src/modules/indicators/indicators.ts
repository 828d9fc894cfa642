/**
 * The periods the console's home page compares (pure). Weeks start on Monday (the books'
 * recaps do the same); "this month" runs from the 1st to today, "last month" is the whole
 * previous month.
 */
import { addDays, endOfMonth, startOfMonth, startOfWeek, type IsoDate } from '../../core/dates.ts';
import type { DateRange } from '../ledger/ledger.ts';

export interface HomePeriods {
  today: IsoDate;
  thisWeek: DateRange;
  thisMonth: DateRange;
  lastMonth: DateRange;
}

export function homePeriods(today: IsoDate): HomePeriods {
  const monthStart = startOfMonth(today);
  const lastMonthEnd = addDays(monthStart, -1);
  return {
    today,
    thisWeek: { from: startOfWeek(today), to: today },
    thisMonth: { from: monthStart, to: today },
    lastMonth: { from: startOfMonth(lastMonthEnd), to: endOfMonth(lastMonthEnd) },
  };
}

/** part ÷ whole, or null when the whole is 0 (no ratio rather than a made-up 0 %). */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
