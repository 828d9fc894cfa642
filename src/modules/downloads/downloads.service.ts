/**
 * Downloads in the web console, as services that take the viewer's Scope: the form of a
 * group (its defaults), asking for a file (once per form, audited, in one transaction), her
 * list with each file's progress, and the file itself — only to a viewer whose scope holds
 * the group, asked on every download (a facilitator who no longer runs the group gets none).
 * The file is made later by the downloads job (src/jobs/downloads.ts), handed over by the
 * route after this commits.
 */
import { businessDate, type IsoDate } from '../../core/dates.ts';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { consoleGroupIn } from '../groups/console.repository.ts';
import { scopedGroups, type Scope } from '../programmes/scope.ts';
import { isQuarterBegun } from '../quarterly/quarters.ts';
import { DOWNLOAD_LIST_LIMIT, DOWNLOAD_MAX_UNFINISHED, defaultsOf, quarterChoices, type DownloadAsk } from './downloads.ts';
import { downloadOfRequest, downloadsOf, insertDownload, lockRequestsOf, readyFile, unfinishedCount, type DownloadRow } from './downloads.repository.ts';

export interface DownloadForm {
  group: { id: number; name: string };
  today: IsoDate;
  defaults: { from: IsoDate; to: IsoDate; quarter: string };
  quarters: string[];
}

/** A group's download form, or undefined when the group is outside her scope (or missing). */
export async function downloadForm(db: Db, scope: Scope, groupId: number, now: Date): Promise<DownloadForm | undefined> {
  const group = await consoleGroupIn(db, scopedGroups(scope), groupId);
  if (!group) return undefined;
  // The group's own day, as the chat takes it for "/ekspor" and "/laporan_kuartal".
  const today = businessDate(now, group.timeZone);
  return { group: { id: group.id, name: group.name }, today, defaults: defaultsOf(today), quarters: quarterChoices(today) };
}

export type DownloadRequested = { id: number; again: boolean } | { refused: 'busy' | 'quarter' };

/**
 * Writes her request for a file of a group (`request`: the form's one-time token: a second
 * press answers with the first's row, `again`) and its audit row, in one transaction.
 * Undefined when the group is outside her scope: nothing written. Refused ('quarter') for a
 * quarter still to come on the group's day, and ('busy') while
 * DOWNLOAD_MAX_UNFINISHED of hers are still being made — counted under a lock on her, so
 * forms pressed at the same moment never make one more; a second press of a form that was
 * taken is never refused.
 */
export async function requestDownload(
  db: Db,
  scope: Scope,
  groupId: number,
  ask: DownloadAsk,
  language: 'id' | 'en',
  request: string,
  now: Date,
): Promise<DownloadRequested | undefined> {
  return db.transaction().execute(async (trx) => {
    const group = await consoleGroupIn(trx, scopedGroups(scope), groupId);
    if (!group) return undefined;
    // A quarter still to come on the group's day has no report (the quarterly page's rule).
    if ('quarter' in ask && !isQuarterBegun(ask.quarter, businessDate(now, group.timeZone))) return { refused: 'quarter' as const };
    // Locked before the form's token is looked up: a second press waiting on the first sees
    // its committed row and answers with it, never "too many" because of it.
    await lockRequestsOf(trx, scope.personId);
    const first = await downloadOfRequest(trx, request);
    if (first !== undefined) return { id: first, again: true };
    if ((await unfinishedCount(trx, scope.personId)) >= DOWNLOAD_MAX_UNFINISHED) return { refused: 'busy' as const };
    const period = 'quarter' in ask ? { from: null, to: null, quarter: ask.quarter } : { from: ask.from, to: ask.to, quarter: null };
    const made = await insertDownload(trx, { personId: scope.personId, groupId, kind: ask.kind, ...period, language, consoleRequest: request, at: now });
    if (!made.again) {
      await recordAudit(trx, {
        kind: 'download_requested',
        at: now,
        actorPersonId: scope.personId,
        groupId,
        detail: { what: ask.kind, id: String(made.id), period: period.quarter ?? `${period.from}..${period.to}` },
      });
    }
    return made;
  });
}

export type DownloadListed = DownloadRow & { groupName: string };

/** Her downloads (newest first), in groups she still sees. */
export async function myDownloads(db: Db, scope: Scope): Promise<DownloadListed[]> {
  return downloadsOf(db, scope.personId, scopedGroups(scope).groupIds, DOWNLOAD_LIST_LIMIT);
}

/** A ready file, if her scope holds its group (undefined otherwise: the same as a missing one). */
export async function downloadFile(db: Db, scope: Scope, id: number): Promise<{ fileName: string; mimeType: string; bytes: Buffer; groupId: number } | undefined> {
  return readyFile(db, id, scopedGroups(scope).groupIds);
}
