/**
 * Where the inbound path's CPU goes (issue #21): the throughput rig of bench/inbound.ts
 * (intake entry, the bot's 30/s reply pacing on), warmed up, then `--messages N` handed
 * over at once while V8's sampling profiler runs in this process (through node:inspector,
 * so start-up, migrations and the warm-up are not in the profile). Prints the CPU a
 * message (user + system of the process, as the inbound bench does) and, with
 * `--profile FILE`, writes the .cpuprofile; `bench/support/profile-breakdown.ts` splits it
 * by package and phase. The fake Bot API runs in a child process (bench/support/fake-bot-api-child.ts),
 * so neither figure counts its HTTP server.
 *
 * Under `valgrind --tool=callgrind` (instruction counts, which do not move with the
 * machine's load), run it twice with different `--messages` and take the difference:
 * start-up and warm-up cancel out, what is left is N messages' worth.
 *
 * V8's profiler samples wall-clock time: on a loaded machine the process is often taken off
 * the CPU inside a socket write (waking Postgres or Redis), and those samples land on
 * `writev`. For CPU time alone, `--wait-signal` waits after the warm-up (printing
 * `ready PID`) for SIGUSR2, so `perf record -e cpu-clock -g -p PID` can be attached first
 * (run node with `--perf-basic-prof`; `bench/support/perf-breakdown.ts` reads the result).
 *
 *   npx tsx bench/inbound-profile.ts [--warmup 400] [--messages 1000] [--profile out.cpuprofile] [--wait-signal]
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { gcLine, measureThroughput, startInboundRigApart, waitIdle } from './inbound.ts';

const { values } = parseArgs({
  options: {
    warmup: { type: 'string' },
    messages: { type: 'string' },
    profile: { type: 'string' },
    shards: { type: 'string' },
    'wait-signal': { type: 'boolean' },
  },
});
const warmup = Number(values.warmup ?? 400);
const messages = Number(values.messages ?? 1000);

const rig = await startInboundRigApart({ entry: 'intake', limited: false, paced: true, inboundShards: values.shards ? Number(values.shards) : undefined });
try {
  if (warmup > 0) await measureThroughput(rig, warmup);
  await waitIdle(rig);
  if (values['wait-signal']) {
    // For an outside profiler (`perf record -p PID`): measure only once it is attached.
    const go = new Promise((resolve) => process.once('SIGUSR2', resolve));
    process.stderr.write(`ready ${process.pid}\n`);
    await go;
  }
  let session: Session | undefined;
  if (values.profile) {
    session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
  }
  const run = messages > 0 ? await measureThroughput(rig, messages) : undefined;
  if (session) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(values.profile!, JSON.stringify(profile));
    session.disconnect();
  }
  if (run) {
    process.stderr.write(
      `${run.messages} messages: ${run.messagesPerSecond.toFixed(0)} msg/s, CPU a message ${run.cpuMicrosPerMessage.toFixed(0)} µs (user ${run.cpuUserMicrosPerMessage.toFixed(0)}, system ${run.cpuSystemMicrosPerMessage.toFixed(0)}); ${gcLine(run)}\n`,
    );
  }
} finally {
  await rig.stop();
}
