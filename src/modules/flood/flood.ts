/**
 * Flood throttling: the policy, the decision and the Redis script that makes it atomic.
 *
 * One person (platform + sender id) may send `burst` messages at once; beyond that her
 * messages are *deferred*, never dropped: each is queued as a delayed job on its chat's
 * shard, one every `intervalMs` (a GCRA "theoretical arrival time"). So a flood never fills
 * a shard's waiting list in front of other chats: they wait behind at most `burst` of her
 * messages. While any of her deferred messages is still pending, her new ones are deferred
 * behind them, so her messages keep their order.
 *
 * Deferred messages are recorded exactly like any other (inbox, books, outbox in one
 * transaction); only the "✅ recorded" answers to them are collapsed: she gets one polite
 * notice (at most one per `noticeEveryMs`) and the answer to her last deferred message
 * (which shows the day's totals); a message that was not recorded, or that asks her
 * something, is still answered (src/conversation/flood.ts). Nothing is dropped silently.
 *
 * Why at intake and not in the worker: a worker that re-checked each job would count it
 * again on every retry, and a job moved back to "delayed" by the worker could be overtaken
 * by her next message. Deciding once, when the message arrives, keeps both simple.
 *
 * This file is pure (no Redis client): `admitLocally` is the reference the Lua script in
 * `ADMIT_SCRIPT` implements, and the tests hold the two to the same answers.
 */

export interface FloodPolicy {
  /** Messages accepted at once before deferring starts. */
  burst: number;
  /** Spacing of deferred messages (and the sustained rate: one per interval). */
  intervalMs: number;
  /** At most one notice per person in this time. */
  noticeEveryMs: number;
  /** How long an idle person's state is kept after her last deferred slot. */
  idleTtlMs: number;
}

/**
 * 10 at once, then 2 a second (30 in the first 10 s, 20 in each further 10 s); a notice at
 * most once a minute. State is kept 10 minutes past her last slot: longer than the notice
 * window and than deferred messages normally wait. (Should a backlog outlast it, her
 * pending set expires and her deferred answers are simply no longer collapsed: nothing is lost.)
 */
export const FLOOD_POLICY: FloodPolicy = { burst: 10, intervalMs: 500, noticeEveryMs: 60_000, idleTtlMs: 600_000 };

export interface FloodState {
  /** Theoretical arrival time (ms): when her next message would be on schedule. */
  tat: number;
  /** Job ids of her deferred messages not processed yet. */
  pending: Set<string>;
  /** When she was last sent a notice (ms), if ever. */
  noticeAt: number | null;
}

export interface Admission {
  /** 0: queue now; otherwise queue with this delay (ms). */
  delayMs: number;
  /** This deferred message carries the one polite notice. */
  notice: boolean;
}

export function emptyFloodState(): FloodState {
  return { tat: 0, pending: new Set(), noticeAt: null };
}

/** The decision for one message arriving at `now`; mutates `state` (the reference for ADMIT_SCRIPT). */
export function admitLocally(state: FloodState, jobId: string, now: number, policy: FloodPolicy = FLOOD_POLICY): Admission {
  if (state.pending.has(jobId)) return { delayMs: 1, notice: false }; // a redelivery of a deferred message
  const tat = Math.max(state.tat, now);
  let delayMs = Math.max(0, tat - (policy.burst - 1) * policy.intervalMs - now);
  // Behind her deferred messages still waiting, whatever the schedule says.
  if (state.pending.size > 0 && delayMs < 1) delayMs = 1;
  state.tat = tat + policy.intervalMs;
  let notice = false;
  if (delayMs > 0) {
    state.pending.add(jobId);
    if (state.noticeAt === null || now - state.noticeAt >= policy.noticeEveryMs) {
      notice = true;
      state.noticeAt = now;
    }
  }
  return { delayMs, notice };
}

/** Redis keys of one person's state: a hash (tat, notice) and a set of pending job ids. */
export function floodKeys(prefix: string, platform: string, senderId: string): [string, string] {
  const base = `${prefix}:flood:${platform}:${senderId}`;
  return [base, `${base}:pending`];
}

/** How long a hold (ADMIT_SCRIPT's KEYS[3]) lives if its intake never comes back to release it. */
export const FLOOD_HOLD_MS = 60_000;

/**
 * KEYS: state hash, pending set, and optionally the job key of the message (the queue's
 * `<prefix>:<queue>:<job id>`). ARGV: job id, now, interval, burst, noticeEvery, idleTtl, and
 * with KEYS[3] the hold's lifetime (ms). Returns {delayMs, notice (0/1), held (0/1)}. Both
 * state keys expire once she has been quiet for idleTtl after her last scheduled slot, so
 * Redis holds state only for recently active senders.
 *
 * The hold: the intake sends this script and the message's plain (not delayed) job add in
 * one round trip, this first (src/jobs/intake.ts). When the message is deferred, the script
 * writes a placeholder hash at the job's key (unless a job is there already), so the add
 * behind it finds a job of that id and adds nothing (BullMQ's own duplicate check); the
 * intake then releases the hold and queues the message delayed. A placeholder carries only
 * the field `floodHold`, which no job hash has, and expires on its own.
 */
export const ADMIT_SCRIPT = `
local function hold(delay)
  if KEYS[3] == nil or delay <= 0 or redis.call('EXISTS', KEYS[3]) == 1 then return 0 end
  redis.call('HSET', KEYS[3], 'floodHold', '1')
  redis.call('PEXPIRE', KEYS[3], tonumber(ARGV[7]))
  return 1
end
local jobId = ARGV[1]
local now = tonumber(ARGV[2])
local interval = tonumber(ARGV[3])
local burst = tonumber(ARGV[4])
local noticeEvery = tonumber(ARGV[5])
local idleTtl = tonumber(ARGV[6])
if redis.call('SISMEMBER', KEYS[2], jobId) == 1 then return {1, 0, hold(1)} end
local state = redis.call('HMGET', KEYS[1], 'tat', 'notice')
local tat = tonumber(state[1]) or now
local noticeAt = tonumber(state[2])
if tat < now then tat = now end
local delay = tat - (burst - 1) * interval - now
if delay < 0 then delay = 0 end
local pending = redis.call('SCARD', KEYS[2])
if pending > 0 and delay < 1 then delay = 1 end
tat = tat + interval
local notice = 0
if delay > 0 then
  redis.call('SADD', KEYS[2], jobId)
  if noticeAt == nil or now - noticeAt >= noticeEvery then
    notice = 1
    noticeAt = now
  end
end
redis.call('HSET', KEYS[1], 'tat', string.format('%d', tat))
if noticeAt ~= nil then redis.call('HSET', KEYS[1], 'notice', string.format('%d', noticeAt)) end
local ttl = math.floor(tat - now + idleTtl)
redis.call('PEXPIRE', KEYS[1], ttl)
if redis.call('EXISTS', KEYS[2]) == 1 then redis.call('PEXPIRE', KEYS[2], ttl) end
delay = math.floor(delay)
return {delay, notice, hold(delay)}
`;

/** KEYS: a job key ADMIT_SCRIPT may have held. Deletes it only if it is the placeholder. */
export const RELEASE_HOLD_SCRIPT = `
if redis.call('HEXISTS', KEYS[1], 'floodHold') == 1 then return redis.call('DEL', KEYS[1]) end
return 0
`;

/** KEYS: pending set. ARGV: job id. Removes it; returns how many are still pending. */
export const RELEASE_SCRIPT = `
redis.call('SREM', KEYS[1], ARGV[1])
return redis.call('SCARD', KEYS[1])
`;
