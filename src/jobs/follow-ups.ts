/**
 * Follow-up work (src/conversation/follow-ups.ts) on BullMQ: each kind has its queue, each
 * piece of work a job id made from its record's id, and each queue a recovery sweep.
 *
 * Nothing is lost, nothing is done twice — what keeps that true:
 * - The record comes first: a follow-up names a row written in the message's transaction
 *   (a lead not yet published, a pending chart, export or report request). Postgres, not
 *   Redis, says what is still to do.
 * - Hand-off after commit only (src/jobs/inbound.processor.ts): a rolled-back message hands
 *   nothing. A crash between commit and hand-off leaves the row pending: a redelivered
 *   message re-hands the pending follow-ups of its inbox row, and the sweep of each queue
 *   re-hands what is still pending (it also covers Redis losing its data).
 * - One job per record: the job id is deterministic, so handing the same work again while
 *   its job waits or runs (a redelivery, a sweep, a second bot on the same Redis) adds none.
 * - Once only in Postgres: each processor locks its row for its transaction and checks it is
 *   still pending; the outbox rows it writes have unique keys and commit with "done". A
 *   second run (a retry, another bot) finds the work done and only dispatches again, which
 *   the send step deduplicates. A row locked by another worker is "busy": the job fails and
 *   is retried, so it is never dropped while the other may still roll back.
 */
import { Queue, Worker, type ConnectionOptions, type JobsOptions } from 'bullmq';
import type { Clock } from '../core/clock.ts';
import type { Logger } from '../core/logger.ts';
import type { Db } from '../db/client.ts';
import type { FollowUp, FollowUpKind } from '../conversation/follow-ups.ts';
import { findRequestBySource } from '../modules/exports/exports.repository.ts';
import { pendingChartRequests } from '../modules/charts/charts.repository.ts';
import { unpublishedLeads } from '../modules/leads/leads.repository.ts';
import type { OutboxItem } from '../modules/outbox/outbox.repository.ts';
import { pendingRequestIds } from '../modules/quarterly/quarterly.repository.ts';
import { cappedBackoff, scopedJobId } from './queues.ts';

/** What every follow-up processor may use. */
export interface FollowUpDeps {
  db: Db;
  clock: Clock;
  dispatch: (items: readonly OutboxItem[]) => Promise<void>;
  /**
   * Asks the bulk feeder to run (`feedSoon`, bulk-feeder.ts). Given it, a lead to many chats
   * leaves its rows to the feeder instead of dispatching them (publish-lead.processor.ts).
   */
  feed?: (() => Promise<void>) | undefined;
  /** Deliveries a lead may have before they go to the feeder (`FEED_ABOVE`; tests pass a small one). */
  feedAbove?: number | undefined;
  /** DATA_DIR: export and report files are written under it. */
  dataDir: string;
  log: Logger;
}

/**
 * A record pending for less than this is left to its own job by the sweeps: re-handing it
 * would be harmless (same job id) but for nothing.
 */
export const FOLLOW_UP_SWEEP_GRACE_MS = 2 * 60_000;

/** Hands follow-ups to their queues (after commit). */
export type HandOff = (work: readonly FollowUp[]) => Promise<void>;

export const FOLLOW_UP_QUEUES: Record<FollowUpKind, string> = {
  publish_lead: 'lead-publishing',
  render_chart: 'charts',
  make_export: 'exports',
  make_quarterly_report: 'quarterly-reports',
  make_download: 'downloads',
};

/**
 * The one job of a piece of work: from its record's id (BullMQ ids may not contain ':'). Its
 * queue adds the database instance id (`scopedJobId`), so a reset database's record 1 is
 * never taken for the old one's.
 */
export function followUpJobId(work: FollowUp): string {
  switch (work.kind) {
    case 'publish_lead':
      return `publish-lead-${work.leadId}`;
    case 'render_chart':
      return `chart-${work.requestId}`;
    case 'make_export':
      return `export-r${work.requestId}`;
    case 'make_quarterly_report':
      return `report-${work.requestId}`;
    case 'make_download':
      return `download-${work.requestId}`;
  }
}

/**
 * Retried for a long time with a backoff capped at a minute (Postgres may be away). A job
 * is removed once complete, so a later hand-off of work still pending (a sweep after the
 * other worker rolled back) is never mistaken for a duplicate of a finished job.
 */
export const followUpJobOptions: JobsOptions = {
  attempts: 200,
  backoff: { type: 'capped' },
  removeOnComplete: true,
  removeOnFail: { age: 7 * 24 * 3600 },
};

/** Thrown by a job whose record another worker holds: BullMQ retries it later. */
export class FollowUpBusyError extends Error {
  constructor(work: FollowUp) {
    super(`${work.kind} ${followUpJobId(work)} is held by another worker`);
  }
}

/**
 * The follow-ups of an inbound message whose work is still pending, read back from their
 * records: what a redelivered message re-hands.
 */
