/**
 * Soak: the whole bot (as in bench/inbound.ts, messages handed to its intake) offered a
 * steady half of its measured inbound maximum for ten minutes by default. Every 10 s it
 * samples the process's RSS and heap, the number of Redis keys under the bot's queue prefix
 * (jobs, queue bookkeeping, flood-throttling state) and Redis's used memory, and the
 * latency of the replies of that window.
 *
 * Pass: RSS of the last minute within 10% of the first minute's (averages), and the key
 * count of the last minute no higher than 10% above the first minute's highest — finished
 * jobs are trimmed (`removeOnComplete` in src/jobs/queues.ts), so it must stay flat however
 * many messages go through. With runs shorter than three minutes, "minute" is a third.
 * Keys also grow when the bot cannot keep up (jobs waiting): the rate must be sustainable.
 *
 * Replies are sent to a fake Bot API with no limits and the bot's own 30-a-second pacing is
 * off: at hundreds of messages a second, replies paced at 30 a second would pile up in
 * Redis without end, which is a property of Telegram's limit, not a leak.
 *
 * The driver (offering messages, the fake Bot API) runs in the same process as the bot and
 * keeps nothing per message, so RSS is the bot's plus a constant.
 *
 *   npx tsx bench/soak.ts [--minutes 10] [--rate N]   (no --rate: measures the maximum first)
 */
import { parseArgs } from 'node:util';
import { median } from './calibrate.ts';
import { measureThroughput, saleText, startInboundRig, waitIdle } from './inbound.ts';

export interface SoakSample {
  second: number;
  rssMB: number;
  heapUsedMB: number;
  redisKeys: number;
  redisUsedMB: number;
  handled: number;
  p50Ms: number;
  p99Ms: number;
}

