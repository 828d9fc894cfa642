/**
 * What the web console reads of groups, memberships and linked chats (this module owns
 * them). Every function takes the viewer's `ScopedGroups`: a group outside it is simply not
 * found. The fragments at the top are for the ledger's and the loans' set-based queries over
 * the same groups (they must not spell out these tables themselves).
 */
import { expressionBuilder, sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { Database, MembershipStatus, Role } from '../../db/schema.ts';
import { personName } from '../people/people.repository.ts';
import type { ScopedGroups } from '../programmes/scope.ts';

/**
 * The active memberships of the scope's groups among `groupIds` (all of the scope's when
 * undefined), each with its group's own "today" at `now` — the business day in the group's
 * time zone, so a group in Makassar turns the month an hour before one in Jakarta.
 * Columns: group_id, person_id, today (YYYY-MM-DD).
 */
export function activeMembersWithDay(scoped: ScopedGroups, now: Date, groupIds?: readonly number[]) {
  let query = expressionBuilder<Database, never>()
    .selectFrom('memberships')
    .innerJoin('groups', 'groups.id', 'memberships.group_id')
    .select(['memberships.group_id as group_id', 'memberships.person_id as person_id', sql<string>`(${now}::timestamptz at time zone groups.time_zone)::date`.as('today')])
    .where('memberships.group_id', 'in', scoped.groupIds)
    .where('memberships.status', '=', 'active');
  if (groupIds) query = query.where('memberships.group_id', '=', sql<number>`any(${[...groupIds]}::bigint[])`);
  return query;
}

/** The scope's groups (among `groupIds` when given) with their own today at `now`. Columns: group_id, today. */
export function groupsWithDay(scoped: ScopedGroups, now: Date, groupIds?: readonly number[]) {
  let query = expressionBuilder<Database, never>()
    .selectFrom('groups')
    .select(['groups.id as group_id', sql<string>`(${now}::timestamptz at time zone groups.time_zone)::date`.as('today')])
    .where('groups.id', 'in', scoped.groupIds);
  if (groupIds) query = query.where('groups.id', '=', sql<number>`any(${[...groupIds]}::bigint[])`);
  return query;
}

/**
 * The scope's groups (among `groupIds` when given) that have active members, with their
 * own today at `now` and their active members (group_member_counts, kept by migration 024's
 * triggers). Columns: group_id, today, members.
 */
export function groupsWithMembersAndDay(scoped: ScopedGroups, now: Date, groupIds?: readonly number[]) {
  let query = expressionBuilder<Database, never>()
    .selectFrom('groups')
    .innerJoin('group_member_counts as c', 'c.group_id', 'groups.id')
    .select(['groups.id as group_id', sql<string>`(${now}::timestamptz at time zone groups.time_zone)::date`.as('today'), 'c.members'])
    .where('groups.id', 'in', scoped.groupIds)
    .where('c.members', '>', 0);
  if (groupIds) query = query.where('groups.id', '=', sql<number>`any(${[...groupIds]}::bigint[])`);
  return query;
}

/** Subquery of the active members of one group of the scope (empty when it is outside). */
export function activeMemberIdsOfGroupIn(scoped: ScopedGroups, groupId: number) {
  return expressionBuilder<Database, never>()
    .selectFrom('memberships')
    .select('memberships.person_id')
    .where('memberships.group_id', '=', groupId)
    .where('memberships.group_id', 'in', scoped.groupIds)
    .where('memberships.status', '=', 'active');
}

export interface ConsoleGroup {
  id: number;
  name: string;
  village: string | null;
  district: string | null;
  timeZone: string;
  trades: string[];
  facilitatorPersonId: number;
  facilitatorName: string;
  /** Active members. */
  members: number;
}

const consoleGroupColumns = [
  'groups.id',
  'groups.name',
  'groups.village',
  'groups.district',
  'groups.time_zone as timeZone',
  sql<string[]>`coalesce((select array_agg(trade_code order by trade_code) from group_trades where group_id = groups.id), '{}')`.as('trades'),
  'facilitators.person_id as facilitatorPersonId',
] as const;

/** What the groups list sorts and filters on, for every group of a scope. */
export interface ConsoleGroupKey {
  id: number;
  name: string;
  /** Active members. */
  members: number;
}

/**
 * Every group of the scope, with just what the list sorts on (≤ a few thousand rows of a few
 * words). Members come from group_member_counts (kept by migration 024's triggers), one row
 * per group, not a count over 100,000 memberships on every request. The rest of a group
 * (trades, facilitator's name) is read only for the page's groups (`consoleGroupsAmong`):
 * for all 2,000 it cost two subqueries per group, four times this statement.
 */
export async function consoleGroupKeysIn(db: Db, scoped: ScopedGroups): Promise<ConsoleGroupKey[]> {
  return db
    .selectFrom('groups')
    .leftJoin('group_member_counts as counts', 'counts.group_id', 'groups.id')
    .select(['groups.id', 'groups.name', sql<number>`coalesce(counts.members, 0)`.as('members')])
    .where('groups.id', 'in', scoped.groupIds)
    .orderBy('groups.id')
    .execute();
}

/** These groups of the scope in full (those outside it, or gone, are left out), in id order. */
export async function consoleGroupsAmong(db: Db, scoped: ScopedGroups, groupIds: readonly number[]): Promise<ConsoleGroup[]> {
  if (groupIds.length === 0) return [];
  return db
    .selectFrom('groups')
    .innerJoin('facilitators', 'facilitators.id', 'groups.facilitator_id')
    .leftJoin('group_member_counts as counts', 'counts.group_id', 'groups.id')
    .select((eb) => [
      ...consoleGroupColumns,
      sql<number>`coalesce(counts.members, 0)`.as('members'),
      personName(eb.ref('facilitators.person_id')).as('facilitatorName'),
    ])
    .where('groups.id', 'in', scoped.groupIds)
    .where('groups.id', '=', sql<number>`any(${[...groupIds]}::bigint[])`)
    .orderBy('groups.id')
    .execute();
}

/** One group of the scope with its join code, or undefined (missing and out of scope look the same). */
export async function consoleGroupIn(db: Db, scoped: ScopedGroups, groupId: number): Promise<(ConsoleGroup & { joinCode: string; programmeId: number }) | undefined> {
  return db
    .selectFrom('groups')
    .innerJoin('facilitators', 'facilitators.id', 'groups.facilitator_id')
    .select((eb) => [
      ...consoleGroupColumns,
      sql<number>`(select count(*) from memberships where memberships.group_id = groups.id and memberships.status = 'active')::int`.as('members'),
      personName(eb.ref('facilitators.person_id')).as('facilitatorName'),
      'groups.join_code as joinCode',
      'groups.programme_id as programmeId',
    ])
    .where('groups.id', '=', groupId)
    .where('groups.id', 'in', scoped.groupIds)
    .executeTakeFirst();
}

export interface ConsoleMembership {
  personId: number;
  name: string;
  role: Role;
  status: MembershipStatus;
  joinedAt: Date;
  statusChangedAt: Date;
}

/** Everyone who is or was in the group (active, pending, removed), active first, then by name. */
export async function membershipsIn(db: Db, scoped: ScopedGroups, groupId: number): Promise<ConsoleMembership[]> {
  return db
    .selectFrom('memberships')
    .select((eb) => [
      'memberships.person_id as personId',
      personName(eb.ref('memberships.person_id')).as('name'),
      'memberships.role',
      'memberships.status',
      'memberships.joined_at as joinedAt',
      'memberships.status_changed_at as statusChangedAt',
    ])
    .where('memberships.group_id', '=', groupId)
    .where('memberships.group_id', 'in', scoped.groupIds)
    .orderBy(sql`case memberships.status when 'active' then 0 when 'pending' then 1 else 2 end`)
    .orderBy('name')
    .orderBy('memberships.person_id')
    .execute();
}

export interface LinkedChat {
  platform: string;
  chatId: string;
  linkedAt: Date;
}

/** The chats linked to the group (the platforms give no title we keep: the chat id names it). */
export async function linkedChatsIn(db: Db, scoped: ScopedGroups, groupId: number): Promise<LinkedChat[]> {
  return db
    .selectFrom('group_chats')
    .select(['platform', 'chat_id as chatId', 'linked_at as linkedAt'])
    .where('group_id', '=', groupId)
    .where('group_id', 'in', scoped.groupIds)
    .orderBy('linked_at')
    .execute();
}
