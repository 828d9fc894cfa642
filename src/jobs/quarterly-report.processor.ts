/**
 * The quarterly-report job: "/laporan_kuartal" after the commit. The request written with
 * her message is handed to this job by id; it makes the XLSX and the one-page PDF under
 * DATA_DIR/reports/<request id>/, then — in one transaction — puts two document messages in
 * the outbox and marks the request done, and dispatches them like every reply.
 *
 * Once only: the request is claimed (locked, still pending) for the whole transaction, so a
 * second job for it (a sweep, a second bot) skips it or finds it done; the outbox keys
 * `report-<request id>-xlsx|pdf` are unique besides. A rerun after a crash before commit
 * rewrites the same files (written whole, then renamed); a rerun after a crash between
 * commit and dispatch finds the request done and dispatches its still-queued documents.
 */
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DomainError } from '../core/errors.ts';
import type { OutboundMessage, Platform } from '../core/messages.ts';
import { repliesFor } from '../conversation/replies/index.ts';
import { addToOutbox, queuedAmong } from '../modules/outbox/outbox.repository.ts';
import { findPerson } from '../modules/people/people.repository.ts';
import { renderQuarterlyPdf } from '../modules/quarterly/quarterly.pdf.ts';
import { claimPendingRequest, finishRequest, pendingRequestIds, quarterlyReportData } from '../modules/quarterly/quarterly.repository.ts';
import { renderQuarterlyXlsx } from '../modules/quarterly/quarterly.xlsx.ts';
import type { FollowUpDeps, HandOff } from './follow-ups.ts';

/** What the report job needs: files go to DATA_DIR/reports/; the log is optional here. */
export type QuarterlyReportDeps = Pick<FollowUpDeps, 'db' | 'clock' | 'dispatch' | 'dataDir'> & { log?: FollowUpDeps['log'] };

export const REPORT_MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

/** `laporan-triwulan-4-2026-mawar.pdf`: the quarter in the words the report uses (docs/WORDS.md). */
export function quarterlyFileName(group: string, quarter: string, format: 'xlsx' | 'pdf'): string {
  const slug = group.normalize('NFKD').replace(/[^\w]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase().slice(0, 40) || 'kelompok';
  const [year, q] = quarter.split('Q');
  return `laporan-triwulan-${q}-${year}-${slug}.${format}`;
}

/** Report files are kept this long for the send (and its retries), then removed. */
export const REPORT_FILE_TTL_MS = 7 * 24 * 3600_000;

/** Removes report folders older than REPORT_FILE_TTL_MS; returns how many. */
export async function removeOldReports(dataDir: string, now: Date): Promise<number> {
  const root = path.resolve(dataDir, 'reports');
  let removed = 0;
  for (const name of await readdir(root).catch(() => [] as string[])) {
    const info = await stat(path.join(root, name)).catch(() => undefined);
    if (info && now.getTime() - info.mtimeMs > REPORT_FILE_TTL_MS) {
      await rm(path.join(root, name), { recursive: true, force: true });
      removed += 1;
    }
  }
  return removed;
}

async function writeWhole(file: string, bytes: Buffer): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.part`;
  await writeFile(temporary, bytes);
  await rename(temporary, file);
}

export type ReportOutcome = 'sent' | 'failed' | 'not-pending' | 'busy';

/** The outbox key of one of a request's messages: its two documents, or the word that it failed. */
function reportKey(requestId: number, what: 'xlsx' | 'pdf' | 'failed'): string {
  return `report-${requestId}-${what}`;
}

function reportKeys(requestId: number): string[] {
  return (['xlsx', 'pdf', 'failed'] as const).map((what) => reportKey(requestId, what));
}

/**
 * Makes and queues the files of one pending request (`requestId`), or of the oldest pending
 * one when none is named. 'not-pending' when it is done or gone; 'busy' when another worker
 * holds it.
 */
export async function makeQuarterlyReport(deps: QuarterlyReportDeps, requestId?: number): Promise<ReportOutcome> {
  const made = await deps.db.transaction().execute(async (trx) => {
    const request = await claimPendingRequest(trx, requestId);
    if (!request) return undefined;
    const person = await findPerson(trx, request.personId);
    const t = repliesFor(person?.language ?? 'id');
    const platform = request.platform as Platform;
    const base = { platform, chatId: request.chatId };
    const messages: { key: string; message: OutboundMessage }[] = [];
    let outcome: ReportOutcome = 'sent';
    try {
      const data = await quarterlyReportData(trx, request.groupId, request.quarter, deps.clock.now());
      for (const format of ['xlsx', 'pdf'] as const) {
        const bytes = format === 'xlsx' ? await renderQuarterlyXlsx(data, t.quarterlyLabels) : await renderQuarterlyPdf(data, t.quarterlyLabels);
        const filename = quarterlyFileName(data.group.name, data.quarter, format);
        const file = path.resolve(deps.dataDir, 'reports', String(request.id), filename);
        await writeWhole(file, bytes);
        const caption = t.quarterlyReportCaption({ group: data.group.name, quarter: data.quarter, format });
        messages.push({ key: reportKey(request.id, format), message: { ...base, text: caption, document: { path: file, filename, mimeType: REPORT_MIME[format], caption } } });
      }
      await finishRequest(trx, request.id, { status: 'done', at: deps.clock.now() });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      // The group is gone: that will not change on retry. Say so, once.
      await finishRequest(trx, request.id, { status: 'failed', failure: error.code, at: deps.clock.now() });
      messages.push({ key: reportKey(request.id, 'failed'), message: { ...base, text: t.quarterlyReportFailed(String(request.groupId), request.quarter) } });
      outcome = 'failed';
    }
    const items = await addToOutbox(
      trx,
      messages.map((m) => ({ ...m, priority: 'reply' as const, sourceMessageId: null })),
    );
    return { id: request.id, outcome, items };
  });
  if (!made) {
    if (requestId === undefined) return 'not-pending';
    if ((await pendingRequestIds(deps.db, { id: requestId })).length > 0) return 'busy';
    // Done already: a run that committed but crashed before its dispatch left the documents
    // queued in the outbox; hand them on again (the send step deduplicates by key).
    const unsent = await queuedAmong(deps.db, reportKeys(requestId));
    if (unsent.length) await deps.dispatch(unsent);
    return 'not-pending';
  }
  // Only after commit, as every reply.
  await deps.dispatch(made.items);
  deps.log?.info({ request: made.id, outcome: made.outcome }, 'quarterly report made');
  return made.outcome;
}

/** Makes every pending request now, oldest first, up to `limit` (draining by hand). Returns how many were made. */
export async function fulfilQuarterlyRequests(deps: QuarterlyReportDeps, limit = 5): Promise<number> {
  let done = 0;
  while (done < limit && (await makeQuarterlyReport(deps)) !== 'not-pending') done++;
  return done;
}

/**
 * Recovery, on the quarterly queue's scheduler: re-hands every pending request (one whose
 * job waits or runs is the same job: nothing is added) and removes report files past their
 * week. Returns how many were re-handed.
 */
export async function sweepQuarterlyRequests(deps: QuarterlyReportDeps, handOff: HandOff): Promise<number> {
  const ids = await pendingRequestIds(deps.db);
  await handOff(ids.map((requestId) => ({ kind: 'make_quarterly_report', requestId })));
  await removeOldReports(deps.dataDir, deps.clock.now());
  return ids.length;
}
