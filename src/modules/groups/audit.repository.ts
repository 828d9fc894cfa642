/** The groups module's part of the console's audit log: refusals and facilitators given a group. */
import { expressionBuilder, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { isOneGroup, type GroupIds, type InGroups } from './group-scope.repository.ts';
import type { PeopleInView } from '../programmes/scope.ts';

/** Refused commands (permission_refusals) as audit rows: what = the action, detail = the reason. */
function refusals() {
  return expressionBuilder<Database, never>()
    .selectFrom('permission_refusals')
    .select([
      'permission_refusals.at as at',
      'permission_refusals.id as id',
      'permission_refusals.person_id as actor',
      sql<number | null>`null::bigint`.as('subject'),
      'permission_refusals.group_id as group_id',
      sql<string>`permission_refusals.action`.as('what'),
      sql<string | null>`permission_refusals.reason`.as('detail'),
    ]);
}

/**
 * Refusals as audit rows. Outside an admin's view, a refusal is seen when it names one of
 * the viewer's groups, or names no group and was made by someone in her view. Two branches,
 * each read newest first on its own (the audit query limits each): the viewer's groups'
 * refusals (`groupRefusalRows`) and the group-less ones through
 * permission_refusals_groupless_idx (migration 028), each row's person probed by index.
 * One `or` over both made Postgres gather the manager's 50,000 members and read every
 * refusal (300–600 ms).
 */
export function refusalRows(groupIds: GroupIds | 'all', people: PeopleInView) {
  if (groupIds === 'all' || people === 'everyone') return [refusals()];
  return [groupRefusalRows(groupIds), grouplessRefusalRows(people)];
}

/**
 * The refusals naming these groups: through permission_refusals_at_idx or _group_idx as
 * Postgres sees fit, or one group's through permission_refusals_group_idx (`OneGroup`).
 */
export function groupRefusalRows(within: InGroups) {
  return isOneGroup(within) ? refusals().where('permission_refusals.group_id', '=', within.oneGroup) : refusals().where('permission_refusals.group_id', 'in', within);
}

/** The refusals naming no group, made by someone in the viewer's view. */
export function grouplessRefusalRows(people: Exclude<PeopleInView, 'everyone'>) {
  return refusals()
    .where('permission_refusals.group_id', 'is', null)
    .where(people(sql.ref('permission_refusals.person_id')));
}

/**
 * A facilitator given a group, as audit rows (at = the group's creation: a group's
 * facilitator is set then and nothing changes it today; a future "change facilitator"
 * should call recordAudit). subject = the facilitator, group_id = the group.
 */
export function facilitatorAssignmentRows(groupIds: GroupIds | 'all') {
  let query = expressionBuilder<Database, never>()
    .selectFrom('groups')
    .innerJoin('facilitators', 'facilitators.id', 'groups.facilitator_id')
    .select([
      'groups.created_at as at',
      'groups.id as id',
      sql<number | null>`null::bigint`.as('actor'),
      'facilitators.person_id as subject',
      'groups.id as group_id',
      sql<string>`'facilitator'`.as('what'),
      sql<string | null>`null::text`.as('detail'),
    ]);
  if (groupIds !== 'all') query = query.where('groups.id', 'in', groupIds);
  return query;
}
