/**
 * The groups a console user may see, as query fragments (the groups module owns `groups`
 * and `memberships`). Only src/modules/programmes/scope.ts calls `groupIdsWhere`: every
 * console query receives its result wrapped in a `ScopedGroups`, never a bare filter.
 */
import { expressionBuilder } from 'kysely';
import type { Database } from '../../db/schema.ts';

export interface GroupFilter {
  /** Only groups of this programme. */
  programmeId?: number;
  /** Only groups this facilitator runs. */
  facilitatorId?: number;
}

/** Subquery of group ids (for `in`); an empty filter means every group (the admin's view). */
export function groupIdsWhere(filter: GroupFilter) {
  let query = expressionBuilder<Database, never>().selectFrom('groups').select('groups.id');
  if (filter.programmeId !== undefined) query = query.where('groups.programme_id', '=', filter.programmeId);
  if (filter.facilitatorId !== undefined) query = query.where('groups.facilitator_id', '=', filter.facilitatorId);
  return query;
}

export type GroupIds = ReturnType<typeof groupIdsWhere>;

/** Subquery of the people who are active members of any of these groups (for `in`). */
export function activeMemberIdsIn(groupIds: GroupIds) {
  return expressionBuilder<Database, never>()
    .selectFrom('memberships')
    .select('memberships.person_id')
    .where('memberships.group_id', 'in', groupIds)
    .where('memberships.status', '=', 'active');
}

/** Subquery of the facilitators (facilitators.id) who run any of these groups (for `in`). */
export function facilitatorIdsOf(groupIds: GroupIds) {
  return expressionBuilder<Database, never>().selectFrom('groups').select('groups.facilitator_id').where('groups.id', 'in', groupIds);
}

/** How many different people are active members of these groups. */
export async function activeMemberCount(db: import('../../db/client.ts').Db, groupIds: GroupIds): Promise<number> {
  const row = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.count<number>('memberships.person_id').distinct().as('n'))
    .where('memberships.group_id', 'in', groupIds)
    .where('memberships.status', '=', 'active')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Moves a group into a programme (and optionally a region of it). */
export async function setGroupProgramme(db: import('../../db/client.ts').Db, groupId: number, programmeId: number, regionId: number | null = null): Promise<void> {
  await db.updateTable('groups').set({ programme_id: programmeId, region_id: regionId }).where('id', '=', groupId).execute();
}

/** Subquery of the people with any membership (active, pending or removed) in these groups: whose past the audit shows. */
export function memberIdsIn(groupIds: GroupIds) {
  return expressionBuilder<Database, never>().selectFrom('memberships').select('memberships.person_id as id').where('memberships.group_id', 'in', groupIds);
}

/** Subquery of the people (people.id) who facilitate any of these groups. */
export function facilitatorPersonIdsIn(groupIds: GroupIds) {
  return expressionBuilder<Database, never>()
    .selectFrom('facilitators')
    .select('facilitators.person_id as id')
    .where('facilitators.id', 'in', facilitatorIdsOf(groupIds));
}
