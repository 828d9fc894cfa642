/**
 * BullMQ workers hosting the processors. This file knows BullMQ; the processors do not.
 */
import { DelayedError, Queue, Worker, type ConnectionOptions, type Job } from 'bullmq';
import { FOLLOW_UP_KINDS, type FollowUp, type FollowUpKind } from '../conversation/follow-ups.ts';
import { RateLimitedError } from '../core/errors.ts';
import type { Logger } from '../core/logger.ts';
import type { Platform } from '../core/messages.ts';
import { makeDownload, sweepDownloads } from './downloads.ts';
import { runExport, sweepExports } from './exports.ts';
import type { FloodGate } from './flood-gate.ts';
import { startFollowUpQueue, type FollowUpDeps, type FollowUpQueue, type HandOff } from './follow-ups.ts';
import { publishLead, sweepUnpublishedLeads } from './publish-lead.processor.ts';
import { makeQuarterlyReport, sweepQuarterlyRequests } from './quarterly-report.processor.ts';
import { renderChart, sweepChartRequests } from './render-chart.processor.ts';
import { runOrSetAside } from './set-aside.ts';
import { inboundBatchProcessor } from './inbound-batch.ts';
import type { InboundDeps } from './inbound.processor.ts';
import { processOutbound, type OutboundDeps } from './outbound.processor.ts';
import { BehindPutBackError, SendOrder } from './send-order.ts';
import { SCHEDULERS, upsertSchedulersOf } from './schedulers.ts';
import {
  cappedBackoff,
  inboundQueueName,
  INBOUND_SHARDS,
  outboundQueueName,
  type InboundJob,
  type OutboundJob,
} from './queues.ts';

/**
 * Per-platform send limits. Telegram allows about 30 messages a second per bot, counted
 * over any second: one send every 34 ms (29.4 a second at most, evenly spread) never bursts past
 * it, where "30 per 1000 ms" windows can put 60 sends in one second across a boundary.
 */
const SEND_LIMITS: Record<Platform, { max: number; duration: number } | undefined> = {
  telegram: { max: 1, duration: 34 },
  whatsapp: { max: 1, duration: 1000 },
  console: undefined,
};

/**
 * Rows a process sends at once per platform (issue #21). One at a time, every reply waited
 * for each reply before it: its read, its HTTP call (tens of ms to Telegram's servers) and
 * its mark, so a process sent ~10 replies a second to Telegram, and at 200 messages a second
 * the replies queued up for seconds. Replies to one chat still go one after another, in
 * queue order (./send-order.ts); the limits above still space the sends' starts. WhatsApp
 * stays at one: its pacer checks and records the bot's own messages across all chats
 * (whatsapp.pacer.ts), and they are spaced a second apart anyway.
 */
export const SEND_CONCURRENCY: Record<Platform, number> = {
  telegram: 8,
  whatsapp: 1,
  console: 8,
};

/**
 * How often an inbound job may be found stalled (its process died holding it) and still go
 * back to the head of its shard. BullMQ's default, 1, fails a job for good on its second
 * stall (an UnrecoverableError, no retry): two worker deaths in a row would drop a message.
 * A message that kills its worker every time would stop its shard, though, so not for
 * ever: after this many deaths it is failed (kept in the queue's failed set for a week,
 * with "job stalled more than allowable limit", and logged) and the shard goes on.
 */
export const INBOUND_MAX_STALLED = 10;

export interface WorkerSet {
  /** Takes no more inbound jobs; the ones running finish (a process whose shard count was replaced: ./shard-count.ts). */
  pauseInbound(): Promise<void>;
  close(): Promise<void>;
}

