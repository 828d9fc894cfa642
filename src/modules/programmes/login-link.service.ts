/**
 * A one-time console login made in the console for a staff member (issue #20): what
 * `staff link` on the admin command line does, for someone who has no chat with the bot yet
 * (a facilitator just added by her phone has nowhere for /masuk's code to go). The same
 * login as the command line's and the chat's (`issueLogin`: 10 minutes, single use, her
 * older live login retired), shown once on the page for the viewer to hand over.
 *
 * Whoever holds the link can log in as her, so it is made only for someone whose console
 * view the viewer already has (no one gains a view through it):
 * - an admin: anyone with a console role but himself;
 * - a manager: a manager of his own programme, or a facilitator with at least one group, all
 *   of them in his programme; a facilitator with no group yet only if he added her himself
 *   in the console (the `onboarded` audit row of that: the notice right after adding her
 *   offers the link), never any groupless one by her id; never an admin, another
 *   programme's staff, nor a facilitator who also runs another programme's group;
 * - a facilitator: nobody.
 * One `onboarded` audit row (detail.what = 'login_link', the subject her) in the same
 * transaction; never the code or the token.
 */
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { issueLogin, type IssuedLogin } from '../console-access/console-access.service.ts';
import { addedFacilitator } from '../audit/audit-events.repository.ts';
import { facilitatorGroupsAround } from '../groups/groups.repository.ts';
import { findPerson } from '../people/people.repository.ts';
import { resolveScope, type ConsoleRole, type Scope } from './scope.ts';

export interface LoginLinkTarget {
  personId: number;
  name: string;
  role: ConsoleRole;
}

/** The staff member the viewer may make a login for, or undefined (the page answers 404, as for no one). */
export async function loginLinkTarget(db: Db, scope: Scope, personId: number): Promise<LoginLinkTarget | undefined> {
  if (scope.role === 'facilitator' || personId === scope.personId || !Number.isSafeInteger(personId) || personId <= 0) return undefined;
  const [theirs, person] = await Promise.all([resolveScope(db, personId), findPerson(db, personId)]);
  if (!theirs || !person) return undefined;
  if (scope.role === 'manager') {
    const ok =
      theirs.role === 'manager'
        ? theirs.programmeId === scope.programmeId
        : theirs.role === 'facilitator' && (await managerMayLinkFacilitator(db, scope, personId, theirs.facilitatorId!));
    if (!ok) return undefined;
  }
  return { personId, name: person.name, role: theirs.role };
}

async function managerMayLinkFacilitator(db: Db, scope: Scope, personId: number, facilitatorId: number): Promise<boolean> {
  const { inside, outside } = await facilitatorGroupsAround(db, facilitatorId, scope.programmeId!);
  if (outside > 0) return false;
  return inside > 0 || addedFacilitator(db, scope.personId, personId);
}

/**
 * loginLinkTarget's rule for a row of the staff list, from what the list holds (her role,
 * her programme, the groups of hers the viewer sees) and one batched answer (`outside`: the
 * people on the page who facilitate a group outside the manager's programme), so a page of
 * 30 costs one query, not three a row. The same answers: a manager's list holds only her
 * programme's managers, facilitators of its groups and the groupless facilitators she added
 * herself (so every facilitator on it has a group there or is one managerMayLinkFacilitator
 * lets her link), and an admin's anyone with a role. tests/integration/console-staff.test.ts
 * checks that each row's button and the link page agree.
 */
export function mayLinkFromList(
  scope: Scope,
  row: { personId: number; role: ConsoleRole; programmeId: number | null },
  outside: ReadonlySet<number>,
): boolean {
  if (scope.role === 'facilitator' || row.personId === scope.personId) return false;
  if (scope.role === 'admin') return true;
  if (row.role === 'manager') return row.programmeId === scope.programmeId;
  return row.role === 'facilitator' && !outside.has(row.personId);
}

/** Makes her login (link and code) if the viewer may, with its audit row; undefined otherwise. */
export async function makeLoginLinkAs(db: Db, scope: Scope, personId: number, now: Date): Promise<(IssuedLogin & { target: LoginLinkTarget }) | undefined> {
  return db.transaction().execute(async (trx) => {
    const target = await loginLinkTarget(trx, scope, personId);
    if (!target) return undefined;
    const login = await issueLogin(trx, personId, now);
    await recordAudit(trx, { kind: 'onboarded', at: now, actorPersonId: scope.personId, subjectPersonId: personId, groupId: null, detail: { what: 'login_link' } });
    return { ...login, target };
  });
}
