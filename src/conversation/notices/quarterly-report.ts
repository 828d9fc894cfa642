/**
 * "/laporan_kuartal" after the commit (issue #9): the request written with her message is
 * picked up by the quarterly job (jobs/quarterly.ts), which makes the XLSX and the
 * one-page PDF under DATA_DIR/reports/<request id>/, then — in one transaction — puts two
 * document messages in the outbox and marks the request done, and dispatches them like
 * every reply. A rerun (a stalled worker) rewrites the same files and finds the outbox
 * rows there (keys `report-<request id>-xlsx|pdf`).
 */
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Clock } from '../../core/clock.ts';
import { DomainError } from '../../core/errors.ts';
import type { Logger } from '../../core/logger.ts';
import type { OutboundMessage, Platform } from '../../core/messages.ts';
import type { Db } from '../../db/client.ts';
import { addToOutbox, type OutboxItem } from '../../modules/outbox/outbox.repository.ts';
import { findPerson } from '../../modules/people/people.repository.ts';
import { renderQuarterlyPdf } from '../../modules/quarterly/quarterly.pdf.ts';
import { claimPendingRequest, finishRequest, quarterlyReportData } from '../../modules/quarterly/quarterly.repository.ts';
import { renderQuarterlyXlsx } from '../../modules/quarterly/quarterly.xlsx.ts';
import { repliesFor } from '../replies/index.ts';

export interface QuarterlyReportDeps {
  db: Db;
  clock: Clock;
  dispatch: (items: readonly OutboxItem[]) => Promise<void>;
  /** DATA_DIR: files go to DATA_DIR/reports/. */
  dataDir: string;
  log?: Logger;
}

export const REPORT_MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

/** `laporan-kuartal-mawar-2026Q4.pdf` */
export function quarterlyFileName(group: string, quarter: string, format: 'xlsx' | 'pdf'): string {
  const slug = group.normalize('NFKD').replace(/[^\w]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase().slice(0, 40) || 'kelompok';
  return `laporan-kuartal-${slug}-${quarter}.${format}`;
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

/**
 * Makes and queues the files of pending requests, one at a time, up to `limit`. Each is
 * claimed in its own transaction (a second worker skips it). Returns how many were done.
 */
export async function fulfilQuarterlyRequests(deps: QuarterlyReportDeps, limit = 5): Promise<number> {
  let done = 0;
  for (; done < limit; done++) {
    const items = await deps.db.transaction().execute(async (trx) => {
      const request = await claimPendingRequest(trx);
      if (!request) return undefined;
      const person = await findPerson(trx, request.personId);
      const t = repliesFor(person?.language ?? 'id');
      const platform = request.platform as Platform;
      const base = { platform, chatId: request.chatId };
      const messages: { key: string; message: OutboundMessage }[] = [];
      try {
        const data = await quarterlyReportData(trx, request.groupId, request.quarter, deps.clock.now());
        for (const format of ['xlsx', 'pdf'] as const) {
          const bytes = format === 'xlsx' ? await renderQuarterlyXlsx(data, t.quarterlyLabels) : await renderQuarterlyPdf(data, t.quarterlyLabels);
          const filename = quarterlyFileName(data.group.name, data.quarter, format);
          const file = path.resolve(deps.dataDir, 'reports', String(request.id), filename);
          await writeWhole(file, bytes);
          const caption = t.quarterlyReportCaption({ group: data.group.name, quarter: data.quarter, format });
          messages.push({ key: `report-${request.id}-${format}`, message: { ...base, text: caption, document: { path: file, filename, mimeType: REPORT_MIME[format], caption } } });
        }
        await finishRequest(trx, request.id, { status: 'done', at: deps.clock.now() });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        // The group is gone: that will not change on retry. Say so, once.
        await finishRequest(trx, request.id, { status: 'failed', failure: error.code, at: deps.clock.now() });
        messages.push({ key: `report-${request.id}-failed`, message: { ...base, text: t.quarterlyReportFailed(String(request.groupId), request.quarter) } });
      }
      return addToOutbox(
        trx,
        messages.map((m) => ({ ...m, priority: 'reply' as const, sourceMessageId: null })),
      );
    });
    if (items === undefined) break;
    // Only after commit, as every reply.
    await deps.dispatch(items);
  }
  if (done) deps.log?.info({ done }, 'quarterly reports sent');
  return done;
}
