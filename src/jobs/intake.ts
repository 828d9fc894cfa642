import type { Intake } from '../channels/channel.ts';
import type { InboundMessage } from '../core/messages.ts';
import type { OutboxItem } from '../modules/outbox/outbox.repository.ts';
import type { Queue } from 'bullmq';
import type { FloodGate, ScriptClient } from './flood-gate.ts';
import { inboundJobId, inboundJobOptions, outboundJobOptions, PRIORITY, scopedJobId, shardOf, type OutboundJob, type QueueSet } from './queues.ts';

/**
 * What adapters call with each received message: it is queued on its chat's shard under a
 * job id derived from (platform, chat, message id), so a redelivery while the first copy
 * is still queued is dropped here, and one that comes later is dropped by the inbox.
 * `confirmShards` (a receiver's shard-count heartbeat, ./shard-count.ts) throws instead of
 * letting a message be queued by a shard count that may no longer be the deployment's.
 */
export function createIntake(queues: QueueSet, flood?: FloodGate, confirmShards?: () => Promise<void>): Intake {
  return async (message: InboundMessage) => {
    await confirmShards?.();
    const queue = queues.inbound[shardOf(message.platform, message.chatId, queues.inbound.length)];
    if (!queue) throw new Error('no inbound queue');
    const jobId = scopedJobId(queues.instance, inboundJobId(message));
    // Flood throttling: beyond her burst, a person's messages wait as delayed jobs (never
    // dropped). Not for the console: it is the operator's own terminal, and piped input
    // ("cat day.txt | npm start") is meant to be read all at once, every line answered.
    if (!flood || message.platform === 'console') {
      await queue.add('message', { message }, { ...inboundJobOptions, jobId });
      return;
    }
    // One round trip for the admission and the add, not two in a row: both are written on
    // the queue's own connection, the admission first, so Redis runs it first. A message it
    // defers has its job key held, and the add behind it finds "a job of that id" and adds
    // nothing (src/modules/flood/flood.ts, ADMIT_SCRIPT); only then, on this rare path, is
    // the hold released and the message queued delayed (the release first, on the same
    // connection). Should the admission fail and the add not, the message is queued
    // undeferred and the intake still throws: a redelivery is a duplicate of its job id.
    // BullMQ types its backend's client as its own interface, without EVAL; on this bot's
    // ioredis connections (src/jobs/redis.ts) it is BullMQ's proxy of the ioredis client.
    const client = (await queue.getBackend().client) as unknown as ScriptClient;
    const jobKey = queue.toKey(jobId);
    const [admission] = await both(flood.admitAhead(client, message, jobKey), queue.add('message', { message }, { ...inboundJobOptions, jobId }));
    if (admission.delayMs === 0) return;
    const data = { message, flood: { notice: admission.notice } };
    await both(flood.releaseHold(client, jobKey), queue.add('message', data, { ...inboundJobOptions, jobId, delay: admission.delayMs }));
  };
}

/** Both answers, or the first failure once both have settled (nothing left running behind the caller). */
async function both<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [first, second] = await Promise.allSettled([a, b]);
  if (first.status === 'rejected') throw first.reason;
  if (second.status === 'rejected') throw second.reason;
  return [first.value, second.value];
}

/**
 * Puts outbox rows on their platform's send queue (in batches); the job id is the row key
 * with the database instance id (`scopedJobId`).
 * Broadcasts can be thousands of jobs: given `bulkQueues` on a connection of their own,
 * they never queue up in front of the commands that carry replies.
 */
