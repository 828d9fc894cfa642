/**
 * One group as the console shows it to a viewer whose scope includes it (undefined
 * otherwise: a group outside the scope and a missing one look the same). Its days are the
 * group's own: today is the business day at `now` in the group's time zone.
 */
import { addDays, businessDate, startOfMonth, startOfWeek, type IsoDate } from '../../core/dates.ts';
import type { Db } from '../../db/client.ts';
import { consoleGroupIn, linkedChatsIn, membershipsIn, type ConsoleGroup, type ConsoleMembership, type LinkedChat } from '../groups/console.repository.ts';
import { rotateJoinCode } from '../groups/groups.service.ts';
import { dailyRecorders, memberTotals, recordingOfGroups } from '../ledger/group-recording.repository.ts';
import type { DateRange } from '../ledger/ledger.ts';
import { loansOfGroupIn } from '../loans/group-loans.repository.ts';
import { standing } from '../loans/loans.ts';
import { loanBooksOf } from '../loans/portfolio.repository.ts';
import { totalsByPerson } from '../ledger/ledger.repository.ts';
import { clipRange } from '../programmes/book-window.ts';
import { groupBookWindows, scopedGroups, type Scope } from '../programmes/scope.ts';

/** The recording calendar covers this many whole weeks, Monday to Sunday, the last one this week's. */
export const CALENDAR_WEEKS = 6;

export interface GroupMemberRow extends ConsoleMembership {
  /**
   * This month's books (1st … today), for active members; null for the others (a pending
   * member is listed by name only, a removed one is not counted). A member who came from
   * another group this month counts from the day she joined this one (book-window.ts).
   */
  month: { sales: number; expenses: number; profit: number } | null;
}

export interface CalendarDay {
  date: IsoDate;
  /** Active members with an entry that day; null for a day after today. */
  recorders: number | null;
}

export interface GroupLoanRow {
  id: number;
  /** The borrowing member, or null for a loan to the group. */
  borrower: { personId: number; name: string } | null;
  principal: number;
  /** Principal not yet repaid (the home page's rule: payments pay interest first within an instalment). */
  outstandingPrincipal: number;
  /** Unpaid on instalments due before today. */
  overdue: number;
  /** Instalments due before today and not fully paid. */
  instalmentsLate: number;
  /** Days since the due date of the oldest late instalment; 0 when none is late. */
  daysLate: number;
}

export interface GroupPage {
  group: ConsoleGroup & { joinCode: string };
  today: IsoDate;
  thisWeek: DateRange;
  thisMonth: DateRange;
  recordersThisWeek: number;
  recordersThisMonth: number;
  lastDay: string | null;
  members: GroupMemberRow[];
  /** CALENDAR_WEEKS × 7 days, oldest first. */
  calendar: CalendarDay[];
  chats: LinkedChat[];
  loans: GroupLoanRow[];
}

