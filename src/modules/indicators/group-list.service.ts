/**
 * The console's groups list for one viewer: every group of her scope with its recording and
 * its arrears, sorted, optionally only the groups silent this month, 50 a page.
 *
 * Cost: the groups' names and member counts and the "silent this month" set are read for
 * the whole scope (the count is on the page whatever is shown); the rest of each group only
 * for the page's 50. Recording and arrears are computed only for
 * the page's 50 groups when sorting by name or members, and for the whole scope, alongside
 * the groups, only when the order needs them. Recording comes from the rollups of
 * migrations 024 and 027 (a few key lookups per group), arrears from two grouped sums per loan.
 */
import type { Db } from '../../db/client.ts';
import { consoleGroupKeysIn, consoleGroupsAmong, type ConsoleGroup } from '../groups/console.repository.ts';
import { groupsSilentThisMonth, recordingOfGroups } from '../ledger/group-recording.repository.ts';
import { arrearsOfGroups } from '../loans/group-loans.repository.ts';
import { scopedGroups, type Scope, type ScopedGroups } from '../programmes/scope.ts';
import { GROUPS_PER_PAGE, pageOf, sortGroups, type GroupFigures, type GroupOrder } from './group-list.ts';

export interface GroupListRow extends ConsoleGroup, GroupFigures {
  /** Silent this month: no active member recorded since the 1st. */
  silent: boolean;
}

export interface GroupList {
  rows: GroupListRow[];
  order: GroupOrder;
  silentOnly: boolean;
  /** Groups in the scope. */
  allGroups: number;
  /** Groups of the scope silent this month (the filter's count). */
  silentGroups: number;
  /** Groups listed over all pages (after the filter). */
  total: number;
  page: number;
  pages: number;
  perPage: number;
}

const NO_FIGURES: GroupFigures = { recordersThisWeek: 0, recordersThisMonth: 0, lastDay: null, loansLate: 0, overdue: 0 };

/** The figures `need` asks for, of these groups (all of the scope's when undefined); a group absent from the map has none (zeros). */
async function figuresOf(db: Db, scoped: ScopedGroups, ids: readonly number[] | undefined, now: Date, need: { recording: boolean; arrears: boolean }): Promise<Map<number, GroupFigures>> {
  const [recording, arrears] = await Promise.all([
    need.recording ? recordingOfGroups(db, scoped, ids, now) : [],
    need.arrears ? arrearsOfGroups(db, scoped, ids, now) : [],
  ]);
  const figures = new Map<number, GroupFigures>();
  const of = (id: number) => figures.get(id) ?? figures.set(id, { ...NO_FIGURES }).get(id)!;
  for (const r of recording) Object.assign(of(r.groupId), { recordersThisWeek: r.recordersThisWeek, recordersThisMonth: r.recordersThisMonth, lastDay: r.lastDay });
  for (const a of arrears) Object.assign(of(a.groupId), { loansLate: a.loansLate, overdue: a.overdue });
  return figures;
}

export async function groupList(db: Db, scope: Scope, o: { order: GroupOrder; silentOnly: boolean; page: string | undefined; now: Date }): Promise<GroupList> {
  const scoped = scopedGroups(scope);
  // The orders by figures need them for every listed group: they are read for the whole
  // scope (a few rows per group from the rollups), at the same time as the groups themselves.
  const sortNeeds = { recording: o.order === 'catat', arrears: o.order === 'tunggakan' };
  const [groups, silentIds, forSorting] = await Promise.all([
    consoleGroupKeysIn(db, scoped),
    groupsSilentThisMonth(db, scoped, o.now),
    sortNeeds.recording || sortNeeds.arrears ? figuresOf(db, scoped, undefined, o.now, sortNeeds) : new Map<number, GroupFigures>(),
  ]);
  const silent = new Set(silentIds);
  const listed = o.silentOnly ? groups.filter((g) => silent.has(g.id)) : groups;
  sortGroups(listed, o.order, forSorting);

  const { page, pages } = pageOf(o.page, listed.length);
  const shown = listed.slice((page - 1) * GROUPS_PER_PAGE, page * GROUPS_PER_PAGE);
  const ids = shown.map((g) => g.id);
  const [details, rest] = await Promise.all([
    consoleGroupsAmong(db, scoped, ids),
    figuresOf(db, scoped, ids, o.now, { recording: !sortNeeds.recording, arrears: !sortNeeds.arrears }),
  ]);
  const detailOf = new Map(details.map((d) => [d.id, d]));
  // A group deleted between the two reads is left off the page; its members are those it was sorted by.
  const rows = shown.flatMap((g) => {
    const detail = detailOf.get(g.id);
    if (!detail) return [];
    const sorted = forSorting.get(g.id) ?? NO_FIGURES;
    const other = rest.get(g.id) ?? NO_FIGURES;
    const figures: GroupFigures = sortNeeds.recording
      ? { ...other, recordersThisWeek: sorted.recordersThisWeek, recordersThisMonth: sorted.recordersThisMonth, lastDay: sorted.lastDay }
      : sortNeeds.arrears
        ? { ...other, loansLate: sorted.loansLate, overdue: sorted.overdue }
        : other;
    return [{ ...detail, members: g.members, ...figures, silent: silent.has(g.id) }];
  });
  return { rows, order: o.order, silentOnly: o.silentOnly, allGroups: groups.length, silentGroups: silent.size, total: listed.length, page, pages, perPage: GROUPS_PER_PAGE };
}
