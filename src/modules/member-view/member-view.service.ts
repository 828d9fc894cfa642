/**
 * Everything the console's member page shows about one member, for one viewer. The viewer's
 * scope is checked first, in one place (`visibleMember`, src/modules/programmes/scope.ts):
 * a member outside it gives undefined (the page answers 404, as for an id that does not
 * exist), and every read below takes the `VisibleMember` or her id from it.
 *
 * The figures are the chat's own: her recaps come from the same `recap` the chat's "rekap
 * minggu/bulan" uses, her chart from `chartData` as "grafik", her orders, who owes her and
 * her quarterly answers from the same services, on "today" in HER time zone (the day the
 * chat would call today for her). A manager reading the page and the member reading her
 * chat see the same numbers — within the viewer's window of her books (book-window.ts): the
 * staff of a group she left read her page as of the day she left (recaps, charts, quarters
 * end there; entries, orders and debts from after it are left out), and the staff of a group
 * she joined after leaving another read it from the day she joined. The window is the
 * `VisibleMember`'s; nothing here decides it.
 */
import { businessDate, type IsoDate } from '../../core/dates.ts';
import type { Platform } from '../../core/messages.ts';
import type { Db } from '../../db/client.ts';
import { chartRange, dailyTotals, type ChartPeriod } from '../charts/charts.service.ts';
import type { DailyTotals } from '../charts/charts.ts';
import type { ScopedMembership } from '../groups/group-scope.repository.ts';
import { memberEntriesPage, memberEntryCount, type MemberEntry } from '../ledger/member-entries.repository.ts';
import { activeEntriesBetween, salesBetween, totalsBefore } from '../ledger/ledger.repository.ts';
import { NO_TOTALS, periodRange, summarise, type KindTotals, type Period, type Recap } from '../ledger/ledger.ts';
import { openOrders } from '../orders/orders.service.ts';
import type { Order } from '../orders/orders.ts';
import { identitiesOf, phoneOf } from '../people/people.repository.ts';
import type { Person } from '../people/people.ts';
import { maskPhone } from '../people/phone.ts';
import { clipRange, inWindow, lastVisibleDay, windowRange, type BookWindow } from '../programmes/book-window.ts';
import { scopedGroups, visibleMember, type Scope } from '../programmes/scope.ts';
import { findQuarterlyReport } from '../quarterly/quarterly-reports.ts';
import { quarterRange } from '../reminders/schedule.ts';
import { whoOwes } from '../receivables/receivables.service.ts';
import type { CustomerOwes } from '../receivables/receivables.ts';
import { dayLastWeek, paging, shownQuarters, type Paging } from './member-view.ts';

export type { MemberEntry };

export interface QuarterFigures {
  quarter: string;
  from: IsoDate;
  to: IsoDate;
  /** Still running: the book turnover is up to today. */
  running: boolean;
  /** What she answered to the quarterly question; null where she has not. */
  assets: number | null;
  turnoverReported: number | null;
  employees: number | null;
  /** Her sales over the quarter, from her books now (voided entries left out). */
  turnoverFromBooks: number;
}

/** A membership as the page shows it: days in her time zone. */
export interface MembershipView {
  groupId: number;
  groupName: string;
  role: ScopedMembership['role'];
  status: ScopedMembership['status'];
  facilitator: string;
  joinedOn: IsoDate;
  /** The day she left (status removed); null while she is in. */
  leftOn: IsoDate | null;
}

export interface MemberView {
  person: Person;
  /** Her number masked ("+62 812-••••-5678"); never the whole number (see maskPhone). */
  phone: string | null;
  platforms: Platform[];
  memberships: MembershipView[];
  /** The day the page is as of: today in her time zone, or the day she left the viewer's group(s). */
  today: IsoDate;
  /** The days of her books this viewer reads (open ends null). */
  window: BookWindow;
  entries: { rows: MemberEntry[]; paging: Paging };
  recaps: { thisWeek: Recap; lastWeek: Recap; thisMonth: Recap };
  orders: Order[];
  owed: { customers: CustomerOwes[]; total: number };
  quarters: QuarterFigures[];
  /** The days of her "grafik minggu" and "grafik bulan", drawn on the page. */
  charts: { week: ChartDays; month: ChartDays };
}

export interface ChartDays {
  period: ChartPeriod;
  from: IsoDate;
  to: IsoDate;
  days: DailyTotals[];
}

async function chartDays(db: Db, personId: number, period: ChartPeriod, today: IsoDate, w: BookWindow): Promise<ChartDays> {
  const range = chartRange(period, today);
  const seen = clipRange(range, w);
  // Days outside the window are drawn empty: the chart keeps its shape (seven day names, a month).
  const entries = seen ? await activeEntriesBetween(db, personId, seen) : [];
  return { period, from: range.from, to: range.to, days: dailyTotals(range, entries) };
}

