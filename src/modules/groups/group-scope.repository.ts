/**
 * The groups a console user may see, as query fragments (the groups module owns `groups`
 * and `memberships`). Only src/modules/programmes/scope.ts calls `groupIdsWhere`: every
 * console query receives its result wrapped in a `ScopedGroups`, never a bare filter.
 */
import { expressionBuilder, sql } from 'kysely';
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

/**
 * The people counted more than once when a scope's per-group rollups are added up: those
 * active in k ≥ 2 of these groups, with `extra` = k − 1 (shared_memberships holds everyone
 * active in two or more groups; kept by the memberships triggers, migration 024). A few
 * rows however large the scope: subtract `extra` times her share to count her once.
 */
export function sharedExtraIn(groupIds: GroupIds) {
  return expressionBuilder<Database, never>()
    .selectFrom('shared_memberships as s')
    .select([
      's.person_id',
      sql<number>`(select count(*) from unnest(s.group_ids) as g(id) where g.id in (${groupIds}))::int - 1`.as('extra'),
    ]);
}

/**
 * How many different people are active members of these groups: the groups' kept counts
 * (group_member_counts) added up, less those counted twice. Not a count over memberships:
 * an admin's 100,000 memberships took 120–380 ms on a busy machine, the counts take a row per group.
 */
export async function activeMemberCount(db: import('../../db/client.ts').Db, groupIds: GroupIds): Promise<number> {
  const row = await db
    .selectNoFrom([
      sql<number>`coalesce((select sum(c.members) from group_member_counts c where c.group_id in (${groupIds})), 0)::bigint`.as('counted'),
      sql<number>`coalesce((select sum(x.extra) from (${sharedExtraIn(groupIds)}) x where x.extra > 0), 0)::bigint`.as('twice'),
    ])
    .executeTakeFirstOrThrow();
  return Number(row.counted) - Number(row.twice);
}

/** Moves a group into a programme (and optionally a region of it). */
/** The programme and region a group is in. */
export async function placeOfGroup(db: import('../../db/client.ts').Db, groupId: number): Promise<{ programmeId: number; regionId: number | null }> {
  return db
    .selectFrom('groups')
    .select(['programme_id as programmeId', 'region_id as regionId'])
    .where('id', '=', groupId)
    .executeTakeFirstOrThrow();
}

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
