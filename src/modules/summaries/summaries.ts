/**
 * A member's week in figures, for the weekly summary sent on Sunday evening: this week's
 * sales, expenses and profit, the change against last week, and the best-selling item.
 * Pure: the numbers come from the ledger (see summaries.repository.ts).
 */
import { addDays, type IsoDate } from '../../core/dates.ts';
import type { Rupiah } from '../../core/money.ts';
import type { ItemTotal } from '../ledger/ledger.ts';

export interface WeekFigures {
  from: IsoDate;
  to: IsoDate;
  sales: Rupiah;
  expenses: Rupiah;
  profit: Rupiah;
  entries: number;
  daysRecorded: number;
}

/** A change of one figure against last week: the difference in rupiah and, when last week had any, in whole percent. */
export interface Change {
  difference: Rupiah;
  /** Rounded to whole percent; null when last week was zero (a percentage would be meaningless). */
  percent: number | null;
}

export interface WeeklySummary {
  name: string;
  week: WeekFigures;
  lastWeek: WeekFigures;
  sales: Change;
  profit: Change;
  best: ItemTotal | null;
}

export function change(now: Rupiah, before: Rupiah): Change {
  const difference = now - before;
  // Integer maths: percent of a non-zero base, rounded half away from zero.
  const percent = before === 0 ? null : Math.sign(difference) * Math.round((Math.abs(difference) * 100) / Math.abs(before));
  return { difference, percent: percent === 0 ? 0 : percent };
}

/** Monday of an ISO week label (`2026W49` → 2026-11-30). */
export function mondayOfIsoWeek(week: string): IsoDate {
  const m = /^(\d{4})W(\d{2})$/.exec(week);
  if (!m) throw new RangeError(`not an ISO week: ${week}`);
  const year = Number(m[1]);
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const mondayOfWeek1 = addDays(jan4.toISOString().slice(0, 10), -((jan4.getUTCDay() + 6) % 7));
  return addDays(mondayOfWeek1, (Number(m[2]) - 1) * 7);
}
