/**
 * The export job: an "/ekspor" asked for in chat, made after the request's transaction
 * commits (handed over as the follow-up `make_export`): it writes the XLSX and the CSV under
 * DATA_DIR/exports/<request id>-<time>/, then puts two document messages in the outbox (in
 * one transaction with marking the request done) and dispatches them like every reply.
 *
 * - Job data is the request id only, and so is the job id (src/jobs/follow-ups.ts): a
 *   redelivered message or a sweep re-handing it while it waits adds no second job.
 * - A rerun (a stalled worker, a second bot) rewrites the same files whole (written under a
 *   temporary name, then renamed) and finds the outbox rows already there; a request done
 *   is only dispatched again, which the send step deduplicates.
 * - A sweep every minute re-hands requests still pending a while after they were written
 *   (a crash between commit and enqueue, Redis losing its data) and removes export files
 *   older than a week.
 */
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Clock } from '../core/clock.ts';
import { DomainError } from '../core/errors.ts';
import type { Logger } from '../core/logger.ts';
import type { OutboundMessage } from '../core/messages.ts';
import type { Db } from '../db/client.ts';
import { repliesFor } from '../conversation/replies/index.ts';
import { EXPORT_FORMATS, exportFileName, MIME_TYPES, type ExportSummary } from '../modules/exports/exports.ts';
import {
  finishRequest,
  findRequest,
  stalePendingRequests,
  type ExportRequest,
} from '../modules/exports/exports.repository.ts';
import { exportGroup } from '../modules/exports/exports.service.ts';
import { findGroup } from '../modules/groups/groups.repository.ts';
import { addToOutbox, type OutboxItem } from '../modules/outbox/outbox.repository.ts';
import { findPerson } from '../modules/people/people.repository.ts';

/** A pending request younger than this is left to its own job. */
export const EXPORT_SWEEP_GRACE_MS = 2 * 60_000;
/** Export files are kept this long for the send (and its retries), then removed. */
export const EXPORT_FILE_TTL_MS = 7 * 24 * 3600_000;

export interface ExportsDeps {
  db: Db;
  clock: Clock;
  dispatch: (items: readonly OutboxItem[]) => Promise<void>;
  /** DATA_DIR: files go to DATA_DIR/exports/. */
  dataDir: string;
  log: Logger;
}

export interface ExportJob {
  requestId: number;
}

export type ExportOutcome = 'sent' | 'already-done' | 'failed' | 'missing';

function outboxKeys(request: ExportRequest): string[] {
  return EXPORT_FORMATS.map((format) => `export-${request.id}-${format}`);
}

function itemsOf(request: ExportRequest): OutboxItem[] {
  return outboxKeys(request).map((key) => ({ idempotencyKey: key, platform: request.platform, priority: 'reply' as const }));
}

/** Makes the files of one request and queues them as documents to the facilitator who asked. */
export async function runExport(deps: ExportsDeps, job: ExportJob): Promise<ExportOutcome> {
  const { db, clock, log } = deps;
  const request = await findRequest(db, job.requestId);
  if (!request) return 'missing';
  if (request.status === 'failed') return 'failed';
  if (request.status === 'done') {
    // Done, but perhaps never dispatched (a crash after commit): queuing again is harmless.
    await deps.dispatch(itemsOf(request));
    return 'already-done';
  }
  const person = await findPerson(db, request.personId);
  const t = repliesFor(person?.language ?? 'id');
  const group = await findGroup(db, request.groupId);
  const range = { from: request.from, to: request.to };
  // One folder per request (its id and time: unique even across databases sharing DATA_DIR); a rerun rewrites it.
  const dir = path.join(deps.dataDir, 'exports', `${request.id}-${request.createdAt.getTime()}`);
  const started = clock.now().getTime();

  const messages: OutboundMessage[] = [];
  try {
    if (!group) throw new DomainError('group_not_found');
    for (const format of EXPORT_FORMATS) {
      const filename = exportFileName(group.name, range, format);
      const file = path.join(dir, filename);
      const summary: ExportSummary = await exportGroup(db, { groupId: group.id, range, format, file, madeAt: clock.now(), language: person?.language ?? 'id' });
      const caption = t.exportCaption({ group: group.name, ...range, format, entries: summary.entries });
      messages.push({ platform: request.platform, chatId: request.chatId, text: caption, document: { path: file, filename, mimeType: MIME_TYPES[format], caption } });
    }
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    // A rule that will not change on retry (the group is gone): say so, once.
    const text = t.exportFailed({ group: group?.name ?? String(request.groupId), ...range });
    const items = await db.transaction().execute(async (trx) => {
      await finishRequest(trx, request.id, { status: 'failed', failure: error.code, at: clock.now() });
      return addToOutbox(trx, [
        { key: `export-${request.id}-failed`, message: { platform: request.platform, chatId: request.chatId, text }, priority: 'reply', sourceMessageId: request.sourceMessageId },
      ]);
    });
    await deps.dispatch(items);
    log.warn({ request: request.id, code: error.code }, 'export failed for good');
    return 'failed';
  }

  const keys = outboxKeys(request);
  await db.transaction().execute(async (trx) => {
    await addToOutbox(
      trx,
      messages.map((message, i) => ({ key: keys[i]!, message, priority: 'reply' as const, sourceMessageId: request.sourceMessageId })),
    );
    await finishRequest(trx, request.id, { status: 'done', at: clock.now() });
  });
  // Only after commit, as every reply.
  await deps.dispatch(itemsOf(request));
  log.info({ request: request.id, group: request.groupId, ms: clock.now().getTime() - started }, 'export made');
  return 'sent';
}

/** Re-queues requests left pending; removes export files past their week. Returns the requests re-queued. */
export async function sweepExports(deps: ExportsDeps, enqueue: (job: ExportJob) => Promise<void>): Promise<number> {
  const now = deps.clock.now().getTime();
  const stale = await stalePendingRequests(deps.db, new Date(now - EXPORT_SWEEP_GRACE_MS));
  for (const request of stale) await enqueue({ requestId: request.id });
  const root = path.join(deps.dataDir, 'exports');
  const dirs = await readdir(root).catch(() => [] as string[]);
  for (const name of dirs) {
    const info = await stat(path.join(root, name)).catch(() => undefined);
    if (info && now - info.mtimeMs > EXPORT_FILE_TTL_MS) await rm(path.join(root, name), { recursive: true, force: true });
  }
  return stale.length;
}
