/**
 * Inbound end to end through the real bot (queues, workers, conversation, Postgres, grammY)
 * against the local fake Bot API. Members known to the bot, each writing in her own
 * private chat, send sales ("laku 3 bros @10rb"): each is parsed, deduplicated by the
 * inbox, booked, answered, and the answer sent to the fake Bot API.
 *
 * Two measurements:
 *  - throughput: N messages from 2,000 members handed over at once; messages a second from
 *    the first hand-over until every message has its inbox row committed and its reply in
 *    the outbox (sending the replies is not part of it: on Telegram, replies go out at 30
 *    a second whatever the bot does). The fake Bot API does not rate-limit here.
 *  - latency at a steady offered rate (200/s from 200 members, one a second each): per
 *    message, from the hand-over until the reply is accepted by the fake Bot API, p50/p99.
 *    Measured with no send limit (the fake API accepts everything and the bot's own 30/s
 *    pacing is off), which is the bot's own latency; and with Telegram's limits and the
 *    bot's pacing, where 200 replies a second cannot leave at 30 a second and the latency
 *    is that backlog.
 *
 * The fake Bot API runs in a child process (bench/support/fake-bot-api-child.ts) in every run
 * here, so the CPU a message is the bot's alone (until 2026-12-08 it ran in the bot's process
 * and its HTTP server was counted with the bot); the latency runs get its accepted sends
 * over IPC, each timed by the child on the shared monotonic clock. `startInboundRig` keeps
 * the in-process fake API by default (the trace, the stages, the soak read its list).
 *
 * Messages enter either at the intake (what the Telegram adapter calls for each update,
 * flood throttling included) or through the Telegram adapter itself (grammY's runner long
 * polling the fake API). `--entry intake|telegram`.
 *
 *   npx tsx bench/inbound.ts [--runs 3] [--messages 3000] [--rate 200] [--seconds 10]
 *                            [--limited-seconds 5] [--entry intake] [--shards N] [--batch N]
 *                            [--api child|process]
 */
import { parseArgs } from 'node:util';
import { startApp, type App } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { systemClock } from '../src/core/clock.ts';
import { createLogger, silentLogger } from '../src/core/logger.ts';
import { createTestDatabase, type TestDatabase } from '../tests/helpers/database.ts';
import { createTestRedis, type TestRedis } from '../tests/helpers/redis.ts';
import { median, percentile } from './calibrate.ts';
import { FakeBotApi, NO_LIMITS, TELEGRAM_LIMITS } from './support/fake-bot-api.ts';
import { ChildBotApi, type BotApi } from './support/fake-bot-api-child.ts';
import { watchGc, type GcPauses } from './support/gc-watch.ts';
import { privateText } from './support/worker-fleet.ts';
import { inboxAndReplyCounts, seedTelegramPeople } from './support/seed.repository.ts';
import { serverCpuPerMessage, snapshotServerCpu, type Server } from './support/server-cpu.ts';

export type Entry = 'intake' | 'telegram';

const TOKEN = '123456:BENCH-token_abcdefghijklmnopqrstuv';
// Only the fields the mapper reads.
const FIRST_CHAT = 3_000_001;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A running bot with its members, its fake Bot API and a way to hand it messages. */
export interface InboundRig<Api extends BotApi = BotApi> {
  app: App;
  api: Api;
  t: TestDatabase;
  r: TestRedis;
  senders: number[];
  /** Hands one message over (intake or fake API update queue); resolves when accepted. */
  send(chat: number, text: string): Promise<void>;
  stop(): Promise<void>;
}

let nextMessageId = 1;

export interface InboundRigOptions {
  entry: Entry;
  /** The fake Bot API enforces Telegram's limits. */
  limited: boolean;
  /** The bot paces its sends (30 a second), as in production; by default only when `limited`. */
  paced?: boolean;
  senders?: number;
  keepSent?: boolean;
  inboundShards?: number | undefined;
  /** Messages a worker handles in one transaction (INBOUND_BATCH); unset: the config's default. */
  inboundBatch?: number | undefined;
}

