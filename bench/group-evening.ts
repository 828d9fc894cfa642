/**
 * A group's evening (issue #21, INBOUND_BATCH): many groups' members recording at once, each
 * in her own private chat, so one group's members are spread over every inbound shard. With
 * batches on, a worker holds a shard's batch in one transaction; the book rollups' triggers
 * (migrations 024, 027) add each entry to her group's week, month and day rows, so two shards'
 * batches holding members of the same groups meet on those rows. This bench counts what that
 * costs: deadlocks (pg_stat_database), the retries and savepoint failures the batch code logs,
 * backends waiting on a lock (sampled), throughput and the workers' CPU a message; and checks
 * every message was recorded once, in order per chat, and the group rollups equal the raw sums.
 *
 * This process is the receiver (`DAMPINGI_ROLES=receiver`, as bench/workers.ts); the workers
 * are child processes (`DAMPINGI_ROLES=worker`) with INBOUND_BATCH set, over the deployment's
 * default shard count unless `--shards N`. Each run has a fresh database and Redis prefix.
 *
 *   npx tsx bench/group-evening.ts [--groups 40] [--members 30] [--batches 1,8,16] [--workers 1,2]
 *                                  [--shards N] [--least 3] [--most 5] [--spread-buckets]
 *
 * `--spread-buckets`: person ids spread so that members share the rollups' advisory lock
 * buckets (person id mod 1,024) as in a deployment of 100,000 people; by default the seeded
 * ids are consecutive and nearly every member has a bucket of her own.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { DEFAULT_INBOUND_SHARDS } from '../src/config.ts';
import { createTestDatabase } from '../tests/helpers/database.ts';
import { createTestRedis } from '../tests/helpers/redis.ts';
import { saleText } from './inbound.ts';
import { FakeBotApi, NO_LIMITS } from './support/fake-bot-api.ts';
import { backendPids, checkEvening, deadlocksSoFar, lockWaitersNow, seedGroupEvening, type EveningCheck } from './support/group-evening.repository.ts';
import { inboxAndReplyCounts } from './support/seed.repository.ts';
import { BENCH_TOKEN, cpuMicros, privateText, sleep, startFleet, stopFleet, totalCpu, type Fleet } from './support/worker-fleet.ts';

const FIRST_CHAT = 3_000_001;
const SAMPLE_MS = 20;

/** What the workers logged that comes from two transactions meeting (src/jobs/set-aside.ts, inbound-batch*.ts). */
const LOGGED = {
  /** A message alone or a batch's head failed with SQLSTATE 40 and is run again in its job, at once or after a short wait (src/jobs/set-aside.ts). */
  ranAgain: 'met another transaction; run again at once',
  /** … and failed so each time: its job is retried with backoff. */
  retried: 'met another transaction; retried, not counted',
  /** A batch run without savepoints met a failing message: it rolled back and runs again, a savepoint a message. */
  ranTwice: 'inbound batch met a failure; run again with a savepoint a message',
  /** A message later in a batch failed in its savepoint; it and those after it stay queued. */
  savepointFailed: 'batched inbound message failed; left queued as the next head',
  /** The batch's transaction itself failed; its head is handled alone. */
  batchFailed: 'inbound batch failed as a whole',
};

export interface EveningRun {
  workers: number;
  batch: number;
  shards: number;
  messages: number;
  seconds: number;
  messagesPerSecond: number;
  /** user + system CPU of the worker processes, per message (Linux /proc). */
  workerCpuMicrosPerMessage: number | undefined;
  /**
   * The same of the PostgreSQL backends serving this database (the triggers' work is there),
   * per message: those connected at the start, from then, and those connected later, whole.
   */
  postgresCpuMicrosPerMessage: number | undefined;
  deadlocks: number;
  logged: Record<keyof typeof LOGGED, number>;
  /** Lock waiters summed over the samples × the sample interval: backend-seconds spent waiting on locks (approximate). */
  lockWaitSeconds: number;
  /** Most backends seen waiting on a lock at once. */
  lockWaitersMax: number;
  check: EveningCheck;
  load1: number;
}

/** Every member's 3–5 records (fixed by her number), in rounds: everyone's first, then everyone's second, … */
function burst(members: number, least: number, most: number): { chat: number; n: number }[] {
  const counts = Array.from({ length: members }, (_, k) => least + ((k * 7919) % (most - least + 1)));
  const out: { chat: number; n: number }[] = [];
  for (let round = 0; round < most; round++) {
    for (let k = 0; k < members; k++) if (round < counts[k]!) out.push({ chat: FIRST_CHAT + k, n: out.length });
  }
  return out;
}