const minus = (a: KindTotals, b: KindTotals): KindTotals => ({
  sales: a.sales - b.sales,
  expenses: a.expenses - b.expenses,
  withdrawals: a.withdrawals - b.withdrawals,
  capital: a.capital - b.capital,
});

/**
 * The chat's recap of `period` around `day` (ledger.service `recap`: the same summarise over
 * the same entries), over the days of it inside the window; its cash counts only what she
 * wrote within the window. An open window gives exactly the chat's recap.
 */
async function recapIn(db: Db, personId: number, period: Period, day: IsoDate, w: BookWindow): Promise<Recap> {
  const range = periodRange(period, day);
  const seen = clipRange(range, w);
  if (!seen) return summarise(period, range, []);
  const [entries, before, opening] = await Promise.all([
    activeEntriesBetween(db, personId, seen),
    totalsBefore(db, personId, seen.from),
    w.from === null ? NO_TOTALS : totalsBefore(db, personId, w.from),
  ]);
  return summarise(period, seen, entries, 3, minus(before, opening));
}

/** Her page, or undefined when this viewer may not see her (or she does not exist). */
export async function memberView(db: Db, scope: Scope, personId: number, now: Date, requestedPage: string | undefined): Promise<MemberView | undefined> {
  const member = await visibleMember(db, scopedGroups(scope), personId);
  if (!member) return undefined;
  const { person, window: w } = member;
  const today = lastVisibleDay(businessDate(now, person.timeZone), w);
  const { current, previous } = shownQuarters(today);
  const [phone, identities, total, thisWeek, lastWeek, thisMonth, orders, owed, quarters, week, month] = await Promise.all([
    phoneOf(db, person.id),
    identitiesOf(db, person.id),
    memberEntryCount(db, member),
    recapIn(db, person.id, 'week', today, w),
    recapIn(db, person.id, 'week', dayLastWeek(today), w),
    recapIn(db, person.id, 'month', today, w),
    openOrders(db, person.id).then((all) => all.filter((o) => inWindow(o.orderDate, w))),
    whoOwes(db, person.id, windowRange(w)),
    Promise.all([current, previous].map((q) => quarterFigures(db, person.id, q, today, w))),
    chartDays(db, person.id, 'week', today, w),
    chartDays(db, person.id, 'month', today, w),
  ]);
  const pages = paging(requestedPage, total);
  const rows = await memberEntriesPage(db, member, pages);
  return {
    person,
    phone: phone === null ? null : maskPhone(phone),
    platforms: [...new Set(identities.map((i) => i.platform))],
    memberships: member.memberships.map((m) => ({
      groupId: m.groupId,
      groupName: m.groupName,
      role: m.role,
      status: m.status,
      facilitator: m.facilitator,
      joinedOn: businessDate(m.joinedAt, person.timeZone),
      leftOn: m.status === 'removed' ? businessDate(m.statusChangedAt, person.timeZone) : null,
    })),
    today,
    window: w,
    entries: { rows, paging: pages },
    recaps: { thisWeek, lastWeek, thisMonth },
    orders,
    owed,
    quarters,
    charts: { week, month },
  };
}

/** A quarter's figures; her answer about it is shown when the quarter has days in the window. */
async function quarterFigures(db: Db, personId: number, quarter: string, today: IsoDate, w: BookWindow): Promise<QuarterFigures> {
  const range = quarterRange(quarter);
  const seen = clipRange(range, w);
  const [answer, books] = await Promise.all([seen ? findQuarterlyReport(db, personId, quarter) : undefined, seen ? salesBetween(db, personId, seen) : 0]);
  return {
    quarter,
    ...range,
    running: today <= range.to,
    assets: answer?.assets ?? null,
    turnoverReported: answer?.turnoverReported ?? null,
    employees: answer?.employees ?? null,
    turnoverFromBooks: books,
  };
}

export interface MemberChart {
  period: ChartPeriod;
  from: IsoDate;
  to: IsoDate;
  today: IsoDate;
  days: DailyTotals[];
}

/** The numbers of her chart ("grafik"), scoped and windowed like her page; undefined out of scope. */
export async function memberChart(db: Db, scope: Scope, personId: number, period: ChartPeriod, now: Date): Promise<MemberChart | undefined> {
  const member = await visibleMember(db, scopedGroups(scope), personId);
  if (!member) return undefined;
  const today = lastVisibleDay(businessDate(now, member.person.timeZone), member.window);
  const { from, to, days } = await chartDays(db, member.personId, period, today, member.window);
  return { period, from, to, today, days };
}
