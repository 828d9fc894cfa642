/**
 * Messages an inbound batch may hold at most (config INBOUND_BATCH, src/jobs/inbound-batch.ts):
 * under PostgreSQL's 64 cached subtransactions, one savepoint a message. Here, not in
 * src/jobs, so the config can bound its setting without importing the job layer.
 */
export const MAX_INBOUND_BATCH = 50;

/**
 * INBOUND_BATCH when unset: 8, what the group-evening bench supports (docs/BENCHMARKS.md,
 * bench/group-evening.ts): with the group rollups written at COMMIT (migration 048) batches
 * of 8 had no deadlock and the best throughput and CPU a message; at 16, members sharing the
 * rollups' person lock buckets (as at 100,000 people) began to deadlock now and then.
 */
export const DEFAULT_INBOUND_BATCH = 8;
