/**
 * SQL of the quarterly monitoring report: a group's members of the quarter (groups) with their quarterly
 * answers and the sales their books show for the quarter (ledger), the loans given in the
 * group — theirs, the group's own and those of members who left (standing from the loans
 * module) — and the requests made in chat.
 */
import { businessDate, type IsoDate } from '../../core/dates.ts';
import { DomainError } from '../../core/errors.ts';
import type { Db } from '../../db/client.ts';
import * as groups from '../groups/groups.repository.ts';
import { totalsByPerson } from '../ledger/ledger.repository.ts';
import { loanStatus } from '../loans/loans.service.ts';
import * as loans from '../loans/loans.repository.ts';
import { quarterRange } from '../reminders/schedule.ts';
import { answersOf, type FilledBy } from './quarterly-answers.repository.ts';
import { leftWithin, summariseLoans, totalsOf, type LoanSummary, type QuarterlyReportData, type StaffFilledFigure } from './quarterly.ts';

/** Which of her figures staff filled in from the console (quarterly_reports.*_filled_by). */
function staffFilledOf(filledBy: FilledBy | undefined): StaffFilledFigure[] {
  if (!filledBy) return [];
  const figures: [StaffFilledFigure, number | null][] = [['assets', filledBy.assets], ['turnoverReported', filledBy.turnover], ['employees', filledBy.employees]];
  return figures.filter(([, by]) => by !== null).map(([f]) => f);
}

/** "14:05" at `instant` in `timeZone`. */
function clockTime(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
}

async function loansAsOf(db: Db, list: readonly { id: number; disbursed: IsoDate }[], asOf: IsoDate): Promise<LoanSummary> {
  const standings = [];
  for (const loan of list.filter((l) => l.disbursed <= asOf)) {
    const status = await loanStatus(db, loan.id, asOf);
    standings.push({ remaining: status.totals.remaining, arrears: status.arrears, streak: status.streak });
  }
  return summariseLoans(standings);
}

/** The report of a group for a quarter; `now` decides the as-of day of a quarter still running. */
export async function quarterlyReportData(db: Db, groupId: number, quarter: string, now: Date): Promise<QuarterlyReportData> {
  const group = await groups.findGroup(db, groupId);
  if (!group) throw new DomainError('group_not_found', `no group with id ${groupId}`);
  const { from, to } = quarterRange(quarter);
  const today = businessDate(now, group.timeZone);
  const asOf = today < to ? today : to;
  // The members of the quarter, by the console page's rule (membersDuring): not someone who
  // joined after it ended, nor someone who had left before it began.
  const members = await groups.membersDuring(db, groupId, { from, to }, group.timeZone);
  const ids = members.map((m) => m.personId);
  const answers = await answersOf(db, ids, quarter);
  // Every kind: a member who recorded only expenses has Rp0 sales, one who recorded nothing has no data.
  // Up to the as-of day, as the report says ("data sampai 5 Des").
  // A member who has left since: her books up to the day she left (what she wrote after is
  // no longer this group's), as the console's book window reads them.
  const books = await totalsByPerson(db, members.filter((m) => m.leftOn === null || m.leftOn >= asOf).map((m) => m.personId), { from, to: asOf });
  // One query per distinct day of leaving, not one per leaver.
  const leftByDay = new Map<string, number[]>();
  for (const m of members) if (m.leftOn !== null && m.leftOn < asOf) leftByDay.set(m.leftOn, [...(leftByDay.get(m.leftOn) ?? []), m.personId]);
  for (const [day, ids] of leftByDay) {
    for (const [personId, totals] of await totalsByPerson(db, ids, { from, to: day })) books.set(personId, totals);
  }
  const rowsOfMembers = members.map((m) => ({
    personId: m.personId,
    name: m.name,
    role: m.role,
    assets: answers.get(m.personId)?.assets ?? null,
    turnoverReported: answers.get(m.personId)?.turnoverReported ?? null,
    employees: answers.get(m.personId)?.employees ?? null,
    turnoverFromBooks: books.get(m.personId)?.sales ?? 0,
    daysRecorded: books.get(m.personId)?.daysRecorded ?? 0,
    staffFilled: staffFilledOf(answers.get(m.personId)?.filledBy),
    leftOn: leftWithin(m.leftOn, to),
  }));
  // The loans given in this group (migration 026): a member's row holds hers given here (not
  // those given in another group of hers); a member who left keeps hers counted here, on a
  // line of their own, since she has no row.
  const given = await loans.loansGivenIn(db, groupId);
  const rows = [];
  for (const m of rowsOfMembers) {
    rows.push({ ...m, role: String(m.role), loans: await loansAsOf(db, given.filter((l) => l.personId === m.personId), asOf) });
  }
  const memberIds = new Set(ids);
  const facilitator = await groups.findFacilitator(db, group.facilitatorId);
  return {
    group: { id: group.id, name: group.name, village: group.village, district: group.district },
    facilitator: facilitator?.name ?? null,
    // Who signs is today's ketua, not one who has left since.
    ketua: members.find((m) => m.role === 'ketua' && m.status === 'active')?.name ?? null,
    made: { date: today, time: clockTime(now, group.timeZone) },
    provisional: today < to,
    quarter,
    from,
    to,
    asOf,
    rows,
    totals: totalsOf(rows),
    groupLoans: await loansAsOf(db, given.filter((l) => l.personId === null), asOf),
    leftMembersLoans: await loansAsOf(db, given.filter((l) => l.personId !== null && !memberIds.has(l.personId)), asOf),
  };
}

