/**
 * Every process of a deployment must spread chats over the same number of inbound shards
 * (`shardOf`): a chat whose queued messages sit on shard 3 of 4 would find her next one on
 * shard 7 of 8, worked beside them, out of order. The count in use is recorded in Redis,
 * and every receiver and worker keeps a heartbeat there (a key with its count that expires
 * after SHARD_COUNT_TTL_MS, refreshed every SHARD_COUNT_BEAT_MS).
 *
 * Changing the count. A process started with another count takes over only when no process
 * with another count has a live heartbeat *and* the old shards hold no job; else it refuses
 * to start, saying what still runs or waits. Both are checked, and the count recorded, in
 * one Lua script (the queues just before it: a job can only be added to them by a process
 * with a live heartbeat, which the script would see). Two processes starting with different
 * counts at once: the script runs one at a time, the second sees the first's heartbeat.
 *
 * A running process whose count is no longer the recorded one stops: the heartbeat finds
 * it, logs why, removes its heartbeat, and the app stops taking jobs and queuing messages
 * and exits non-zero (src/run.ts). A receiver never queues on a lapsed heartbeat: before a
 * message is queued, a heartbeat older than half its lifetime (Redis away, the process
 * stalled) is renewed first, so a process that was gone long enough for the count to be
 * changed without it finds out before it queues by its old count.
 *
 * Order depends on who *queues*: a worker of any count works each shard one job at a time
 * (shards.ts), so workers only stop because their process is misconfigured (it would leave
 * shards beyond its count unworked) and to keep one rule for both roles.
 *
 * A process with no INBOUND_SHARDS of its own (`follow`) follows the deployment: where a
 * process with its own count would be refused (a process with another count runs, or the
 * recorded count's shards hold messages) it takes that count instead, and says so in its
 * log; where the count may change (nothing recorded, or nothing holds the recorded one) it
 * takes the default for a new deployment. So a rolling upgrade of a deployment whose count
 * was the old default keeps it, and the deployment moves to the new default at a full stop
 * with its inbound queues empty. Two such processes starting at once on a new deployment
 * both take the default; a receiver and a worker started together, the second takes what
 * the first recorded. After Redis lost its data nothing is recorded, so a following process
 * started in the few seconds before the running ones put their count back takes the default:
 * the running ones then stop as below, and, following too, take that count when restarted.
 *
 * When Redis loses its data (FLUSHALL, a failover to a replica without the keys), the
 * record and every heartbeat go, and with them every queued message, so nothing that was
 * queued can be reordered. What keeps the guarantee after it: each running process puts its
 * count back (only if none is recorded: SET NX, the first wins) at its next heartbeat, within
 * SHARD_COUNT_BEAT_MS, and at once when its connection is ready again after a failover; a
 * process that finds another count recorded stops as above. What it does not cover: a
 * process started with *another* count in those few seconds, before any running process
 * has put its count back, finds nothing recorded and records its own; until the running
 * processes' next heartbeat (when they stop) both counts queue, and two messages of one chat
 * arriving just then could be handled side by side. That needs an operator changing the
 * count during a Redis loss; keeping the record in Postgres would close it, at the price of
 * receivers depending on Postgres to queue.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { Queue } from 'bullmq';
import type { Logger } from '../core/logger.ts';
import { inboundQueueName } from './queues.ts';
import type { Redis } from './redis.ts';
import { watchRedisLoss, type Every, type Reconnects } from './redis-loss-watch.ts';

/** How often a process renews its heartbeat and checks the recorded count. */
export const SHARD_COUNT_BEAT_MS = 5_000;
/** How long a heartbeat lives unrenewed: a stopped process's count no longer blocks a change after this. */
export const SHARD_COUNT_TTL_MS = 20_000;

export class ShardCountChanged extends Error {
  override name = 'ShardCountChanged';
}

