/** Programmes, regions and console roles: what the admin command line and the tests set up. */
import { DomainError } from '../../core/errors.ts';
import type { Db } from '../../db/client.ts';
import { placeOfGroup, setGroupProgramme } from '../groups/group-scope.repository.ts';
import { cleanLabel } from '../groups/groups.ts';
import { lockPerson } from '../people/people.repository.ts';
import * as repo from './programmes.repository.ts';

export type { Programme } from './programmes.repository.ts';

export async function createProgramme(db: Db, input: { name: string; partner?: string | undefined }): Promise<repo.Programme> {
  const name = cleanLabel(input.name);
  if (!name) throw new DomainError('name_invalid', 'the programme name must be 1–80 printable characters');
  return repo.insertProgramme(db, { name, partner: cleanLabel(input.partner) });
}

export async function addRegion(db: Db, programmeId: number, kabupaten: string, kecamatan?: string): Promise<number> {
  if (!(await repo.findProgramme(db, programmeId))) throw new DomainError('programme_not_found', `no programme with id ${programmeId}`);
  const kab = cleanLabel(kabupaten);
  if (!kab) throw new DomainError('district_invalid', 'the kabupaten must be 1–80 printable characters');
  const kec = kecamatan === undefined ? null : cleanLabel(kecamatan);
  // A kecamatan given but unprintable was once dropped silently; now refused, as the kabupaten is.
  if (kecamatan !== undefined && !kec) throw new DomainError('district_invalid', 'the kecamatan must be 1–80 printable characters');
  return repo.insertRegion(db, { programmeId, kabupaten: kab, kecamatan: kec });
}

/**
 * Puts a group into a programme, and optionally one of that programme's regions: a region of
 * another programme is refused (a manager's view follows the programme, so a group filed
 * under another programme's kabupaten would be counted in one place and shown in another).
 */
export async function moveGroupToProgramme(db: Db, groupId: number, programmeId: number, regionId: number | null = null): Promise<void> {
  if (!(await repo.findProgramme(db, programmeId))) throw new DomainError('programme_not_found', `no programme with id ${programmeId}`);
  if (regionId !== null && (await repo.programmeOfRegion(db, regionId)) !== programmeId) {
    throw new DomainError('region_not_in_programme', `region ${regionId} is not a region of programme ${programmeId}`);
  }
  await setGroupProgramme(db, groupId, programmeId, regionId);
}

/**
 * `group create --programme [--region]`: puts a new group where it belongs (the region
 * checked to be one of the programme's, as a move checks). Without them it stays in the
 * programme every new group starts in. Answers where it now is.
 */
export async function placeGroup(
  db: Db,
  groupId: number,
  programmeId: number | undefined,
  regionId: number | undefined,
): Promise<{ programmeId: number; regionId: number | null }> {
  if (regionId !== undefined && programmeId === undefined) throw new DomainError('programme_not_found', 'a region needs --programme <id> too');
  if (programmeId !== undefined) await moveGroupToProgramme(db, groupId, programmeId, regionId ?? null);
  return placeOfGroup(db, groupId);
}

/**
 * Gives her a console role (`staff grant` on the command line, the /staf/:id/peran form in the
 * console): checks the person, the role and (for a manager) the programme, and that the
 * deployment keeps an admin. `by`: the admin who did it in the console (null: the command
 * line). Answers false when she holds exactly that role already (nothing is written, so the
 * audit shows no change that was none). In a transaction only (see lockRoles).
 */
export async function grantConsoleRole(db: Db, personId: number, role: string, programmeId: number | undefined, at: Date, by: number | null = null): Promise<boolean> {
  const admins = await lockRoles(db, personId);
  if (role !== 'admin' && role !== 'manager') throw new DomainError('role_invalid', `unknown console role "${role}"; roles: admin, manager (a facilitator is one by being a facilitator)`);
  if (role === 'manager') {
    if (programmeId === undefined) throw new DomainError('programme_not_found', 'a manager needs --programme <id>');
    if (!(await repo.findProgramme(db, programmeId))) throw new DomainError('programme_not_found', `no programme with id ${programmeId}`);
  }
  const now = await repo.liveStaffRole(db, personId);
  if (now?.role === role && (role === 'admin' || now.programmeId === programmeId)) return false;
  if (role !== 'admin') keepAnAdmin(admins, personId);
  await repo.grantStaffRole(db, personId, role, role === 'admin' ? null : programmeId!, at, by);
  return true;
}

export async function makeAdmin(db: Db, personId: number, at: Date): Promise<void> {
  await repo.grantStaffRole(db, personId, 'admin', null, at);
}

export async function makeManager(db: Db, personId: number, programmeId: number, at: Date): Promise<void> {
  await repo.grantStaffRole(db, personId, 'manager', programmeId, at);
}

/**
 * Ends her staff role (`staff remove`, or the console's "take the role away"); her console
 * sessions end at their next request (scope.ts finds no role), or at once where the caller
 * ends them. Refused for the last admin. `by` as for grantConsoleRole; in a transaction only.
 */
export async function removeStaffRole(db: Db, personId: number, at: Date, by: number | null = null): Promise<boolean> {
  keepAnAdmin(await lockRoles(db, personId), personId);
  return repo.endStaffRole(db, personId, at, by);
}

/**
 * Before any role is read or written: the live admins' rows, then hers, locked until the
 * transaction ends, always in that order (so two changes never wait on each other in a
 * circle). Two admins ending each other's role are taken one after the other, and so are two
 * submits of the same change to her (the second reads the first's result: no second live row,
 * no change in the audit that was none). Outside a transaction the locks would end with their
 * statement and guard nothing: a caller that forgot one is a programming error. Answers the
 * live admins.
 */
export async function lockRoles(db: Db, personId: number): Promise<number[]> {
  if (!db.isTransaction) throw new Error('console roles change only inside a transaction (their locks guard the last admin)');
  const admins = await repo.liveAdminsLocked(db);
  if (!(await lockPerson(db, personId))) throw new DomainError('person_not_found', `no person with id ${personId}`);
  return admins;
}

/**
 * The one rule both the command line and the console follow: the deployment keeps at least
 * one admin, so the last one cannot end or lower her own role (nobody could give it back but
 * the command line). `admins`: the live admins, locked (lockRoles).
 */
function keepAnAdmin(admins: readonly number[], personId: number): void {
  if (admins.length === 1 && admins[0] === personId) throw new DomainError('last_admin', `person ${personId} is the last admin: make someone else an admin first`);
}

export const listProgrammes = repo.listProgrammes;
export const findProgramme = repo.findProgramme;
export const firstAdmin = repo.firstAdmin;
