/**
 * Giving and taking console roles from the web console (issue #20): what `staff grant` and
 * `staff remove` do on the admin command line, through the same services and rules
 * (grantConsoleRole, removeStaffRole: the person, the programme, and that the deployment
 * keeps an admin). What the console adds:
 *
 * - who may: an admin only (a manager and a facilitator get `undefined`: the page answers
 *   404, as for a missing person);
 * - whom: any existing person, found by her id (from the staff list) or by her phone;
 * - the choices: a programme's manager (a new one, or a manager moved to another
 *   programme), an admin, or no staff role (she keeps what she is without one: a
 *   facilitator still sees her own groups);
 * - on a real change her unused one-time logins are retired (a link a manager made for the
 *   facilitator she was must not log anyone in as the admin she now is); her sessions end in
 *   the same transaction when she is left with no console role at all ('role_removed', as
 *   `staff remove` ends them) or when the new role sees more than the old ('role_changed':
 *   scope.ts resolves the role on every request, so a session left open would be upgraded);
 *   a narrower role keeps them, seen under it from the next request;
 * - the admin check is made again under the live admins' lock (lockRoles), so an admin whose
 *   own role is being taken cannot slip a change in;
 * - the audit: staff_roles keeps who gave and who ended each role (migration 046), and the
 *   audit page shows the old role ended and the new one given, by her, at one instant.
 *
 * Each refusal names the form field it belongs to, so the page shows it there.
 */
import { DomainError } from '../../core/errors.ts';
import { idOf } from '../../core/ids.ts';
import type { Db } from '../../db/client.ts';
import { endSessionsOf, retireLoginsOf } from '../console-access/console-access.service.ts';
import { matchPerson } from '../groups/groups.service.ts';
import { findFacilitatorByPerson } from '../groups/groups.repository.ts';
import { findPerson } from '../people/people.repository.ts';
import { grantConsoleRole, lockRoles, removeStaffRole } from './programmes.service.ts';
import { listProgrammes, liveStaffRole, type Programme } from './programmes.repository.ts';
import { resolveScope, type Scope } from './scope.ts';

/** The refusals the role forms show, each next to its field. */
export const STAFF_ROLE_ERRORS = ['phone_missing', 'phone_invalid', 'person_not_found', 'role_invalid', 'programme_not_found', 'last_admin'] as const;
export type StaffRoleError = (typeof STAFF_ROLE_ERRORS)[number];

export interface StaffRoleFieldError<F extends string> {
  field: F;
  code: StaffRoleError;
}

/** Whether she may give and take console roles (an admin). */
export const mayGiveRoles = (scope: Scope): boolean => scope.role === 'admin';

export interface RoleTarget {
  personId: number;
  name: string;
  /** Her live staff role, if any (a facilitator without one has none here). */
  staff: { role: 'admin' | 'manager'; programmeId: number | null } | null;
  /** She facilitates groups: without a staff role she still has a console (her own groups). */
  facilitator: boolean;
  /** It is the viewer herself. */
  self: boolean;
}

/** The person whose role the viewer may change, with what she holds now; undefined: not an admin, or no such person. */
export async function roleTarget(db: Db, scope: Scope, personId: number): Promise<RoleTarget | undefined> {
  if (!mayGiveRoles(scope) || !Number.isSafeInteger(personId) || personId <= 0) return undefined;
  const [person, staff, facilitator] = await Promise.all([findPerson(db, personId), liveStaffRole(db, personId), findFacilitatorByPerson(db, personId)]);
  if (!person) return undefined;
  return { personId, name: person.name, staff: staff ?? null, facilitator: facilitator !== undefined, self: personId === scope.personId };
}

/** The programmes a manager can be given (all of them: only an admin gives roles). */
export async function roleChoices(db: Db, scope: Scope): Promise<Programme[] | undefined> {
  return mayGiveRoles(scope) ? listProgrammes(db) : undefined;
}

/** "Beri peran": the person a phone number names, to open her role form; undefined for a role that may not. */
export async function personByPhoneAs(db: Db, scope: Scope, phone: string): Promise<undefined | { personId: number } | { error: StaffRoleFieldError<'phone'> }> {
  if (!mayGiveRoles(scope)) return undefined;
  if (phone.trim() === '') return { error: { field: 'phone', code: 'phone_missing' } };
  try {
    const person = await matchPerson(db, { phone });
    return person ? { personId: person.id } : { error: { field: 'phone', code: 'person_not_found' } };
  } catch (error) {
    if (error instanceof DomainError && error.code === 'phone_invalid') return { error: { field: 'phone', code: 'phone_invalid' } };
    throw error;
  }
}