const daysBetween = (from: IsoDate, to: IsoDate) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export async function groupPage(db: Db, scope: Scope, groupId: number, now: Date): Promise<GroupPage | undefined> {
  const scoped = scopedGroups(scope);
  const group = await consoleGroupIn(db, scoped, groupId);
  if (!group) return undefined;
  const today = businessDate(now, group.timeZone);
  const thisWeek = { from: startOfWeek(today), to: today };
  const thisMonth = { from: startOfMonth(today), to: today };
  const calendarFrom = addDays(thisWeek.from, -7 * (CALENDAR_WEEKS - 1));
  const [memberships, recording, totals, daily, chats, loans] = await Promise.all([
    membershipsIn(db, scoped, groupId),
    recordingOfGroups(db, scoped, [groupId], now),
    memberTotals(db, scoped, groupId, thisMonth),
    dailyRecorders(db, scoped, groupId, { from: calendarFrom, to: today }),
    linkedChatsIn(db, scoped, groupId),
    loansOfGroupIn(db, scoped, groupId),
  ]);
  const [books, movedIn] = await Promise.all([loanBooksOf(db, loans.map((l) => l.id)), totalsSinceJoining(db, scope, groupId, memberships, thisMonth)]);

  const totalsOf = new Map<number, { sales: number; expenses: number }>(totals.map((t) => [t.personId, t]));
  for (const [personId, t] of movedIn) totalsOf.set(personId, t);
  const members = memberships.map((m) => {
    if (m.status !== 'active') return { ...m, month: null };
    const t = totalsOf.get(m.personId) ?? { sales: 0, expenses: 0 };
    return { ...m, month: { sales: t.sales, expenses: t.expenses, profit: t.sales - t.expenses } };
  });
  const names = new Map(memberships.map((m) => [m.personId, m.name]));
  const calendar = Array.from({ length: CALENDAR_WEEKS * 7 }, (_, i) => {
    const date = addDays(calendarFrom, i);
    return { date, recorders: date > today ? null : (daily.get(date) ?? 0) };
  });
  const loanRows = loans.map((loan): GroupLoanRow => {
    const book = books.get(loan.id)!;
    const s = standing(book.schedule, book.payments, today);
    const late = s.instalments.filter((i) => i.status === 'overdue');
    return {
      id: loan.id,
      borrower: loan.personId === null ? null : { personId: loan.personId, name: names.get(loan.personId) ?? '' },
      principal: loan.principal,
      outstandingPrincipal: s.instalments.reduce((sum, i) => sum + Math.min(i.principal, i.remaining), 0),
      overdue: s.arrears,
      instalmentsLate: late.length,
      daysLate: late.length ? daysBetween(late[0]!.dueDate, today) : 0,
    };
  });
  const r = recording[0];
  return {
    group,
    today,
    thisWeek,
    thisMonth,
    recordersThisWeek: r?.recordersThisWeek ?? 0,
    recordersThisMonth: r?.recordersThisMonth ?? 0,
    lastDay: r?.lastDay ?? null,
    members,
    calendar,
    chats,
    loans: loanRows,
  };
}

/**
 * This month's totals of the active members whose window in this group starts after the
 * month's first day (she left another group and joined this one this month), counted from
 * that day. Only those who joined since a day before the month began are looked at (her
 * time zone may be an hour off the group's): a handful of rows, not the group.
 */
async function totalsSinceJoining(db: Db, scope: Scope, groupId: number, memberships: readonly ConsoleMembership[], month: DateRange): Promise<Map<number, { sales: number; expenses: number }>> {
  const recent = memberships.filter((m) => m.status === 'active' && m.joinedAt.getTime() >= Date.parse(`${addDays(month.from, -1)}T00:00:00Z`)).map((m) => m.personId);
  if (recent.length === 0) return new Map();
  const windows = await groupBookWindows(db, scopedGroups(scope), groupId, recent);
  const counted = new Map<number, { sales: number; expenses: number }>();
  for (const [personId, w] of windows) {
    if (w.from === null || w.from <= month.from) continue;
    const seen = clipRange(month, w);
    const t = seen ? (await totalsByPerson(db, [personId], seen)).get(personId) : undefined;
    counted.set(personId, { sales: t?.sales ?? 0, expenses: t?.expenses ?? 0 });
  }
  return counted;
}

/**
 * Gives the group a new join code, with the chat's and the command line's service, and logs
 * who did it. Allowed to whoever's scope holds the group — an admin, the manager of its
 * programme, its facilitator: exactly the people who may rotate it — so the scope check is
 * the permission check. Undefined when the group is outside her scope (or missing).
 * One transaction: the code and its audit row together; the old code stops working at commit.
 */
export async function rotateGroupJoinCode(db: Db, scope: Scope, groupId: number, now: Date): Promise<string | undefined> {
  return db.transaction().execute(async (trx) => {
    if (!(await consoleGroupIn(trx, scopedGroups(scope), groupId))) return undefined;
    return (await rotateJoinCode(trx, groupId, { actorPersonId: scope.personId, at: now })).joinCode;
  });
}
