/**
 * Messages an inbound batch may hold at most (config INBOUND_BATCH, src/jobs/inbound-batch.ts):
 * under PostgreSQL's 64 cached subtransactions, one savepoint a message. Here, not in
 * src/jobs, so the config can bound its setting without importing the job layer.
 */
export const MAX_INBOUND_BATCH = 50;
