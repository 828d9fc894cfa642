/** The numbers behind a member's chart: one row per day of the period, and its recap. */
import { addDays, type IsoDate } from '../../core/dates.ts';
import type { Db } from '../../db/client.ts';
import { activeEntriesBetween } from '../ledger/ledger.repository.ts';
import { periodRange, summarise, type DateRange, type Entry, type Recap } from '../ledger/ledger.ts';
import type { DailyTotals } from './charts.ts';

export type ChartPeriod = 'week' | 'month';

/** Every day from `range.from` to `range.to`, with zeros where nothing was recorded. */
export function dailyTotals(range: DateRange, entries: readonly Pick<Entry, 'businessDate' | 'kind' | 'amount'>[]): DailyTotals[] {
  const days: DailyTotals[] = [];
  const byDate = new Map<IsoDate, DailyTotals>();
  for (let d = range.from; d <= range.to; d = addDays(d, 1)) {
    const day = { date: d, sales: 0, expenses: 0 };
    days.push(day);
    byDate.set(d, day);
  }
  for (const e of entries) {
    const day = byDate.get(e.businessDate);
    if (!day) continue;
    if (e.kind === 'sale') day.sales += e.amount;
    // Household withdrawals and capital are not the business's sales or expenses.
    else if (e.kind === 'expense') day.expenses += e.amount;
  }
  return days;
}

/**
 * The days a chart of `period` around `today` shows: the whole week (its seven day names
 * are its shape), and a month up to today while it runs — days still to come are not zeros.
 */
export function chartRange(period: ChartPeriod, today: IsoDate): DateRange {
  const range = periodRange(period, today);
  return period === 'month' && today < range.to ? { from: range.from, to: today } : range;
}

export async function chartData(db: Db, personId: number, period: ChartPeriod, today: IsoDate): Promise<{ recap: Recap; days: DailyTotals[] }> {
  const range = chartRange(period, today);
  const entries = await activeEntriesBetween(db, personId, range);
  return { recap: summarise(period, range, entries), days: dailyTotals(range, entries) };
}
