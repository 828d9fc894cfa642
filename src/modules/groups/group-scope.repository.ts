/**
 * The groups a console user may see, as query fragments (the groups module owns `groups`
 * and `memberships`). Only src/modules/programmes/scope.ts calls `groupIdsWhere`: every
 * console query receives its result wrapped in a `ScopedGroups`, never a bare filter.
 */
import { expressionBuilder } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { personName } from '../people/people.repository.ts';

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

/** One of her memberships (any status: a member who left is still hers to look back on). */
export interface ScopedMembership {
  groupId: number;
  groupName: string;
  role: import('./groups.ts').Role;
  status: import('./groups.ts').MembershipStatus;
  joinedAt: Date;
  statusChangedAt: Date;
  facilitator: string;
}

/**
 * Her memberships in these groups, in any status (active, pending, removed), oldest first.
 * None means the groups do not hold her: the console then answers 404. One index lookup
 * (memberships_person_idx) and a probe of the scope's subquery per membership she has.
 */
export async function membershipsIn(db: import('../../db/client.ts').Db, groupIds: GroupIds, personId: number): Promise<ScopedMembership[]> {
  return db
    .selectFrom('memberships')
    .innerJoin('groups', 'groups.id', 'memberships.group_id')
    .innerJoin('facilitators', 'facilitators.id', 'groups.facilitator_id')
    .select((eb) => [
      'groups.id as groupId',
      'groups.name as groupName',
      'memberships.role',
      'memberships.status',
      'memberships.joined_at as joinedAt',
      'memberships.status_changed_at as statusChangedAt',
      personName(eb.ref('facilitators.person_id')).as('facilitator'),
    ])
    .where('memberships.person_id', '=', personId)
    .where('memberships.group_id', 'in', groupIds)
    .orderBy('memberships.joined_at')
    .orderBy('groups.id')
    .execute();
}
