/**
 * The member page's rules that need no database (pure): how her entries are paged, which
 * days "today" and "last week" are for her, which quarters are shown.
 */
import { addDays, type IsoDate } from '../../core/dates.ts';
import { pageWithin } from '../../core/paging.ts';
import { previousQuarter, quarterOf, type QuarterLabel } from '../reminders/schedule.ts';

/** Entries per page: a month of daily recording for most members, a short screen on a phone. */
export const ENTRIES_PER_PAGE = 30;

export interface Paging {
  /** 1-based. */
  page: number;
  pages: number;
  total: number;
  offset: number;
  limit: number;
}

/**
 * The page `?hal=N` asks for, within 1..pages: anything not a whole number is page 1, a
 * number past the end is the last page (a link kept from last month still shows entries).
 */
export function paging(requested: string | undefined, total: number, perPage = ENTRIES_PER_PAGE): Paging {
  const { page, pages } = pageWithin(requested, total, perPage);
  return { page, pages, total, offset: (page - 1) * perPage, limit: perPage };
}

/** A day of last week: the chat's "rekap minggu" of that day is last week's recap. */
export function dayLastWeek(today: IsoDate): IsoDate {
  return addDays(today, -7);
}

/** The quarter running now and the one before it (the one the quarterly question asks about). */
export function shownQuarters(today: IsoDate): { current: QuarterLabel; previous: QuarterLabel } {
  const current = quarterOf(today);
  return { current, previous: previousQuarter(current) };
}
