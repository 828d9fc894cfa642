/**
 * How long an inbound job waits before running again a message that met another transaction
 * (SQLSTATE class 40: ./handling-failure.ts), inside its job (./set-aside.ts).
 *
 * Why these numbers. The first run again is at once: PostgreSQL chose her transaction as the
 * deadlock's victim only after `deadlock_timeout` (1 s), so the other one has had that second
 * to go on and has usually committed. A conflict that comes back means a stream of
 * transactions on the same rows (other shards' batches over shared lock buckets): a batch of
 * 8 takes a few tens of ms (~2–3 ms of worker and as much of Postgres time a message in the
 * group-evening bench, docs/BENCHMARKS.md), so the waits start at 25 ms, about one such batch,
 * and double to 800 ms, room for a streak of them. Seven runs again wait 1,575 ms at most in all; each run that fails may itself have
 * waited up to `deadlock_timeout` for PostgreSQL to break the circle, so a message holds its
 * shard ~10 s at worst (8 runs), well inside QUEUE_LOCK_MS (30 s, and BullMQ renews the lock
 * while a job runs). Only the chats of her shard wait that long; past it the job is given to
 * BullMQ's backoff, and her order is no longer kept (./set-aside.ts says what holds then).
 *
 * Jitter: each wait is drawn between half of it and all of it, so two shards that met on
 * the same rows do not come back to them in step.
 */

/** The wait before each run again (ms, before jitter); their count is how many runs again there are. */
export const CONFLICT_WAITS_MS: readonly number[] = [0, 25, 50, 100, 200, 400, 800];

/** Times a message that met another transaction is run again inside its job before BullMQ's backoff. */
export const CONFLICT_RUNS_AGAIN = CONFLICT_WAITS_MS.length;

/** The wait before run again number `again` (1-based), jittered with `random` (0 ≤ r < 1). */
export function conflictWaitMs(again: number, random: () => number = Math.random): number {
  const base = CONFLICT_WAITS_MS[again - 1] ?? 0;
  return Math.round(base / 2 + (random() * base) / 2);
}
