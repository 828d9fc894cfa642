/**
 * The groups a console user may see, as query fragments (the groups module owns `groups`
 * and `memberships`). Only src/modules/programmes/scope.ts calls `groupIdsWhere`: every
 * console query receives its result wrapped in a `ScopedGroups`, never a bare filter.
 */
import { expressionBuilder, sql, type Expression, type RawBuilder, type SelectQueryBuilder } from 'kysely';
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

/**
 * One group, as a reference to a column holding its id (a lateral join's `g.id`): where a
 * scope has few groups (a facilitator's twenty), a source of the audit log is read group by
 * group, each through its own (group_id, at desc, id desc) index and no further than a page,
 * instead of walking the whole log newest first for the rows of her groups.
 */
export interface OneGroup {
  readonly oneGroup: RawBuilder<number>;
}

/** A scope's groups as a set (`in`), or one group of them at a time (`=`, see OneGroup). */
export type InGroups = GroupIds | OneGroup;

export function isOneGroup(within: InGroups): within is OneGroup {
  return 'oneGroup' in within;
}

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

/** Memberships in these groups with what ScopedMembership shows, for the two functions below. */
function scopedMembershipRows(db: import('../../db/client.ts').Db, groupIds: GroupIds) {
  return db
    .selectFrom('memberships')
    .innerJoin('groups', 'groups.id', 'memberships.group_id')
    .innerJoin('facilitators', 'facilitators.id', 'groups.facilitator_id')
    .select((eb) => [
      'memberships.person_id as personId',
      'groups.id as groupId',
      'groups.name as groupName',
      'memberships.role',
      'memberships.status',
      'memberships.joined_at as joinedAt',
      'memberships.status_changed_at as statusChangedAt',
      personName(eb.ref('facilitators.person_id')).as('facilitator'),
    ])
    .where('memberships.group_id', 'in', groupIds)
    .orderBy('memberships.joined_at')
    .orderBy('groups.id');
}

/**
 * Her memberships in these groups, in any status (active, pending, removed), oldest first.
 * None means the groups do not hold her: the console then answers 404. One index lookup
 * (memberships_person_idx) and a probe of the scope's subquery per membership she has.
 */
export async function membershipsIn(db: import('../../db/client.ts').Db, groupIds: GroupIds, personId: number): Promise<ScopedMembership[]> {
  const rows = await scopedMembershipRows(db, groupIds).where('memberships.person_id', '=', personId).execute();
  return rows.map(({ personId: _personId, ...m }) => m);
}

/** `membershipsIn` for several people at once (a page of the member search), each row with whose it is. */
export async function membershipsInOf(
  db: import('../../db/client.ts').Db,
  groupIds: GroupIds,
  personIds: readonly number[],
): Promise<(ScopedMembership & { personId: number })[]> {
  if (personIds.length === 0) return [];
  return scopedMembershipRows(db, groupIds)
    .where('memberships.person_id', '=', sql<number>`any(${[...personIds]}::bigint[])`)
    .execute();
}

/** Subquery of the people with an accepted membership (active or removed; not pending) in these groups: whose past the audit shows. */
export function memberIdsIn(groupIds: GroupIds) {
  return expressionBuilder<Database, never>()
    .selectFrom('memberships')
    .select('memberships.person_id as id')
    .where('memberships.group_id', 'in', groupIds)
    .where('memberships.status', '<>', 'pending');
}

/** One person's id as a one-row subquery (for `in`, where the others are sets). */
export function onePerson(personId: number) {
  return expressionBuilder<Database, never>().selectFrom('people').select('people.id as id').where('people.id', '=', personId);
}

/** The person behind a facilitator record, as a scalar subquery (a lead's facilitator, named on its page). */
export function facilitatorPersonId(facilitatorId: Expression<number>) {
  return expressionBuilder<Database, never>().selectFrom('facilitators').select('facilitators.person_id').where('facilitators.id', '=', facilitatorId).$asScalar().$notNull();
}

/**
 * The facilitators of these groups, each with her person, name and time zone and the groups
 * of these she runs (whom a manager or an admin may send a lead as: lead-senders).
 */
