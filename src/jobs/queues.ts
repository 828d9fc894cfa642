/**
 * Queue names and the shapes of their jobs. Inbound messages are spread over a few
 * queues by chat, each worked one job at a time: messages of one chat are handled in the
 * order they arrived, while different chats proceed in parallel.
 */
import { createHash } from 'node:crypto';
import { Queue, type ConnectionOptions, type JobsOptions } from 'bullmq';
import { inboxVersionOf, type InboundMessage, type Platform } from '../core/messages.ts';

/**
 * The count these helpers use when their caller passes none (tests, benches). A deployment's
 * is its INBOUND_SHARDS or the recorded one (src/jobs/shard-count.ts; a new deployment's
 * default is DEFAULT_INBOUND_SHARDS in src/config.ts).
 */
export const INBOUND_SHARDS = 4;

export function inboundQueueName(shard: number): string {
  return `inbound-${shard}`;
}

export function outboundQueueName(platform: Platform): string {
  return `outbound-${platform}`;
}

export function shardOf(platform: Platform, chatId: string, shards = INBOUND_SHARDS): number {
  return createHash('sha1').update(`${platform}\u0000${chatId}`).digest().readUInt32BE(0) % shards;
}

/** BullMQ job ids may not contain ':'; a digest of the dedup key is short and safe. */
export function inboundJobId(msg: Pick<InboundMessage, 'platform' | 'chatId' | 'messageId' | 'editedAt' | 'revoked'>): string {
  // An edit or a deletion is a message of its own: its version joins the key (a revoke must
  // not be taken for a copy of the message it deletes while that one is still queued).
  const version = inboxVersionOf(msg);
  const edit = version ? `\u0000${version}` : '';
  const digest = createHash('sha256').update(`${msg.platform}\u0000${msg.chatId}\u0000${msg.messageId}${edit}`).digest('base64url');
  return `in-${digest.slice(0, 32)}`;
}

/**
 * A job id that is unique across databases: `id` prefixed with the id of the database
 * instance (src/db/instance.ts). Ids built from row ids (`reply-<inbound id>-<n>`, a lead's,
 * a request's) repeat after a database is reset or replaced, while Redis may still keep
 * the finished jobs of the old rows: BullMQ takes a new job whose id is taken for a
 * duplicate and drops it, and the reply would wait for ever. Without an instance (tests of
 * queues alone) the id is used as it is.
 */
export function scopedJobId(instance: string | undefined, id: string): string {
  return instance ? `${instance}-${id}` : id;
}

export interface InboundJob {
  message: InboundMessage;
  /** Set when flood throttling deferred this message (src/jobs/flood-gate.ts). */
  flood?: { notice: boolean };
}

/** Outbound jobs carry the outbox key only; the text stays in Postgres. */
export interface OutboundJob {
  key: string;
}

export const PRIORITY = { reply: 1, bulk: 10 } as const;

/**
 * Inbound jobs retry for a long time (infrastructure such as Postgres may be away), with a
 * backoff capped at a minute; finished jobs are dropped quickly so message text does not
 * linger in Redis and the key count stays bounded.
 */
export const inboundJobOptions: JobsOptions = {
  attempts: 2000,
  backoff: { type: 'capped' },
  removeOnComplete: { count: 200 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

export const outboundJobOptions: JobsOptions = {
  attempts: 200,
  backoff: { type: 'capped' },
  removeOnComplete: { count: 200 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

export const MAX_BACKOFF_MS = 60_000;

/** 1 s, 2 s, 4 s … up to a minute: quick recovery from a blip, no hammering in an outage. */
export function cappedBackoff(attemptsMade: number): number {
  return Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.max(0, attemptsMade - 1));
}

export interface QueueSet {
  inbound: Queue<InboundJob>[];
  outbound: Map<Platform, Queue<OutboundJob>>;
  /** The database instance id the ids of this set's jobs carry (see `scopedJobId`). */
  instance?: string | undefined;
  close(): Promise<void>;
}

export function createQueues(
  connection: ConnectionOptions,
  prefix: string,
  platforms: readonly Platform[],
  shards: number = INBOUND_SHARDS,
  instance?: string,
): QueueSet {
  const inbound = Array.from(
    { length: shards },
    (_, i) => new Queue<InboundJob>(inboundQueueName(i), { connection, prefix }),
  );
  const outbound = new Map(
    platforms.map((p) => [p, new Queue<OutboundJob>(outboundQueueName(p), { connection, prefix })] as const),
  );
  return {
    inbound,
    outbound,
    instance,
    async close() {
      await Promise.all([...inbound, ...outbound.values()].map((q) => q.close()));
    },
  };
}
