/** Programmes, regions and console roles: what the admin command line and the tests set up. */
import { DomainError } from '../../core/errors.ts';
import type { Db } from '../../db/client.ts';
import { placeOfGroup, setGroupProgramme } from '../groups/group-scope.repository.ts';
import { cleanLabel } from '../groups/groups.ts';
import { findPerson } from '../people/people.repository.ts';
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

/** The admin command line's "staff grant": checks the person, the role and (for a manager) the programme. */
export async function grantConsoleRole(db: Db, personId: number, role: string, programmeId: number | undefined, at: Date): Promise<void> {
  if (!(await findPerson(db, personId))) throw new DomainError('person_not_found', `no person with id ${personId}`);
  if (role === 'admin') return makeAdmin(db, personId, at);
  if (role !== 'manager') throw new DomainError('role_invalid', `unknown console role "${role}"; roles: admin, manager (a facilitator is one by being a facilitator)`);
  if (programmeId === undefined) throw new DomainError('programme_not_found', 'a manager needs --programme <id>');
  if (!(await repo.findProgramme(db, programmeId))) throw new DomainError('programme_not_found', `no programme with id ${programmeId}`);
  return makeManager(db, personId, programmeId, at);
}

export async function makeAdmin(db: Db, personId: number, at: Date): Promise<void> {
  await repo.grantStaffRole(db, personId, 'admin', null, at);
}

export async function makeManager(db: Db, personId: number, programmeId: number, at: Date): Promise<void> {
  await repo.grantStaffRole(db, personId, 'manager', programmeId, at);
}

/** Ends her staff role; her console sessions end at their next request (scope.ts finds no role). */
export async function removeStaffRole(db: Db, personId: number, at: Date): Promise<boolean> {
  return repo.endStaffRole(db, personId, at);
}

export const listProgrammes = repo.listProgrammes;
export const findProgramme = repo.findProgramme;
export const firstAdmin = repo.firstAdmin;
