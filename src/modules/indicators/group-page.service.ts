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
import { scopedGroups, type Scope } from '../programmes/scope.ts';

/** The recording calendar covers this many whole weeks, Monday to Sunday, the last one this week's. */
export const CALENDAR_WEEKS = 6;

export interface GroupMemberRow extends ConsoleMembership {
  /** This month's books (1st … today), for active members; null for the others. */
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
  const books = await loanBooksOf(db, loans.map((l) => l.id));

  const totalsOf = new Map(totals.map((t) => [t.personId, t]));
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
