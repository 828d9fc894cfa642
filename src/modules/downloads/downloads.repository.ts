/**
 * The SQL of downloads (table `downloads`, migration 043): requests, their claims by the
 * job, progress, the finished file, and the sweep's reads and deletes.
 *
 * A claim is the row's `attempt` number: the job that claimed attempt n writes progress and
 * the file only while the row is still `working` at attempt n, so a job whose claim was
 * taken over (its heartbeat stopped for DOWNLOAD_STALE_MS) can no longer touch the row.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { InGroups } from '../groups/group-scope.repository.ts';
import { isOneGroup } from '../groups/group-scope.repository.ts';
import { groupName } from '../groups/groups.repository.ts';
import type { DownloadFailure, DownloadKind, DownloadStatus } from './downloads.ts';

export interface DownloadRow {
  id: number;
  personId: number;
  groupId: number;
  kind: DownloadKind;
  from: string | null;
  to: string | null;
  quarter: string | null;
  language: 'id' | 'en';
  status: DownloadStatus;
  failure: DownloadFailure | null;
  attempt: number;
  progressDone: number;
  progressTotal: number;
  progressedAt: Date | null;
  fileName: string | null;
  fileBytes: number | null;
  createdAt: Date;
  finishedAt: Date | null;
}

const columns = sql`d.id::int as id, d.person_id::int as "personId", d.group_id::int as "groupId", d.kind, d.date_from as "from", d.date_to as "to",
  d.quarter, d.language, d.status, d.failure, d.attempt, d.progress_done as "progressDone", d.progress_total as "progressTotal",
  d.progressed_at as "progressedAt", d.file_name as "fileName", d.file_bytes as "fileBytes", d.created_at as "createdAt", d.finished_at as "finishedAt"`;

/**
 * Writes a request, once per form token: a second press (another request, another bot copy)
 * finds the first's row (`again`). The unique index makes a concurrent second insert wait for
 * the first to commit, then do nothing.
 */
export async function insertDownload(
  db: Db,
  d: { personId: number; groupId: number; kind: DownloadKind; from: string | null; to: string | null; quarter: string | null; language: 'id' | 'en'; consoleRequest: string; at: Date },
): Promise<{ id: number; again: boolean }> {
  const { rows } = await sql<{ id: number }>`
    insert into downloads (person_id, group_id, kind, date_from, date_to, quarter, language, console_request, created_at)
    values (${d.personId}, ${d.groupId}, ${d.kind}, ${d.from}, ${d.to}, ${d.quarter}, ${d.language}, ${d.consoleRequest}, ${d.at})
    on conflict (console_request) do nothing
    returning id::int as id`.execute(db);
  if (rows[0]) return { id: rows[0].id, again: false };
  const first = await sql<{ id: number }>`select id::int as id from downloads where console_request = ${d.consoleRequest}`.execute(db);
  if (!first.rows[0]) throw new Error('download request vanished');
  return { id: first.rows[0].id, again: true };
}

/** The row a form's one-time token already asked for (a second press), if any. */
export async function downloadOfRequest(db: Db, consoleRequest: string): Promise<number | undefined> {
  const { rows } = await sql<{ id: number }>`select id::int as id from downloads where console_request = ${consoleRequest}`.execute(db);
  return rows[0]?.id;
}

/**
 * Holds her requests still to be counted until the transaction ends: two forms pressed at the
 * same moment count one after the other, so neither makes a request past her limit.
 */
export async function lockRequestsOf(db: Db, personId: number): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`downloads-person:${personId}`}, 0))`.execute(db);
}

/** Her requests still being made (waiting or working). */
export async function unfinishedCount(db: Db, personId: number): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from downloads where person_id = ${personId} and status in ('waiting', 'working')`.execute(db);
  return rows[0]!.n;
}

/** The rows of her requests in these groups (`d`), as a condition. */
function inScope(groupIds: InGroups) {
  return isOneGroup(groupIds) ? sql`d.group_id = ${groupIds.oneGroup}` : sql`d.group_id in (${groupIds})`;
}

export async function findDownload(db: Db, id: number): Promise<DownloadRow | undefined> {
  const { rows } = await sql<DownloadRow>`select ${columns} from downloads d where d.id = ${id}`.execute(db);
  return rows[0];
}

/** Her requests (newest first) in groups she still sees, with the group's name. */
export async function downloadsOf(db: Db, personId: number, groupIds: InGroups, limit: number): Promise<(DownloadRow & { groupName: string })[]> {
  const { rows } = await sql<DownloadRow & { groupName: string }>`
    select ${columns}, ${groupName(sql.ref('d.group_id'))} as "groupName"
      from downloads d where d.person_id = ${personId} and ${inScope(groupIds)}
     order by d.created_at desc, d.id desc limit ${limit}`.execute(db);
  return rows;
}