/** A rig whose fake Bot API runs in this process (its `sent` list, `served` map at hand). */
export function startInboundRig(options: InboundRigOptions): Promise<InboundRig<FakeBotApi>> {
  return startRig(options, new FakeBotApi(options.limited ? TELEGRAM_LIMITS : NO_LIMITS, { keepSent: options.keepSent ?? true }));
}

/**
 * A rig whose fake Bot API runs in a child process: this process's CPU is the bot's (and the
 * driver's). `report`: accepted sends come back over IPC, for `onSend` (latency runs).
 */
export function startInboundRigApart(options: InboundRigOptions & { report?: boolean }): Promise<InboundRig<ChildBotApi>> {
  return startRig(options, new ChildBotApi({ limited: options.limited, keepSent: false, report: options.report ?? false }));
}

async function startRig<Api extends BotApi>(options: InboundRigOptions, api: Api): Promise<InboundRig<Api>> {
  const count = options.senders ?? 2000;
  const [t, r] = await Promise.all([createTestDatabase(), createTestRedis()]);
  await api.start();
  // Known members (registered earlier), so each message is a plain sale, not a welcome.
  await seedTelegramPeople(t.db, count, FIRST_CHAT);
  const senders = Array.from({ length: count }, (_, i) => FIRST_CHAT + i);
  const app = await startApp({
    config: loadConfig({
      DATABASE_URL: t.url,
      REDIS_URL: r.url,
      QUEUE_PREFIX: r.prefix,
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: api.apiRoot,
      CONSOLE_CHANNEL: 'off',
      ...(options.inboundBatch ? { INBOUND_BATCH: String(options.inboundBatch) } : {}),
    }),
    clock: systemClock,
    log: process.env.BENCH_LOG ? createLogger(process.env.BENCH_LOG) : silentLogger(),
    // Unpaced: the bot's own 30-a-second pacing is off too, to see its own latency.
    ...((options.paced ?? options.limited) ? {} : { sendLimits: { telegram: null } }),
    inboundShards: options.inboundShards,
  });
  return {
    app,
    api,
    t,
    r,
    senders,
    async send(chat, text) {
      if (options.entry === 'telegram') {
        api.inject(chat, chat, text);
        return;
      }
      await app.intake(privateText(chat, nextMessageId++, text));
    },
    async stop() {
      await app.stop();
      await api.stop();
      await r.cleanup();
      await t.drop();
    },
  };
}

export const saleText = (n: number) => `laku ${(n % 9) + 1} bros @${10 + (n % 5)}rb`;

export interface ThroughputRun {
  messages: number;
  seconds: number;
  messagesPerSecond: number;
  /** How long handing the messages over took (they are processed meanwhile). */
  handOverSeconds: number;
  /**
   * CPU time of this process (bot and driver; the fake Bot API too when it runs in this
   * process) per message, user + system: unlike the rate, it hardly depends on what else
   * the machine is running.
   */
  cpuMicrosPerMessage: number;
  /** The same split: user (JavaScript) and system (mostly socket writes to Postgres and Redis). */
  cpuUserMicrosPerMessage: number;
  cpuSystemMicrosPerMessage: number;
  /** The fake Bot API's own CPU a message, when it runs in a child (not in the figures above). */
  apiCpuMicrosPerMessage: number | undefined;
  /**
   * Every postgres and redis-server process's CPU on this machine a message, µs (./support/server-cpu.ts):
   * on one machine they share its cores with the bot. Undefined where /proc shows none.
   */
  serverCpuMicrosPerMessage: Partial<Record<Server, number>> | undefined;
  /** How often the driver asked Postgres whether every message was in (each poll's CPU is in the figures above). */
  polls: number;
  /** The main thread's GC pauses over the run (bot and driver), by kind; the young generation's size; peak RSS. */
  gc: GcPauses;
  /**
   * The main thread's GC pauses a message: their wall time, so an upper bound on their CPU that
   * a loaded machine stretches (a parallel scavenge waits for its helper threads' cores).
   */
  gcMicrosPerMessage: number;
  scavengesPerThousand: number;
}

