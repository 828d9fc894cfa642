/**
 * BullMQ workers hosting the processors. This file knows BullMQ; the processors do not.
 */
import { DelayedError, Worker, type ConnectionOptions } from 'bullmq';
import { RateLimitedError } from '../core/errors.ts';
import type { Logger } from '../core/logger.ts';
import type { Platform } from '../core/messages.ts';
import { runInboundJob, type FloodGate } from './flood-gate.ts';
import type { InboundDeps } from './inbound.processor.ts';
import { processOutbound, type OutboundDeps } from './outbound.processor.ts';
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

export interface WorkerSet {
  close(): Promise<void>;
}

export function startWorkers(options: {
  connection: ConnectionOptions;
  prefix: string;
  inbound: InboundDeps;
  outbound: OutboundDeps;
  log: Logger;
  /** Flood throttling: deferred messages are released from it once handled. */
  flood?: FloodGate | undefined;
  /** Inbound shards (queues) to work: as many as the intake's QueueSet has. */
  inboundShards?: number | undefined;
  /** Benchmarks only: other send pacing per platform (null: none). Production uses SEND_LIMITS. */
  sendLimits?: Partial<Record<Platform, { max: number; duration: number } | null>> | undefined;
}): WorkerSet {
  const { connection, prefix, log } = options;
  const settings = { backoffStrategy: (attemptsMade: number) => cappedBackoff(attemptsMade) };
  const workers: Worker[] = [];
  const limiterOf = (platform: Platform) =>
    (options.sendLimits && platform in options.sendLimits ? options.sendLimits[platform] : SEND_LIMITS[platform]) ?? undefined;

  for (let shard = 0; shard < (options.inboundShards ?? INBOUND_SHARDS); shard++) {
    // Concurrency 1 per shard keeps each chat's messages in order.
    workers.push(
      new Worker<InboundJob>(
        inboundQueueName(shard),
        async (job) => runInboundJob(options.inbound, options.flood, job.data),
        { connection, prefix, concurrency: 1, settings },
      ),
    );
  }

  for (const platform of options.outbound.channels.keys()) {
    const worker: Worker<OutboundJob> = new Worker<OutboundJob>(
      outboundQueueName(platform),
      async (job, token) => {
        try {
          return await processOutbound(options.outbound, job.data.key);
        } catch (error) {
          if (error instanceof RateLimitedError && error.scope === 'message' && token) {
            // Our own pacing of a bulk send (WhatsApp): only this job waits, so replies and
            // other chats keep flowing; moving it back to delayed does not count an attempt.
            await job.moveToDelayed(Date.now() + error.retryAfterMs, token);
            throw new DelayedError();
          }
          if (error instanceof RateLimitedError) {
            // Telegram said "retry after N s": pause the whole queue, then retry this job
            // without counting it as a failed attempt.
            await worker.rateLimit(error.retryAfterMs);
            throw Worker.RateLimitError();
          }
          throw error;
        }
      },
      { connection, prefix, concurrency: 1, settings, limiter: limiterOf(platform) },
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
    // close() waits for the jobs in progress to finish; queued ones stay in Redis.
    close: async () => {
      await Promise.all(workers.map((w) => w.close()));
    },
  };
}