export function startWorkers(options: {
  connection: ConnectionOptions;
  prefix: string;
  /** Unset: this process works no inbound shard (a receiver sending on its own channel only). */
  inbound: InboundDeps | undefined;
  outbound: OutboundDeps;
  log: Logger;
  /** Flood throttling: deferred messages are released from it once handled. */
  flood?: FloodGate | undefined;
  /** Inbound shards (queues) to work: as many as the intake's QueueSet has. */
  inboundShards?: number | undefined;
  /**
   * Messages an inbound worker handles in one transaction, its job and the jobs waiting
   * behind it on the shard (config INBOUND_BATCH: ./inbound-batch.ts); unset or 1: one at a time.
   */
  inboundBatch?: number | undefined;
  /** BullMQ lockDuration and stalledInterval of every worker (config QUEUE_LOCK_MS); unset: BullMQ's 30 s. */
  lockMs?: number | undefined;
  /** Rows sent at once per platform; unset: SEND_CONCURRENCY. */
  sendConcurrency?: Partial<Record<Platform, number>> | undefined;
  /** Benchmarks only: other send pacing per platform (null: none). Production uses SEND_LIMITS. */
  sendLimits?: Partial<Record<Platform, { max: number; duration: number } | null>> | undefined;
}): WorkerSet {
  const { connection, prefix, log } = options;
  const settings = { backoffStrategy: (attemptsMade: number) => cappedBackoff(attemptsMade) };
  const workers: Worker[] = [];
  const inboundWorkers: Worker[] = [];
  /** The shards' queues a batching worker reads the waiting jobs from. */
  const batchQueues: Queue<InboundJob>[] = [];
  const locks = options.lockMs ? { lockDuration: options.lockMs, stalledInterval: options.lockMs } : {};
  const inbound = options.inbound;
  const limiterOf = (platform: Platform) =>
    (options.sendLimits && platform in options.sendLimits ? options.sendLimits[platform] : SEND_LIMITS[platform]) ?? undefined;

  for (let shard = 0; inbound && shard < (options.inboundShards ?? INBOUND_SHARDS); shard++) {
    // One job at a time per shard, here and (with the shard's global concurrency, set before
    // the workers start: ./shards.ts) across every process: each chat's messages in order.
    // A message that keeps failing on a healthy database is set aside after a few attempts
    // (./set-aside.ts).
    const batched = (options.inboundBatch ?? 1) > 1 ? new Queue<InboundJob>(inboundQueueName(shard), { connection, prefix }) : undefined;
    if (batched) batchQueues.push(batched);
    const processor = batched
      ? inboundBatchProcessor({ queue: batched, deps: inbound, gate: options.flood, size: options.inboundBatch ?? 1, log })
      : async (job: Job<InboundJob>) => runOrSetAside(inbound, options.flood, job.data, job.attemptsMade);
    inboundWorkers.push(
      new Worker<InboundJob>(inboundQueueName(shard), processor, {
        connection,
        prefix,
        concurrency: 1,
        settings,
        maxStalledCount: INBOUND_MAX_STALLED,
        ...locks,
      }),
    );
  }

  workers.push(...inboundWorkers);

  for (const platform of options.outbound.channels.keys()) {
    // The order of this worker's sends to each chat (taken when a job starts, so in the order taken).
    const order = new SendOrder();
    const worker: Worker<OutboundJob> = new Worker<OutboundJob>(
      outboundQueueName(platform),
      async (job, token) => {
        const turn = order.enter();
        try {
          return await processOutbound(options.outbound, job.data.key, turn);
        } catch (error) {
          if (error instanceof RateLimitedError && error.scope === 'message' && token) {
            // Our own pacing of a bulk send (WhatsApp, a broadcast's per-chat spacing), a part
            // waiting for the part before it, or a send stepping aside behind one put back: only
            // this job waits, so replies and other chats keep flowing; moving it back to delayed
            // does not count an attempt. A send that stepped aside is put back itself, so the
            // next one to her chat steps aside after it (./send-order.ts); a paced bulk send is
            // not: a reply to her still goes before it, as replies go before bulk sends.
            await job.moveToDelayed(Date.now() + error.retryAfterMs, token);
            turn.leave(error instanceof BehindPutBackError ? error.retryAfterMs : undefined);
            throw new DelayedError();
          }
          if (error instanceof RateLimitedError) {
            // Telegram said "retry after N s": pause the whole queue, then retry this job
            // without counting it as a failed attempt. The sends already in flight in this
            // worker do not call Telegram before the pause ends, and a later one to her chat
            // does not overtake this one (./send-order.ts).
            order.pause(Date.now() + error.retryAfterMs);
            await worker.rateLimit(error.retryAfterMs);
            turn.leave(error.retryAfterMs);
            throw Worker.RateLimitError();
          }
          throw error;
        } finally {
          turn.leave();
        }
      },
      { connection, prefix, concurrency: options.sendConcurrency?.[platform] ?? SEND_CONCURRENCY[platform], settings, limiter: limiterOf(platform), ...locks },
    );
    workers.push(worker);
  }

  for (const worker of workers) {
    worker.on('failed', (job, error) =>
      log.warn({ queue: worker.name, jobId: job?.id, attempts: job?.attemptsMade, err: error.message }, 'job failed, will retry'),
    );
    worker.on('error', (error) => log.error({ queue: worker.name, err: error.message }, 'worker error'));
  }

  return {
    // Local pause only (not the queue's): the other processes go on with these shards.
    pauseInbound: async () => {
      await Promise.all(inboundWorkers.map((w) => w.pause(true)));
    },
    // close() waits for the jobs in progress to finish; queued ones stay in Redis.
    close: async () => {
      await Promise.all(workers.map((w) => w.close()));
      await Promise.all(batchQueues.map((q) => q.close()));
    },
  };
}

