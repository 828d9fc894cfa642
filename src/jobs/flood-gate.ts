/**
 * Flood throttling on Redis (policy and script: src/modules/flood/flood.ts). The intake
 * asks `admit` for each arriving message: 0 → queued now; otherwise queued as a delayed job
 * on the same shard. The inbound worker runs deferred jobs through `runInboundJob`, which
 * collapses their answers and releases them from her pending set.
 */
import { createHash } from 'node:crypto';
import type { Clock } from '../core/clock.ts';
import type { InboundMessage } from '../core/messages.ts';
import { ADMIT_SCRIPT, FLOOD_HOLD_MS, FLOOD_POLICY, floodKeys, RELEASE_HOLD_SCRIPT, RELEASE_SCRIPT, type Admission, type FloodPolicy } from '../modules/flood/flood.ts';
import { processInbound, type InboundDeps, type InboundOutcome } from './inbound.processor.ts';
import { inboundJobId, type InboundJob } from './queues.ts';
import type { Redis } from './redis.ts';

export interface FloodGate {
  admit(message: InboundMessage): Promise<Admission>;
  /**
   * The admission written now on `client`, ahead of whatever is sent on it next (the
   * intake's plain job add): a deferred message's `jobKey` is held, so that add adds
   * nothing (ADMIT_SCRIPT). Sent as EVAL with the script's text, never EVALSHA: a
   * NOSCRIPT answer, retried after the add had run, would have let the add through.
   */
  admitAhead(client: ScriptClient, message: InboundMessage, jobKey: string): Promise<Admission & { held: boolean }>;
  /** Deletes `jobKey` if it is still a hold of `admitAhead` (sent on `client` ahead of the delayed add). */
  releaseHold(client: ScriptClient, jobKey: string): Promise<void>;
  /** Her deferred messages still pending, this one excluded. */
  othersPending(message: InboundMessage): Promise<number>;
  release(message: InboundMessage): Promise<void>;
}

/** A connection a script can be sent on: a queue's own (BullMQ's proxy of the ioredis client, src/jobs/redis.ts). */
export type ScriptClient = Pick<Redis, 'eval'>;

const sha = (script: string) => createHash('sha1').update(script).digest('hex');
const ADMIT_SHA = sha(ADMIT_SCRIPT);
const RELEASE_SHA = sha(RELEASE_SCRIPT);

async function run(redis: Redis, script: string, digest: string, keys: string[], args: (string | number)[]): Promise<unknown> {
  try {
    return await redis.evalsha(digest, keys.length, ...keys, ...args);
  } catch (error) {
    if (!(error instanceof Error) || !error.message.includes('NOSCRIPT')) throw error;
    return redis.eval(script, keys.length, ...keys, ...args);
  }
}

export function createFloodGate(redis: Redis, prefix: string, clock: Clock, policy: FloodPolicy = FLOOD_POLICY): FloodGate {
  const keysOf = (m: InboundMessage) => floodKeys(prefix, m.platform, m.sender.id);
  const argsOf = (m: InboundMessage) => [inboundJobId(m), clock.now().getTime(), policy.intervalMs, policy.burst, policy.noticeEveryMs, policy.idleTtlMs];
  return {
    async admit(message) {
      const [delayMs, notice] = (await run(redis, ADMIT_SCRIPT, ADMIT_SHA, keysOf(message), argsOf(message))) as [number, number];
      return { delayMs, notice: notice === 1 };
    },
    admitAhead(client, message, jobKey) {
      // Called, not awaited, before anything else: the command is written now, in order.
      const answer = client.eval(ADMIT_SCRIPT, 3, ...keysOf(message), jobKey, ...argsOf(message), FLOOD_HOLD_MS) as Promise<[number, number, number]>;
      return answer.then(([delayMs, notice, held]) => ({ delayMs, notice: notice === 1, held: held === 1 }));
    },
    async releaseHold(client, jobKey) {
      await client.eval(RELEASE_HOLD_SCRIPT, 1, jobKey);
    },
    async othersPending(message) {
      const pendingKey = keysOf(message)[1];
      const [count, mine] = await Promise.all([redis.scard(pendingKey), redis.sismember(pendingKey, inboundJobId(message))]);
      return count - mine;
    },
    async release(message) {
      await run(redis, RELEASE_SCRIPT, RELEASE_SHA, [keysOf(message)[1]], [inboundJobId(message)]);
    },
  };
}

/** What an inbound worker runs for one job: deferred messages get their answers collapsed. */
export async function runInboundJob(deps: InboundDeps, gate: FloodGate | undefined, data: InboundJob): Promise<InboundOutcome> {
  if (!data.flood) return processInbound(deps, data.message);
  const last = gate ? (await gate.othersPending(data.message)) === 0 : true;
  const outcome = await processInbound(deps, data.message, { notice: data.flood.notice, last });
  // Only once it is recorded: a job that fails stays pending, so her later messages are still
  // deferred (and their answers collapsed); deferred by their schedule, not held until it is
  // handled: a failed job retried with backoff can be overtaken (./set-aside.ts, runAgainOnConflict).
  await gate?.release(data.message);
  return outcome;
}
