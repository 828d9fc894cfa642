/**
 * Writing to the console's audit log: the one function other modules (and other pages of
 * the console) call when something happens that no other table keeps.
 *
 *   await recordAudit(trx, { kind: 'join_code_rotated', at: now, actorPersonId: viewer.person.id, groupId });
 *   await recordAudit(trx, { kind: 'member_role', at, actorPersonId, subjectPersonId, groupId, detail: { from: 'anggota', to: 'ketua' } });
 *
 * Call it with the same transaction (`db` handle) that makes the change: then the change
 * and its audit row commit together or not at all, whichever process or bot copy does it.
 * `actorPersonId` null means the admin command line (no person behind it). `detail` holds
 * short codes only (roles, never a join code, a phone or a message's text): the page turns
 * them into words. The page shows the row to an admin, and to a manager or facilitator
 * who sees `groupId` (an event without a group is the admin's alone).
 *
 * A new kind: add it to AuditEventKind (src/db/schema.ts), to the check constraint of
 * audit_events in a migration, to AUDIT_SOURCES and SOURCES_OF_KIND (audit.ts), to the
 * union (audit.repository.ts) and its words (src/web/texts/audit.ts).
 */
import type { Db } from '../../db/client.ts';
import type { AuditEventKind } from '../../db/schema.ts';
import { insertAuditEvent, insertAuditEvents } from './audit-events.repository.ts';

export interface AuditEvent {
  kind: AuditEventKind;
  at: Date;
  actorPersonId: number | null;
  subjectPersonId?: number | null;
  groupId: number | null;
  detail?: Record<string, string>;
}

export async function recordAudit(db: Db, event: AuditEvent): Promise<void> {
  await insertAuditEvent(db, {
    at: event.at,
    kind: event.kind,
    actorPersonId: event.actorPersonId,
    subjectPersonId: event.subjectPersonId ?? null,
    groupId: event.groupId,
    detail: event.detail ?? {},
  });
}

/** Many events at once, in the caller's transaction (an import of thousands of members: one statement). */
export async function recordAudits(db: Db, events: readonly AuditEvent[]): Promise<void> {
  await insertAuditEvents(
    db,
    events.map((e) => ({ at: e.at, kind: e.kind, actorPersonId: e.actorPersonId, subjectPersonId: e.subjectPersonId ?? null, groupId: e.groupId, detail: e.detail ?? {} })),
  );
}
