/**
 * The console's audit page: who did what and when, newest first, a page at a time, within
 * the viewer's scope (scope.ts decides whose rows she may read; see audit.repository.ts).
 */
import type { Db } from '../../db/client.ts';
import { scopedGroups, type Scope } from '../programmes/scope.ts';
import { ALL_SOURCES, AUDIT_PAGE_SIZE, AUDIT_SOURCES, encodeCursor, SOURCES_OF_KIND, type AuditCursor, type AuditKind } from './audit.ts';
import { auditRows, type AuditRowRecord } from './audit.repository.ts';

export type AuditRow = Omit<AuditRowRecord, 'cursorAt'>;

export interface AuditPage {
  rows: AuditRow[];
  /** The cursor of the next (older) page, when there is one. */
  next: string | undefined;
}

export async function auditLog(db: Db, scope: Scope, options: { kind?: AuditKind | undefined; before?: AuditCursor | undefined; pageSize?: number } = {}): Promise<AuditPage> {
  const size = options.pageSize ?? AUDIT_PAGE_SIZE;
  const sources = options.kind ? SOURCES_OF_KIND[options.kind] : ALL_SOURCES;
  // One row more than a page tells whether an older page exists.
  const found = await auditRows(db, scopedGroups(scope), sources, options.before, size + 1);
  const rows = found.slice(0, size);
  const last = rows.at(-1);
  return {
    rows: rows.map(({ cursorAt: _cursorAt, ...row }) => row),
    next: found.length > size && last ? encodeCursor({ at: last.cursorAt, rank: AUDIT_SOURCES[last.source], id: last.id }) : undefined,
  };
}
