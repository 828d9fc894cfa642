/**
 * `npm run bench [-- --json] [-- --only parser]`: runs the benchmarks and prints each
 * figure beside its goal. Not part of `npm test`: speed is measured here, not asserted.
 *
 * The machine is calibrated first (bench/calibrate.ts: Postgres single-row insert rate,
 * Redis round trip) and figures that depend on it are also printed as a ratio to it.
 * The 10-minute soak runs only when asked: `--soak` (with the rest) or `--only soak`;
 * `--minutes N` shortens it. `--runs N` sets the inbound runs (median reported),
 * `--messages N` the messages of each throughput run, `--seconds N` each latency run.
 * `--only workers` measures 1, 2 and 4 worker processes (`--worker-counts 1,2,4`,
 * `--messages N` per run, `--shards N`).
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { runBroadcastBench } from './broadcast.ts';
import { median, runCalibration, type Calibration } from './calibrate.ts';
import { runInboundBench, type InboundResult } from './inbound.ts';
import { runSoakBench } from './soak.ts';
import { runParserBench, type ParserBenchResult } from './parser.ts';
import { runLeadFeedBench } from './lead-feed.ts';
import { runRemindersBench } from './reminders.ts';
import { runSummariesBench } from './summaries.ts';
import { FEED_WATERMARK } from '../src/jobs/bulk-feeder.ts';
import { runExportBench } from './export.ts';
import { runConsoleBench } from './console.ts';
import { runMemberImportBench } from './member-import.ts';
import { runWorkersBench } from './workers.ts';

interface Figure {
  name: string;
  value: number;
  unit: string;
  goal: string;
  met: boolean;
  /** The figure divided by a calibration figure (see bench/calibrate.ts). */
  ratio?: { value: number; to: string };
}

/** Rounds to three significant digits. */
const sig = (n: number) => Number(n.toPrecision(3));
// Progress goes to stderr (also with --json, whose stdout stays pure JSON).
const log = (line: string) => void process.stderr.write(`  … ${line}\n`);
let calibration: Calibration | undefined;
let inbound: InboundResult | undefined;
const perInsert = (msgPerSecond: number) =>
  calibration ? { ratio: { value: sig(msgPerSecond / calibration.pgInsertsPerSecondPool), to: `PG inserts/s (pool of ${calibration.pool})` } } : {};
const perRtt = (ms: number) => (calibration ? { ratio: { value: sig(ms / calibration.redisPingP50Ms), to: 'Redis PING p50' } } : {});

interface Suite {
  name: string;
  run(): Promise<Figure[]>;
}