export async function facilitatorsOfGroups(
  db: import('../../db/client.ts').Db,
  groupIds: GroupIds,
): Promise<{ facilitatorId: number; personId: number; name: string; timeZone: string; groupIds: number[] }[]> {
  const rows = await db
    .selectFrom('groups')
    .innerJoin('facilitators', 'facilitators.id', 'groups.facilitator_id')
    .innerJoin('people', 'people.id', 'facilitators.person_id')
    .select(['facilitators.id as facilitatorId', 'people.id as personId', 'people.name', 'people.time_zone as timeZone', sql<(number | string)[]>`array_agg(groups.id order by groups.id)`.as('groupIds')])
    .where('groups.id', 'in', groupIds)
    .groupBy(['facilitators.id', 'people.id', 'people.name', 'people.time_zone'])
    .orderBy('people.name')
    .orderBy('facilitators.id')
    .execute();
  return rows.map((r) => ({ facilitatorId: Number(r.facilitatorId), personId: Number(r.personId), name: r.name, timeZone: r.timeZone, groupIds: r.groupIds.map(Number) }));
}

/** Subquery of the people (people.id) who facilitate any of these groups. */
export function facilitatorPersonIdsIn(groupIds: GroupIds) {
  return expressionBuilder<Database, never>()
    .selectFrom('facilitators')
    .select('facilitators.person_id as id')
    .where('facilitators.id', 'in', facilitatorIdsOf(groupIds));
}

/** Every membership (any group, any status) of these people, with her time zone: what a book window is worked out from. */
export async function membershipsOfPeople(
  db: import('../../db/client.ts').Db,
  personIds: readonly number[],
): Promise<{ personId: number; timeZone: string; groupId: number; status: import('./groups.ts').MembershipStatus; joinedAt: Date; statusChangedAt: Date }[]> {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('memberships')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .select([
      'memberships.person_id as personId',
      'people.time_zone as timeZone',
      'memberships.group_id as groupId',
      'memberships.status',
      'memberships.joined_at as joinedAt',
      'memberships.status_changed_at as statusChangedAt',
    ])
    .where('memberships.person_id', '=', sql<number>`any(${[...personIds]}::bigint[])`)
    .execute();
}

/**
 * These groups by name, with where they are and their time zone: a lead's targeting choices,
 * the groups a member import may name (by id or name; a new member lives in her group's zone).
 */
