/**
 * Splits a `perf record -e cpu-clock -g` of the inbound bench (bench/inbound-profile.ts
 * --wait-signal, node run with --perf-basic-prof --interpreted-frames-native-stack) by who
 * spent the CPU. cpu-clock samples only while a thread is on a CPU, so unlike V8's own
 * profiler no sample lands on a socket write because the process was preempted there.
 *
 * Each sample goes to the first package (node_modules/<name>) or source folder (src/<dir>,
 * bench/) on its stack, walking up from the leaf; kernel time is shown apart (with the
 * package that made the system call, when the stack reaches one). Samples of V8's
 * helper threads (garbage collection, optimising compiles) are their own rows.
 *
 * `--steps` adds a split by the step of a message's way the CPU was spent in: each sample of the
 * main thread goes to the innermost frame of the bot's own code (src/) on its stack, by its file
 * (STEPS below), with the libraries and kernel under it; a sample with no src/ frame (a socket
 * read's callback, BullMQ's own fetching and finishing of jobs) is named by its package.
 *
 *   npx tsx bench/support/perf-breakdown.ts perf.data [--messages 1000] [--top 25] [--steps]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { messages: { type: 'string' }, top: { type: 'string' }, steps: { type: 'boolean' } } });
const messages = values.messages ? Number(values.messages) : undefined;
const top = Number(values.top ?? 25);
/**
 * V8 reuses the addresses of code it collected; --perf-basic-prof appends each new function
 * to /tmp/perf-PID.map, and perf may name a sample after the old code at that address (a
 * spreadsheet library loaded at start-up, say). The newest entry is the one that ran in a
 * recording made at the end of the run: older entries overlapping it are dropped (once;
 * the original is kept beside it as .orig).
 */
function keepNewestSymbols(pid: string): void {
  const map = `/tmp/perf-${pid}.map`;
  if (!existsSync(map) || existsSync(`${map}.orig`)) return;
  const entries = readFileSync(map, 'utf8')
    .split('\n')
    .flatMap((line) => {
      const m = /^([0-9a-f]+) ([0-9a-f]+) (.*)$/.exec(line);
      return m ? [{ start: parseInt(m[1]!, 16), size: parseInt(m[2]!, 16), line }] : [];
    });
  const kept: { start: number; end: number; line: string }[] = [];
  // Newest first, into a list kept sorted by start.
  const starts: number[] = [];
  for (const e of entries.reverse()) {
    const end = e.start + e.size;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= e.start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if ((before && before.end > e.start) || (after && after.start < end)) continue;
    starts.splice(lo, 0, e.start);
    kept.splice(lo, 0, { start: e.start, end, line: e.line });
  }
  renameSync(map, `${map}.orig`);
  writeFileSync(map, kept.map((k) => `${k.line}\n`).join(''));
}

const firstPid = /^\s*(\d+)/m.exec(execFileSync('perf', ['script', '-i', positionals[0]!, '-F', 'pid'], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] }))?.[1];
if (firstPid) keepNewestSymbols(firstPid);

const script = execFileSync('perf', ['script', '-i', positionals[0]!, '-F', 'comm,pid,tid,period,ip,sym,dso'], {
  encoding: 'utf8',
  maxBuffer: 1 << 30,
  stdio: ['ignore', 'pipe', 'ignore'],
});

interface Frame {
  sym: string;
  dso: string;
}

