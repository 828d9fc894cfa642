/**
 * A group's quarterly figures in the web console (/kelompok/:id/triwulan): each member's
 * (of the quarter: she had joined by its end and not left before it began) assets, turnover and employees for a quarter, who has not answered yet, and staff
 * filling in (or correcting) on a member's behalf the figures she did not send.
 *
 * The page opens on the last quarter that has ended (the one members are asked about) and
 * goes back to any before it, or on to the running quarter (a report may be asked for it too,
 * as provisional: figures collected at a meeting before it ends). Scoped like the group page:
 * a group outside the viewer's scope (or missing), a quarter still to come, or a person who was not a member of the group during the quarter
 * (joined after it, left before it, or pending) is undefined, so the page
 * answers 404 for all of them and nothing is written.
 *
 * Filling in goes through the SAME service as her answer in chat (`saveQuarterlyReport`),
 * with the staff member as `filledBy`: each figure then says who gave it, and the programme
 * office can tell partners which figures came from the member. A figure she sent herself is
 * hers: the form does not offer it, the service refuses it (`member_gave`), and the upsert
 * keeps it even when her chat answer and the form commit at the same moment. Each form
 * carries a one-time token (quarterly_fills.console_request, migration 040): a second press
 * writes nothing and answers as the first. Every fill is an audit row (`quarterly_filled`:
 * the audit's "on a member's behalf" rows) in the same transaction.
 */
import { businessDate, type IsoDate } from '../../core/dates.ts';
import { DomainError } from '../../core/errors.ts';
import type { Rupiah } from '../../core/money.ts';
import type { Db } from '../../db/client.ts';
import type { Role } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { consoleGroupIn, type ConsoleGroup } from '../groups/console.repository.ts';
import { membersDuring } from '../groups/groups.repository.ts';
import { namesOf } from '../people/people.repository.ts';
import { scopedGroups, type Scope } from '../programmes/scope.ts';
import { previousQuarter, quarterOf, quarterRange, reportedQuarter, type QuarterLabel } from '../reminders/schedule.ts';
import { FIGURES, type FigureName } from './figures.ts';
import { isQuarterBegun } from './quarters.ts';
import { leftWithin } from './quarterly.ts';
import { answersOf, type FilledBy } from './quarterly-answers.repository.ts';
import { fillOfRequest, insertFill } from './quarterly-fills.repository.ts';
import { saveQuarterlyReport } from './quarterly-reports.ts';

/** One figure of a member: its value (null: nobody gave it) and who filled it in for her (null: she sent it, or it is missing). */
export interface Figure {
  value: number | null;
  filledBy: { personId: number; name: string } | null;
}

export interface QuarterMember {
  personId: number;
  name: string;
  role: Role;
  figures: Record<FigureName, Figure>;
  /** She (or staff for her) gave at least one figure. */
  answered: boolean;
  /** All three figures are given: only employees (say) is a part answer, still to complete. */
  complete: boolean;
  /** The day she left the group (its time zone) when within the quarter, else null: the page and form tag her "keluar …", as the report does (leftWithin). */
  leftOn: IsoDate | null;
}

export interface GroupQuarter {
  group: ConsoleGroup;
  quarter: QuarterLabel;
  from: IsoDate;
  to: IsoDate;
  /** The group's today. */
  today: IsoDate;
  /** The quarter before, and the one after (null when this one is still running). */
  previous: QuarterLabel;
  next: QuarterLabel | null;
  members: QuarterMember[];
}

function nextQuarter(label: QuarterLabel): QuarterLabel {
  const year = Number(label.slice(0, 4));
  const q = Number(label.slice(5));
  return q === 4 ? `${year + 1}Q1` : `${year}Q${q + 1}`;
}

/** The group (in scope) and the quarter (not one still to come; the last ended when not given), or undefined. */
async function groupAndQuarter(db: Db, scope: Scope, groupId: number, quarter: QuarterLabel | undefined, now: Date) {
  const group = await consoleGroupIn(db, scopedGroups(scope), groupId);
  if (!group) return undefined;
  const today = businessDate(now, group.timeZone);
  const latest = quarterOf(today);
  const q = quarter ?? reportedQuarter(today);
  if (!isQuarterBegun(q, today)) return undefined;
  return { group, today, quarter: q, latest };
}

