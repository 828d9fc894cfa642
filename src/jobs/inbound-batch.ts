/**
 * The inbound worker's job when batches are on (config INBOUND_BATCH > 1): the job BullMQ
 * handed it (the head) and up to INBOUND_BATCH − 1 jobs waiting right behind it on the same
 * shard are handled in one transaction (./inbound-batch.processor.ts). This file knows
 * BullMQ; the processor does not.
 *
 * Why the waiting jobs are read, not fetched. Each shard is worked one job at a time by the
 * whole deployment (BullMQ's global concurrency 1: ./shards.ts), and BullMQ checks that
 * limit in the script that moves a job to active: while the head is active, neither
 * `Worker.getNextJob` (the manual fetching of docs.bullmq.io/patterns/manually-fetching-jobs)
 * nor any other process gets a second job of the shard ("never more than the global one":
 * docs.bullmq.io/guide/queues/global-concurrency). That same limit is what makes reading
 * safe: while this worker holds the head, the jobs behind it are nobody else's, so it reads
 * them (oldest first: the order they will be worked in, as `Queue.getWaiting` lists them) and,
 * once their messages are committed and their replies queued, removes them (as `Queue.remove`
 * does: docs.bullmq.io/guide/jobs/removing-job; a locked job is never removed) — each of the
 * two in one Redis command for the whole batch (./waiting-jobs.ts). The head is finished by
 * BullMQ as any job is, after that, and the next job it fetches is the one behind the batch.
 *
 * What keeps each guarantee if a process dies mid-batch or Redis loses data:
 * - Order per chat: the head stays active, and the shard busy, for the whole batch; the
 *   batch is the shard's next jobs in their order and is handled in that order. A process
 *   killed mid-batch leaves the head in the active list, so no job of the shard starts
 *   until the stalled-job check puts the head back at the head of the wait list; the jobs
 *   read behind it were never moved, so the shard resumes in the same order.
 * - Recorded once: a job is removed only after its message's inbox row has committed and
 *   its replies and follow-ups are on Redis. Killed before COMMIT: nothing of the batch
 *   was written, every job is still queued and is handled again. Killed after COMMIT but
 *   before the removals: the jobs run again and each is a duplicate at its inbox claim,
 *   which re-queues only its unsent replies (their job ids are the outbox keys, and the
 *   send step sends a row once).
 * - A head whose lock lapsed (a process frozen past QUEUE_LOCK_MS) is put back and taken by
 *   another process, which may read the same jobs: the two transactions meet at the inbox's
 *   unique claim, the second waits for the first to commit and finds a duplicate; a job the
 *   other has made active is locked, and the removal leaves it alone.
 *   This relies on inbound jobs having no priority and no lifo (./intake.ts adds them
 *   plain): then the wait list is the shard's arrival order, and `readWaiting` reads it.
 * - A message that fails in its savepoint: the batch stops there (the ones before it commit
 *   and leave the queue; it and the ones after it stay, in their order). It is the shard's
 *   next job, taken as the next head: counted, retried with backoff and set aside exactly
 *   as a message alone is (./set-aside.ts) — one attempt later (its first failure here is
 *   logged, not counted).
 * - A head that failed or stalled before (`attemptsMade` or `stalledCounter` above 0) runs
 *   ALONE. BullMQ's stalled check charges the job that was active, the head, when a message
 *   later in its batch kills or freezes the process; batched again, the head would be
 *   charged again for the same killer until failed for good (INBOUND_MAX_STALLED,
 *   ./workers.ts), then the next head, and so on. Alone, an innocent head is recorded and
 *   the killer comes up to be the head itself, charged for its own deaths.
 * - Redis losing its data (FLUSHALL, failover without the keys) loses the queued jobs and
 *   the shards' limit as it did before batches: the outbox sweeper re-queues committed
 *   replies, `watchOneAtATime` puts the limit back, and the inbox claim keeps any message
 *   redelivered by its platform from being recorded twice.
 */
