/**
 * The quarterly-report job (issue #9): every 30 seconds it makes the files of the
 * "/laporan_kuartal" requests written since (see conversation/notices/quarterly-report.ts)
 * and queues them as documents, and removes report files older than a week. Requests live in Postgres, so a crash or a restart loses
 * none; job data is empty.
 */
import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import type { Logger } from '../core/logger.ts';
import { fulfilQuarterlyRequests, removeOldReports, type QuarterlyReportDeps } from '../conversation/notices/quarterly-report.ts';

export const QUARTERLY_QUEUE = 'quarterly-reports';
export const QUARTERLY_SCHEDULER = { key: 'quarterly-reports-tick', every: 30_000 } as const;

export async function startQuarterlyReports(options: { connection: ConnectionOptions; prefix: string; deps: QuarterlyReportDeps & { log: Logger } }) {
  const { connection, prefix, deps } = options;
  const queue = new Queue(QUARTERLY_QUEUE, { connection, prefix });
  await queue.upsertJobScheduler(
    QUARTERLY_SCHEDULER.key,
    { every: QUARTERLY_SCHEDULER.every },
    { name: QUARTERLY_SCHEDULER.key, opts: { removeOnComplete: 10, removeOnFail: 50 } },
  );
  // One at a time: a report is a few seconds of CPU at most, and its rows are claimed anyway.
  const worker = new Worker(
    QUARTERLY_QUEUE,
    async () => {
      const done = await fulfilQuarterlyRequests(deps);
      await removeOldReports(deps.dataDir, deps.clock.now()); // files older than a week
      return done;
    },
    { connection, prefix, concurrency: 1 },
  );
  worker.on('error', (error) => deps.log.error({ err: error.message }, 'quarterly reports worker error'));
  worker.on('failed', (job, error) => deps.log.warn({ jobId: job?.id, err: error.message }, 'quarterly report failed, will retry'));
  return {
    queue,
    async close() {
      await worker.close();
      await queue.close();
    },
  };
}
