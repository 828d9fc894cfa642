/**
 * The downloads job: a file asked for in the web console (src/modules/downloads), made with
 * the chat's own builders — the group's books as "/ekspor" makes them (exportGroup: XLSX or
 * CSV) and its quarterly report as "/laporan_kuartal" makes it (PDF or XLSX) — and kept in
 * Postgres (bytea), so every console process can serve it. Handed over as the follow-up
 * `make_download` (job id from the row's id) by the console after its request commits.
 *
 * - Claimed before work: the row turns `working` with a new attempt number; every progress
 *   step is the claim's heartbeat, and is written only while the claim is still its own. A
 *   second job for a row a live job holds is 'busy' (retried later); one whose claim was
 *   taken over stops ('taken-over') and writes nothing more.
 * - Progress: rows written of the rows counted first (an export, after each cursor batch),
 *   or steps (a report: data read, file drawn).
 * - Nothing is lost: the sweep (every minute, the queue's job scheduler) re-hands rows
 *   still waiting after a minute (their hand-off was lost: a crash, Redis lost its data) and
 *   rows whose heartbeat stopped for DOWNLOAD_STALE_MS (their worker died); after three
 *   claims a row fails ('lost') instead of killing a worker for ever — also when each claim
 *   ended in an ordinary error (given back as `waiting` for BullMQ's retry): the third such
 *   error fails it at once, and neither the claim nor the sweep hands out a fourth. The same sweep removes
 *   rows asked for more than a week ago, with their files.
 */
import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { DomainError } from '../core/errors.ts';
import { repliesFor } from '../conversation/replies/index.ts';
import { exportFileName, type ExportFormat } from '../modules/exports/exports.ts';
import { countEntries } from '../modules/exports/exports.repository.ts';
import { exportGroup } from '../modules/exports/exports.service.ts';
import {
  DOWNLOAD_MAX_ATTEMPTS,
  DOWNLOAD_MAX_BYTES,
  DOWNLOAD_MIME,
  DOWNLOAD_STALE_MS,
  DOWNLOAD_SWEEP_GRACE_MS,
  DOWNLOAD_TTL_MS,
  isExportKind,
  type DownloadFailure,
} from '../modules/downloads/downloads.ts';
import {
  claimDownload,
  failDownload,
  findDownload,
  releaseDownload,
  removeDownloadsBefore,
  setProgress,
  storeFile,
  strandedDownloads,
  type DownloadRow,
} from '../modules/downloads/downloads.repository.ts';
import { findGroup } from '../modules/groups/groups.repository.ts';
import { renderQuarterlyPdf } from '../modules/quarterly/quarterly.pdf.ts';
import { quarterlyReportData } from '../modules/quarterly/quarterly.repository.ts';
import { renderQuarterlyXlsx } from '../modules/quarterly/quarterly.xlsx.ts';
import type { FollowUpDeps, HandOff } from './follow-ups.ts';
import { quarterlyFileName } from './quarterly-report.processor.ts';

export interface DownloadProgress {
  id: number;
  done: number;
  total: number;
}

/** What the job needs: temporary files go under DATA_DIR/downloads/. */
export type DownloadDeps = Pick<FollowUpDeps, 'db' | 'clock' | 'dataDir'> & {
  log?: FollowUpDeps['log'];
  /** Rows per cursor fetch of an export (tests use small batches to see progress move). */
  batchSize?: number | undefined;
  /** Told after each progress step is written (a watcher: a test looks at the page meanwhile). */
  onProgress?: ((progress: DownloadProgress) => Promise<void>) | undefined;
};

export type DownloadOutcome = 'ready' | 'failed' | 'not-waiting' | 'busy' | 'taken-over';

/** This job's claim was taken over by another (its heartbeat looked stopped): it stops here. */
class ClaimLost extends Error {}

/** The failure a rule that will not change on retry stands for; other errors are retried. */
function failureOf(error: unknown): DownloadFailure | undefined {
  if (!(error instanceof DomainError)) return undefined;
  if (error.code === 'group_not_found') return 'group_not_found';
  if (error.code === 'export_range_invalid') return 'range_invalid';
  return undefined;
}

type Made = { name: string; bytes: Buffer } | { failed: DownloadFailure };
type Step = (done: number, total: number) => Promise<void>;

