/**
 * Inbound throughput with 1, 2 and 4 worker processes (issue #21): the deployment of
 * docker-compose.yml in miniature. This process is the receiver (`DAMPINGI_ROLES=receiver`,
 * Telegram against the local fake Bot API); the workers are child processes started as
 * `npm start` starts the bot (`node --import tsx src/main.ts`) with `DAMPINGI_ROLES=worker`.
 * Messages enter through the receiver's real intake (flood gate, shard queues), as in
 * bench/inbound.ts; a message counts once its inbox row is committed and its reply is in
 * the outbox. Every run has a fresh database, Redis prefix and the same shard count, so
 * only the number of worker processes changes.
 *
 * Also given per run: the CPU time of all worker processes per message (from /proc, so
 * Linux only; undefined elsewhere) — unlike the rate, it hardly depends on the machine's
 * other load, and it shows what a second process costs (its own Postgres and Redis
 * connections, its own polling of the shard queues).
 *
 * `--cpu-prof DIR`: each worker writes a V8 profile there when it stops (read it with
 * bench/support/profile-breakdown.ts --from S). `WORKER_NODE_OPTIONS` in this process's
 * environment is handed to the workers as their NODE_OPTIONS (`--perf-basic-prof
 * --interpreted-frames-native-stack`, for `perf record -p` on a worker).
 *
 *   npx tsx bench/workers.ts [--workers 1,2,4] [--messages 1000] [--shards 8] [--cpu-prof DIR]
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { createTestDatabase } from '../tests/helpers/database.ts';
import { createTestRedis } from '../tests/helpers/redis.ts';
import { saleText } from './inbound.ts';
import { FakeBotApi, NO_LIMITS } from './support/fake-bot-api.ts';
import { inboxAndReplyCounts, seedTelegramPeople } from './support/seed.repository.ts';
import { BENCH_TOKEN, privateText, sleep, startFleet, stopFleet, totalCpu, type Fleet } from './support/worker-fleet.ts';

const FIRST_CHAT = 3_000_001;
const PROFILE_PRELOAD = new URL('./support/cpu-profile-preload.mjs', import.meta.url).href;
const SENDERS = 2000;

export interface WorkersRun {
  workers: number;
  messages: number;
  seconds: number;
  messagesPerSecond: number;
  /** user + system CPU of all worker processes during the run, per message (Linux /proc). */
  workerCpuMicrosPerMessage: number | undefined;
  /** The machine's 1-minute load average at the end of the run. */
  load1: number;
}

export interface WorkersResult {
  shards: number;
  runs: WorkersRun[];
}

async function runOnce(workers: number, messages: number, shards: number, log: (line: string) => void, cpuProfDir?: string): Promise<WorkersRun> {
  const [t, r] = await Promise.all([createTestDatabase(), createTestRedis()]);
  const api = new FakeBotApi(NO_LIMITS, { keepSent: false });
  await api.start();
  let fleet: Fleet | undefined;
  try {
    await seedTelegramPeople(t.db, SENDERS, FIRST_CHAT);
    fleet = await startFleet({
      DATABASE_URL: t.url,
      REDIS_URL: r.url,
      QUEUE_PREFIX: r.prefix,
      TELEGRAM_BOT_TOKEN: BENCH_TOKEN,
      TELEGRAM_API_ROOT: api.apiRoot,
      CONSOLE_CHANNEL: 'off',
      WEB_CONSOLE: 'off',
      INBOUND_SHARDS: String(shards),
      // V8's profiler in each worker, written when it exits (start-up and warm-up included:
      // bench/support/profile-breakdown.ts --from cuts them off by the samples' times).
      // (Both at once add up: `--cpu-prof` with WORKER_NODE_OPTIONS still writes its profiles.)
      ...(cpuProfDir || process.env.WORKER_NODE_OPTIONS
        ? { NODE_OPTIONS: [cpuProfDir ? `--import ${PROFILE_PRELOAD}` : '', process.env.WORKER_NODE_OPTIONS ?? ''].filter((o) => o !== '').join(' ') }
        : {}),
      ...(cpuProfDir ? { BENCH_CPU_PROFILE_DIR: cpuProfDir } : {}),
    }, workers);
    log(`${workers} worker process(es) running; handing over ${messages} messages`);

    const pids = fleet.children.map((c) => c.pid);
    const cpuBefore = totalCpu(pids);
    const started = performance.now();
    let next = 0;
    let messageId = 1;
    const intake = fleet.receiver.intake;
    await Promise.all(
      Array.from({ length: 100 }, async () => {
        while (next < messages) {
          const n = next++;
          const chat = FIRST_CHAT + (n % SENDERS);
          const message = privateText(chat, messageId++, saleText(n));
          await intake(message);
        }
      }),
    );
    for (;;) {
      const c = await inboxAndReplyCounts(t.db);
      if (c.inbox >= messages && c.replies >= messages) break;
      if (performance.now() - started > 600_000) throw new Error(`stuck: ${JSON.stringify(c)}`);
      await sleep(20);
    }
    const seconds = (performance.now() - started) / 1000;
    const cpuAfter = totalCpu(pids);
    return {
      workers,
      messages,
      seconds,
      messagesPerSecond: messages / seconds,
      workerCpuMicrosPerMessage: cpuBefore !== undefined && cpuAfter !== undefined ? (cpuAfter - cpuBefore) / messages : undefined,
      load1: os.loadavg()[0]!,
    };
  } finally {
    const unclean = fleet ? await stopFleet(fleet) : 0;
    if (unclean) log(`warning: ${unclean} worker(s) did not stop cleanly on SIGTERM`);
    await api.stop();
    await r.cleanup();
    await t.drop();
  }
}

export async function runWorkersBench(options: {
  workers?: number[];
  messages?: number;
  shards?: number;
  /** A folder where each worker process writes its V8 CPU profile when it exits. */
  cpuProfDir?: string;
  log?: (line: string) => void;
}): Promise<WorkersResult> {
  const shards = options.shards ?? 8;
  const log = options.log ?? (() => undefined);
  const runs: WorkersRun[] = [];
  for (const workers of options.workers ?? [1, 2, 4]) runs.push(await runOnce(workers, options.messages ?? 1000, shards, log, options.cpuProfDir));
  return { shards, runs };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { workers: { type: 'string' }, messages: { type: 'string' }, shards: { type: 'string' }, 'cpu-prof': { type: 'string' } },
  });
  const result = await runWorkersBench({
    workers: values.workers?.split(',').map(Number),
    messages: values.messages ? Number(values.messages) : undefined,
    shards: values.shards ? Number(values.shards) : undefined,
    cpuProfDir: values['cpu-prof'],
    log: (line) => process.stderr.write(`  … ${line}\n`),
  });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  process.exit(0);
}
