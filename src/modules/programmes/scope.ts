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
import type { RawBuilder } from 'kysely';
import type { Db } from '../../db/client.ts';
import { findFacilitatorByPerson } from '../groups/groups.repository.ts';
import { acceptedMemberIn, anyOf, facilitatorIn, facilitatorPersonIdsIn, groupIdsWhere, holdsGroup, isPerson, memberIdsIn, onePerson, membershipsIn, membershipsInOf, membershipsOfPeople, type GroupIds, type ScopedMembership } from '../groups/group-scope.repository.ts';
import { findPerson } from '../people/people.repository.ts';
import type { Person } from '../people/people.ts';
import { bookWindow, type BookWindow } from './book-window.ts';
import { isStaffOfProgramme, liveStaffRole, staffIdsOfProgramme } from './programmes.repository.ts';

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
 * A member the viewer may look at, made only here: someone with an accepted membership
 * (active, or removed since) in a group of the viewer's scope — a pending one (invited, not
 * accepted) does not count: her name may be listed on the group page, nothing more. A
 * member page's services take this, not a bare person id, so a page cannot show a person
 * nobody checked, and they read her books only within `window` (book-window.ts: up to the
 * day she left the viewer's group, from the day she joined it after leaving another).
 * `memberships` are only those in scope (pending ones too, to be listed as such): a member
 * of two programmes shows a manager the groups of hers alone.
 */
export interface VisibleMember {
  readonly [VISIBLE]: true;
  readonly personId: number;
  readonly person: Person;
  readonly memberships: readonly ScopedMembership[];
  readonly window: BookWindow;
}

/** The member if this scope may see her; undefined otherwise (the page answers 404, as for an id that does not exist). */
export async function visibleMember(db: Db, scoped: ScopedGroups, personId: number): Promise<VisibleMember | undefined> {
  if (!Number.isSafeInteger(personId) || personId <= 0) return undefined;
  const [memberships, all, person] = await Promise.all([membershipsIn(db, scoped.groupIds, personId), membershipsIn(db, groupIdsWhere({}), personId), findPerson(db, personId)]);
  if (!person) return undefined;
  const window = bookWindow(memberships, all, person.timeZone);
  return window ? { [VISIBLE]: true, personId, person, memberships, window } : undefined;
}

/**
 * `visibleMember`'s rule for several people at once (a page of the member search): for each
 * of them the viewer may see, her memberships in scope (pending ones too, as there) and the
 * window of her books they open, with her time zone; the others are missing. The same two
 * reads as `visibleMember` — her memberships in scope and all of them — a page at a time.
 */
export async function visibleMembersAmong(
  db: Db,
  scoped: ScopedGroups,
  personIds: readonly number[],
): Promise<Map<number, { memberships: ScopedMembership[]; window: BookWindow; timeZone: string }>> {
  const [inScope, all] = await Promise.all([membershipsInOf(db, scoped.groupIds, personIds), membershipsOfPeople(db, personIds)]);
  const visible = new Map<number, { memberships: ScopedMembership[]; window: BookWindow; timeZone: string }>();
  for (const personId of new Set(personIds)) {
    const memberships = inScope.filter((m) => m.personId === personId).map(({ personId: _personId, ...m }) => m);
    const hers = all.filter((m) => m.personId === personId);
    const window = hers.length > 0 ? bookWindow(memberships, hers, hers[0]!.timeZone) : undefined;
    if (window) visible.set(personId, { memberships, window, timeZone: hers[0]!.timeZone });
  }
  return visible;
}

/**
 * The window each of these people's membership of `groupId` opens on her books (the same
 * rule as `visibleMember`'s, for one group: its page's per-member figures); people without
 * an accepted membership there are missing. For a group of the scope only (else empty).
 */
export async function groupBookWindows(db: Db, scoped: ScopedGroups, groupId: number, personIds: readonly number[]): Promise<Map<number, BookWindow>> {
  if (!(await holdsGroup(db, scoped.groupIds, groupId))) return new Map();
  const rows = await membershipsOfPeople(db, personIds);
  const windows = new Map<number, BookWindow>();
  for (const personId of new Set(rows.map((r) => r.personId))) {
    const all = rows.filter((r) => r.personId === personId);
    const w = bookWindow(
      all.filter((r) => r.groupId === groupId),
      all,
      all[0]!.timeZone,
    );
    if (w) windows.set(personId, w);
  }
  return windows;
}

/**
 * Whether the person a row names is one whose doings a scope may read about in the audit
 * log, as a condition on that row's person column (`everyone` for an admin, who also sees
 * rows naming nobody, such as a wrong code):
 * - manager: the members (accepted: active or removed, not pending) and facilitators of her
 *   programme's groups, and her programme's managers (present and past);
 * - facilitator: the members (accepted) of her groups, and herself.
 * A condition probed per row by index, not a set of people built first: a manager's 50,000
 * members took 250–300 ms to gather before the first row was read.
 */
export function peopleInView(scoped: ScopedGroups): 'everyone' | ((person: RawBuilder<unknown>) => RawBuilder<boolean>) {
  const { scope, groupIds } = scoped;
  if (scope.role === 'admin') return 'everyone';
  if (scope.role === 'manager') {
    return (person) => anyOf([acceptedMemberIn(groupIds, person), facilitatorIn(groupIds, person), isStaffOfProgramme(scope.programmeId!, person)]);
  }
  return (person) => anyOf([isPerson(scope.personId, person), acceptedMemberIn(groupIds, person)]);
}

/**
 * The staff whose console logins a scope may read: a manager her programme's facilitators
 * and managers; a facilitator only herself (her colleagues' logins are not hers to watch:
 * her own id, so her logins are read through console_login_attempts_person_idx alone).
 */
export function staffInView(scoped: ScopedGroups) {
  const { scope, groupIds } = scoped;
  if (scope.role === 'admin') return 'everyone' as const;
  return scope.role === 'manager' ? facilitatorPersonIdsIn(groupIds).union(staffIdsOfProgramme(scope.programmeId!)) : onePerson(scope.personId);
}

/**
 * How the audit's on-behalf entries are picked for a scope: each is filed under the group it
 * was written in and that group's programme (migration 032 keeps both), so an admin reads
 * them all, a manager her programme's (one index range, newest first: the same rows as her
 * groups', since the programme is kept equal to the group's), a facilitator her groups'.
 */
export function onBehalfScope(scoped: ScopedGroups): 'all' | { programmeId: number } | { groupIds: GroupIds } {
  const { scope, groupIds } = scoped;
  if (scope.role === 'admin') return 'all';
  return scope.role === 'manager' ? { programmeId: scope.programmeId! } : { groupIds };
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
  return memberIdsIn(scoped.groupIds);
}
