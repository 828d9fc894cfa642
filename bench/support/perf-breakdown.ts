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
 *   npx tsx bench/support/perf-breakdown.ts perf.data [--messages 1000] [--top 25]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { messages: { type: 'string' }, top: { type: 'string' } } });
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
  const leaf = frames[0];
  if (leaf) add(leaves, `${leaf.sym.replace(/\+0x[0-9a-f]+$/, '').replace(/file:\/\/\S*node_modules\//, '').replace(/file:\/\/\S*\/(src|bench)\//, '$1/').slice(0, 110)}`, us);
}

const row = (label: string, us: number) =>
  `| ${label} | ${((100 * us) / total).toFixed(1)} % | ${(us / 1000).toFixed(0)} ms |${messages ? ` ${(us / messages).toFixed(0)} µs |` : ''}`;
console.log(`CPU in the recording: ${(total / 1000).toFixed(0)} ms${messages ? `, ${(total / messages).toFixed(0)} µs a message` : ''}\n`);
console.log(`| who | share | CPU |${messages ? ' a message |' : ''}\n|---|---|---|${messages ? '---|' : ''}`);
for (const [owner, us] of [...owners].sort((a, b) => b[1] - a[1])) console.log(row(owner, us));
console.log(`\nheaviest leaf functions:\n`);
for (const [fn, us] of [...leaves].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(row(fn, us));
