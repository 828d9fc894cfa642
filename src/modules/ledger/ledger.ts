/**
 * Books: what an entry is, and the pure sums a recap is made of. Amounts are integer
 * rupiah; sums stay exact because they never leave the integers.
 */
import { addDays, endOfMonth, startOfMonth, startOfWeek, type IsoDate } from '../../core/dates.ts';
import type { Rupiah } from '../../core/money.ts';

export type EntryKind = 'sale' | 'expense';
export type Period = 'day' | 'week' | 'month';

export interface NewEntry {
  kind: EntryKind;
  amount: Rupiah;
  item: string | null;
  quantity: number | null;
  unit: string | null;
  unitPrice: Rupiah | null;
}

export interface Entry extends NewEntry {
  id: number;
  personId: number;
  businessDate: IsoDate;
}

export interface DayTotals {
  sales: Rupiah;
  expenses: Rupiah;
}

export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}

export interface ItemTotal {
  item: string;
  amount: Rupiah;
}

export interface Recap extends DateRange {
  period: Period;
  sales: Rupiah;
  expenses: Rupiah;
  profit: Rupiah;
  entries: number;
  daysRecorded: number;
  topItems: ItemTotal[];
}

/** The days a period covers: today, Monday–Sunday of this week, or this calendar month. */
export function periodRange(period: Period, today: IsoDate): DateRange {
  switch (period) {
    case 'day':
      return { from: today, to: today };
    case 'week': {
      const from = startOfWeek(today);
      return { from, to: addDays(from, 6) };
    }
    case 'month':
      return { from: startOfMonth(today), to: endOfMonth(today) };
  }
}

export function summarise(period: Period, range: DateRange, entries: readonly Entry[], topN = 3): Recap {
  let sales = 0;
  let expenses = 0;
  const days = new Set<string>();
  const byItem = new Map<string, number>();
  for (const e of entries) {
    days.add(e.businessDate);
    if (e.kind === 'sale') {
      sales += e.amount;
      if (e.item) byItem.set(e.item, (byItem.get(e.item) ?? 0) + e.amount);
    } else {
      expenses += e.amount;
    }
  }
  const topItems = [...byItem.entries()]
    .map(([item, amount]) => ({ item, amount }))
    .sort((a, b) => b.amount - a.amount || a.item.localeCompare(b.item))
    .slice(0, topN);
  return {
    period,
    ...range,
    sales,
    expenses,
    profit: sales - expenses,
    entries: entries.length,
    daysRecorded: days.size,
    topItems,
  };
}