/** Where a deployment's shard count is kept in Redis. */
export const shardCountKey = (prefix: string) => `${prefix}:inbound-shards`;
/** The ids of the processes that keep a heartbeat (pruned of expired ones at each start). */
const processesKey = (prefix: string) => `${prefix}:inbound-shards:processes`;
/** One process's heartbeat: its count, with a TTL. */
export const heartbeatKey = (prefix: string, process: string) => `${prefix}:inbound-shards:process:${process}`;

/** A name for this process's heartbeat: readable in the refusal of another process (host:pid), unique across restarts. */
export function shardCountProcessId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

/**
 * KEYS: the count, the process set. ARGV: count, process id, heartbeat key prefix, TTL ms,
 * the count of a deployment that never recorded one, and the count the caller found the
 * shards of empty ('' when it did not look). Returns {'ok'}, {'running', recorded or legacy,
 * 'process=count'…} or {'changed', recorded or legacy}.
 */
const CLAIM = `
local recorded = redis.call('GET', KEYS[1])
local previous = recorded or ARGV[5]
local others = {}
for _, id in ipairs(redis.call('SMEMBERS', KEYS[2])) do
  local count = redis.call('GET', ARGV[3] .. id)
  if not count then
    redis.call('SREM', KEYS[2], id)
  elseif count ~= ARGV[1] and id ~= ARGV[2] then
    table.insert(others, id .. '=' .. count)
  end
end
if recorded ~= ARGV[1] then
  if #others > 0 then
    table.insert(others, 1, previous)
    table.insert(others, 1, 'running')
    return others
  end
  if previous ~= ARGV[1] and previous ~= ARGV[6] then
    return {'changed', previous}
  end
end
redis.call('SET', KEYS[1], ARGV[1])
redis.call('SET', ARGV[3] .. ARGV[2], ARGV[1], 'PX', ARGV[4])
redis.call('SADD', KEYS[2], ARGV[2])
return {'ok'}
`;

/**
 * KEYS: the count, the process set. ARGV: count, process id, heartbeat key prefix, TTL ms.
 * Returns {'ok'}, {'restored'} (nothing was recorded: Redis lost its data; ours is put
 * back) or {'replaced', recorded} (the heartbeat is removed: this process must stop).
 */
const BEAT = `
local recorded = redis.call('GET', KEYS[1])
if recorded and recorded ~= ARGV[1] then
  redis.call('DEL', ARGV[3] .. ARGV[2])
  redis.call('SREM', KEYS[2], ARGV[2])
  return {'replaced', recorded}
end
if not recorded then redis.call('SET', KEYS[1], ARGV[1]) end
redis.call('SET', ARGV[3] .. ARGV[2], ARGV[1], 'PX', ARGV[4])
redis.call('SADD', KEYS[2], ARGV[2])
if recorded then return {'ok'} end
return {'restored'}
`;

const run = async (redis: Redis, script: string, prefix: string, args: (string | number)[]) =>
  (await redis.eval(script, 2, shardCountKey(prefix), processesKey(prefix), ...args)) as string[];

async function queuedIn(redis: Redis, prefix: string, shards: number): Promise<number> {
  const waiting = await Promise.all(
    Array.from({ length: shards }, async (_, shard) => {
      const queue = new Queue(inboundQueueName(shard), { connection: redis, prefix });
      try {
        const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
        return Object.values(counts).reduce((a, b) => a + b, 0);
      } finally {
        await queue.close();
      }
    }),
  );
  return waiting.reduce((a, b) => a + b, 0);
}

export interface ShardCountOptions {
  redis: Redis;
  prefix: string;
  /** This process's count; with `follow`, the default for a new deployment (DEFAULT_INBOUND_SHARDS). */
  shards: number;
  /** INBOUND_SHARDS is not set: take the deployment's count where `shards` would be refused (see the file's comment). */
  follow?: boolean | undefined;
  /** The count of a deployment that never recorded one (LEGACY_INBOUND_SHARDS: from before the record). */
  legacy: number;
  /** This process's heartbeat name (`shardCountProcessId`). */
  process: string;
  ttlMs?: number | undefined;
}