/** The quarterly queue's recovery sweep: pending report requests are re-handed every 30 s. */
export const QUARTERLY_SCHEDULER = { key: SCHEDULERS.quarterlyReportsTick.key, ...SCHEDULERS.quarterlyReportsTick.repeat } as const;

type FollowUpOf<K extends FollowUpKind> = Extract<FollowUp, { kind: K }>;

/** Each kind of follow-up: its processor and its recovery sweep. */
const FOLLOW_UP_JOBS: {
  [K in FollowUpKind]: {
    run: (deps: FollowUpDeps, work: FollowUpOf<K>) => Promise<string>;
    sweep: { key: string; run: (deps: FollowUpDeps, handOff: HandOff) => Promise<number> };
  };
} = {
  publish_lead: {
    run: (deps, work) => publishLead(deps, work.leadId),
    sweep: { key: SCHEDULERS.leadPublishingSweep.key, run: sweepUnpublishedLeads },
  },
  render_chart: {
    run: (deps, work) => renderChart(deps, work.requestId),
    sweep: { key: SCHEDULERS.chartsSweep.key, run: sweepChartRequests },
  },
  make_export: {
    run: (deps, work) => runExport(deps, { requestId: work.requestId }),
    sweep: {
      key: SCHEDULERS.exportsSweep.key,
      run: (deps, handOff) => sweepExports(deps, (job) => handOff([{ kind: 'make_export', requestId: job.requestId }])),
    },
  },
  make_quarterly_report: {
    run: (deps, work) => makeQuarterlyReport(deps, work.requestId),
    sweep: { key: SCHEDULERS.quarterlyReportsTick.key, run: sweepQuarterlyRequests },
  },
  make_download: {
    run: (deps, work) => makeDownload(deps, work.requestId),
    sweep: { key: SCHEDULERS.downloadsSweep.key, run: sweepDownloads },
  },
};

/** Does one piece of follow-up work with its kind's processor (what its worker runs). */
export function runFollowUp(deps: FollowUpDeps, work: FollowUp): Promise<string> {
  const job = FOLLOW_UP_JOBS[work.kind] as { run: (deps: FollowUpDeps, work: FollowUp) => Promise<string> };
  return job.run(deps, work);
}

export interface FollowUpWorkerOptions {
  connection: ConnectionOptions;
  prefix: string;
  deps: FollowUpDeps;
  /** The database instance id the job ids carry (src/db/instance.ts). */
  instance?: string | undefined;
}

/** The queue and worker of one kind of follow-up (with its sweep). */
export async function startFollowUpWorker<K extends FollowUpKind>(
  kind: K,
  options: FollowUpWorkerOptions,
): Promise<FollowUpQueue> {
  const job = FOLLOW_UP_JOBS[kind] as unknown as (typeof FOLLOW_UP_JOBS)[K];
  const started = await startFollowUpQueue({
    connection: options.connection,
    prefix: options.prefix,
    instance: options.instance,
    kind,
    log: options.deps.log,
    run: (work) => job.run(options.deps, work),
    sweep: { key: job.sweep.key, run: (handOff) => job.sweep.run(options.deps, handOff) },
  });
  try {
    // Its sweep's scheduler, upserted at every start (idempotent).
    await upsertSchedulersOf(started.queue);
  } catch (error) {
    await started.close();
    throw error;
  }
  return started;
}

export interface FollowUpWorkers {
  /** Hands each follow-up to its kind's queue: what the inbound processor calls after commit. */
  handOff: HandOff;
  queues: FollowUpQueue['queue'][];
  close(): Promise<void>;
}

/** Every kind's queue and worker. */
export async function startFollowUpWorkers(options: FollowUpWorkerOptions): Promise<FollowUpWorkers> {
  const started: FollowUpQueue[] = [];
  try {
    for (const kind of FOLLOW_UP_KINDS) started.push(await startFollowUpWorker(kind, options));
  } catch (error) {
    await Promise.all(started.map((q) => q.close()));
    throw error;
  }
  return {
    handOff: async (work) => {
      for (const queue of started) await queue.handOff(work);
    },
    queues: started.map((q) => q.queue),
    close: async () => {
      await Promise.all(started.map((q) => q.close()));
    },
  };
}