/** A ready file in a group of these (else undefined: not ready, gone, or not the viewer's to see). */
export async function readyFile(db: Db, id: number, groupIds: InGroups): Promise<{ fileName: string; mimeType: string; bytes: Buffer; groupId: number } | undefined> {
  const { rows } = await sql<{ fileName: string; mimeType: string; bytes: Buffer; groupId: number }>`
    select d.file_name as "fileName", d.mime_type as "mimeType", d.file as bytes, d.group_id::int as "groupId"
      from downloads d where d.id = ${id} and d.status = 'ready' and d.file is not null and ${inScope(groupIds)}`.execute(db);
  return rows[0];
}

/**
 * Claims the row for a job: a waiting row, or a working one whose heartbeat is older than
 * `staleBefore` (its job was lost), and counts the attempt — only while it has had fewer
 * than `maxAttempts` claims, whichever way the earlier ones ended (a dead worker, or an
 * error given back as `waiting`). Undefined when it is ready, failed, gone, held by a live
 * job or out of attempts.
 */
export async function claimDownload(db: Db, id: number, now: Date, staleBefore: Date, maxAttempts: number): Promise<DownloadRow | undefined> {
  const { rows } = await sql<DownloadRow>`
    update downloads d set status = 'working', attempt = d.attempt + 1, progressed_at = ${now}, progress_done = 0
     where d.id = ${id} and d.attempt < ${maxAttempts} and (d.status = 'waiting' or (d.status = 'working' and d.progressed_at < ${staleBefore}))
     returning ${columns}`.execute(db);
  return rows[0];
}

/** Moves the progress of claim `attempt` on (and its heartbeat); false when the claim was taken over. */
export async function setProgress(db: Db, id: number, attempt: number, progress: { done: number; total: number }, now: Date): Promise<boolean> {
  const result = await sql`update downloads set progress_done = ${progress.done}, progress_total = ${progress.total}, progressed_at = ${now}
     where id = ${id} and status = 'working' and attempt = ${attempt}`.execute(db);
  return Number(result.numAffectedRows ?? 0) > 0;
}

/** Stores the finished file of claim `attempt`; false when the claim was taken over. */
export async function storeFile(db: Db, id: number, attempt: number, file: { name: string; mimeType: string; bytes: Buffer }, now: Date): Promise<boolean> {
  const result = await sql`update downloads set status = 'ready', file = ${file.bytes}, file_name = ${file.name}, mime_type = ${file.mimeType},
       file_bytes = ${file.bytes.length}, progress_done = progress_total, progressed_at = ${now}, finished_at = ${now}
     where id = ${id} and status = 'working' and attempt = ${attempt}`.execute(db);
  return Number(result.numAffectedRows ?? 0) > 0;
}

/** Marks the row failed (by claim `attempt`, or whatever its claim when null: the sweep). */
export async function failDownload(db: Db, id: number, attempt: number | null, failure: DownloadFailure, now: Date): Promise<boolean> {
  const result = await sql`update downloads set status = 'failed', failure = ${failure}, finished_at = ${now}
     where id = ${id} and status in ('waiting', 'working') and (${attempt}::int is null or attempt = ${attempt})`.execute(db);
  return Number(result.numAffectedRows ?? 0) > 0;
}

/** Gives claim `attempt` back (an error the job retries: Postgres away a moment): the retry claims it at once. */
export async function releaseDownload(db: Db, id: number, attempt: number): Promise<void> {
  await sql`update downloads set status = 'waiting' where id = ${id} and status = 'working' and attempt = ${attempt}`.execute(db);
}

/**
 * Rows the sweep looks after: waiting since before `waitingBefore` (their job may never have
 * been queued, or it gave its claim back on an error) and working with a heartbeat older
 * than `staleBefore` (their job was lost). `attempt` tells the sweep which are out of claims.
 */
export async function strandedDownloads(db: Db, waitingBefore: Date, staleBefore: Date, limit = 100): Promise<{ id: number; status: DownloadStatus; attempt: number }[]> {
  const { rows } = await sql<{ id: number; status: DownloadStatus; attempt: number }>`
    select id::int as id, status, attempt from downloads
     where status in ('waiting', 'working')
       and ((status = 'waiting' and created_at < ${waitingBefore}) or (status = 'working' and progressed_at < ${staleBefore}))
     order by created_at limit ${limit}`.execute(db);
  return rows;
}

/** Removes rows (and their files) asked for before `before`; returns how many. */
export async function removeDownloadsBefore(db: Db, before: Date): Promise<number> {
  const result = await sql`delete from downloads where created_at < ${before}`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