/** The servers' CPU a message in a few words, for the logs. */
function serversLine(run: ThroughputRun): string {
  const s = run.serverCpuMicrosPerMessage;
  return s ? `; Postgres ${s.postgres?.toFixed(0) ?? '—'} µs/msg, Redis ${s['redis-server']?.toFixed(0) ?? '—'} µs/msg (every such process on the machine)` : '';
}

/** The run's GC figures in a few words, for the logs. */
export function gcLine(run: ThroughputRun): string {
  const g = run.gc;
  return `GC pauses ${run.gcMicrosPerMessage.toFixed(0)} µs/msg, wall time (${run.scavengesPerThousand.toFixed(0)} scavenges/1,000 msg, ${g.scavengeMs.toFixed(0)} ms; ${g.markCompacts} mark-compacts, ${g.markCompactMs.toFixed(0)} ms; ${g.otherPauses} other, ${g.otherMs.toFixed(0)} ms), new space ${g.newSpaceMb.toFixed(0)} MB, peak RSS ${g.peakRssMb.toFixed(0)} MB`;
}

/** Hands `messages` over as fast as possible; waits until every one is committed with its reply. */
export async function measureThroughput(rig: InboundRig, messages: number): Promise<ThroughputRun> {
  const before = await inboxAndReplyCounts(rig.t.db);
  const apiCpu = rig.api instanceof ChildBotApi ? await rig.api.cpuUsage() : undefined;
  let polls = 0;
  const gc = watchGc();
  const servers = snapshotServerCpu();
  const cpu = process.cpuUsage();
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 100 }, async () => {
      while (next < messages) {
        const n = next++;
        await rig.send(rig.senders[n % rig.senders.length]!, saleText(n));
      }
    }),
  );
  const handedOver = performance.now();
  for (;;) {
    polls++;
    const c = await inboxAndReplyCounts(rig.t.db);
    if (c.inbox - before.inbox >= messages && c.replies - before.replies >= messages) break;
    if (performance.now() - started > 600_000) throw new Error(`stuck: ${JSON.stringify(c)}`);
    await sleep(20);
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const serverCpuMicrosPerMessage = serverCpuPerMessage(servers, snapshotServerCpu(), messages);
  const pauses = await gc.stop();
  const apiUsed = apiCpu && rig.api instanceof ChildBotApi ? await rig.api.cpuUsage() : undefined;
  return {
    messages,
    seconds,
    messagesPerSecond: messages / seconds,
    handOverSeconds: (handedOver - started) / 1000,
    cpuMicrosPerMessage: (used.user + used.system) / messages,
    cpuUserMicrosPerMessage: used.user / messages,
    cpuSystemMicrosPerMessage: used.system / messages,
    apiCpuMicrosPerMessage: apiUsed && apiCpu ? (apiUsed.user + apiUsed.system - apiCpu.user - apiCpu.system) / messages : undefined,
    serverCpuMicrosPerMessage,
    polls,
    gc: pauses,
    gcMicrosPerMessage: (pauses.totalMs * 1000) / messages,
    scavengesPerThousand: (pauses.scavenges * 1000) / messages,
  };
}

export interface LatencyRun {
  offered: number;
  rate: number;
  replies: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  tooManyRequests: number;
}

/**
 * Offers `rate` messages a second for `seconds`, `senders` members in turn; the latency of
 * each message is hand-over → its reply accepted by the fake Bot API.
 */
