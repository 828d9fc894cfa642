/**
 * The intake alone (src/jobs/intake.ts: flood admission and job add, what the Telegram
 * adapter calls for each update): N messages, each from a new member (so none is deferred:
 * the common path), handed to it 100 at a time,
 * with no worker taking the jobs. Prints the CPU of this process a message and each call's
 * time (hand-over → resolved), p50/p99, on the machine's Redis. What the inbound bench's
 * totals cannot resolve on a shared machine: the intake's own share, before and after a
 * change to it (run it from each build in turn).
 *
 *   npx tsx bench/intake.ts [--messages 20000] [--runs 5] [--in-flight 100]
 */
import { parseArgs } from 'node:util';
import { systemClock } from '../src/core/clock.ts';
import { createFloodGate } from '../src/jobs/flood-gate.ts';
import { createIntake } from '../src/jobs/intake.ts';
import { createQueues } from '../src/jobs/queues.ts';
import { createTestRedis } from '../tests/helpers/redis.ts';
import { median, percentile } from './calibrate.ts';
import { privateText } from './support/worker-fleet.ts';

const { values } = parseArgs({ options: { messages: { type: 'string' }, runs: { type: 'string' }, 'in-flight': { type: 'string' } } });
const messages = Number(values.messages ?? 20_000);
const runs = Number(values.runs ?? 5);
const inFlight = Number(values['in-flight'] ?? 100);

const r = await createTestRedis();
const queues = createQueues(r.connection, r.prefix, ['telegram']);
const intake = createIntake(queues, createFloodGate(r.connection, r.prefix, systemClock));
let nextId = 1;
const cpus: number[] = [];
try {
  for (let run = 0; run <= runs; run++) {
    const times: number[] = [];
    const cpu = process.cpuUsage();
    let next = 0;
    await Promise.all(
      Array.from({ length: inFlight }, async () => {
        while (next < messages) {
          const n = next++;
          const started = performance.now();
          const id = nextId++;
          await intake(privateText(4_000_000 + id, id, `laku ${(n % 9) + 1} bros @10rb`));
          times.push(performance.now() - started);
        }
      }),
    );
    const used = process.cpuUsage(cpu);
    const micros = (used.user + used.system) / messages;
    times.sort((a, b) => a - b);
    // Run 0 warms up (JIT, scripts loaded); the queues are emptied between runs.
    if (run > 0) cpus.push(micros);
    process.stderr.write(`${run === 0 ? 'warm-up' : `run ${run}`}: ${micros.toFixed(0)} µs CPU a message, p50 ${percentile(times, 50).toFixed(2)} ms, p99 ${percentile(times, 99).toFixed(2)} ms\n`);
    await Promise.all(queues.inbound.map((q) => q.obliterate({ force: true })));
  }
  process.stdout.write(`median ${median(cpus).toFixed(0)} µs CPU a message\n`);
} finally {
  await queues.close();
  await r.cleanup();
}