async function runOnce(o: { workers: number; batch: number; shards: number; groups: number; members: number; least: number; most: number; spreadBuckets: boolean }, log: (line: string) => void): Promise<EveningRun> {
  const [t, r] = await Promise.all([createTestDatabase(), createTestRedis()]);
  const api = new FakeBotApi(NO_LIMITS, { keepSent: false });
  await api.start();
  let fleet: Fleet | undefined;
  try {
    await seedGroupEvening(t.db, { groups: o.groups, members: o.members, firstChat: FIRST_CHAT, spreadBuckets: o.spreadBuckets });
    fleet = await startFleet({
      DATABASE_URL: t.url,
      REDIS_URL: r.url,
      QUEUE_PREFIX: r.prefix,
      TELEGRAM_BOT_TOKEN: BENCH_TOKEN,
      TELEGRAM_API_ROOT: api.apiRoot,
      CONSOLE_CHANNEL: 'off',
      WEB_CONSOLE: 'off',
      INBOUND_SHARDS: String(o.shards),
      INBOUND_BATCH: String(o.batch),
    }, o.workers);
    const { children, receiver } = fleet;
    const messages = burst(o.groups * o.members, o.least, o.most);
    log(`${o.workers} worker(s), INBOUND_BATCH ${o.batch}, ${o.shards} shards: ${messages.length} messages from ${o.groups * o.members} members of ${o.groups} groups`);

    const deadlocksBefore = await deadlocksSoFar(t.db);
    const pids = children.map((c) => c.pid);
    const cpuBefore = totalCpu(pids);
    const pgBefore = new Map((await backendPids(t.db)).map((pid) => [pid, cpuMicros(pid)]));
    let sampling = true;
    let waiterSamples = 0;
    let lockWaitersMax = 0;
    const sampler = (async () => {
      while (sampling) {
        const n = await lockWaitersNow(t.db);
        waiterSamples += n;
        lockWaitersMax = Math.max(lockWaitersMax, n);
        await sleep(SAMPLE_MS);
      }
    })();
    const started = performance.now();
    let next = 0;
    let messageId = 1;
    await Promise.all(
      Array.from({ length: 100 }, async () => {
        while (next < messages.length) {
          const m = messages[next++]!;
          await receiver.intake(privateText(m.chat, messageId++, saleText(m.n)));
        }
      }),
    );
    for (;;) {
      const c = await inboxAndReplyCounts(t.db);
      if (c.inbox >= messages.length && c.replies >= messages.length) break;
      if (performance.now() - started > 900_000) throw new Error(`stuck: ${JSON.stringify(c)}`);
      await sleep(20);
    }
    const seconds = (performance.now() - started) / 1000;
    const cpuAfter = totalCpu(pids);
    const pgUsed = (await backendPids(t.db)).map((pid) => {
      const now = cpuMicros(pid);
      return now === undefined ? undefined : now - (pgBefore.get(pid) ?? 0);
    });
    sampling = false;
    await sampler;
    // Each backend reports its deadlocks to the statistics within a second, and when it exits.
    await Promise.all(children.map((c) => c.stop(30_000)));
    await sleep(1500);
    const deadlocks = (await deadlocksSoFar(t.db)) - deadlocksBefore;
    const stderr = children.map((c) => c.stderr()).join('');
    const count = (needle: string) => stderr.split(needle).length - 1;
    return {
      workers: o.workers,
      batch: o.batch,
      shards: o.shards,
      messages: messages.length,
      seconds,
      messagesPerSecond: messages.length / seconds,
      workerCpuMicrosPerMessage: cpuBefore !== undefined && cpuAfter !== undefined ? (cpuAfter - cpuBefore) / messages.length : undefined,
      postgresCpuMicrosPerMessage: pgUsed.every((c) => c !== undefined) ? pgUsed.reduce((a, b) => a + b, 0) / messages.length : undefined,
      deadlocks,
      logged: { ranAgain: count(LOGGED.ranAgain), retried: count(LOGGED.retried), ranTwice: count(LOGGED.ranTwice), savepointFailed: count(LOGGED.savepointFailed), batchFailed: count(LOGGED.batchFailed) },
      lockWaitSeconds: (waiterSamples * SAMPLE_MS) / 1000,
      lockWaitersMax,
      check: await checkEvening(t.db),
      load1: os.loadavg()[0]!,
    };
  } finally {
    if (fleet) await stopFleet(fleet);
    await api.stop();
    await r.cleanup();
    await t.drop();
  }
}

export async function runGroupEveningBench(options: {
  groups?: number;
  members?: number;
  batches?: number[];
  workers?: number[];
  shards?: number;
  least?: number;
  most?: number;
  /** Person ids spread over the rollups' lock buckets as in a deployment of many more than 1,024 people (`--spread-buckets`). */
  spreadBuckets?: boolean;
  log?: (line: string) => void;
}): Promise<EveningRun[]> {
  const log = options.log ?? (() => undefined);
  const runs: EveningRun[] = [];
  for (const workers of options.workers ?? [1]) {
    for (const batch of options.batches ?? [1, 8, 16]) {
      const run = await runOnce(
        { workers, batch, shards: options.shards ?? DEFAULT_INBOUND_SHARDS, groups: options.groups ?? 40, members: options.members ?? 30, least: options.least ?? 3, most: options.most ?? 5, spreadBuckets: options.spreadBuckets ?? false },
        log,
      );
      log(
        `  ${run.messagesPerSecond.toFixed(0)} msg/s, ${run.workerCpuMicrosPerMessage?.toFixed(0)} µs worker and ${run.postgresCpuMicrosPerMessage?.toFixed(0)} µs Postgres CPU/msg, ${run.deadlocks} deadlocks, ` +
          `logged ${JSON.stringify(run.logged)}, lock waits ${run.lockWaitSeconds.toFixed(1)} backend-s (max ${run.lockWaitersMax} at once), check ${JSON.stringify(run.check)}, load ${run.load1.toFixed(1)}`,
      );
      runs.push(run);
    }
  }
  return runs;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      groups: { type: 'string' },
      members: { type: 'string' },
      batches: { type: 'string' },
      workers: { type: 'string' },
      shards: { type: 'string' },
      least: { type: 'string' },
      most: { type: 'string' },
      'spread-buckets': { type: 'boolean' },
    },
  });
  const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  const list = (v: string | undefined) => v?.split(',').map(Number);
  const runs = await runGroupEveningBench({
    groups: num(values.groups),
    members: num(values.members),
    batches: list(values.batches),
    workers: list(values.workers),
    shards: num(values.shards),
    least: num(values.least),
    most: num(values.most),
    spreadBuckets: values['spread-buckets'],
    log: (line) => process.stderr.write(`  … ${line}\n`),
  });
  process.stdout.write(`${JSON.stringify(runs, null, 2)}\n`);
  process.exit(0);
}