/** The group's books as "/ekspor" writes them: to a file of its own (streamed), then read back. */
async function makeExport(deps: DownloadDeps, row: DownloadRow, step: Step): Promise<Made> {
  const group = await findGroup(deps.db, row.groupId);
  if (!group) return { failed: 'group_not_found' };
  const range = { from: row.from!, to: row.to! };
  const format: ExportFormat = row.kind === 'export_xlsx' ? 'xlsx' : 'csv';
  const total = await countEntries(deps.db, group.id, range, group.timeZone);
  await step(0, total);
  const name = exportFileName(group.name, range, format);
  // One folder per claim: a taken-over job still writing never shares a file with its successor.
  const dir = path.join(deps.dataDir, 'downloads', `${row.id}-${row.attempt}-${row.createdAt.getTime()}`);
  const file = path.join(dir, name);
  try {
    await mkdir(dir, { recursive: true });
    await exportGroup(deps.db, {
      groupId: group.id,
      range,
      format,
      file,
      madeAt: deps.clock.now(),
      language: row.language,
      batchSize: deps.batchSize,
      onBatch: (written) => step(written, Math.max(total, written)),
    });
    if ((await stat(file)).size > DOWNLOAD_MAX_BYTES) return { failed: 'too_large' };
    return { name, bytes: await readFile(file) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The quarterly report as "/laporan_kuartal" makes it, in her console language. */
async function makeQuarterly(deps: DownloadDeps, row: DownloadRow, step: Step): Promise<Made> {
  await step(0, 2);
  const data = await quarterlyReportData(deps.db, row.groupId, row.quarter!, deps.clock.now());
  await step(1, 2);
  const labels = repliesFor(row.language).quarterlyLabels;
  const format = row.kind === 'quarterly_pdf' ? 'pdf' : 'xlsx';
  const bytes = format === 'pdf' ? await renderQuarterlyPdf(data, labels) : await renderQuarterlyXlsx(data, labels);
  return { name: quarterlyFileName(data.group.name, data.quarter, format), bytes };
}

/** Makes the file of one download (`id`) and stores it on its row. */
export async function makeDownload(deps: DownloadDeps, id: number): Promise<DownloadOutcome> {
  const { db, clock } = deps;
  const now = clock.now();
  const staleBefore = new Date(now.getTime() - DOWNLOAD_STALE_MS);
  const row = await claimDownload(db, id, now, staleBefore, DOWNLOAD_MAX_ATTEMPTS);
  if (!row) {
    const current = await findDownload(db, id);
    if (!current || current.status === 'ready' || current.status === 'failed') return 'not-waiting';
    // Out of claims and nobody alive on it: it fails here rather than wait for the sweep.
    if (current.attempt >= DOWNLOAD_MAX_ATTEMPTS && (current.status === 'waiting' || (current.progressedAt !== null && current.progressedAt < staleBefore))) {
      return (await failDownload(db, id, current.attempt, 'lost', now)) ? 'failed' : 'not-waiting';
    }
    // A live job holds it: retried later (it finishes it, or its heartbeat stops and this one takes over).
    return current.status === 'working' ? 'busy' : 'not-waiting';
  }
  const step: Step = async (done, total) => {
    if (!(await setProgress(db, id, row.attempt, { done, total }, clock.now()))) throw new ClaimLost();
    await deps.onProgress?.({ id, done, total });
  };
  const started = clock.now().getTime();
  let made: Made;
  try {
    made = isExportKind(row.kind) ? await makeExport(deps, row, step) : await makeQuarterly(deps, row, step);
  } catch (error) {
    if (error instanceof ClaimLost) return 'taken-over';
    const failure = failureOf(error);
    if (!failure && row.attempt < DOWNLOAD_MAX_ATTEMPTS) {
      // Retried by BullMQ: give the claim back so the retry need not wait for it to go stale.
      await releaseDownload(db, id, row.attempt).catch(() => undefined);
      throw error;
    }
    // A rule that will not change, or an error on the last claim: it fails for good (the
    // page says so kindly) instead of being handed round for a week, holding one of her slots.
    if (!failure) deps.log?.warn({ download: id, attempts: row.attempt, err: (error as Error).message }, 'download kept failing');
    made = { failed: failure ?? 'lost' };
  }
  if (!('failed' in made) && made.bytes.length > DOWNLOAD_MAX_BYTES) made = { failed: 'too_large' };
  if ('failed' in made) {
    if (!(await failDownload(db, id, row.attempt, made.failed, clock.now()))) return 'taken-over';
    deps.log?.warn({ download: id, failure: made.failed }, 'download failed for good');
    return 'failed';
  }
  if (!(await storeFile(db, id, row.attempt, { name: made.name, mimeType: DOWNLOAD_MIME[row.kind], bytes: made.bytes }, clock.now()))) return 'taken-over';
  deps.log?.info({ download: id, kind: row.kind, bytes: made.bytes.length, ms: clock.now().getTime() - started }, 'download made');
  return 'ready';
}

/**
 * Recovery and expiry, on the downloads queue's scheduler: re-hands rows left waiting or
 * whose job was lost, fails those lost DOWNLOAD_MAX_ATTEMPTS times, removes rows past their
 * week. Returns how many were re-handed.
 */
export async function sweepDownloads(deps: DownloadDeps, handOff: HandOff): Promise<number> {
  const now = deps.clock.now();
  const stranded = await strandedDownloads(deps.db, new Date(now.getTime() - DOWNLOAD_SWEEP_GRACE_MS), new Date(now.getTime() - DOWNLOAD_STALE_MS));
  const again: number[] = [];
  for (const d of stranded) {
    // Out of claims, whether its workers died (working) or its errors gave it back (waiting).
    if (d.attempt >= DOWNLOAD_MAX_ATTEMPTS) {
      if (await failDownload(deps.db, d.id, d.attempt, 'lost', now)) deps.log?.warn({ download: d.id, attempts: d.attempt }, 'download lost too often: failed');
    } else again.push(d.id);
  }
  await handOff(again.map((requestId) => ({ kind: 'make_download' as const, requestId })));
  const removed = await removeDownloadsBefore(deps.db, new Date(now.getTime() - DOWNLOAD_TTL_MS));
  if (again.length || removed) deps.log?.info({ reHanded: again.length, removed }, 'downloads swept');
  return again.length;
}