/** The count a process uses, and why: its own setting, the default of a new deployment, or the deployment's count taken over. */
export interface AgreedShardCount {
  shards: number;
  /** 'set': INBOUND_SHARDS; 'default': not set, and the count could be the default; 'running'/'queued': not set, and the deployment's count is held by processes still running or messages still queued. */
  source: 'set' | 'default' | 'running' | 'queued';
}

/**
 * Records `shards` as the deployment's count and starts this process's heartbeat, or throws
 * ShardCountChanged when another count is in use and may not change yet; with `follow`, takes
 * that count instead (see the file's comment). Returns the count this process must use.
 */
export async function agreeOnShardCount(options: ShardCountOptions): Promise<AgreedShardCount> {
  const { redis, prefix } = options;
  let shards = options.shards;
  let source: AgreedShardCount['source'] = options.follow ? 'default' : 'set';
  const args = (emptied: number | '') => [shards, options.process, heartbeatKey(prefix, ''), options.ttlMs ?? SHARD_COUNT_TTL_MS, options.legacy, emptied];
  // How this process's count is named in a refusal.
  const ours = () => (source === 'set' ? `INBOUND_SHARDS is ${shards}` : `INBOUND_SHARDS is not set and this process took ${shards}`);
  let emptied: number | '' = '';
  // The claim fails with 'changed' when another count is in use: its shards are looked at,
  // and the claim made again on condition that they were that count's (a third time only
  // when the count changed in between). A following process's refusal becomes one more
  // claim, with the count it was refused by.
  for (let attempt = 0; attempt < 4; attempt++) {
    const [verdict, previous, ...others] = await run(redis, CLAIM, prefix, args(emptied));
    if (verdict === 'ok') return { shards, source };
    const count = Number(previous);
    if (verdict === 'running') {
      if (source === 'default') {
        [shards, source, emptied] = [count, 'running', ''];
        continue;
      }
      const list = others.map((o) => o.replace(/=(\d+)$/, ' with $1')).join(', ');
      throw new ShardCountChanged(
        `${ours()} but the deployment uses ${previous} and ${others.length} process${others.length === 1 ? '' : 'es'} with another count still run${others.length === 1 ? 's' : ''} (${list}): ` +
          'stop the receivers, let the workers empty the inbound queues, stop every process, then start every process with the new count',
      );
    }
    const total = await queuedIn(redis, prefix, count);
    if (total > 0) {
      if (source === 'default') {
        [shards, source, emptied] = [count, 'queued', ''];
        continue;
      }
      throw new ShardCountChanged(
        `${ours()} but the deployment uses ${count} and ${total} messages still wait in its ${inboundQueueName(0)}…${inboundQueueName(count - 1)} queues: ` +
          'stop the receivers, let the workers empty those queues, stop every process, then start every process with the new count',
      );
    }
    emptied = count;
  }
  throw new ShardCountChanged(`${ours()} but the deployment's count kept changing while this process started: start it again`);
}

/** The deployment's recorded count, if any (a process that neither receives nor works: it holds no count). */
export async function recordedShardCount(redis: Redis, prefix: string): Promise<number | undefined> {
  const recorded = await redis.get(shardCountKey(prefix));
  return recorded === null ? undefined : Number(recorded);
}

/** Removes this process's heartbeat (a clean stop): its count no longer holds a change back. */
export async function releaseShardCount(redis: Redis, prefix: string, process: string): Promise<void> {
  await redis.multi().del(heartbeatKey(prefix, process)).srem(processesKey(prefix), process).exec();
}

export interface ShardCountWatch {
  /** The count this process uses (its own, or the deployment's it took: `agreeOnShardCount`). */
  readonly shards: number;
  /** Renews the heartbeat now (also what the timer and a reconnect do). */
  check(): Promise<string[]>;
  /**
   * Resolves when this process may queue by its count: its heartbeat is fresh (renewed first
   * when it is not). Throws ShardCountChanged once the recorded count is another, or when
   * a stale heartbeat could not be renewed.
   */
  confirm(): Promise<void>;
  /** Stops the heartbeat and removes it. */
  stop(): Promise<void>;
}

