/**
 * `npm run bench [-- --json] [-- --only parser]`: runs the benchmarks and prints each
 * figure beside its goal. Not part of `npm test`: speed is measured here, not asserted.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { runBroadcastBench } from './broadcast.ts';
import { runParserBench, type ParserBenchResult } from './parser.ts';
import { runRemindersBench } from './reminders.ts';

interface Figure {
  name: string;
  value: number;
  unit: string;
  goal: string;
  met: boolean;
}

interface Suite {
  name: string;
  run(): Promise<Figure[]>;
}

const suites: Suite[] = [
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
      return [
        { name: 'parser throughput', value: Math.round(rate), unit: 'msg/s', goal: '≥ 50,000', met: rate >= 50_000 },
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
      return [
        { name: `weekly nudge to ${r.members.toLocaleString('en')} members: outbox rows + send jobs`, value: Number(r.seconds.toFixed(2)), unit: 's', goal: '≤ 10', met: r.seconds <= 10 && r.jobs === r.members },
        { name: 'of which enqueueing the jobs', value: Number(r.enqueueSeconds.toFixed(2)), unit: 's', goal: '—', met: true },
        { name: 'Redis memory of the queued jobs', value: Number(r.redisMegabytes.toFixed(1)), unit: 'MB', goal: '≤ 150', met: r.redisMegabytes <= 150 },
        { name: 'Redis memory per queued job', value: r.bytesPerJob, unit: 'B', goal: '—', met: true },
      ];
    },
  },
];

const { values } = parseArgs({ options: { json: { type: 'boolean' }, only: { type: 'string' }, recipients: { type: 'string' } } });
const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version };
const results: Record<string, Figure[]> = {};
for (const suite of suites) {
  if (values.only && suite.name !== values.only) continue;
  results[suite.name] = await suite.run();
}

if (values.json) {
  process.stdout.write(`${JSON.stringify({ date: new Date().toISOString(), machine, results }, null, 2)}\n`);
} else {
  process.stdout.write(`Machine: ${machine.cpus} × ${machine.cpu}, ${machine.memoryGiB} GiB, Node ${machine.node}\n`);
  for (const [suite, figures] of Object.entries(results)) {
    process.stdout.write(`\n${suite}\n`);
    for (const f of figures) {
      process.stdout.write(`  ${f.met ? '✓' : '✗'} ${f.name}: ${f.value.toLocaleString('en')} ${f.unit} (goal ${f.goal})\n`);
    }
  }
}