export function createDispatch(queues: QueueSet, bulkQueues: QueueSet = queues) {
  return async (items: readonly OutboxItem[]): Promise<void> => {
    const chunks: { queue: Queue<OutboundJob>; batch: OutboxItem[] }[] = [];
    for (let i = 0; i < items.length; i += DISPATCH_BATCH) {
      const batches = new Map<Queue<OutboundJob>, OutboxItem[]>();
      for (const item of items.slice(i, i + DISPATCH_BATCH)) {
        // A platform this process does not run: the row stays queued in the outbox and is
        // picked up by the sweeper of a process that does.
        const queue = sendQueueOf(item, queues, bulkQueues);
        if (!queue) continue;
        const batch = batches.get(queue);
        if (batch) batch.push(item);
        else batches.set(queue, [item]);
      }
      for (const [queue, batch] of batches) chunks.push({ queue, batch });
    }
    // A few batches in flight at once: Redis runs one while this process builds the next,
    // where one at a time left each side waiting for the other (a fan-out to 100,000 members
    // is mostly this work). Send order does not depend on it: a message's parts wait for
    // each other in the send step, and the queue orders jobs by priority.
    let next = 0;
    const lane = async (): Promise<void> => {
      for (let chunk = chunks[next++]; chunk; chunk = chunks[next++]) {
        const jobs = chunk.batch.map((item) => ({
          name: 'send',
          data: { key: item.idempotencyKey },
          opts: { ...outboundJobOptions, jobId: sendJobId(queues, item), priority: PRIORITY[item.priority] },
        }));
        // One job (a message's one reply, the common case): `add` sends the same script
        // without an ioredis pipeline, whose constructor copies every one of BullMQ's ~60
        // scripts onto it (0.1–0.2 ms of CPU a reply: docs/BENCHMARKS.md).
        const [only] = jobs;
        if (only && jobs.length === 1) await chunk.queue.add(only.name, only.data, only.opts);
        else await chunk.queue.addBulk(jobs);
      }
    };
    // Every lane has stopped before this returns or throws: no job is added behind the caller's back.
    const lanes = await Promise.allSettled(Array.from({ length: Math.min(DISPATCH_IN_FLIGHT, chunks.length) }, lane));
    const failed = lanes.find((l) => l.status === 'rejected');
    if (failed) throw failed.reason;
  };
}

/**
 * Jobs per Redis round trip. Small batches interleave with the replies' own work, on
 * Redis and on this process's event loop, instead of holding them up for seconds
 * (200 or 500 a batch measured no faster on the shared bench machine: docs/BENCHMARKS.md).
 */
const DISPATCH_BATCH = 50;
/**
 * Batches of one dispatch sent before the first is answered. Each is about 2 ms of Redis
 * work, so a reply's own commands wait at most a few of them.
 */
const DISPATCH_IN_FLIGHT = 4;

function sendQueueOf(item: OutboxItem, queues: QueueSet, bulkQueues: QueueSet): Queue<OutboundJob> | undefined {
  return (item.priority === 'bulk' ? bulkQueues : queues).outbound.get(item.platform);
}

/** The send job id of an outbox row (its key, or the key of this queuing when it was queued again). */
export function sendJobId(queues: Pick<QueueSet, 'instance'>, item: Pick<OutboxItem, 'idempotencyKey' | 'jobKey'>): string {
  return scopedJobId(queues.instance, item.jobKey ?? item.idempotencyKey);
}

/** An outbox row whose send job could not be queued, and the state of the job that holds its id. */
export interface UnqueuedRow {
  item: OutboxItem;
  jobId: string;
  state: 'completed' | 'failed';
}

/**
 * Which of these rows (just dispatched) have no send job that will ever run: a finished job
 * (completed, or failed after all its attempts) holds their job id, so BullMQ took the new
 * one for a duplicate. What the outbox sweep asks, to say so instead of skipping in silence.
 */
export function createUnqueuedCheck(queues: QueueSet, bulkQueues: QueueSet = queues) {
  return async (items: readonly OutboxItem[]): Promise<UnqueuedRow[]> => {
    const found = await Promise.all(
      items.map(async (item): Promise<UnqueuedRow | undefined> => {
        const queue = sendQueueOf(item, queues, bulkQueues);
        if (!queue) return undefined;
        const jobId = sendJobId(queues, item);
        const state = await queue.getJobState(jobId);
        return state === 'completed' || state === 'failed' ? { item, jobId, state } : undefined;
      }),
    );
    return found.filter((row) => row !== undefined);
  };
}