/**
 * Agrees on the count (`agreeOnShardCount`), then keeps this process's heartbeat: every
 * `everyMs` and on each reconnect it is renewed and the recorded count checked; once the
 * count is not this process's, `onReplaced` is called (once) and `confirm` throws.
 */
export async function holdShardCount(
  options: ShardCountOptions & {
    log: Logger;
    onReplaced: (error: ShardCountChanged) => void;
    connection?: Reconnects | undefined;
    everyMs?: number | undefined;
    every?: Every | undefined;
    /** A monotonic clock in ms (performance.now); tests pass their own. */
    now?: (() => number) | undefined;
  },
): Promise<ShardCountWatch> {
  const { redis, prefix, log } = options;
  const ttlMs = options.ttlMs ?? SHARD_COUNT_TTL_MS;
  const now = options.now ?? (() => performance.now());
  // The heartbeat's TTL starts when Redis runs the script, after it was sent: counting from
  // the sending, this process's idea of it ends first.
  let renewedAt = now();
  const { shards, source } = await agreeOnShardCount(options);
  if (source === 'running' || source === 'queued') {
    const why = source === 'running' ? 'processes with it still run' : 'messages still wait in its shards';
    log.info({ shards, default: options.shards }, `INBOUND_SHARDS is not set: this process uses the deployment’s count, ${shards} (${why}), not the default ${options.shards}`);
  } else if (source === 'default') {
    log.info({ shards }, `INBOUND_SHARDS is not set: this process uses ${shards} inbound shards (the deployment’s count, or its default where nothing holds another)`);
  }
  let replaced: ShardCountChanged | undefined;
  // Half the TTL: a message confirmed just before that still reaches its queue while the heartbeat lives.
  const fresh = () => now() - renewedAt < ttlMs / 2;

  const watch = watchRedisLoss({
    restore: async () => {
      if (replaced) return [];
      const sentAt = now();
      const [verdict, recorded] = await run(redis, BEAT, prefix, [shards, options.process, heartbeatKey(prefix, ''), ttlMs]);
      if (verdict === 'replaced') {
        replaced = new ShardCountChanged(
          `${source === 'set' ? 'INBOUND_SHARDS is' : 'INBOUND_SHARDS is not set and this process took'} ${shards} but the deployment now records ${recorded} (Redis lost its data and a process with ${recorded} started first?): ` +
            `this process stops taking and queuing messages, so that no chat's messages are handled out of order; ` +
            (source === 'set' ? `start it again with INBOUND_SHARDS=${recorded}, or stop the processes with ${recorded} and start them with ${shards}` : `started again, it takes ${recorded}`),
        );
        log.error({ shards, recorded: Number(recorded) }, replaced.message);
        options.onReplaced(replaced);
        return [];
      }
      renewedAt = sentAt;
      return verdict === 'restored' ? [shardCountKey(prefix)] : [];
    },
    log,
    restoredMessage: 'the inbound shard count was gone from Redis (Redis lost its data?): recorded this process’s count again',
    restoredField: 'keys',
    failedMessage: 'could not renew this process’s shard-count heartbeat; trying again later',
    everyMs: options.everyMs ?? SHARD_COUNT_BEAT_MS,
    connection: options.connection,
    every: options.every,
  });

  return {
    shards,
    check: () => watch.check(),
    async confirm() {
      // Twice: a renewal already under way may have been sent long ago (Redis was away).
      for (let i = 0; i < 2 && !replaced && !fresh(); i++) await watch.check();
      if (replaced) throw replaced;
      if (!fresh()) throw new ShardCountChanged(`could not renew this process’s shard-count heartbeat (INBOUND_SHARDS ${shards}): not queuing by a count that may have changed`);
    },
    async stop() {
      await watch.stop();
      // With Redis away the removal would wait for it (commands queue until it is back) and
      // hold up the stop: the heartbeat then expires by itself within the TTL.
      if (!replaced && redis.status === 'ready') await releaseShardCount(redis, prefix, options.process);
    },
  };
}