export interface SoakResult {
  minutes: number;
  rate: number;
  /** The measured maximum the rate is half of (undefined when --rate was given). */
  maximum: number | undefined;
  offered: number;
  replies: number;
  senders: number;
  handOverErrors: number;
  rssFirstMB: number;
  rssLastMB: number;
  rssGrowthPercent: number;
  keysFirstMax: number;
  keysLastMax: number;
  redisUsedFirstMB: number;
  redisUsedLastMB: number;
  /** Finished jobs kept in Redis at the end, over all queues (trimmed to 200 each). */
  completedJobsKept: number;
  failedJobsKept: number;
  memoryFlat: boolean;
  keysBounded: boolean;
  samples: SoakSample[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const MB = 2 ** 20;

export async function runSoakBench(options: { minutes?: number; rate?: number; sampleSeconds?: number; log?: (line: string) => void } = {}): Promise<SoakResult> {
  const minutes = options.minutes ?? 10;
  const sampleMs = (options.sampleSeconds ?? 10) * 1000;
  const log = options.log ?? (() => undefined);
  const rig = await startInboundRig({ entry: 'intake', limited: false, keepSent: false });
  try {
    let maximum: number | undefined;
    let rate = options.rate;
    // Warm-up (and the maximum, when not given): the median of three short runs.
    const warm = [];
    for (let i = 0; i < (rate === undefined ? 3 : 1); i++) {
      warm.push((await measureThroughput(rig, 1500)).messagesPerSecond);
      await waitIdle(rig);
    }
    if (rate === undefined) {
      maximum = median(warm);
      rate = Math.max(1, Math.round(maximum / 2));
      log(`soak: measured maximum ${maximum.toFixed(0)} msg/s, offering ${rate} msg/s for ${minutes} min`);
    }

    const redis = rig.r.connection;
    const prefix = rig.r.prefix;
    const countKeys = async () => {
      let cursor = '0';
      let n = 0;
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
        cursor = next;
        n += keys.length;
      } while (cursor !== '0');
      return n;
    };
    const usedMemory = async () => Number(/used_memory:(\d+)/.exec(await redis.info('memory'))?.[1] ?? NaN) / MB;

    // Latency per window: each chat's hand-over times, first in first out.
    const pending = new Map<string, number[]>();
    let window: number[] = [];
    let replies = 0;
    rig.api.onSend = (s) => {
      const since = pending.get(s.chatId)?.shift();
      if (since !== undefined) {
        replies++;
        window.push(s.hr - since);
      }
    };

    // As many members as messages a second (at least 200): each writes about once a second,
    // under the flood threshold, and their flood-throttling keys all exist from the start.
    const senders = Math.min(rig.senders.length, Math.max(200, Math.ceil(rate)));
    const samples: SoakSample[] = [];
    const started = performance.now();
    const endAt = started + minutes * 60_000;
    let offered = 0;
    let handOverErrors = 0;
    let nextSample = started + sampleMs;
    while (performance.now() < endAt) {
      const due = Math.floor(((performance.now() - started) / 1000) * rate) + 1;
      while (offered < due) {
        const n = offered++;
        const chat = rig.senders[n % senders]!;
        const key = String(chat);
        let queue = pending.get(key);
        if (!queue) pending.set(key, (queue = []));
        queue.push(performance.now());
        rig.send(chat, saleText(n)).catch(() => void handOverErrors++);
      }
      if (performance.now() >= nextSample) {
        nextSample += sampleMs;
        const sorted = window.sort((a, b) => a - b);
        window = [];
        const memory = process.memoryUsage();
        const sample: SoakSample = {
          second: Math.round((performance.now() - started) / 1000),
          rssMB: memory.rss / MB,
          heapUsedMB: memory.heapUsed / MB,
          redisKeys: await countKeys(),
          redisUsedMB: await usedMemory(),
          handled: sorted.length,
          p50Ms: sorted[Math.floor(sorted.length / 2)] ?? NaN,
          p99Ms: sorted[Math.floor(sorted.length * 0.99)] ?? NaN,
        };
        samples.push(sample);
        log(
          `soak ${sample.second} s: rss ${sample.rssMB.toFixed(0)} MB, heap ${sample.heapUsedMB.toFixed(0)} MB, ${sample.redisKeys} keys, redis ${sample.redisUsedMB.toFixed(1)} MB, ${sample.handled} replies p50 ${sample.p50Ms.toFixed(1)} ms p99 ${sample.p99Ms.toFixed(1)} ms`,
        );
      }
      await sleep(2);
    }
    await waitIdle(rig);
    rig.api.onSend = undefined;

    const span = Math.min(60, (minutes * 60) / 3);
    const total = samples.at(-1)?.second ?? 0;
    const first = samples.filter((s) => s.second <= span);
    const last = samples.filter((s) => s.second > total - span);
    const avg = (xs: SoakSample[], pick: (s: SoakSample) => number) => xs.reduce((a, s) => a + pick(s), 0) / xs.length;
    const rssFirstMB = avg(first, (s) => s.rssMB);
    const rssLastMB = avg(last, (s) => s.rssMB);
    const keysFirstMax = Math.max(...first.map((s) => s.redisKeys));
    const keysLastMax = Math.max(...last.map((s) => s.redisKeys));
    const counts = await Promise.all([...rig.app.queues.inbound, ...rig.app.queues.outbound.values()].map((q) => q.getJobCounts('completed', 'failed')));
    const rssGrowthPercent = ((rssLastMB - rssFirstMB) / rssFirstMB) * 100;
    return {
      minutes,
      rate,
      maximum,
      offered,
      replies,
      senders,
      handOverErrors,
      rssFirstMB,
      rssLastMB,
      rssGrowthPercent,
      keysFirstMax,
      keysLastMax,
      redisUsedFirstMB: avg(first, (s) => s.redisUsedMB),
      redisUsedLastMB: avg(last, (s) => s.redisUsedMB),
      completedJobsKept: counts.reduce((a, c) => a + (c.completed ?? 0), 0),
      failedJobsKept: counts.reduce((a, c) => a + (c.failed ?? 0), 0),
      memoryFlat: rssGrowthPercent <= 10,
      keysBounded: keysLastMax <= keysFirstMax * 1.1,
      samples,
    };
  } finally {
    await rig.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { minutes: { type: 'string' }, rate: { type: 'string' } } });
  const result = await runSoakBench({
    minutes: values.minutes ? Number(values.minutes) : undefined,
    rate: values.rate ? Number(values.rate) : undefined,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