function ownerOf(sym: string): string | undefined {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(sym);
  if (pkg) return pkg[1];
  const src = /\/src\/([^/]+)\//.exec(sym) ?? /\/src\/([^/.]+)\.ts/.exec(sym);
  if (src) return `src/${src[1]}`;
  if (/\/bench\/|\/tests\/helpers\//.test(sym)) return 'bench driver, fake Bot API';
  return undefined;
}

/** A message's steps, by the bot's source file that runs them (the first pattern that matches). */
const STEPS: [RegExp, string][] = [
  [/\/src\/parser\//, 'parse the text (src/parser)'],
  [/\/src\/jobs\/(intake|flood-gate)\.ts|\/src\/modules\/flood\//, 'queue: the intake (flood admission, job add) and the reply\'s send-job add (src/jobs/intake.ts)'],
  [/\/src\/jobs\/(outbound\.processor|send-order|held-messages)\.ts|\/src\/channels\//, 'send the reply: its row read and marked, the HTTP call (outbound processor, channels)'],
  [/\/src\/db\/|\.repository\.ts/, 'statements: built, sent, results read (src/db, repositories)'],
  [/\/src\/jobs\//, "the batch's frame: jobs read and removed, the transaction run, the worker (src/jobs)"],
  [/\/src\/(conversation|modules|core)\//, 'decide and word the reply (src/conversation, modules, core)'],
  [/\/src\//, 'other bot code (src)'],
];
const steps = new Map<string, number>();

const owners = new Map<string, number>();
const leaves = new Map<string, number>();
let total = 0;
const add = (map: Map<string, number>, key: string, n: number) => map.set(key, (map.get(key) ?? 0) + n);

for (const block of script.split('\n\n')) {
  const lines = block.split('\n').filter((l) => l.trim() !== '');
  if (lines.length === 0) continue;
  const head = /^(.*?)\s+(\d+)\/(\d+)\s+(\d+)/.exec(lines[0]!.trim());
  if (!head) continue;
  const [, comm, pid, tid, period] = head;
  const us = Number(period) / 1000;
  const frames: Frame[] = lines.slice(1).map((l) => {
    const m = /^\s*[0-9a-f]+\s+(.*?)\s+\((.*)\)\s*$/.exec(l);
    return { sym: m?.[1] ?? l.trim(), dso: m?.[2] ?? '' };
  });
  total += us;
  const inKernel = frames[0]?.dso.includes('kernel') ?? false;
  let owner: string | undefined;
  for (const f of frames) {
    owner = ownerOf(f.sym);
    if (owner) break;
  }
  if (tid !== pid) owner = `other threads: ${comm?.trim()}`;
  else if (inKernel) owner = `kernel, called from ${owner ?? 'Node itself (libuv, no package frame)'}`;
  // Socket reads and stream plumbing, promise resumptions, the main thread's share of GC, malloc.
  else owner ??= 'Node runtime with no package frame (socket reads, streams, microtasks, GC, malloc)';
  add(owners, owner, us);
  if (values.steps) {
    const own = tid === pid ? frames.find((f) => /\/src\//.test(f.sym)) : undefined;
    const step = own ? STEPS.find(([pattern]) => pattern.test(own.sym))![1] : tid !== pid ? owner : `no frame of the bot: ${owner.replace(/^kernel, called from /, 'kernel under ')}`;
    add(steps, step, us);
  }
  const leaf = frames[0];
  if (leaf) add(leaves, `${leaf.sym.replace(/\+0x[0-9a-f]+$/, '').replace(/file:\/\/\S*node_modules\//, '').replace(/file:\/\/\S*\/(src|bench)\//, '$1/').slice(0, 110)}`, us);
}

const row = (label: string, us: number) =>
  `| ${label} | ${((100 * us) / total).toFixed(1)} % | ${(us / 1000).toFixed(0)} ms |${messages ? ` ${(us / messages).toFixed(0)} µs |` : ''}`;
console.log(`CPU in the recording: ${(total / 1000).toFixed(0)} ms${messages ? `, ${(total / messages).toFixed(0)} µs a message` : ''}\n`);
console.log(`| who | share | CPU |${messages ? ' a message |' : ''}\n|---|---|---|${messages ? '---|' : ''}`);
for (const [owner, us] of [...owners].sort((a, b) => b[1] - a[1])) console.log(row(owner, us));
if (values.steps) {
  console.log(`\nby step (the innermost frame of src/ on the stack):\n\n| step | share | CPU |${messages ? ' a message |' : ''}\n|---|---|---|${messages ? '---|' : ''}`);
  for (const [step, us] of [...steps].sort((a, b) => b[1] - a[1])) console.log(row(step, us));
}
console.log(`\nheaviest leaf functions:\n`);
for (const [fn, us] of [...leaves].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(row(fn, us));
