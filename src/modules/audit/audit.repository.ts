/**
 * The console's audit log as one query: each source (read by the module that owns its
 * table, as a fragment) gives its newest rows before the cursor — at most a page and one,
 * through its (at desc, id desc) index, or for a facilitator group by group through its
 * (group, at desc, id desc) index — and a `union all` merges them into one page. No source
 * is read further than one page (a page a group), however long the log.
 */
import { sql, type Compilable, type RawBuilder } from 'kysely';
import type { Db } from '../../db/client.ts';
import { loginAttemptRows } from '../console-access/audit.repository.ts';
import { facilitatorAssignmentRows, groupRefusalRows, grouplessRefusalRows, refusalRows } from '../groups/audit.repository.ts';
import type { OneGroup } from '../groups/group-scope.repository.ts';
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

/** A source's rows as one fragment, or as one per group of the scope (read each through its group index, see `byGroup`). */
type SourceRows = { rows: Compilable } | { eachGroup: (group: OneGroup) => Compilable };

/**
 * Each source's rows within the scope, as query fragments of (at, id, actor, subject,
 * group_id, what, detail): one, or a few a source is split into so that each is read newest
 * first through its own index (refusals: the groups' and the group-less).
 *
 * A facilitator's groups are few (twenty in the bench, 1 % of the log): her groups' rows of
 * each source are read group by group (`eachGroup`), newest first through the source's
 * (group, at desc, id desc) index and at most a page a group, then merged. Walking the whole
 * log newest first for hers read thousands of rows before a deep page's first (her 11th
 * page: 213 ms at load 13–22). A manager's thousand groups hold half the log: for her, as for
 * the admin, the log's own order is the shorter walk.
 */
function sourceRows(source: AuditSource, scoped: ScopedGroups): SourceRows[] {
  const { scope } = scoped;
  const groupIds = scope.role === 'admin' ? 'all' : scoped.groupIds;
  const byGroup = scope.role === 'facilitator';
  const one = (rows: Compilable): SourceRows[] => [{ rows }];
  switch (source) {
    case 'on_behalf':
      return byGroup ? [{ eachGroup: (g) => onBehalfEntryRows({ groupIds: g }) }] : one(onBehalfEntryRows(onBehalfScope(scoped)));
    case 'refusal': {
      const people = peopleInView(scoped);
      if (byGroup && people !== 'everyone') return [{ eachGroup: (g) => groupRefusalRows(g) }, { rows: grouplessRefusalRows(people) }];
      return refusalRows(groupIds, people).map((rows) => ({ rows }));
    }
    case 'login_refused':
      return one(loginAttemptRows(true, staffInView(scoped)));
    case 'login':
      return one(loginAttemptRows(false, staffInView(scoped)));
    case 'staff_granted':
    case 'staff_ended':
      return one(staffRoleRows(source === 'staff_granted' ? 'granted' : 'ended', scope.role === 'admin' ? 'all' : scope.role === 'manager' ? scope.programmeId! : 'none'));
    case 'facilitator_assigned':
      // A row per group: her twenty groups are read whole either way.
      return one(facilitatorAssignmentRows(groupIds));
    case 'member_role':
    case 'member_added':
    case 'media_done':
    case 'onboarded':
    case 'quarterly_filled':
    case 'download_requested':
    case 'join_code_rotated':
    case 'loan_given':
      return byGroup ? [{ eachGroup: (g) => auditEventRows(source, g) }] : one(auditEventRows(source, groupIds));
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
    const before = beforeCursor(rank, cursor);
    return sourceRows(source, scoped).map((s) =>
      'rows' in s
        ? sql`(select ${sql.lit(rank)}::int as src, b.* from (${s.rows}) b
      where b.at is not null and ${before} order by b.at desc, b.id desc limit ${limit})`
        : // Each group's newest page before the cursor (a lateral read of its index), then the newest page of them all.
          sql`(select ${sql.lit(rank)}::int as src, n.* from (${scoped.groupIds}) g(id) cross join lateral (
        select b.* from (${s.eachGroup({ oneGroup: sql.ref<number>('g.id') })}) b
        where b.at is not null and ${before} order by b.at desc, b.id desc limit ${limit}) n
      order by n.at desc, n.id desc limit ${limit})`,
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