import type { Job, Queue } from 'bullmq';
import type { Logger } from '../core/logger.ts';
import type { FloodGate } from './flood-gate.ts';
import { processInboundBatch, type BatchResult } from './inbound-batch.processor.ts';
import type { InboundDeps } from './inbound.processor.ts';
import type { InboundJob } from './queues.ts';
import { forgetFailures } from '../modules/inbox/set-aside.repository.ts';
import { MAX_INBOUND_BATCH } from '../core/inbound-batch-limit.ts';
import { describeFailure } from '../modules/inbox/set-aside.ts';
import { runOrSetAside, type InboundJobOutcome } from './set-aside.ts';
import { readWaiting, removeWaiting, type WaitingJob } from './waiting-jobs.ts';

export function inboundBatchProcessor(options: {
  /** The shard's queue, to read and remove the jobs waiting behind the head. */
  queue: Queue<InboundJob>;
  deps: InboundDeps;
  gate: FloodGate | undefined;
  /** Messages a batch holds at most, the head included (2…MAX_INBOUND_BATCH). */
  size: number;
  log: Logger;
}): (head: Job<InboundJob>) => Promise<InboundJobOutcome> {
  const { queue, deps, gate, log } = options;
  const behind = Math.min(options.size, MAX_INBOUND_BATCH) - 1;
  return (head) => {
    // Failed or stalled before: alone, as without batches (see "A head that failed or stalled" above).
    if (head.attemptsMade > 0 || head.stalledCounter > 0) return runOrSetAside(deps, gate, head.data, head.attemptsMade);
    // The head is counted and set aside as a job alone is; its result is the batch's first.
    return runOrSetAside(deps, gate, head.data, head.attemptsMade, async () => {
      const waiting = (await readWaiting(queue, behind)).filter((job) => job.id !== head.id);
      const results = await processInboundBatch(deps, gate, [head.data, ...waiting.map((job) => job.data)]);
      const first = results[0];
      try {
        await settleWaiting(queue, deps, waiting, results.slice(1), log);
      } catch (error) {
        // The head's own failure is what counts toward setting it aside, not this one.
        if (first !== undefined && first !== 'left' && 'error' in first) {
          log.warn({ queue: queue.name, err: describeFailure(error) }, 'could not settle a failed batch’s waiting jobs');
          throw first.error;
        }
        throw error;
      }
      if (first === undefined || first === 'left') throw new Error('inbound batch returned no result for its head');
      if ('error' in first) throw first.error;
      return first.outcome;
    });
  };
}

/** The jobs read behind the head: the handled ones leave the queue; failed and left ones stay. */
async function settleWaiting(queue: Queue<InboundJob>, deps: InboundDeps, waiting: readonly WaitingJob<InboundJob>[], results: readonly BatchResult[], log: Logger): Promise<void> {
  const done = waiting.filter((job, i) => {
    const result = results[i];
    if (result !== undefined && result !== 'left' && 'error' in result) {
      // Its job stays: it is the next head and fails there as alone; this failure is not counted.
      log.warn({ queue: queue.name, jobId: job.id, err: describeFailure(result.error) }, 'batched inbound message failed; left queued as the next head');
    }
    return result !== undefined && result !== 'left' && 'outcome' in result;
  });
  // A message that had failed before and is now recorded: its failure count goes (as alone).
  // Before its job goes: killed in between, the job runs again and finds a duplicate.
  await Promise.all(
    done
      .filter((job) => job.attemptsMade > 0)
      .map((job) =>
        forgetFailures(deps.db, job.data.message).catch((error: unknown) =>
          log.warn({ jobId: job.id, err: error instanceof Error ? error.message : String(error) }, 'could not clear a handled message’s failures'),
        ),
      ),
  );
  const removed = await removeWaiting(queue, done.map((job) => job.id));
  removed.forEach((answer, i) => {
    // 0: locked, i.e. another process took it after this one's hold lapsed; it will find a duplicate.
    if (answer !== 1) log.warn({ queue: queue.name, jobId: done[i]?.id }, 'batched job not removed: another worker holds it');
  });
}