export async function groupsIn(
  db: import('../../db/client.ts').Db,
  groupIds: GroupIds,
): Promise<{ id: number; name: string; village: string | null; district: string | null; timeZone: string }[]> {
  const rows = await db
    .selectFrom('groups')
    .select(['groups.id', 'groups.name', 'groups.village', 'groups.district', 'groups.time_zone as timeZone'])
    .where('groups.id', 'in', groupIds)
    .orderBy('groups.name')
    .orderBy('groups.id')
    .execute();
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

/** Whether these groups hold `groupId`. */
export async function holdsGroup(db: import('../../db/client.ts').Db, groupIds: GroupIds, groupId: number): Promise<boolean> {
  return (await db.selectFrom('groups').select('groups.id').where('groups.id', '=', groupId).where('groups.id', 'in', groupIds).executeTakeFirst()) !== undefined;
}

/**
 * Whether `personId` has an accepted membership (active, or removed since: not pending) in
 * `groupId`, as a boolean SQL expression over the caller's columns (a lead's answer is her
 * group's business only if she is, or was, a member of it).
 */
export function acceptedMembership(groupId: RawBuilder<unknown>, personId: RawBuilder<unknown>): RawBuilder<boolean> {
  return sql<boolean>`exists (select 1 from memberships am where am.group_id = ${groupId} and am.person_id = ${personId} and am.status <> 'pending')`;
}

/*
 * The two conditions below are scalar subqueries (`select true … limit 1`), not `exists`, on
 * purpose: Postgres may turn an `exists` into a hash of every match, built before the first
 * row (a manager's 50,000 members: 170–300 ms); a scalar subquery is probed per row by index
 * (memberships_person_idx), and a page of the audit reads a few hundred rows at most.
 */

/** Whether `person` has an accepted membership (active or removed) in these groups: a boolean SQL expression, probed per row. */
export function acceptedMemberIn(groupIds: GroupIds, person: RawBuilder<unknown>): RawBuilder<boolean> {
  return sql<boolean>`coalesce((select true from memberships im where im.person_id = ${person} and im.status <> 'pending' and im.group_id in (${groupIds}) limit 1), false)`;
}

/** Whether `person` facilitates one of these groups: a boolean SQL expression, probed per row. */
export function facilitatorIn(groupIds: GroupIds, person: RawBuilder<unknown>): RawBuilder<boolean> {
  return sql<boolean>`coalesce((select true from facilitators fi join groups gi on gi.facilitator_id = fi.id where fi.person_id = ${person} and gi.id in (${groupIds}) limit 1), false)`;
}

/** Whether `person` is this one person: a boolean SQL expression. */
export function isPerson(personId: number, person: RawBuilder<unknown>): RawBuilder<boolean> {
  return sql<boolean>`${person} = ${personId}`;
}

/** Any of these boolean SQL expressions (for the scope's audit conditions, composed in scope.ts). */
export function anyOf(conditions: readonly RawBuilder<boolean>[]): RawBuilder<boolean> {
  return sql<boolean>`(${sql.join(conditions, sql` or `)})`;
}

/**
 * The lowest id among these groups whose accepted membership of `person` opens a console
 * viewer's window (programmes/book-window.ts) on the day `at` falls on in `timeZone` — null
 * when none does. The same rule as `bookWindow`, per membership: a removed one up to the day
 * she left, one taken after leaving another group from the day she joined, else from the
 * start. (Several memberships give the union of their spans, where bookWindow takes the span
 * from the earliest to the latest: they differ only on days between two spans of groups of
 * the same scope, where nothing the viewer may see is hidden by the stricter reading.)
 * A scalar SQL expression over the outer query's columns (`columns`: her person id, the
 * instant, her time zone), probed per row (help-inbox items: media a member sent at `at`).
 */
export function groupSeeingDay(groupIds: GroupIds, columns: { person: string; at: string; timeZone: string }): RawBuilder<number | null> {
  const [person, at, timeZone] = [sql.ref(columns.person), sql.ref(columns.at), sql.ref(columns.timeZone)];
  const day = (t: RawBuilder<unknown>) => sql`(${t} at time zone ${timeZone})::date`;
  return sql<number | null>`(select wm.group_id from memberships wm
      where wm.person_id = ${person} and wm.status <> 'pending' and wm.group_id in (${groupIds})
        and (wm.status = 'active' or ${day(at)} <= ${day(sql`wm.status_changed_at`)})
        and (${day(at)} >= ${day(sql`wm.joined_at`)}
             or not exists (select 1 from memberships wo where wo.person_id = wm.person_id and wo.group_id <> wm.group_id
                             and wo.status = 'removed' and wo.status_changed_at <= wm.joined_at))
      order by wm.group_id limit 1)`;
}

/** Subquery of every facilitator's person (people.id), with a group or not yet: the admin's staff list. */
export function allFacilitatorPersonIds() {
  return expressionBuilder<Database, never>().selectFrom('facilitators').select('facilitators.person_id as id');
}

/**
 * Of these people (a subquery of ids), those who are facilitators with no group at all yet
 * (for `in`): on a manager's staff list when she added them herself (login-link.service.ts
 * lets her make their link; a group anywhere makes them the list's by that group instead).
 */
export function grouplessFacilitatorPersonIdsAmong(personIds: SelectQueryBuilder<Database, never, { id: number | null }>) {
  return expressionBuilder<Database, never>()
    .selectFrom('facilitators')
    .select('facilitators.person_id as id')
    .where('facilitators.person_id', 'in', personIds)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('groups').select('groups.id').whereRef('groups.facilitator_id', '=', 'facilitators.id'))));
}

/**
 * The groups of `groupIds` that these people facilitate, by name, with where each is (its
 * programme and region): the staff list's "groups she runs" (only those the viewer sees).
 */
export async function groupsFacilitatedBy(
  db: import('../../db/client.ts').Db,
  groupIds: GroupIds,
  personIds: readonly number[],
): Promise<{ personId: number; groupId: number; name: string; programmeId: number; regionId: number | null }[]> {
  if (personIds.length === 0) return [];
  const rows = await db
    .selectFrom('groups')
    .innerJoin('facilitators', 'facilitators.id', 'groups.facilitator_id')
    .select(['facilitators.person_id as personId', 'groups.id as groupId', 'groups.name', 'groups.programme_id as programmeId', 'groups.region_id as regionId'])
    .where('groups.id', 'in', groupIds)
    .where('facilitators.person_id', '=', sql<number>`any(${[...personIds]}::bigint[])`)
    .orderBy('groups.name')
    .orderBy('groups.id')
    .execute();
  return rows.map((r) => ({ ...r, personId: Number(r.personId), groupId: Number(r.groupId), programmeId: Number(r.programmeId), regionId: r.regionId === null ? null : Number(r.regionId) }));
}
