/**
 * The console's audit log as one query: each source (read by the module that owns its
 * table, as a fragment) gives its newest rows before the cursor — at most a page and one,
 * through its (at desc, id desc) index — and a `union all` merges them into one page. No
 * source is read further than one page, however long the log.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/client.ts';
import { loginAttemptRows } from '../console-access/audit.repository.ts';
import { facilitatorAssignmentRows, refusalRows } from '../groups/audit.repository.ts';
import { groupName } from '../groups/groups.repository.ts';
import { onBehalfEntryRows } from '../ledger/audit.repository.ts';
import { personName } from '../people/people.repository.ts';
import { staffRoleRows } from '../programmes/audit.repository.ts';
import { onBehalfScope, peopleInView, staffInView, type ScopedGroups } from '../programmes/scope.ts';
import { AUDIT_SOURCES, type AuditCursor, type AuditSource } from './audit.ts';
import { auditEventRows } from './audit-events.repository.ts';

export interface AuditRowRecord {
  source: AuditSource;
  at: Date;
  /** The row's place for the next page's cursor (UTC, microseconds). */
  cursorAt: string;
  id: number;
  actor: number | null;
  actorName: string | null;
  subject: number | null;
  subjectName: string | null;
  groupId: number | null;
  groupName: string | null;
  what: string;
  detail: string | null;
}

/**
 * Each source's rows within the scope, as query fragments of (at, id, actor, subject,
 * group_id, what, detail): one, or a few a source is split into so that each is read newest
 * first through its own index (refusals: the groups' and the group-less).
 */
function sourceRows(source: AuditSource, scoped: ScopedGroups) {
  const { scope } = scoped;
  const groupIds = scope.role === 'admin' ? 'all' : scoped.groupIds;
  switch (source) {
    case 'on_behalf':
      return [onBehalfEntryRows(onBehalfScope(scoped))];
    case 'refusal':
      return refusalRows(groupIds, peopleInView(scoped));
    case 'login_refused':
      return [loginAttemptRows(true, staffInView(scoped))];
    case 'login':
      return [loginAttemptRows(false, staffInView(scoped))];
    case 'staff_granted':
    case 'staff_ended':
      return [staffRoleRows(source === 'staff_granted' ? 'granted' : 'ended', scope.role === 'admin' ? 'all' : scope.role === 'manager' ? scope.programmeId! : 'none')];
    case 'facilitator_assigned':
      return [facilitatorAssignmentRows(groupIds)];
    case 'member_role':
    case 'member_added':
    case 'onboarded':
    case 'join_code_rotated':
      return [auditEventRows(source, groupIds)];
  }
}

/** Rows of one source strictly before the cursor in (at desc, rank desc, id desc) order. */
function beforeCursor(rank: number, cursor: AuditCursor | undefined): RawBuilder<boolean> {
  if (!cursor) return sql<boolean>`true`;
  const at = sql`(${cursor.at}::timestamp at time zone 'UTC')`;
  if (rank < cursor.rank) return sql<boolean>`b.at <= ${at}`;
  if (rank > cursor.rank) return sql<boolean>`b.at < ${at}`;
  return sql<boolean>`(b.at < ${at} or (b.at = ${at} and b.id < ${cursor.id}))`;
}

interface AuditSqlRow {
  src: number;
  at: Date;
  cursor_at: string;
  id: number | string;
  actor: number | string | null;
  actor_name: string | null;
  subject: number | string | null;
  subject_name: string | null;
  group_id: number | string | null;
  group_name: string | null;
  what: string;
  detail: string | null;
}

/** The page's one query (exported for EXPLAIN in the benchmark). */
export function auditQuery(scoped: ScopedGroups, sources: readonly AuditSource[], cursor: AuditCursor | undefined, limit: number): RawBuilder<AuditSqlRow> | undefined {
  const branches = sources.flatMap((source) => {
    const rank = AUDIT_SOURCES[source];
    return sourceRows(source, scoped).map(
      (rows) => sql`(select ${sql.lit(rank)}::int as src, b.* from (${rows}) b
      where b.at is not null and ${beforeCursor(rank, cursor)} order by b.at desc, b.id desc limit ${limit})`,
    );
  });
  if (branches.length === 0) return undefined;
  return sql<AuditSqlRow>`select u.src, u.at, to_char(u.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as cursor_at, u.id, u.actor,
      ${personName(sql.ref('u.actor'))} as actor_name, u.subject, ${personName(sql.ref('u.subject'))} as subject_name,
      u.group_id, ${groupName(sql.ref('u.group_id'))} as group_name, u.what, u.detail
    from (${sql.join(branches, sql` union all `)}) u
    order by u.at desc, u.src desc, u.id desc limit ${limit}`;
}

export async function auditRows(db: Db, scoped: ScopedGroups, sources: readonly AuditSource[], cursor: AuditCursor | undefined, limit: number): Promise<AuditRowRecord[]> {
  const rankToSource = new Map<number, AuditSource>(Object.entries(AUDIT_SOURCES).map(([source, rank]) => [rank, source as AuditSource]));
  const query = auditQuery(scoped, sources, cursor, limit);
  if (!query) return [];
  const { rows } = await query.execute(db);
  const id = (v: number | string | null) => (v === null ? null : Number(v));
  return rows.map((r) => ({
    source: rankToSource.get(r.src)!,
    at: r.at,
    cursorAt: r.cursor_at,
    id: Number(r.id),
    actor: id(r.actor),
    actorName: r.actor_name,
    subject: id(r.subject),
    subjectName: r.subject_name,
    groupId: id(r.group_id),
    groupName: r.group_name,
    what: r.what,
    detail: r.detail,
  }));
}
