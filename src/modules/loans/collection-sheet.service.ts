/**
 * The collection sheet (lembar penagihan) a facilitator prints for a group's monthly meeting:
 * for each loan given in the group with something to collect, what falls due this month,
 * what is already late, and the sum to collect. Scoped like the group page: a group outside
 * the viewer's scope (or missing) is undefined, so the page answers 404 for both.
 *
 * The figures are the loans module's own rules (`standing`: confirmed payments fill the oldest
 * instalment first), on the group's today (its time zone):
 * - arrears: unpaid on instalments due before today (`Standing.arrears`), and the days since
 *   the oldest of them fell due;
 * - instalment due: unpaid on instalments due from today to the end of this month (not yet
 *   late, to be paid at this month's meeting);
 * - to collect: the two together.
 * Reported payments not yet confirmed do not count (as everywhere): the sheet says so.
 */
import { businessDate, endOfMonth, type IsoDate } from '../../core/dates.ts';
import { assertRupiah, type Rupiah } from '../../core/money.ts';
import type { Db } from '../../db/client.ts';
import { consoleGroupIn, membershipsIn, type ConsoleGroup } from '../groups/console.repository.ts';
import { scopedGroups, type Scope } from '../programmes/scope.ts';
import { loansOfGroupIn } from './group-loans.repository.ts';
import { standing } from './loans.ts';
import { loanBooksOf } from './portfolio.repository.ts';

export interface CollectionRow {
  loanId: number;
  /** The borrowing member, or null for the group's own loan. */
  borrower: { personId: number; name: string } | null;
  /** Unpaid on instalments due from today to the end of the month. */
  instalmentDue: Rupiah;
  /** The earliest of those instalments' due dates; null when none falls due this month. */
  dueDate: IsoDate | null;
  arrears: Rupiah;
  /** Days since the oldest late instalment fell due; 0 when none is late. */
  daysLate: number;
  toCollect: Rupiah;
}

export interface CollectionSheet {
  group: ConsoleGroup;
  today: IsoDate;
  monthEnd: IsoDate;
  /** Loans with something to collect, the longest late first, then by borrower. */
  rows: CollectionRow[];
  totals: { instalmentDue: Rupiah; arrears: Rupiah; toCollect: Rupiah };
}

const daysBetween = (from: IsoDate, to: IsoDate) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Pure: one loan's row from its standing on `today` (exported for the unit test). */
export function collectionRow(s: ReturnType<typeof standing>, today: IsoDate, monthEnd: IsoDate): Omit<CollectionRow, 'loanId' | 'borrower'> {
  const late = s.instalments.filter((i) => i.dueDate < today && i.remaining > 0);
  const thisMonth = s.instalments.filter((i) => i.dueDate >= today && i.dueDate <= monthEnd && i.remaining > 0);
  const instalmentDue = assertRupiah(thisMonth.reduce((sum, i) => sum + i.remaining, 0));
  return {
    instalmentDue,
    dueDate: thisMonth[0]?.dueDate ?? null,
    arrears: s.arrears,
    daysLate: late.length ? daysBetween(late[0]!.dueDate, today) : 0,
    toCollect: assertRupiah(instalmentDue + s.arrears),
  };
}

export async function collectionSheet(db: Db, scope: Scope, groupId: number, now: Date): Promise<CollectionSheet | undefined> {
  const scoped = scopedGroups(scope);
  const found = await consoleGroupIn(db, scoped, groupId);
  if (!found) return undefined;
  const { joinCode: _joinCode, programmeId: _programmeId, ...group } = found;
  const today = businessDate(now, group.timeZone);
  const monthEnd = endOfMonth(today);
  const [loans, memberships] = await Promise.all([loansOfGroupIn(db, scoped, groupId), membershipsIn(db, scoped, groupId)]);
  const books = await loanBooksOf(db, loans.map((l) => l.id));
  const names = new Map(memberships.map((m) => [m.personId, m.name]));
  const rows = loans
    .map((loan): CollectionRow => {
      const book = books.get(loan.id)!;
      return {
        loanId: loan.id,
        borrower: loan.personId === null ? null : { personId: loan.personId, name: names.get(loan.personId) ?? '' },
        ...collectionRow(standing(book.schedule, book.payments, today), today, monthEnd),
      };
    })
    .filter((r) => r.toCollect > 0)
    .sort((a, b) => b.daysLate - a.daysLate || (a.borrower?.name ?? '').localeCompare(b.borrower?.name ?? '', 'id') || a.loanId - b.loanId);
  const total = (k: 'instalmentDue' | 'arrears' | 'toCollect') => assertRupiah(rows.reduce((sum, r) => sum + r[k], 0));
  return { group, today, monthEnd, rows, totals: { instalmentDue: total('instalmentDue'), arrears: total('arrears'), toCollect: total('toCollect') } };
}