export async function measureLatency(rig: InboundRig, rate: number, seconds: number, senders = 200): Promise<LatencyRun> {
  const pending = new Map<string, number[]>();
  const latencies: number[] = [];
  const tooManyBefore = rig.api.tooManyRequests;
  rig.api.onSend = (s) => {
    const since = pending.get(s.chatId)?.shift();
    if (since !== undefined) latencies.push(s.hr - since);
  };
  const total = Math.round(rate * seconds);
  const started = performance.now();
  let offered = 0;
  const handOvers: Promise<void>[] = [];
  while (offered < total) {
    const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * rate) + 1);
    while (offered < due) {
      const n = offered++;
      const chat = rig.senders[n % Math.min(senders, rig.senders.length)]!;
      const key = String(chat);
      if (!pending.has(key)) pending.set(key, []);
      pending.get(key)!.push(performance.now());
      handOvers.push(rig.send(chat, saleText(n)));
    }
    await sleep(1);
  }
  await Promise.all(handOvers);
  const deadline = performance.now() + 600_000;
  while (latencies.length < total && performance.now() < deadline) await sleep(20);
  rig.api.onSend = undefined;
  const sorted = latencies.sort((a, b) => a - b);
  return {
    offered: total,
    rate,
    replies: sorted.length,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.at(-1) ?? NaN,
    tooManyRequests: rig.api.tooManyRequests - tooManyBefore,
  };
}

export interface InboundResult {
  entry: Entry;
  runs: number;
  shards: number | undefined;
  throughput: ThroughputRun[];
  unlimited: LatencyRun[];
  limited: LatencyRun | undefined;
  /** Latency at half the measured throughput, when that is below `rate`. */
  atHalf: LatencyRun | undefined;
  /** Medians over the runs. */
  messagesPerSecond: number;
  cpuMicrosPerMessage: number;
  /** Of `cpuMicrosPerMessage`, the driver's polls (is every message in?), measured apart on the idle rig. */
  driverPollMicrosPerMessage: number;
  p50Ms: number;
  p99Ms: number;
}

export interface InboundOptions {
  entry?: Entry;
  runs?: number;
  messages?: number;
  rate?: number;
  seconds?: number;
  /** Seconds offered at `rate` with Telegram's limits on; 0 skips it. */
  limitedSeconds?: number;
  inboundShards?: number | undefined;
  /** INBOUND_BATCH of the rigs (`--batch N`; 1: one message a transaction). */
  inboundBatch?: number | undefined;
  /** The fake Bot API in this process, as before 2026-12-08 (`--api process`): its CPU counted with the bot's. */
  apiInProcess?: boolean;
  log?: (line: string) => void;
}

