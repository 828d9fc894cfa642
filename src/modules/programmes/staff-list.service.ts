/**
 * The console's staff list (/staf, issue #20): who works in the programmes a viewer runs —
 * admins, programme managers and facilitators — with the groups each facilitates, whether
 * she has ever logged in to the console, and whether the viewer may make her a one-time
 * login link (login-link.service.ts's rule, from what the list holds and one batched query:
 * the list offers exactly what the link page then allows).
 *
 * - an admin sees everyone with a console role (facilitators without a group yet too);
 * - a manager sees her programme's managers, the facilitators of its groups and the
 *   facilitators with no group yet whom she added herself in the console (the `onboarded`
 *   audit row: the link rule's own test for them), not those an admin or another manager
 *   added (those who also hold a staff role elsewhere — an admin, another programme's
 *   manager — are theirs to list, not hers); of their groups, only her programme's;
 * - a facilitator has no staff list (the route answers 404, as the set-up forms do).
 * Each person once, under the role she works by (scope.ts: a live staff role first).
 */
import { pageWithin } from '../../core/paging.ts';
import type { Db } from '../../db/client.ts';
import { peopleAddedAsFacilitatorBy } from '../audit/audit-events.repository.ts';
import { allFacilitatorPersonIds, facilitatorPersonIdsIn, grouplessFacilitatorPersonIdsAmong, groupsFacilitatedBy } from '../groups/group-scope.repository.ts';
import { facilitatorPersonIdsWithGroupOutside } from '../groups/groups.repository.ts';
import { mayLinkFromList } from './login-link.service.ts';
import { consoleLoginsOf } from '../people/people.repository.ts';
import { listProgrammes, listRegions } from './programmes.repository.ts';
import { scopedGroups, type ConsoleRole, type Scope } from './scope.ts';
import { countStaff, staffPage, type StaffListFilter } from './staff-list.repository.ts';

export const STAFF_PER_PAGE = 30;

export interface StaffGroup {
  id: number;
  name: string;
  programme: string;
  /** "Kabupaten · kecamatan", or null when the group has no region. */
  region: string | null;
}

export interface StaffMember {
  personId: number;
  name: string;
  role: ConsoleRole;
  /** A manager's programme (its name); null for an admin and a facilitator. */
  programme: string | null;
  /** The groups she facilitates that the viewer sees, by name. */
  groups: StaffGroup[];
  /** Her first and latest console login (kept for good on her row, unlike the pruned sessions); null: never logged in. */
  logins: { first: Date; last: Date } | null;
  /** The viewer may make her a one-time login link (/staf/:id/tautan-masuk). */
  mayMakeLoginLink: boolean;
}

export interface StaffList {
  rows: StaffMember[];
  page: number;
  pages: number;
  total: number;
}

export function mayListStaff(scope: Scope): boolean {
  return scope.role !== 'facilitator';
}

/** A page of the staff the viewer may see (`requestedPage`: ?hal=…), or undefined for a facilitator. */
export async function staffList(db: Db, scope: Scope, requestedPage: string | undefined): Promise<StaffList | undefined> {
  if (!mayListStaff(scope)) return undefined;
  const scoped = scopedGroups(scope);
  const filter: StaffListFilter =
    scope.role === 'admin'
      ? { managersOf: null, facilitators: allFacilitatorPersonIds() }
      : {
          managersOf: scope.programmeId!,
          // One subquery, so the count and the page stay one statement each.
          facilitators: facilitatorPersonIdsIn(scoped.groupIds).union(grouplessFacilitatorPersonIdsAmong(peopleAddedAsFacilitatorBy(scope.personId))),
        };
  const total = await countStaff(db, filter);
  const { page, pages } = pageWithin(requestedPage, total, STAFF_PER_PAGE);
  const people = await staffPage(db, filter, { offset: (page - 1) * STAFF_PER_PAGE, limit: STAFF_PER_PAGE });
  const ids = people.map((p) => p.personId);
  const [groups, logins, programmes, regions, outside] = await Promise.all([
    groupsFacilitatedBy(db, scoped.groupIds, ids),
    consoleLoginsOf(db, ids),
    listProgrammes(db),
    listRegions(db, scope.role === 'admin' ? 'all' : scope.programmeId!),
    scope.role === 'manager' ? facilitatorPersonIdsWithGroupOutside(db, people.filter((p) => p.role === 'facilitator').map((p) => p.personId), scope.programmeId!) : new Set<number>(),
  ]);
  const programmeName = new Map(programmes.map((p) => [p.id, p.name]));
  const regionName = new Map(regions.map((r) => [r.id, r.kecamatan ? `${r.kabupaten} · ${r.kecamatan}` : r.kabupaten]));
  const rows = people.map((p): StaffMember => {
    const hers = groups.filter((g) => g.personId === p.personId);
    return {
      personId: p.personId,
      name: p.name,
      role: p.role,
      programme: p.programmeId === null ? null : (programmeName.get(p.programmeId) ?? null),
      groups: hers.map((g) => ({ id: g.groupId, name: g.name, programme: programmeName.get(g.programmeId) ?? '', region: g.regionId === null ? null : (regionName.get(g.regionId) ?? null) })),
      logins: logins.get(p.personId) ?? null,
      mayMakeLoginLink: mayLinkFromList(scope, { personId: p.personId, role: p.role, programmeId: p.programmeId }, outside),
    };
  });
  return { rows, page, pages, total };
}
