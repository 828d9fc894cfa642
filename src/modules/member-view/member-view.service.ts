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
 * chat see the same numbers.
 */
import { businessDate, type IsoDate } from '../../core/dates.ts';
import type { Platform } from '../../core/messages.ts';
import type { Db } from '../../db/client.ts';
import { chartData, type ChartPeriod } from '../charts/charts.service.ts';
import type { DailyTotals } from '../charts/charts.ts';
import type { ScopedMembership } from '../groups/group-scope.repository.ts';
import { memberEntriesPage, memberEntryCount, type MemberEntry } from '../ledger/member-entries.repository.ts';
import { recap } from '../ledger/ledger.service.ts';
import type { Recap } from '../ledger/ledger.ts';
import { openOrders } from '../orders/orders.service.ts';
import type { Order } from '../orders/orders.ts';
import { findPerson, identitiesOf, phoneOf } from '../people/people.repository.ts';
import type { Person } from '../people/people.ts';
import { maskPhone } from '../people/phone.ts';
import { scopedGroups, visibleMember, type Scope } from '../programmes/scope.ts';
import { findQuarterlyReport, turnoverFromBooks } from '../quarterly/quarterly-reports.ts';
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
  /** Today in her time zone. */
  today: IsoDate;
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

async function chartDays(db: Db, personId: number, period: ChartPeriod, today: IsoDate): Promise<ChartDays> {
  const { recap: r, days } = await chartData(db, personId, period, today);
  return { period, from: r.from, to: r.to, days };
}

/** Her page, or undefined when this viewer may not see her (or she does not exist). */
export async function memberView(db: Db, scope: Scope, personId: number, now: Date, requestedPage: string | undefined): Promise<MemberView | undefined> {
  const member = await visibleMember(db, scopedGroups(scope), personId);
  if (!member) return undefined;
  const person = await findPerson(db, member.personId);
  if (!person) return undefined;
  const today = businessDate(now, person.timeZone);
  const { current, previous } = shownQuarters(today);
  const [phone, identities, total, thisWeek, lastWeek, thisMonth, orders, owed, quarters, week, month] = await Promise.all([
    phoneOf(db, person.id),
    identitiesOf(db, person.id),
    memberEntryCount(db, member),
    recap(db, person.id, 'week', today),
    recap(db, person.id, 'week', dayLastWeek(today)),
    recap(db, person.id, 'month', today),
    openOrders(db, person.id),
    whoOwes(db, person.id),
    Promise.all([current, previous].map((q) => quarterFigures(db, person.id, q, today))),
    chartDays(db, person.id, 'week', today),
    chartDays(db, person.id, 'month', today),
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
    entries: { rows, paging: pages },
    recaps: { thisWeek, lastWeek, thisMonth },
    orders,
    owed,
    quarters,
    charts: { week, month },
  };
}

async function quarterFigures(db: Db, personId: number, quarter: string, today: IsoDate): Promise<QuarterFigures> {
  const range = quarterRange(quarter);
  const [answer, books] = await Promise.all([findQuarterlyReport(db, personId, quarter), turnoverFromBooks(db, personId, quarter)]);
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

/** The numbers of her chart ("grafik"), scoped like her page; undefined out of scope. */
export async function memberChart(db: Db, scope: Scope, personId: number, period: ChartPeriod, now: Date): Promise<MemberChart | undefined> {
  const member = await visibleMember(db, scopedGroups(scope), personId);
  if (!member) return undefined;
  const person = await findPerson(db, member.personId);
  if (!person) return undefined;
  const today = businessDate(now, person.timeZone);
  const { recap: r, days } = await chartData(db, person.id, period, today);
  return { period, from: r.from, to: r.to, today, days };
}