export async function pendingFollowUpsOf(db: Db, inboundId: number): Promise<FollowUp[]> {
  const work: FollowUp[] = [];
  for (const leadId of await unpublishedLeads(db, { sourceMessageId: inboundId })) work.push({ kind: 'publish_lead', leadId });
  for (const requestId of await pendingChartRequests(db, { sourceMessageId: inboundId })) work.push({ kind: 'render_chart', requestId });
  const exportRequest = await findRequestBySource(db, inboundId);
  if (exportRequest?.status === 'pending') work.push({ kind: 'make_export', requestId: exportRequest.id });
  for (const requestId of await pendingRequestIds(db, { sourceMessageId: inboundId })) work.push({ kind: 'make_quarterly_report', requestId });
  return work;
}

/** Adds this kind's work to its queue, one job per record (the job id made from the record's id). */
function handOffTo(queue: Queue, kind: FollowUpKind, instance: string | undefined): HandOff {
  return async (work) => {
    const mine = work.filter((w) => w.kind === kind);
    if (mine.length) await queue.addBulk(mine.map((w) => ({ name: kind, data: w, opts: { ...followUpJobOptions, jobId: scopedJobId(instance, followUpJobId(w)) } })));
  };
}

/**
 * Hands follow-ups to their queues from a process that runs no follow-up worker (the web
 * console's: a lead made there is published by the same job as one made in chat). The same
 * job ids as the workers' own hand-off, so work handed twice is one job.
 */
export function followUpHandOff(options: { connection: ConnectionOptions; prefix: string; instance?: string | undefined }): { handOff: HandOff; close(): Promise<void> } {
  const queues = new Map<FollowUpKind, Queue>();
  const queueOf = (kind: FollowUpKind) => {
    let queue = queues.get(kind);
    if (!queue) {
      queue = new Queue(FOLLOW_UP_QUEUES[kind], { connection: options.connection, prefix: options.prefix });
      queues.set(kind, queue);
    }
    return queue;
  };
  return {
    handOff: async (work) => {
      for (const kind of new Set(work.map((w) => w.kind))) await handOffTo(queueOf(kind), kind, options.instance)(work);
    },
    close: async () => void (await Promise.all([...queues.values()].map((q) => q.close()))),
  };
}

export interface FollowUpQueue {
  queue: Queue;
  handOff: HandOff;
  close(): Promise<void>;
}

/**
 * One kind's queue and its worker: `run` does a piece of work ('busy' when its record is
 * held elsewhere: retried); `sweep` runs on the queue's job scheduler (src/jobs/schedulers.ts,
 * upserted by the caller) and re-hands what is pending.
 */
export async function startFollowUpQueue<K extends FollowUpKind>(options: {
  connection: ConnectionOptions;
  prefix: string;
  kind: K;
  run: (work: Extract<FollowUp, { kind: K }>) => Promise<string>;
  sweep: { key: string; run: (handOff: HandOff) => Promise<number> };
  log: Logger;
  /** The database instance id its job ids carry (src/db/instance.ts). */
  instance?: string | undefined;
}): Promise<FollowUpQueue> {
  const { connection, prefix, kind, log } = options;
  const name = FOLLOW_UP_QUEUES[kind];
  const queue = new Queue(name, { connection, prefix });
  const jobIdOf = (work: FollowUp) => scopedJobId(options.instance, followUpJobId(work));
  const handOff = handOffTo(queue, kind, options.instance);
  // The sweep's hand-off also revives work whose job gave up (every attempt failed): that job
  // keeps its id for a week, so adding it again would be taken for a duplicate and the
  // record would stay pending with nobody working on it.
  const reHandOff: HandOff = async (work) => {
    await handOff(work);
    for (const w of work.filter((x) => x.kind === kind)) {
      const job = await queue.getJob(jobIdOf(w));
      if (job && (await job.isFailed())) await job.retry('failed');
    }
  };
  const worker = new Worker(
    name,
    async (job) => {
      if (job.name === options.sweep.key) return options.sweep.run(reHandOff);
      const work = job.data as Extract<FollowUp, { kind: K }>;
      // A job of another shape (queued by an earlier version): its record is pending, so the sweep re-hands it.
      if (work.kind !== kind) return 'ignored';
      const outcome = await options.run(work);
      if (outcome === 'busy') throw new FollowUpBusyError(work);
      return outcome;
    },
    // One at a time per kind: each is seconds of CPU at most, and several would only share the same cores.
    { connection, prefix, concurrency: 1, settings: { backoffStrategy: (attemptsMade: number) => cappedBackoff(attemptsMade) } },
  );
  worker.on('error', (error) => log.error({ queue: name, err: error.message }, 'follow-up worker error'));
  worker.on('failed', (job, error) => log.warn({ queue: name, jobId: job?.id, attempts: job?.attemptsMade, err: error.message }, 'follow-up failed, will retry'));
  return {
    queue,
    handOff,
    async close() {
      await worker.close();
      await queue.close();
    },
  };
}
