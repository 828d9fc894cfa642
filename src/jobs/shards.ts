/**
 * Order per chat across processes. A chat's messages all go to one inbound shard (a BullMQ
 * queue, `shardOf`), in the order the receiver got them, and each shard is worked one job
 * at a time by the whole deployment: BullMQ's global concurrency (`setGlobalConcurrency(1)`,
 * kept in the queue's meta hash in Redis) makes a worker of any process take a job only
 * while the shard has no active one. So the next message of a chat never starts before the
 * one in front of it has finished, however many worker processes run.
 *
 * Why this and not a per-chat lock: the queue already holds the order (a Redis list), and
 * the limit is checked inside the same Lua script that moves a job to active, so there is
 * no moment where two processes both think they may go. A lock taken after the job was
 * fetched would still need its own in-order queue per chat to stop a later message of the
 * chat from taking the lock first. The price: the deployment handles at most
 * `INBOUND_SHARDS` messages at once, so a deployment with many worker processes raises
 * INBOUND_SHARDS (README, "Running several processes").
 *
 * A worker killed mid-job (SIGKILL): its job stays in the shard's active list, so the shard
 * stays "busy" and no later message of any of its chats starts; once its lock expires, the
 * stalled-job check moves it back to the *head* of the wait list (RPUSH), so it is the next
 * one worked. The inbox takes it once (a commit made before the kill makes it a duplicate
 * that re-sends only unsent replies). See INBOUND_MAX_STALLED in workers.ts.
 *
 * Redis losing its data (FLUSHALL, failover to a replica without the keys) loses the meta
 * hash with its limit, and with it the queued jobs. `watchOneAtATime` puts the limit back
 * every few seconds and whenever the connection is ready again; until then two processes
 * could each take a message of one shard at once. The inbox still records each message
 * once; only two messages of one chat arriving within those seconds could be handled side
 * by side.
 *
 * Every process must also spread chats over the same number of shards: ./shard-count.ts.
 */
import { Queue } from 'bullmq';
import type { Logger } from '../core/logger.ts';
import { watchRedisLoss, type Reconnects, type RedisLossWatch } from './redis-loss-watch.ts';

/** Sets each inbound shard to one job at a time across all processes (idempotent: an HSET). */
export async function holdOneAtATime(queues: readonly Queue[]): Promise<void> {
  await Promise.all(queues.map((q) => q.setGlobalConcurrency(1)));
}

/** How often a worker process checks that the shards still carry their limit. */
export const ONE_AT_A_TIME_CHECK_MS = 5_000;

export type OneAtATimeWatch = RedisLossWatch;

/** Puts back the one-at-a-time limit of any shard whose meta Redis lost (see the file's comment). */
export function watchOneAtATime(options: {
  queues: readonly Queue[];
  log: Logger;
  connection?: Reconnects | undefined;
  everyMs?: number | undefined;
}): OneAtATimeWatch {
  const { queues } = options;
  return watchRedisLoss({
    restore: async () => {
      const limits = await Promise.all(queues.map((q) => q.getGlobalConcurrency()));
      const lost = queues.filter((_, i) => limits[i] !== 1);
      if (lost.length > 0) await holdOneAtATime(lost);
      return lost.map((q) => q.name);
    },
    log: options.log,
    restoredMessage: 'inbound shards had lost their one-at-a-time limit (Redis lost its data?): put back',
    restoredField: 'queues',
    failedMessage: 'could not check the inbound shards’ limit; trying again later',
    everyMs: options.everyMs ?? ONE_AT_A_TIME_CHECK_MS,
    connection: options.connection,
  });
}