const suites: Suite[] = [
  {
    name: 'calibrate',
    async run() {
      calibration = await runCalibration();
      const c = calibration;
      return [
        { name: 'PG single-row insert, autocommit, 1 connection', value: Math.round(c.pgInsertsPerSecond1), unit: 'inserts/s', goal: '—', met: true },
        { name: `PG single-row insert, autocommit, pool of ${c.pool}`, value: Math.round(c.pgInsertsPerSecondPool), unit: 'inserts/s', goal: '—', met: true },
        { name: 'PG insert into a temporary table (no WAL), 1 connection', value: Math.round(c.pgTempInsertsPerSecond1), unit: 'inserts/s', goal: '—', met: true },
        { name: 'PG select 1 round trip, p50', value: sig(c.pgSelectP50Ms), unit: 'ms', goal: '—', met: true },
        { name: 'Node CPU time per PG query round trip (node-pg)', value: Math.round(c.pgQueryCpuMicros), unit: 'µs', goal: '—', met: true },
        { name: 'Redis PING round trip, p50', value: sig(c.redisPingP50Ms), unit: 'ms', goal: '—', met: true },
        { name: 'Redis PING round trip, p99', value: sig(c.redisPingP99Ms), unit: 'ms', goal: '—', met: true },
        // The parser's figures are comparable between runs only when the middle one is (bench/support/memory-latency.ts).
        { name: 'memory load, random chase over 256 KB (L2)', value: sig(c.loadNs256K), unit: 'ns', goal: '—', met: true },
        { name: 'memory load, random chase over 4 MB (L3 when not shared)', value: sig(c.loadNs4M), unit: 'ns', goal: '—', met: true },
        { name: 'memory load, random chase over 64 MB (memory)', value: sig(c.loadNs64M), unit: 'ns', goal: '—', met: true },
      ];
    },
  },
  {
    name: 'inbound',
    async run() {
      const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
      const r = await runInboundBench({ runs: num(values.runs) ?? 3, messages: num(values.messages), seconds: num(values.seconds), log });
      inbound = r;
      const l = r.limited;
      const h = r.atHalf;
      return [
        { name: `inbound processing throughput, median of ${r.runs} (intake → inbox row + reply in outbox)`, value: Math.round(r.messagesPerSecond), unit: 'msg/s', goal: '≥ 1,000', met: r.messagesPerSecond >= 1000, ...perInsert(r.messagesPerSecond) },
        {
          name: 'inbound CPU time of the bot process per message',
          value: Math.round(r.cpuMicrosPerMessage),
          unit: 'µs',
          goal: '≤ 1,000 for 1,000 msg/s',
          met: r.cpuMicrosPerMessage <= 1000,
          ...(calibration ? { ratio: { value: sig(r.cpuMicrosPerMessage / calibration.pgQueryCpuMicros), to: 'Node CPU per PG query' } } : {}),
        },
        // Since 2026-12-08 the fake Bot API runs in a child process: the figure above is the bot's (and the driver's polls, below).
        ...(r.throughput.every((t) => t.apiCpuMicrosPerMessage !== undefined)
          ? [{ name: 'inbound CPU time of the fake Bot API per message (its child process; not in the bot figure)', value: Math.round(median(r.throughput.map((t) => t.apiCpuMicrosPerMessage!))), unit: 'µs', goal: '—', met: true }]
          : []),
        { name: "of the bot figure, the bench driver's polls (is every message in?)", value: sig(r.driverPollMicrosPerMessage), unit: 'µs', goal: '—', met: true },
        ...(['postgres', 'redis-server'] as const).flatMap((server) =>
          r.throughput.every((t) => t.serverCpuMicrosPerMessage?.[server] !== undefined)
            ? [{ name: `inbound CPU time of ${server === 'postgres' ? 'Postgres' : 'Redis'} per message (every ${server} process on the machine; not in the bot figure)`, value: Math.round(median(r.throughput.map((t) => t.serverCpuMicrosPerMessage![server]!))), unit: 'µs', goal: '—', met: true }]
            : [],
        ),
        { name: "the main thread's GC pauses a message (their wall time: stretched on a loaded machine)", value: sig(median(r.throughput.map((t) => t.gcMicrosPerMessage))), unit: 'µs', goal: '—', met: true },
        { name: 'inbound scavenges (young-generation GCs) per 1,000 messages', value: sig(median(r.throughput.map((t) => t.scavengesPerThousand))), unit: '', goal: '—', met: true },
        { name: 'inbound latency at 200 msg/s, p50 (intake → reply accepted; no send limit)', value: sig(r.p50Ms), unit: 'ms', goal: '≤ 5', met: r.p50Ms <= 5, ...perRtt(r.p50Ms) },
        { name: 'inbound latency at 200 msg/s, p99 (no send limit)', value: sig(r.p99Ms), unit: 'ms', goal: '≤ 25', met: r.p99Ms <= 25, ...perRtt(r.p99Ms) },
        ...(h
          ? [
              { name: `inbound latency at ${h.rate} msg/s (half the throughput measured: 200/s is beyond it), p50`, value: sig(h.p50Ms), unit: 'ms', goal: '—', met: true, ...perRtt(h.p50Ms) },
              { name: `inbound latency at ${h.rate} msg/s, p99`, value: sig(h.p99Ms), unit: 'ms', goal: '—', met: true, ...perRtt(h.p99Ms) },
            ]
          : []),
        ...(l
          ? [
              { name: `inbound latency at 200 msg/s with Telegram's 30/s limit, p50 (${l.offered} offered; backlog)`, value: Math.round(l.p50Ms), unit: 'ms', goal: '— (limit-bound)', met: true },
              { name: "inbound latency at 200 msg/s with Telegram's 30/s limit, p99", value: Math.round(l.p99Ms), unit: 'ms', goal: '— (limit-bound)', met: true },
              { name: '429 answers from the Bot API during it', value: l.tooManyRequests, unit: '', goal: '0', met: l.tooManyRequests === 0 },
            ]
          : []),
      ];
    },
  },
  {
    name: 'workers',
    async run() {
      // Separate worker processes (DAMPINGI_ROLES=worker) behind one receiver (bench/workers.ts).
      const r = await runWorkersBench({
        workers: values['worker-counts']?.split(',').map(Number),
        messages: values.messages ? Number(values.messages) : 1000,
        shards: values.shards ? Number(values.shards) : undefined,
        log,
      });
      const one = r.runs.find((x) => x.workers === 1);
      return r.runs.flatMap((x) => [
        {
          name: `inbound throughput, ${x.workers} worker process${x.workers === 1 ? '' : 'es'} (${r.shards} shards, ${x.messages} messages, load ${x.load1.toFixed(1)})`,
          value: Math.round(x.messagesPerSecond),
          unit: 'msg/s',
          // Scaling is reported, not required: on a small shared machine it is flat (docs/BENCHMARKS.md).
          goal: one && x.workers > 1 ? `— (${sig(x.messagesPerSecond / one.messagesPerSecond)} × 1 process)` : '—',
          met: true,
          ...perInsert(x.messagesPerSecond),
        },
        ...(x.workerCpuMicrosPerMessage === undefined
          ? []
          : [{ name: `CPU time of the ${x.workers} worker process${x.workers === 1 ? '' : 'es'} per message`, value: Math.round(x.workerCpuMicrosPerMessage), unit: 'µs', goal: '—', met: true }]),
      ]);
    },
  },
  {
    name: 'parser',
    async run() {
      // Median of several runs, on one core (the parser is synchronous).
      const runs: ParserBenchResult[] = [];
      for (let i = 0; i < 5; i++) runs.push(await runParserBench({ seconds: 2 }));
      const median = (pick: (r: ParserBenchResult) => number) => {
        const sorted = runs.map(pick).sort((a, b) => a - b);
        return sorted[Math.floor(sorted.length / 2)]!;
      };
      const rate = median((r) => r.messagesPerSecond);
      const p50 = median((r) => r.p50Micros);
      const p99 = median((r) => r.p99Micros);
      const onCpu = median((r) => r.onCpu);
      return [
        // Per second of the parsing thread's CPU time (bench/support/thread-cpu.ts says why).
        { name: 'parser throughput', value: Math.round(rate), unit: 'msg/s', goal: '≥ 50,000', met: rate >= 50_000 },
        { name: 'parser throughput by the wall clock', value: Math.round(median((r) => r.wallMessagesPerSecond)), unit: 'msg/s', goal: '—', met: true },
        // Below 1 the machine was busy, and the latencies (wall clock, per call) read it too.
        { name: 'share of the wall time the parser was on a core', value: onCpu, unit: '', goal: '—', met: true },
        { name: 'parser p50 latency', value: Number(p50.toFixed(1)), unit: 'µs', goal: '—', met: true },
        { name: 'parser p99 latency', value: Number(p99.toFixed(1)), unit: 'µs', goal: '≤ 100', met: p99 <= 100 },
      ];
    },
  },
  {
    name: 'broadcast',
    async run() {
      // One run: at Telegram's pace a 10,000-recipient broadcast takes about six minutes.
      const r = await runBroadcastBench({ recipients: values.recipients ? Number(values.recipients) : 10_000 });
      return [
        { name: `lead broadcast to ${r.recipients.toLocaleString('en')} chats`, value: Number(r.messagesPerSecond.toFixed(1)), unit: 'msg/s', goal: '≥ 27', met: r.messagesPerSecond >= 27 },
        { name: 'broadcast duration', value: Number(r.seconds.toFixed(1)), unit: 's', goal: '—', met: true },
        // (The broadcast rate is set by Telegram's limit, not by the machine: no ratio.)
        { name: '429 answers from the Bot API', value: r.tooManyRequests, unit: '', goal: '0', met: r.tooManyRequests === 0 },
        { name: `reply latency during the broadcast, max of ${r.replies}`, value: r.replyLatencyMaxMs, unit: 'ms', goal: '≤ 2000', met: r.replyLatencyMaxMs <= 2000 },
        { name: 'reply latency during the broadcast, p50', value: r.replyLatencyP50Ms, unit: 'ms', goal: '—', met: true },
      ];
    },
  },
  {
    name: 'reminders',
    async run() {
      // One run: seeding 100,000 members takes a few seconds of its own.
      const r = await runRemindersBench({ members: 100_000 });
      // Against the time the same number of autocommit single-row inserts takes here: the
      // goal is that ratio (the machine is shared, so seconds alone say little); 10 s when
      // the calibration did not run.
      const ratio = calibration ? r.seconds / (r.members / calibration.pgInsertsPerSecondPool) : undefined;
      const firstFeed = Math.min(r.members, FEED_WATERMARK.telegram!);
      return [
        {
          name: `weekly nudge to ${r.members.toLocaleString('en')} members: outbox rows for the bulk feeder`,
          value: Number(r.seconds.toFixed(2)),
          unit: 's',
          goal: ratio === undefined ? '≤ 10' : '≤ 0.3 × PG inserts',
          met: (ratio === undefined ? r.seconds <= 10 : ratio <= 0.3) && r.rows === r.members,
          ...(ratio !== undefined ? { ratio: { value: sig(ratio), to: `time of ${r.members.toLocaleString('en')} PG inserts (pool)` } } : {}),
        },
        // The send queue holds a few minutes of sends, not 100,000 jobs (src/jobs/bulk-feeder.ts).
        { name: "the feeder's first run: send jobs queued", value: r.jobs, unit: 'jobs', goal: `${firstFeed.toLocaleString('en')}`, met: r.jobs === firstFeed },
        { name: "the feeder's first run", value: Number(r.enqueueSeconds.toFixed(2)), unit: 's', goal: '—', met: true },
        { name: 'rows fed as the queue drained, and sent', value: r.fedInAll, unit: 'rows', goal: `${r.members.toLocaleString('en')}, each once`, met: r.fedInAll === r.members && r.sentRows === r.members },
        { name: 'Redis memory of the queued jobs', value: Number(r.redisMegabytes.toFixed(1)), unit: 'MB', goal: '≤ 150', met: r.redisMegabytes <= 150 },
        { name: 'Redis memory per queued job', value: r.bytesPerJob, unit: 'B', goal: '—', met: true },
      ];
    },
  },
  {
    name: 'summaries',
    async run() {
      // The weekly summaries' fan-out at 100,000 members with entries, set-based and through
      // the bulk feeder; then, on a fresh database, as it was (one summary job per member).
      const r = await runSummariesBench({ members: 100_000 });
      log(`summaries after: ${r.seconds.toFixed(1)} s; now as before (a job per member)`);
      const b = await runSummariesBench({ members: 100_000, design: 'before' });
      const ratioOf = (seconds: number) => (calibration ? seconds / (r.members / calibration.pgInsertsPerSecondPool) : undefined);
      const ratio = ratioOf(r.seconds);
      const ratioBefore = ratioOf(b.seconds);
      const versus = (value: number | undefined) => (value !== undefined ? { ratio: { value: sig(value), to: `time of ${r.members.toLocaleString('en')} PG inserts (pool)` } } : {});
      const firstFeed = Math.min(r.members, FEED_WATERMARK.telegram!);
      return [
        {
          name: `weekly summaries to ${r.members.toLocaleString('en')} members: outbox rows for the bulk feeder`,
          value: Number(r.seconds.toFixed(2)),
          unit: 's',
          goal: ratio === undefined ? '≤ 10' : '≤ 0.3 × PG inserts',
          met: (ratio === undefined ? r.seconds <= 10 : ratio <= 0.3) && r.rows === r.members,
          ...versus(ratio),
        },
        { name: "the feeder's first run: send jobs queued", value: r.jobs, unit: 'jobs', goal: `${firstFeed.toLocaleString('en')}`, met: r.jobs === firstFeed },
        { name: "the feeder's first run", value: Number(r.feedSeconds.toFixed(2)), unit: 's', goal: '—', met: true },
        { name: 'rows fed as the queue drained, and sent', value: r.fedInAll, unit: 'rows', goal: `${r.members.toLocaleString('en')}, each once`, met: r.fedInAll === r.members && r.sentRows === r.members },
        { name: 'Redis memory after the first feed', value: Number(r.redisMegabytes.toFixed(1)), unit: 'MB', goal: '≤ 150', met: r.redisMegabytes <= 150 },
        ...(r.figuresMs
          ? [
              { name: 'the send step reading her figures (one statement a row), p50', value: Number(r.figuresMs.p50.toFixed(2)), unit: 'ms', goal: '—', met: true },
              { name: 'the send step reading her figures, p99', value: Number(r.figuresMs.p99.toFixed(2)), unit: 'ms', goal: '—', met: true },
            ]
          : []),
        { name: 'before: the tick handing each member to the summary job', value: Number(b.seconds.toFixed(2)), unit: 's', goal: '—', met: true, ...versus(ratioBefore) },
        { name: 'before: jobs in Redis', value: b.jobs, unit: 'jobs', goal: '—', met: true },
        { name: 'before: Redis memory', value: Number(b.redisMegabytes.toFixed(1)), unit: 'MB', goal: '—', met: true },
      ];
    },
  },
  {
    name: 'lead-feed',
    async run() {
      // A lead to 10,000 members' private chats, queued at once (as before) and through the bulk feeder.
      const r = await runLeadFeedBench({ members: 10_000 });
      const firstFeed = Math.min(r.members, FEED_WATERMARK.telegram!);
      return [
        { name: `lead to ${r.members.toLocaleString('en')} members queued at once: Redis memory`, value: Number(r.atOnce.redisMegabytes.toFixed(1)), unit: 'MB', goal: '—', met: r.atOnce.jobs === r.members },
        { name: 'the same lead through the bulk feeder: Redis memory after its first run', value: Number(r.feeder.redisMegabytes.toFixed(1)), unit: 'MB', goal: '≤ 6', met: r.feeder.redisMegabytes <= 6 },
        { name: 'send jobs queued through the feeder', value: r.feeder.jobs, unit: 'jobs', goal: `${firstFeed.toLocaleString('en')}`, met: r.feeder.jobs === firstFeed },
        { name: 'publishing (and the first feed)', value: Number(r.feeder.seconds.toFixed(2)), unit: 's', goal: '—', met: true },
        { name: 'rows fed as the queue drained', value: r.fedInAll, unit: 'rows', goal: `${r.members.toLocaleString('en')}, each once`, met: r.fedInAll === r.members },
      ];
    },
  },
  {
    name: 'export',
    async run() {
      // One run of each format, each in a child process of its own. The goal is the memory
      // the export takes: the child's peak RSS less its RSS once Node, tsx and the modules
      // are loaded (about 110 MB, which the bot process has anyway). The whole child's peak
      // is printed too.
      const r = await runExportBench({ entries: 200_000, members: 200 });
      return r.runs.flatMap((x) => [
        {
          name: `export of ${x.entries.toLocaleString('en')} entries (${r.members} members, a year) to ${x.format.toUpperCase()}: memory it takes (peak RSS − RSS before)`,
          value: Math.round(x.peakRssMegabytes - x.baselineRssMegabytes),
          unit: 'MB',
          goal: '< 200',
          met: x.peakRssMegabytes - x.baselineRssMegabytes < 200,
        },
        {
          name: `${x.format.toUpperCase()} export: the child process's whole peak RSS (Node, tsx, modules and the export)`,
          value: Math.round(x.peakRssMegabytes),
          unit: 'MB',
          goal: '—',
          met: true,
        },
        { name: `${x.format.toUpperCase()} export: time`, value: Number(x.seconds.toFixed(1)), unit: 's', goal: '—', met: true },
        { name: `${x.format.toUpperCase()} export: peak heap / RSS before the export`, value: Math.round(x.peakHeapMegabytes), unit: `MB / ${Math.round(x.baselineRssMegabytes)} MB`, goal: '—', met: true },
      ]);
    },
  },
  {
    name: 'console',
    async run() {
      // The web console's pages at issue #19's scale (bench/console.ts; pages not on this branch are skipped).
      const r = await runConsoleBench({ log });
      const scale = `${r.members.toLocaleString('en')} members, ${r.groups.toLocaleString('en')} groups, ${r.entries.toLocaleString('en')} entries`;
      return r.pages.flatMap((p) => [
        { name: `console ${p.path}, ${p.viewer}, server time p95 (${scale})`, value: sig(p.p95Ms), unit: 'ms', goal: '≤ 200', met: p.p95Ms <= 200 },
        { name: `console ${p.path}, ${p.viewer}, page size`, value: p.bytes, unit: 'B', goal: '≤ 100 KB', met: p.bytes <= 100_000 },
      ]);
    },
  },
  {
    name: 'member-import',
    async run() {
      // The console's member import (issue #20): 5,000 rows through the real routes, upload → dry run → confirm.
      const r = await runMemberImportBench({ log });
      const load = os.loadavg()[0]!.toFixed(1);
      return [
        { name: `member import of ${r.rows.toLocaleString('en')} rows (upload + dry run + confirmation; ${r.people.toLocaleString('en')} people known; load ${load})`, value: sig(r.totalMs / 1000), unit: 's', goal: '≤ 10', met: r.totalMs <= 10_000 },
        { name: 'member import: upload (read the CSV, keep its rows)', value: Math.round(r.uploadMs), unit: 'ms', goal: '—', met: true },
        { name: 'member import: dry run page (every row checked and listed)', value: Math.round(r.dryRunMs), unit: 'ms', goal: '—', met: true },
        { name: 'member import: dry run page size', value: Math.round(r.dryRunBytes / 1024), unit: 'KB', goal: '—', met: true },
        { name: 'member import: confirmation (checked again, written in one transaction)', value: Math.round(r.confirmMs), unit: 'ms', goal: '—', met: true },
      ];
    },
  },
  {
    name: 'soak',
    async run() {
      // Half the inbound maximum measured in this run, or measured by the soak itself.
      const rate = values.rate ? Number(values.rate) : inbound ? Math.round(inbound.messagesPerSecond / 2) : undefined;
      const r = await runSoakBench({ minutes: values.minutes ? Number(values.minutes) : 10, rate, log });
      soak = r;
      return [
        { name: `soak: ${r.minutes} min at ${r.rate} msg/s (${r.offered.toLocaleString('en')} messages, ${r.replies.toLocaleString('en')} replies)`, value: r.rate, unit: 'msg/s', goal: '½ inbound max', met: r.replies === r.offered && r.handOverErrors === 0, ...perInsert(r.rate) },
        { name: 'soak: RSS growth, first minute → last minute (averages)', value: sig(r.rssGrowthPercent), unit: '%', goal: '≤ 10', met: r.memoryFlat },
        { name: 'soak: RSS, last minute', value: Math.round(r.rssLastMB), unit: 'MB', goal: '—', met: true },
        { name: 'soak: Redis keys under the queue prefix, highest of the first → last minute', value: r.keysLastMax, unit: `keys (first ${r.keysFirstMax})`, goal: 'bounded (≤ first × 1.1)', met: r.keysBounded },
        { name: 'soak: finished jobs kept in Redis at the end (trimmed to 200 a queue)', value: r.completedJobsKept + r.failedJobsKept, unit: 'jobs', goal: '—', met: true },
      ];
    },
  },
];

