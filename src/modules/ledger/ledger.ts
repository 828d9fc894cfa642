/**
 * Books: what an entry is, and the pure sums a recap is made of. Amounts are integer
 * rupiah; sums stay exact because they never leave the integers.
 *
 * Four kinds of entry: the business's own money in and out (`sale`, `expense`), household
 * money taken out of the business (`withdrawal`: not an expense, it does not lower the
 * profit) and money put into it (`capital`: not a sale, it does not raise the profit).
 *
 * A return ("retur 1 mukena 90rb") is a `sale` with a NEGATIVE amount, its quantity and unit
 * price positive: every sum over sales nets it unchanged; words and lists show it as a return.
 */
import { addDays, endOfMonth, startOfMonth, startOfWeek, type IsoDate } from '../../core/dates.ts';
import type { Rupiah } from '../../core/money.ts';

export type EntryKind = 'sale' | 'expense' | 'withdrawal' | 'capital';
export const ENTRY_KINDS: readonly EntryKind[] = ['sale', 'expense', 'withdrawal', 'capital'];
export type Period = 'day' | 'week' | 'month';

export interface NewEntry {
  kind: EntryKind;
  amount: Rupiah;
  item: string | null;
  quantity: number | null;
  unit: string | null;
  unitPrice: Rupiah | null;
  /**
   * Its own business day, when one message named several days ("Senin 120rb / Selasa 95rb");
   * absent, it is of the day the recording is for. It travels with the entry through every
   * question asked before recording, so "ya" puts each entry on its day.
   */
  date?: IsoDate;
}

/** Goods a buyer brought back: a sale with a negative amount. */
export function isReturn(e: Pick<NewEntry, 'kind' | 'amount'>): boolean {
  return e.kind === 'sale' && e.amount < 0;
}

/** An amount the books take: a whole positive rupiah, or a negative one for a return (never zero). */
export function isRecordableAmount(e: Pick<NewEntry, 'kind' | 'amount'>): boolean {
  return Number.isSafeInteger(e.amount) && (e.amount > 0 || isReturn(e));
}

/**
 * What a parsed record may write to the books: every line with a recordable amount, or
 * nothing (undefined) — the chat's rule for a member's own record and an on-behalf one, and
 * the console's on-behalf form's.
 */
export function usableEntries(entries: readonly Pick<NewEntry, 'kind' | 'amount' | 'item' | 'quantity' | 'unit' | 'unitPrice'>[]): NewEntry[] | undefined {
  if (entries.length === 0 || entries.some((e) => !isRecordableAmount(e))) return undefined;
  return entries.map((e) => ({ kind: e.kind, amount: e.amount, item: e.item, quantity: e.quantity, unit: e.unit, unitPrice: e.unitPrice }));
}

export interface Entry extends NewEntry {
  id: number;
  personId: number;
  businessDate: IsoDate;
}

export interface DayTotals {
  sales: Rupiah;
  expenses: Rupiah;
  /** Household money taken out that day; shown only when not zero. */
  withdrawals?: Rupiah;
}

export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}

export interface ItemTotal {
  item: string;
  amount: Rupiah;
}

/** Sums by kind. */
export interface KindTotals {
  sales: Rupiah;
  expenses: Rupiah;
  withdrawals: Rupiah;
  capital: Rupiah;
}

export const NO_TOTALS: KindTotals = { sales: 0, expenses: 0, withdrawals: 0, capital: 0 };

export interface Recap extends DateRange {
  period: Period;
  sales: Rupiah;
  expenses: Rupiah;
  /** sales − expenses: withdrawals and capital are not part of the profit. */
  profit: Rupiah;
  withdrawals: Rupiah;
  capital: Rupiah;
  /**
   * The business's cash at the end of the period: capital + sales − expenses − withdrawals
   * over ALL her active entries up to `to`, not only the period's (cash carries over from
   * one week to the next; a period's own net is not cash).
   */
  cash: Rupiah;
  /** Capital put in and household money taken out up to `to`: without either, cash is only a running profit. */
  capitalToDate: Rupiah;
  withdrawalsToDate: Rupiah;
  entries: number;
  daysRecorded: number;
  /** Money of goods brought back (positive), already taken off `sales`; shown only when not zero. */
  returns?: Rupiah;
  /** Best-selling items by net sales; an item that only came back is not one. */
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

/** capital + sales − expenses − withdrawals */
export function cashOf(t: KindTotals): Rupiah {
  return t.capital + t.sales - t.expenses - t.withdrawals;
}

export function totalsByKind(entries: readonly Pick<Entry, 'kind' | 'amount'>[]): KindTotals {
  const t = { ...NO_TOTALS };
  for (const e of entries) {
    if (e.kind === 'sale') t.sales += e.amount;
    else if (e.kind === 'expense') t.expenses += e.amount;
    else if (e.kind === 'withdrawal') t.withdrawals += e.amount;
    else t.capital += e.amount;
  }
  return t;
}

/**
 * The recap of a period from its active entries. `before` are the sums of all her active
 * entries dated before the period (they make the cash at its end).
 */
export function summarise(period: Period, range: DateRange, entries: readonly Entry[], topN = 3, before: KindTotals = NO_TOTALS): Recap {
  const days = new Set<string>();
  const byItem = new Map<string, number>();
  let returns = 0;
  for (const e of entries) {
    days.add(e.businessDate);
    if (e.kind === 'sale' && e.item) byItem.set(e.item, (byItem.get(e.item) ?? 0) + e.amount);
    if (isReturn(e)) returns -= e.amount;
  }
  const t = totalsByKind(entries);
  const topItems = [...byItem.entries()]
    .map(([item, amount]) => ({ item, amount }))
    .filter((i) => i.amount > 0)
    .sort((a, b) => b.amount - a.amount || a.item.localeCompare(b.item))
    .slice(0, topN);
  const toDate: KindTotals = {
    sales: before.sales + t.sales,
    expenses: before.expenses + t.expenses,
    withdrawals: before.withdrawals + t.withdrawals,
    capital: before.capital + t.capital,
  };
  return {
    period,
    ...range,
    sales: t.sales,
    expenses: t.expenses,
    profit: t.sales - t.expenses,
    withdrawals: t.withdrawals,
    capital: t.capital,
    cash: cashOf(toDate),
    capitalToDate: toDate.capital,
    withdrawalsToDate: toDate.withdrawals,
    entries: entries.length,
    daysRecorded: days.size,
    ...(returns > 0 ? { returns } : {}),
    topItems,
  };
}

/** Plain data of an entry, as a replacement starts from it. */
export function asNew(e: NewEntry): NewEntry {
  const out: NewEntry = { kind: e.kind, amount: e.amount, item: e.item, quantity: e.quantity, unit: e.unit, unitPrice: e.unitPrice };
  if (e.date !== undefined) out.date = e.date;
  return out;
}

/** How many entries "/catatan" lists, newest first; "hapus N" and corrections count in the same list. */
export const ENTRY_LIST_SIZE = 10;

/**
 * The entries with their numbers in the "/catatan" list (1-based, `list` newest first),
 * lowest number first; entries not in the list are left out.
 */
export function numberedIn<E extends Pick<Entry, 'id'>>(list: readonly Pick<Entry, 'id'>[], entries: readonly E[]): { number: number; entry: E }[] {
  return entries
    .map((entry) => ({ number: list.findIndex((l) => l.id === entry.id) + 1, entry }))
    .filter((r) => r.number > 0)
    .sort((a, b) => a.number - b.number);
}
