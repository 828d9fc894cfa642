/** SQL for audit_events: what happened that no other table keeps (see record-audit.ts). */
import { expressionBuilder, sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { AuditEventKind, Database } from '../../db/schema.ts';
import { isOneGroup, type InGroups } from '../groups/group-scope.repository.ts';

export async function insertAuditEvent(
  db: Db,
  e: { at: Date; kind: AuditEventKind; actorPersonId: number | null; subjectPersonId: number | null; groupId: number | null; detail: Record<string, string> },
): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      at: e.at,
      kind: e.kind,
      actor_person_id: e.actorPersonId,
      subject_person_id: e.subjectPersonId,
      group_id: e.groupId,
      detail: JSON.stringify(e.detail),
    })
    .execute();
}

/** Many events in one statement (the console's import of thousands of members). */
export async function insertAuditEvents(
  db: Db,
  events: readonly { at: Date; kind: AuditEventKind; actorPersonId: number | null; subjectPersonId: number | null; groupId: number | null; detail: Record<string, string> }[],
): Promise<void> {
  if (events.length === 0) return;
  await sql`insert into audit_events (at, kind, actor_person_id, subject_person_id, group_id, detail)
    select * from unnest(${events.map((e) => e.at)}::timestamptz[], ${events.map((e) => e.kind)}::text[], ${events.map((e) => e.actorPersonId)}::bigint[],
      ${events.map((e) => e.subjectPersonId)}::bigint[], ${events.map((e) => e.groupId)}::bigint[], ${events.map((e) => JSON.stringify(e.detail))}::jsonb[])`.execute(db);
}

/**
 * Audit events of one kind as audit rows (detail = the event's detail as JSON text); outside
 * an admin's view, only her groups' (one at a time: audit_events_group_idx).
 */
export function auditEventRows(kind: AuditEventKind, groupIds: InGroups | 'all') {
  let query = expressionBuilder<Database, never>()
    .selectFrom('audit_events')
    .select([
      'audit_events.at as at',
      'audit_events.id as id',
      'audit_events.actor_person_id as actor',
      'audit_events.subject_person_id as subject',
      'audit_events.group_id as group_id',
      sql<string>`audit_events.kind`.as('what'),
      sql<string | null>`audit_events.detail::text`.as('detail'),
    ])
    .where('audit_events.kind', '=', kind);
  if (groupIds !== 'all') query = isOneGroup(groupIds) ? query.where('audit_events.group_id', '=', groupIds.oneGroup) : query.where('audit_events.group_id', 'in', groupIds);
  return query;
}

/**
 * Subquery of the people `actorId` added as facilitators in the console (for `in`): the
 * staff list's groupless facilitators a manager onboarded, the same rows addedFacilitator
 * reads for one (audit_events_onboarded_idx, migration 047).
 */
export function peopleAddedAsFacilitatorBy(actorId: number) {
  return expressionBuilder<Database, never>()
    .selectFrom('audit_events')
    .select('audit_events.subject_person_id as id')
    .where('audit_events.kind', '=', 'onboarded')
    .where('audit_events.actor_person_id', '=', actorId)
    .where(sql<string>`audit_events.detail->>'what'`, '=', 'facilitator');
}

/** Whether `actorId` added this person as a facilitator in the console (onboarding's `onboarded` row, what = 'facilitator'). */
export async function addedFacilitator(db: Db, actorId: number, subjectPersonId: number): Promise<boolean> {
  const row = await db
    .selectFrom('audit_events')
    .select('id')
    .where('kind', '=', 'onboarded')
    .where('actor_person_id', '=', actorId)
    .where('subject_person_id', '=', subjectPersonId)
    .where(sql<string>`detail->>'what'`, '=', 'facilitator')
    .executeTakeFirst();
  return row !== undefined;
}
