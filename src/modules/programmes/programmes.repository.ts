/** SQL for programmes, their regions and the staff roles of the web console. */
import { expressionBuilder, sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { Database, StaffRole } from '../../db/schema.ts';

export interface Programme {
  id: number;
  name: string;
  partner: string | null;
}

export async function insertProgramme(db: Db, p: { name: string; partner: string | null }): Promise<Programme> {
  return db.insertInto('programmes').values(p).returning(['id', 'name', 'partner']).executeTakeFirstOrThrow();
}

export async function findProgramme(db: Db, id: number): Promise<Programme | undefined> {
  return db.selectFrom('programmes').select(['id', 'name', 'partner']).where('id', '=', id).executeTakeFirst();
}

export async function listProgrammes(db: Db): Promise<Programme[]> {
  return db.selectFrom('programmes').select(['id', 'name', 'partner']).orderBy('id').execute();
}

export async function insertRegion(db: Db, r: { programmeId: number; kabupaten: string; kecamatan: string | null }): Promise<number> {
  const row = await db
    .insertInto('regions')
    .values({ programme_id: r.programmeId, kabupaten: r.kabupaten, kecamatan: r.kecamatan })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface Region {
  id: number;
  programmeId: number;
  kabupaten: string;
  kecamatan: string | null;
}

/** The regions of one programme, or of every programme ('all'), by programme then name. */
export async function listRegions(db: Db, programmeId: number | 'all'): Promise<Region[]> {
  let query = db.selectFrom('regions').select(['id', 'programme_id as programmeId', 'kabupaten', 'kecamatan']);
  if (programmeId !== 'all') query = query.where('programme_id', '=', programmeId);
  return query.orderBy('programme_id').orderBy('kabupaten').orderBy('kecamatan').orderBy('id').execute();
}

/** The programme a region belongs to, or undefined when there is no such region. */
export async function programmeOfRegion(db: Db, regionId: number): Promise<number | undefined> {
  const row = await db.selectFrom('regions').select('programme_id').where('id', '=', regionId).executeTakeFirst();
  return row?.programme_id;
}

export interface LiveStaffRole {
  role: StaffRole;
  programmeId: number | null;
}

/** Her staff role now, if any (ended roles are kept for the audit but count for nothing). */
export async function liveStaffRole(db: Db, personId: number): Promise<LiveStaffRole | undefined> {
  return db
    .selectFrom('staff_roles')
    .select(['role', 'programme_id as programmeId'])
    .where('person_id', '=', personId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
}

/**
 * Ends her live staff role (if any), then gives her this one. `by`: the admin who did it in
 * the web console (the audit names her); null for the admin command line.
 */
export async function grantStaffRole(db: Db, personId: number, role: StaffRole, programmeId: number | null, at: Date, by: number | null = null): Promise<void> {
  await endStaffRole(db, personId, at, by);
  await db.insertInto('staff_roles').values({ person_id: personId, role, programme_id: programmeId, granted_at: at, granted_by_person_id: by }).execute();
}

export async function endStaffRole(db: Db, personId: number, at: Date, by: number | null = null): Promise<boolean> {
  const result = await db
    .updateTable('staff_roles')
    .set({ removed_at: at, removed_by_person_id: by })
    .where('person_id', '=', personId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Anyone holding the admin role now (the first admin link is made for the oldest). */
export async function firstAdmin(db: Db): Promise<number | undefined> {
  const row = await db
    .selectFrom('staff_roles')
    .select('person_id')
    .where('role', '=', 'admin')
    .where('removed_at', 'is', null)
    .orderBy('id')
    .executeTakeFirst();
  return row?.person_id;
}

/**
 * The people holding the admin role now, their live rows locked until the transaction ends:
 * two admins ending each other's role at once are taken one after the other, and the second
 * sees the first's change (so the deployment never loses its last admin).
 */
export async function liveAdminsLocked(db: Db): Promise<number[]> {
  const rows = await db.selectFrom('staff_roles').select('person_id').where('role', '=', 'admin').where('removed_at', 'is', null).orderBy('id').forUpdate().execute();
  return rows.map((r) => Number(r.person_id));
}

/** Subquery of the people who hold or held a manager's role in this programme (for `in`). */
export function staffIdsOfProgramme(programmeId: number) {
  return expressionBuilder<Database, never>().selectFrom('staff_roles').select('staff_roles.person_id as id').where('staff_roles.programme_id', '=', programmeId);
}

/** Whether `person` is (or was) a manager of this programme: a boolean SQL expression. */
export function isStaffOfProgramme(programmeId: number, person: RawBuilder<unknown>): RawBuilder<boolean> {
  return sql<boolean>`exists (select 1 from staff_roles sr where sr.person_id = ${person} and sr.programme_id = ${programmeId})`;
}