export interface ReportRequest {
  id: number;
  personId: number;
  groupId: number;
  quarter: string;
  platform: string;
  chatId: string;
}

/** A facilitator's "/laporan_kuartal", written with her message; one per message. Returns its id. */
export async function requestQuarterlyReport(
  db: Db,
  input: { personId: number; groupId: number; quarter: string; platform: string; chatId: string; sourceMessageId: number | null; at: Date },
): Promise<number> {
  const row = await db
    .insertInto('report_requests')
    .values({
      kind: 'quarterly',
      person_id: input.personId,
      group_id: input.groupId,
      period: input.quarter,
      platform: input.platform,
      chat_id: input.chatId,
      source_message_id: input.sourceMessageId,
      created_at: input.at,
    })
    .onConflict((oc) => oc.column('source_message_id').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (row) return row.id;
  // Only a message's own request can conflict (source_message_id is unique; nulls never are).
  const existing = await db.selectFrom('report_requests').select('id').where('source_message_id', '=', input.sourceMessageId!).executeTakeFirstOrThrow();
  return existing.id;
}

/**
 * A pending request, locked for this transaction: this one (`id`) or else the oldest.
 * Undefined when none is pending or another worker holds it (it finishes it).
 */
export async function claimPendingRequest(db: Db, id?: number): Promise<ReportRequest | undefined> {
  let query = db
    .selectFrom('report_requests')
    .select(['id', 'person_id as personId', 'group_id as groupId', 'period as quarter', 'platform', 'chat_id as chatId'])
    .where('status', '=', 'pending');
  if (id !== undefined) query = query.where('id', '=', id);
  return query.orderBy('id').limit(1).forUpdate().skipLocked().executeTakeFirst();
}

/** Ids of pending requests, oldest first (this one, of one message, or all). */
export async function pendingRequestIds(db: Db, options: { id?: number; sourceMessageId?: number; limit?: number } = {}): Promise<number[]> {
  let query = db.selectFrom('report_requests').select('id').where('status', '=', 'pending');
  if (options.id !== undefined) query = query.where('id', '=', options.id);
  if (options.sourceMessageId !== undefined) query = query.where('source_message_id', '=', options.sourceMessageId);
  const rows = await query.orderBy('id').limit(options.limit ?? 100).execute();
  return rows.map((r) => r.id);
}

export async function finishRequest(db: Db, id: number, outcome: { status: 'done' | 'failed'; failure?: string; at: Date }): Promise<void> {
  await db
    .updateTable('report_requests')
    .set({ status: outcome.status, failure: outcome.failure ?? null, done_at: outcome.at })
    .where('id', '=', id)
    .execute();
}