/** The women who were members of the group during the quarter (membersDuring: the report lists the same). */
async function membersOf(db: Db, group: ConsoleGroup, quarter: QuarterLabel): Promise<QuarterMember[]> {
  const range = quarterRange(quarter);
  const members = await membersDuring(db, group.id, range, group.timeZone);
  const answers = await answersOf(db, members.map((m) => m.personId), quarter);
  const staffIds = new Set([...answers.values()].flatMap((a) => FIGURES.map((f) => a.filledBy[f]).filter((id): id is number => id !== null)));
  const names = await namesOf(db, [...staffIds]);
  return members.map((m) => {
    const a = answers.get(m.personId);
    const values: Record<FigureName, number | null> = { assets: a?.assets ?? null, turnover: a?.turnoverReported ?? null, employees: a?.employees ?? null };
    const figure = (f: FigureName): Figure => {
      const by = a?.filledBy[f] ?? null;
      return { value: values[f], filledBy: by === null ? null : { personId: by, name: names.get(by) ?? '' } };
    };
    return {
      personId: m.personId,
      name: m.name,
      role: m.role,
      figures: { assets: figure('assets'), turnover: figure('turnover'), employees: figure('employees') },
      answered: FIGURES.some((f) => values[f] !== null),
      complete: FIGURES.every((f) => values[f] !== null),
      leftOn: leftWithin(m.leftOn, range.to),
    };
  });
}

/** The page: the figures of every member of the quarter (the last ended one when not given). */
export async function groupQuarter(db: Db, scope: Scope, groupId: number, quarter: QuarterLabel | undefined, now: Date): Promise<GroupQuarter | undefined> {
  const found = await groupAndQuarter(db, scope, groupId, quarter, now);
  if (!found) return undefined;
  const { group, today, latest } = found;
  const q = found.quarter;
  return {
    group,
    quarter: q,
    ...quarterRange(q),
    today,
    previous: previousQuarter(q),
    next: q < latest ? nextQuarter(q) : null,
    members: await membersOf(db, group, q),
  };
}

/** The fill-in form of one member: the page's data for her alone, or undefined (out of scope, not a member during the quarter). */
export async function quarterFillForm(db: Db, scope: Scope, groupId: number, personId: number, quarter: QuarterLabel | undefined, now: Date) {
  const found = await groupAndQuarter(db, scope, groupId, quarter, now);
  if (!found) return undefined;
  const member = (await membersOf(db, found.group, found.quarter)).find((m) => m.personId === personId);
  if (!member) return undefined;
  return { group: found.group, quarter: found.quarter, ...quarterRange(found.quarter), member };
}

export type QuarterFillForm = NonNullable<Awaited<ReturnType<typeof quarterFillForm>>>;

/** Why a fill was not written: a figure she sent herself, nothing given, or a figure that is not a whole number ≥ 0. */
export type FillRefusal = 'member_gave' | 'report_empty' | 'report_invalid';

/** A figure she sent herself was in the form: the transaction rolls back. */
class MemberGave extends Error {}

/**
 * Fills in (or corrects) her figures for `quarter` as the viewer, on her behalf. Null leaves
 * a figure as it is. `again`: this form's token already wrote (a second press): nothing more.
 */
export async function fillQuarterlyFigures(
  db: Db,
  scope: Scope,
  input: {
    groupId: number;
    personId: number;
    quarter: QuarterLabel;
    assets: Rupiah | null;
    turnover: Rupiah | null;
    employees: number | null;
    /** The form's one-time token. */
    request: string;
    now: Date;
  },
): Promise<{ done: { again: boolean } } | { refused: FillRefusal } | undefined> {
  const given: Record<FigureName, number | null> = { assets: input.assets, turnover: input.turnover, employees: input.employees };
  try {
    return await db.transaction().execute(async (trx) => {
      const form = await quarterFillForm(trx, scope, input.groupId, input.personId, input.quarter, input.now);
      if (!form) return undefined;
      const prior = await fillOfRequest(trx, input.request);
      if (prior) {
        const same = prior.personId === input.personId && prior.quarter === input.quarter && prior.groupId === input.groupId && prior.filledByPersonId === scope.personId;
        return same ? { done: { again: true } } : undefined;
      }
      if (FIGURES.some((f) => given[f] !== null && form.member.figures[f].value !== null && form.member.figures[f].filledBy === null)) return { refused: 'member_gave' as const };
      const report = await saveQuarterlyReport(trx, {
        personId: input.personId,
        quarter: input.quarter,
        assets: input.assets,
        turnover: input.turnover,
        employees: input.employees,
        sourceMessageId: null,
        filledBy: scope.personId,
        at: input.now,
      });
      // Her own answer committed between our read and our write: the upsert kept her figure.
      if (FIGURES.some((f) => given[f] !== null && report.filledBy[f as keyof FilledBy] !== scope.personId)) throw new MemberGave();
      await insertFill(trx, { personId: input.personId, quarter: input.quarter, groupId: input.groupId, filledByPersonId: scope.personId, ...given, request: input.request, at: input.now });
      await recordAudit(trx, {
        kind: 'quarterly_filled',
        at: input.now,
        actorPersonId: scope.personId,
        subjectPersonId: input.personId,
        groupId: input.groupId,
        detail: { quarter: input.quarter, figures: FIGURES.filter((f) => given[f] !== null).join(',') },
      });
      return { done: { again: false } };
    });
  } catch (error) {
    if (error instanceof MemberGave) return { refused: 'member_gave' };
    if (error instanceof DomainError && (error.code === 'report_empty' || error.code === 'report_invalid')) return { refused: error.code };
    throw error;
  }
}