const { values } = parseArgs({
  options: {
    json: { type: 'boolean' },
    only: { type: 'string' },
    recipients: { type: 'string' },
    soak: { type: 'boolean' },
    minutes: { type: 'string' },
    rate: { type: 'string' },
    runs: { type: 'string' },
    messages: { type: 'string' },
    seconds: { type: 'string' },
    shards: { type: 'string' },
    'worker-counts': { type: 'string' },
  },
});
let soak: Awaited<ReturnType<typeof runSoakBench>> | undefined;
const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version };
const results: Record<string, Figure[]> = {};
for (const suite of suites) {
  // Calibration always runs first (the ratios need it); the long soak only when asked.
  if (values.only && suite.name !== values.only && suite.name !== 'calibrate') continue;
  if (suite.name === 'soak' && !values.soak && values.only !== 'soak') continue;
  results[suite.name] = await suite.run();
}

if (values.json) {
  const details = { calibration, inbound, soak: soak && { ...soak, samples: soak.samples } };
  process.stdout.write(`${JSON.stringify({ date: new Date().toISOString(), machine, load: os.loadavg(), results, details }, null, 2)}\n`);
} else {
  process.stdout.write(`Machine: ${machine.cpus} × ${machine.cpu}, ${machine.memoryGiB} GiB, Node ${machine.node}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
  for (const [suite, figures] of Object.entries(results)) {
    process.stdout.write(`\n${suite}\n`);
    for (const f of figures) {
      const ratio = f.ratio ? ` = ${f.ratio.value.toLocaleString('en')} × ${f.ratio.to}` : '';
      process.stdout.write(`  ${f.met ? '✓' : '✗'} ${f.name}: ${f.value.toLocaleString('en')} ${f.unit}${ratio} (goal ${f.goal})\n`);
    }
  }
}
