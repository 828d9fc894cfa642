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
 *   npx tsx bench/workers.ts [--workers 1,2,4] [--messages 1000] [--shards 8]
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { systemClock } from '../src/core/clock.ts';
import { silentLogger } from '../src/core/logger.ts';
import type { InboundMessage } from '../src/core/messages.ts';
import { startApp } from '../src/app.ts';
import { messageToInbound } from '../src/channels/telegram/telegram.mapper.ts';
import { createTestDatabase } from '../tests/helpers/database.ts';
import { startBotProcess, type BotProcess } from '../tests/helpers/processes.ts';
import { createTestRedis } from '../tests/helpers/redis.ts';
import { saleText } from './inbound.ts';
import { FakeBotApi, NO_LIMITS } from './support/fake-bot-api.ts';
import { inboxAndReplyCounts, seedTelegramPeople } from './support/seed.repository.ts';
import type { UserFromGetMe } from 'grammy/types';

const TOKEN = '123456:BENCH-token_abcdefghijklmnopqrstuv';
const ME = { id: 1, is_bot: true, first_name: 'Bench', username: 'bench_bot' } as UserFromGetMe;
const FIRST_CHAT = 3_000_001;
const SENDERS = 2000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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

/** user + system CPU time of a process so far, in µs (fields 14 and 15 of /proc/PID/stat). */
function cpuMicros(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    // Linux reports in clock ticks, 100 a second on every common build.
    return (ticks * 1_000_000) / 100;
  } catch {
    return undefined;
  }
}

const totalCpu = (pids: number[]) => {
  const each = pids.map(cpuMicros);
  return each.every((c) => c !== undefined) ? each.reduce((a, b) => a + b, 0) : undefined;
};

async function runOnce(workers: number, messages: number, shards: number, log: (line: string) => void): Promise<WorkersRun> {
  const [t, r] = await Promise.all([createTestDatabase(), createTestRedis()]);
  const api = new FakeBotApi(NO_LIMITS, { keepSent: false });
  await api.start();
  const children: BotProcess[] = [];
  let receiver: Awaited<ReturnType<typeof startApp>> | undefined;
  try {
    await seedTelegramPeople(t.db, SENDERS, FIRST_CHAT);
    const env = {
      DATABASE_URL: t.url,
      REDIS_URL: r.url,
      QUEUE_PREFIX: r.prefix,
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: api.apiRoot,
      CONSOLE_CHANNEL: 'off',
      WEB_CONSOLE: 'off',
      INBOUND_SHARDS: String(shards),
    };
    // The receiver first: it agrees the shard count in Redis that the workers then find.
    receiver = await startApp({ config: loadConfig({ ...env, DAMPINGI_ROLES: 'receiver' }), clock: systemClock, log: silentLogger() });
    for (let i = 0; i < workers; i++) {
      children.push(startBotProcess({ ...env, DAMPINGI_ROLES: 'worker', LOG_LEVEL: 'info', DATA_DIR: os.tmpdir() }));
    }
    const deadline = Date.now() + 120_000;
    while (!children.every((c) => c.stderr().includes('Dampingi is running'))) {
      const dead = children.find((c) => c.stderr().includes('could not start'));
      if (dead) throw new Error(`a worker did not start: ${dead.stderr().slice(-500)}`);
      if (Date.now() > deadline) throw new Error('workers did not start within 2 minutes');
      await sleep(100);
    }
    log(`${workers} worker process(es) running; handing over ${messages} messages`);

    const pids = children.map((c) => c.pid);
    const cpuBefore = totalCpu(pids);
    const started = performance.now();
    let next = 0;
    let messageId = 1;
    const intake = receiver.intake;
    await Promise.all(
      Array.from({ length: 100 }, async () => {
        while (next < messages) {
          const n = next++;
          const chat = FIRST_CHAT + (n % SENDERS);
          const message = messageToInbound(
            {
              message_id: messageId++,
              date: Math.floor(Date.now() / 1000),
              chat: { id: chat, type: 'private', first_name: `U${chat}` },
              from: { id: chat, is_bot: false, first_name: `U${chat}` },
              text: saleText(n),
            },
            ME,
          ) as InboundMessage;
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
    // SIGTERM, as `docker compose stop` sends: each worker finishes its job and exits.
    await Promise.all(children.map((c) => c.stop(30_000)));
    const exits = await Promise.all(children.map((c) => c.exit));
    const unclean = exits.filter((e) => e.code !== 0).length;
    if (unclean) log(`warning: ${unclean} worker(s) did not stop cleanly on SIGTERM (${JSON.stringify(exits)})`);
    await receiver?.stop();
    await api.stop();
    await r.cleanup();
    await t.drop();
  }
}

export async function runWorkersBench(options: {
  workers?: number[];
  messages?: number;
  shards?: number;
  log?: (line: string) => void;
}): Promise<WorkersResult> {
  const shards = options.shards ?? 8;
  const log = options.log ?? (() => undefined);
  const runs: WorkersRun[] = [];
  for (const workers of options.workers ?? [1, 2, 4]) runs.push(await runOnce(workers, options.messages ?? 1000, shards, log));
  return { shards, runs };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { workers: { type: 'string' }, messages: { type: 'string' }, shards: { type: 'string' } } });
  const result = await runWorkersBench({
    workers: values.workers?.split(',').map(Number),
    messages: values.messages ? Number(values.messages) : undefined,
    shards: values.shards ? Number(values.shards) : undefined,
    log: (line) => process.stderr.write(`  … ${line}\n`),
  });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  process.exit(0);
}
