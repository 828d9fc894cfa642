/**
 * Who may see what in the web console, in one place. A page never filters by itself: it
 * resolves the viewer's `Scope` once (or is refused), and every console query takes the
 * `ScopedGroups` made here. `ScopedGroups` can be made only by `scopedGroups` (its brand is
 * a module-private symbol), so a service that forgot the scope would not compile.
 *
 * - admin: every programme, every group;
 * - manager: the groups of her one programme;
 * - facilitator: the groups she runs.
 *
 * A person with a staff role who is also a facilitator sees by her staff role (the wider).
 */
import type { Db } from '../../db/client.ts';
import { findFacilitatorByPerson } from '../groups/groups.repository.ts';
import { facilitatorPersonIdsIn, groupIdsWhere, memberIdsIn, membershipsIn, type GroupIds, type ScopedMembership } from '../groups/group-scope.repository.ts';
import { liveStaffRole, staffIdsOfProgramme } from './programmes.repository.ts';

export type ConsoleRole = 'admin' | 'manager' | 'facilitator';

export interface Scope {
  personId: number;
  role: ConsoleRole;
  /** The manager's programme; null for an admin and a facilitator. */
  programmeId: number | null;
  /** The facilitator's facilitators.id; null for staff. */
  facilitatorId: number | null;
}

const SCOPED: unique symbol = Symbol('scoped groups');
const VISIBLE: unique symbol = Symbol('visible member');

/** The groups a scope may see, as a subquery; made only here. */
export interface ScopedGroups {
  readonly [SCOPED]: true;
  readonly scope: Scope;
  readonly groupIds: GroupIds;
}

/** Her console role now, or undefined: no role, no console (a session ends with it). */
export async function resolveScope(db: Db, personId: number): Promise<Scope | undefined> {
  const staff = await liveStaffRole(db, personId);
  if (staff?.role === 'admin') return { personId, role: 'admin', programmeId: null, facilitatorId: null };
  if (staff?.role === 'manager' && staff.programmeId !== null) return { personId, role: 'manager', programmeId: staff.programmeId, facilitatorId: null };
  const facilitator = await findFacilitatorByPerson(db, personId);
  if (facilitator) return { personId, role: 'facilitator', programmeId: null, facilitatorId: facilitator.id };
  return undefined;
}

export function scopedGroups(scope: Scope): ScopedGroups {
  const groupIds =
    scope.role === 'admin'
      ? groupIdsWhere({})
      : scope.role === 'manager'
        ? groupIdsWhere({ programmeId: scope.programmeId! })
        : groupIdsWhere({ facilitatorId: scope.facilitatorId! });
  return { [SCOPED]: true, scope, groupIds };
}

/**
 * A member the viewer may look at, made only here: someone who has, or had, a membership
 * (active, pending or removed) in a group of the viewer's scope. A member page's services
 * take this, not a bare person id, so a page cannot show a person nobody checked.
 * `memberships` are only those in scope: a member of two programmes shows a manager the
 * groups of hers alone.
 */
export interface VisibleMember {
  readonly [VISIBLE]: true;
  readonly personId: number;
  readonly memberships: readonly ScopedMembership[];
}

/** The member if this scope may see her; undefined otherwise (the page answers 404, as for an id that does not exist). */
export async function visibleMember(db: Db, scoped: ScopedGroups, personId: number): Promise<VisibleMember | undefined> {
  if (!Number.isSafeInteger(personId) || personId <= 0) return undefined;
  const memberships = await membershipsIn(db, scoped.groupIds, personId);
  return memberships.length ? { [VISIBLE]: true, personId, memberships } : undefined;
}

/**
 * The people whose doings a scope may read about in the audit log, as a subquery of ids
 * (`everyone` for an admin, who also sees rows naming nobody, such as a wrong code):
 * - manager: the members (any status) and facilitators of her programme's groups, and her
 *   programme's managers (present and past);
 * - facilitator: the members of her groups, and herself.
 */
export function peopleInView(scoped: ScopedGroups) {
  const { scope, groupIds } = scoped;
  if (scope.role === 'admin') return 'everyone' as const;
  return scope.role === 'manager'
    ? memberIdsIn(groupIds).union(facilitatorPersonIdsIn(groupIds)).union(staffIdsOfProgramme(scope.programmeId!))
    : memberIdsIn(groupIds).union(facilitatorPersonIdsIn(groupIds).where('facilitators.person_id', '=', scope.personId));
}

/**
 * The staff whose console logins a scope may read: a manager her programme's facilitators
 * and managers; a facilitator only herself (her colleagues' logins are not hers to watch).
 */
export function staffInView(scoped: ScopedGroups) {
  const { scope, groupIds } = scoped;
  if (scope.role === 'admin') return 'everyone' as const;
  return scope.role === 'manager'
    ? facilitatorPersonIdsIn(groupIds).union(staffIdsOfProgramme(scope.programmeId!))
    : facilitatorPersonIdsIn(groupIds).where('facilitators.person_id', '=', scope.personId);
}

export type PeopleInView = ReturnType<typeof peopleInView>;
export type StaffInView = ReturnType<typeof staffInView>;

/**
 * The members a scope may look at, as a subquery of people ids, for lists that name many
 * members at once (the console's member search): an accepted membership (active, or removed
 * since) in a group of the scope; a pending one (invited, not accepted) does not count. Never
 * wider than `visibleMember`'s rule: the permission matrix
 * (tests/security/console-matrix.test.ts) opens every member the search names and fails if
 * one of them answers 404.
 */
export function visibleMemberIds(scoped: ScopedGroups) {
  return memberIdsIn(scoped.groupIds).where('memberships.status', '<>', 'pending');
}
