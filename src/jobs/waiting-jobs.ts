/**
 * The jobs waiting behind an inbound batch's head, read and removed in one Redis command each
 * (issue #21). `Queue.getWaiting(0, n − 1)` cost one script (BullMQ's getJobs, which reads the
 * ids and their hashes) and then one HGETALL per job again (Queue.getJob); `Queue.remove` is
 * one removeJob script per job: 15 commands for a batch of 8, 2 now. Why reading the waiting
 * jobs is safe at all, and what keeps order, recorded-once and Redis losses: ./inbound-batch.ts.
 *
 * Reading: the wait list's oldest end, in the order BullMQ will move them to active (it pushes
 * new jobs on the left and takes them from the right; a stalled job is put back on the right),
 * which is what `getWaiting` (asc) returns; an id without a job hash (BullMQ's deprecated
 * marker entry, a job removed meanwhile) is skipped, as getJobs skips it. Only what the batch
 * uses comes back: the id, the data, the attempts made.
 *
 * Removing: BullMQ's own removeJob script, not a copy of it. Its text (the package's compiled
 * script, its includes already inlined) is run as a function once per job inside one script,
 * with the KEYS and ARGV `Queue.remove(id, { removeChildren: false })` gives it, so each job
 * goes exactly as BullMQ removes it (its hash, logs, deduplication key, its place in wait or
 * prioritized, a "removed" event), and a job another worker has locked is left (0), as
 * `Queue.remove` leaves it. Nothing else runs on Redis while a script runs, so the jobs go together.
 *
 * Pinned to BullMQ 6.7.0's layout: the script file dist/cjs/scripts/removeJob-2.js exporting
 * `removeJob` { content, keys: 2 }, with KEYS jobKey, repeat key and ARGV jobId, remove
 * children, queue prefix; job hash fields "data" and "atm" (attempts made; "attemptsMade" in
 * older hashes). tests/integration/waiting-jobs.test.ts fails if any of it changes: it
 * compares both commands with `getWaiting` and `Queue.remove` on real Redis.
 */
import { createRequire } from 'node:module';
import type { Queue } from 'bullmq';

/** BullMQ's compiled script as its package ships it (CommonJS: the ESM copy has no package.json of its own to load as ESM). */
interface BullScript {
  name: string;
  content: string;
  keys: number;
}

const require = createRequire(import.meta.url);

/** The KEYS and ARGV header of the removeJob script this file passes arguments for. */
const REMOVE_JOB_INPUT = /KEYS\[1\] jobKey\s+KEYS\[2\] repeat key\s+ARGV\[1\] jobId\s+ARGV\[2\] remove children\s+ARGV\[3\] queue prefix/;

/**
 * BullMQ's removeJob script, loaded the first time a batch removes jobs (a process with
 * batches off never needs it, so a BullMQ whose files moved does not stop it starting), and
 * refused at once if its inputs are not the ones `removeWaiting` passes: a changed script
 * fails the first batch loudly instead of removing the wrong keys.
 */
function removeJobScript(): BullScript {
  const { removeJob } = require('bullmq/dist/cjs/scripts/removeJob-2.js') as { removeJob: BullScript };
  if (removeJob.keys !== 2 || !REMOVE_JOB_INPUT.test(removeJob.content)) {
    throw new Error('BullMQ’s removeJob script no longer takes (jobKey, repeat key; jobId, remove children, queue prefix): see src/jobs/waiting-jobs.ts');
  }
  return removeJob;
}

/**
 * KEYS[1] the queue's wait list; ARGV[1] the queue's key prefix ("bull:name:"), ARGV[2] how
 * many. Returns {id, data, attempts made} of each, oldest first.
 */
export const READ_WAITING_SCRIPT = `
local ids = redis.call("LRANGE", KEYS[1], -tonumber(ARGV[2]), -1)
local jobs = {}
for i = #ids, 1, -1 do
  local fields = redis.call("HMGET", ARGV[1] .. ids[i], "data", "atm", "attemptsMade")
  if fields[1] then jobs[#jobs + 1] = {ids[i], fields[1], fields[2] or fields[3] or "0"} end
end
return jobs
`;

/**
 * KEYS[1] the queue's repeat key; ARGV[1] the queue's key prefix, ARGV[2…] the job ids.
 * Returns removeJob's answer for each: 1 removed, 0 locked (left), below 0 an error code.
 */
export const removeWaitingScript = (): string => `
local function removeOne(KEYS, ARGV)
${removeJobScript().content}
end
local removed = {}
for i = 2, #ARGV do
  removed[#removed + 1] = removeOne({ARGV[1] .. ARGV[i], KEYS[1]}, {ARGV[i], "0", ARGV[1]})
end
return removed
`;

const READ = 'dampingiReadWaiting';
const REMOVE = 'dampingiRemoveWaiting';

/** A job read behind the head: what the batch needs of it. */
export interface WaitingJob<T> {
  id: string;
  data: T;
  attemptsMade: number;
}

type Client = Awaited<ReturnType<Queue['getBackend']>['client']>;

/** Clients the two commands are defined on (a queue's client lives as long as the queue). */
const defined = new WeakSet<Client>();

async function clientOf(queue: Queue): Promise<Client> {
  const client = await queue.getBackend().client;
  if (!defined.has(client)) {
    // Not readOnly: on a cluster with replica reads that would send it to a replica that may
    // lag, and the read is safe only against the primary while this worker holds the head.
    client.defineCommand(READ, { numberOfKeys: 1, lua: READ_WAITING_SCRIPT });
    client.defineCommand(REMOVE, { numberOfKeys: 1, lua: removeWaitingScript() });
    defined.add(client);
  }
  return client;
}

/** The `count` jobs next in the queue's wait list, oldest first (as `getWaiting(0, count − 1)`). */
export async function readWaiting<T>(queue: Queue<T>, count: number): Promise<WaitingJob<T>[]> {
  if (count < 1) return [];
  const client = await clientOf(queue);
  const rows = (await client.runCommand(READ, [queue.keys.wait, queue.toKey(''), count])) as [string, string, string][];
  return rows.map(([id, data, attempts]) => ({ id, data: JSON.parse(data) as T, attemptsMade: Number.parseInt(attempts, 10) || 0 }));
}

/**
 * Removes the jobs as `Queue.remove(id, { removeChildren: false })` does each, in one command.
 * Returns each job's answer in their order: 1 removed, 0 locked by a worker (left alone).
 */
export async function removeWaiting(queue: Queue, ids: readonly string[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const client = await clientOf(queue);
  const answers = (await client.runCommand(REMOVE, [queue.keys.repeat, queue.toKey(''), ...ids])) as number[];
  const refused = answers.findIndex((answer) => answer < 0);
  // -8: a job scheduler's job, which Queue.remove refuses too (inbound jobs never are one).
  if (refused >= 0) throw new Error(`BullMQ refused to remove job ${ids[refused]} (code ${answers[refused]})`);
  return answers;
}