export async function runInboundBench(options: InboundOptions = {}): Promise<InboundResult> {
  const entry = options.entry ?? 'intake';
  const runs = options.runs ?? 3;
  const messages = options.messages ?? 3000;
  const rate = options.rate ?? 200;
  const seconds = options.seconds ?? 10;
  const limitedSeconds = options.limitedSeconds ?? 5;
  const log = options.log ?? (() => undefined);
  const start = (o: InboundRigOptions & { report?: boolean }): Promise<InboundRig> => (options.apiInProcess ? startInboundRig(o) : startInboundRigApart(o));
  const throughput: ThroughputRun[] = [];
  const unlimited: LatencyRun[] = [];
  let limited: LatencyRun | undefined;
  let atHalf: LatencyRun | undefined;
  let pollMicros: number;

  // Throughput: replies leave at the production pace (30 a second) while the bot processes;
  // the fake API does not limit. The backlog of replies is not waited for.
  const paced = await start({ entry, limited: false, paced: true, inboundShards: options.inboundShards, inboundBatch: options.inboundBatch });
  try {
    // Warm-up: connections, query plans, JIT.
    await measureThroughput(paced, 400);
    for (let i = 0; i < runs; i++) {
      const run = await measureThroughput(paced, messages);
      log(
        `inbound throughput run ${i + 1}: ${run.messagesPerSecond.toFixed(0)} msg/s (${run.messages} in ${run.seconds.toFixed(2)} s, handed over in ${run.handOverSeconds.toFixed(2)} s), ${run.cpuMicrosPerMessage.toFixed(0)} µs CPU/msg${run.apiCpuMicrosPerMessage === undefined ? '' : ` (the fake Bot API apart: ${run.apiCpuMicrosPerMessage.toFixed(0)} µs/msg)`}${serversLine(run)}, ${run.polls} polls; ${gcLine(run)}`,
      );
      throughput.push(run);
    }
  } finally {
    await paced.stop();
  }
  const rig = await start({ entry, limited: false, report: true, inboundShards: options.inboundShards, inboundBatch: options.inboundBatch });
  try {
    await measureLatency(rig, rate, 1);
    await waitIdle(rig);
    pollMicros = await pollCost(rig);
    log(`the driver's poll: ${pollMicros.toFixed(0)} µs CPU each, ${((median(throughput.map((r) => r.polls)) * pollMicros) / messages).toFixed(1)} µs a message of the throughput's CPU figure`);
    for (let i = 0; i < runs; i++) {
      const run = await measureLatency(rig, rate, seconds);
      log(`inbound latency run ${i + 1} (no send limit): p50 ${run.p50Ms.toFixed(1)} ms, p99 ${run.p99Ms.toFixed(1)} ms, max ${run.maxMs.toFixed(0)} ms, ${run.replies}/${run.offered} replies`);
      unlimited.push(run);
      await waitIdle(rig);
    }
    // Where 200 a second is more than the bot can take, the latency above is a growing
    // queue; at half the measured throughput it is the bot's own latency on this machine.
    const half = Math.max(1, Math.round(median(throughput.map((r) => r.messagesPerSecond)) / 2));
    if (half < rate) {
      atHalf = await measureLatency(rig, half, seconds);
      log(`inbound latency at ${half} msg/s (half the throughput, no send limit): p50 ${atHalf.p50Ms.toFixed(1)} ms, p99 ${atHalf.p99Ms.toFixed(1)} ms`);
      await waitIdle(rig);
    }
  } finally {
    await rig.stop();
  }
  if (limitedSeconds > 0) {
    const limitedRig = await start({ entry, limited: true, report: true, inboundShards: options.inboundShards, inboundBatch: options.inboundBatch });
    try {
      limited = await measureLatency(limitedRig, rate, limitedSeconds);
      log(`inbound latency with Telegram's limits (${limitedSeconds} s offered): p50 ${limited.p50Ms.toFixed(0)} ms, p99 ${limited.p99Ms.toFixed(0)} ms, ${limited.tooManyRequests} × 429`);
    } finally {
      await limitedRig.stop();
    }
  }
  return {
    entry,
    runs,
    shards: options.inboundShards,
    throughput,
    unlimited,
    limited,
    atHalf,
    messagesPerSecond: median(throughput.map((r) => r.messagesPerSecond)),
    cpuMicrosPerMessage: median(throughput.map((r) => r.cpuMicrosPerMessage)),
    driverPollMicrosPerMessage: (median(throughput.map((r) => r.polls)) * pollMicros) / messages,
    p50Ms: median(unlimited.map((r) => r.p50Ms)),
    p99Ms: median(unlimited.map((r) => r.p99Ms)),
  };
}

/** The CPU of one of the driver's polls (µs), 100 in a row (on an idle rig). */
async function pollCost(rig: InboundRig): Promise<number> {
  const cpu = process.cpuUsage();
  for (let i = 0; i < 100; i++) await inboxAndReplyCounts(rig.t.db);
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / 100;
}

/** Until every queue is empty (the replies of a throughput run are sent too). */
export async function waitIdle(rig: InboundRig): Promise<void> {
  const deadline = performance.now() + 600_000;
  while (!(await rig.app.isIdle())) {
    if (performance.now() > deadline) throw new Error('queues never emptied');
    await sleep(50);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string' },
      messages: { type: 'string' },
      rate: { type: 'string' },
      seconds: { type: 'string' },
      'limited-seconds': { type: 'string' },
      entry: { type: 'string' },
      shards: { type: 'string' },
      batch: { type: 'string' },
      api: { type: 'string' },
    },
  });
  const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  const result = await runInboundBench({
    entry: (values.entry as Entry | undefined) ?? 'intake',
    runs: num(values.runs),
    messages: num(values.messages),
    rate: num(values.rate),
    seconds: num(values.seconds),
    limitedSeconds: num(values['limited-seconds']),
    inboundShards: num(values.shards),
    inboundBatch: num(values.batch),
    apiInProcess: values.api === 'process',
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
