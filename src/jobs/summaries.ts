/**
 * The weekly-summary job: renders one member's summary and chart and queues it
 * for sending. The reminder tick hands it the keys of the members due (job id made from the
 * outbox key, so a key handed over twice is one job); the worker works one at a time at
 * a bounded pace, so a Sunday of thousands of charts never starves replies of CPU. The
 * processor (`sendWeeklySummary`) is a plain function in weekly-summary.ts.
 */
import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import type { Logger } from '../core/logger.ts';
import { sendWeeklySummary, type SummaryDeps } from './weekly-summary.ts';
import { cappedBackoff, scopedJobId } from './queues.ts';

export const SUMMARIES_QUEUE = 'weekly-summaries';
/** Charts rendered per second at most (each takes 60–120 ms of CPU). */
export const SUMMARIES_PER_SECOND = 4;

export interface SummaryJob {
  key: string;
}

export async function startSummaries(options: {
  connection: ConnectionOptions;
  prefix: string;
  deps: SummaryDeps & { log: Logger };
  /** The database instance id the job ids carry (src/db/instance.ts). */
  instance?: string | undefined;
}) {
  const { connection, prefix, deps } = options;
  const queue = new Queue<SummaryJob>(SUMMARIES_QUEUE, { connection, prefix });
  const worker = new Worker<SummaryJob>(SUMMARIES_QUEUE, async (job) => sendWeeklySummary(deps, job.data.key), {
    connection,
    prefix,
    concurrency: 1,
    limiter: { max: SUMMARIES_PER_SECOND, duration: 1000 },
    settings: { backoffStrategy: (attemptsMade: number) => cappedBackoff(attemptsMade) },
  });
  worker.on('failed', (job, error) => deps.log.warn({ jobId: job?.id, err: error.message }, 'weekly summary failed, will retry'));
  worker.on('error', (error) => deps.log.error({ err: error.message }, 'summaries worker error'));
  return {
    queue,
    /** Hands keys to the job; a key already waiting or done recently is not added again. */
    async enqueue(keys: readonly string[]): Promise<void> {
      await queue.addBulk(
        keys.map((key) => ({
          name: 'summary',
          data: { key },
          opts: { jobId: scopedJobId(options.instance, key), attempts: 20, backoff: { type: 'capped' }, removeOnComplete: { count: 1000 }, removeOnFail: { age: 7 * 24 * 3600 } },
        })),
      );
    },
    async close() {
      await worker.close();
      await queue.close();
    },
  };
}