export interface RoleForm {
  /** 'manager', 'admin', or 'none' (take her staff role away). */
  role: string;
  /** The manager's programme id. */
  programmeId: string;
}
export type RoleField = 'role' | 'programmeId';

export type RoleChange = { changed: boolean; sessionsEnded: number };

/** A broken rule on its way out of the transaction (so nothing it began is kept). */
class Refused extends Error {
  constructor(readonly error: StaffRoleFieldError<RoleField>) {
    super(error.code);
  }
}

/** The refusals the role form shows (a person gone is a 404, as a missing one is). */
const FORM_ERRORS: readonly StaffRoleError[] = ['role_invalid', 'programme_not_found', 'last_admin'];
const FIELD_OF: Partial<Record<StaffRoleError, RoleField>> = { programme_not_found: 'programmeId' };

const RANK = { facilitator: 0, manager: 1, admin: 2 } as const;

/**
 * Whether `after` lets a session see what `before` did not: a wider role, another
 * programme, or any role where she had none. A session or a one-time login made for the old
 * role (perhaps by a manager, for the facilitator she was) must not open the new one.
 */
export function widens(before: Scope | undefined, after: Scope): boolean {
  if (!before || RANK[after.role] > RANK[before.role]) return true;
  return after.role === 'manager' && before.role === 'manager' && after.programmeId !== before.programmeId;
}

/**
 * Gives her the chosen role, or takes her staff role away, in one transaction with its audit
 * (staff_roles' granted_by / removed_by). On a real change her unused one-time logins are
 * retired (they were made for the old role: the guide says to make a new one), and her
 * sessions end: 'role_removed' when she is left with no console role, 'role_changed' when
 * the new role sees more than the old (widens); `ownSession`, the acting admin's own, is kept
 * when she changes herself. `changed` false: she held that already (nothing written).
 * undefined: the actor is not an admin (checked again under the lock, so an admin whose role
 * is being taken cannot slip a change in), or there is no such person.
 */
export async function changeRoleAs(
  db: Db,
  scope: Scope,
  personId: number,
  form: RoleForm,
  now: Date,
  ownSession?: number,
): Promise<undefined | RoleChange | { error: StaffRoleFieldError<RoleField> }> {
  if (!mayGiveRoles(scope)) return undefined;
  try {
    return await db.transaction().execute(async (trx): Promise<RoleChange | undefined> => {
      if (!(await lockRoles(trx, personId)).includes(scope.personId)) return undefined;
      const before = await resolveScope(trx, personId);
      const changed = await rule(async () => {
        if (form.role === 'none') return removeStaffRole(trx, personId, now, scope.personId);
        if (form.role !== 'admin' && form.role !== 'manager') throw new DomainError('role_invalid', `unknown console role "${form.role.slice(0, 40)}"`);
        const programmeId = form.role === 'manager' ? idOf(form.programmeId.trim()) : undefined;
        if (form.role === 'manager' && programmeId === undefined) throw new DomainError('programme_not_found', 'no programme chosen');
        return grantConsoleRole(trx, personId, form.role, programmeId, now, scope.personId);
      });
      if (!changed) return { changed, sessionsEnded: 0 };
      return { changed, sessionsEnded: await afterRoleChange(trx, personId, before, now, personId === scope.personId ? ownSession : undefined) };
    });
  } catch (error) {
    if (error instanceof Refused) return { error: error.error };
    if (error instanceof DomainError && error.code === 'person_not_found') return undefined;
    throw error;
  }
}

/**
 * After her staff role really changed (`before`: her scope then), in the same transaction:
 * her unused one-time logins are retired, and her sessions end when she is left with no
 * console role ('role_removed'; a facilitator keeps her own groups' view) or when the new role
 * sees more than the old ('role_changed'); `keep`: a session spared (the acting admin's own).
 * The console's form and the command line's `staff grant|remove` both call it. Answers how
 * many sessions ended.
 */
export async function afterRoleChange(db: Db, personId: number, before: Scope | undefined, now: Date, keep?: number): Promise<number> {
  await retireLoginsOf(db, personId, now);
  const after = await resolveScope(db, personId);
  if (!after) return endSessionsOf(db, personId, 'role_removed', now);
  return widens(before, after) ? endSessionsOf(db, personId, 'role_changed', now, keep) : 0;
}

async function rule<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof DomainError && (FORM_ERRORS as readonly string[]).includes(error.code)) {
      const code = error.code as StaffRoleError;
      throw new Refused({ field: FIELD_OF[code] ?? 'role', code });
    }
    throw error;
  }
}
