/**
 * Splits a V8 .cpuprofile (bench/inbound-profile.ts --profile) by who spent the time: each
 * sample goes to the first package (node_modules/<name>) or source folder (src/<dir>,
 * bench/) found walking up its stack from the leaf, so Node's own socket and buffer code
 * is charged to the library that called it; samples with no such frame are Node's
 * (event loop, socket reads whose callers are gone) or V8's (GC). Also the heaviest
 * functions by self time. `--messages N` turns milliseconds into µs a message.
 *
 * `--from S` skips the profile's first S seconds (a worker's start-up and warm-up, when the
 * profile is a whole process's: bench/workers.ts --cpu-prof); `--inclusive` adds the heaviest
 * functions of the bot's own code (src/) by the time spent in them and all they called.
 *
 *   npx tsx bench/support/profile-breakdown.ts FILE.cpuprofile [--messages 1000] [--top 30] [--from 5] [--inclusive]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { messages: { type: 'string' }, top: { type: 'string' }, from: { type: 'string' }, inclusive: { type: 'boolean' } } });
const profile = JSON.parse(readFileSync(positionals[0]!, 'utf8')) as Profile;
const messages = values.messages ? Number(values.messages) : undefined;
const top = Number(values.top ?? 30);
const fromMicros = Number(values.from ?? 0) * 1_000_000;

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

function ownerOf(url: string): string | undefined {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (pkg) return pkg[1];
  const src = /\/src\/([^/]+)\//.exec(url) ?? /\/src\/([^/]+)\.ts/.exec(url);
  if (src) return `src/${src[1]}`;
  if (/\/bench\//.test(url) || /\/tests\/helpers\//.test(url)) return 'bench driver, fake Bot API';
  return undefined;
}

const owners = new Map<string, number>();
const selfByFunction = new Map<string, number>();
const inclusiveByFunction = new Map<string, number>();
let total = 0;
let at = 0;
const label = (n: Node) =>
  `${n.callFrame.functionName || '(anonymous)'} ${(n.callFrame.url.split('/node_modules/').pop() ?? '').replace(/^.*\/(src|bench)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  at += dt;
  if (at < fromMicros) return;
  const leaf = byId.get(id)!;
  const name = leaf.callFrame.functionName;
  if (name === '(idle)') return;
  if (values.inclusive) {
    const seen = new Set<string>();
    for (let n: Node | undefined = leaf; n; n = byId.get(parent.get(n.id) ?? -1)) {
      if (!/\/src\//.test(n.callFrame.url) || /node_modules/.test(n.callFrame.url)) continue;
      const key = label(n);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusiveByFunction.set(key, (inclusiveByFunction.get(key) ?? 0) + dt);
    }
  }
  total += dt;
  let owner: string | undefined;
  if (name === '(garbage collector)') owner = '(garbage collector)';
  else if (name === '(program)') owner = '(program: V8/native, no JS frame)';
  for (let n: Node | undefined = leaf; !owner && n; n = byId.get(parent.get(n.id) ?? -1)) owner = ownerOf(n.callFrame.url);
  owner ??= 'node internals (no package frame on the stack)';
  owners.set(owner, (owners.get(owner) ?? 0) + dt);
  const fn = label(leaf);
  selfByFunction.set(fn, (selfByFunction.get(fn) ?? 0) + dt);
});

const row = (label: string, us: number) =>
  `| ${label} | ${((100 * us) / total).toFixed(1)} % | ${(us / 1000).toFixed(0)} ms |${messages ? ` ${(us / messages).toFixed(0)} µs |` : ''}`;
console.log(`busy CPU in the profile: ${(total / 1000).toFixed(0)} ms${messages ? `, ${(total / messages).toFixed(0)} µs a message` : ''}\n`);
console.log(`| who | share | time |${messages ? ' a message |' : ''}\n|---|---|---|${messages ? '---|' : ''}`);
for (const [owner, us] of [...owners].sort((a, b) => b[1] - a[1])) console.log(row(owner, us));
console.log(`\nheaviest functions by self time:\n`);
for (const [fn, us] of [...selfByFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(row(fn, us));
if (values.inclusive) {
  console.log(`\nthe bot's own functions (src/) by inclusive time:\n`);
  for (const [fn, us] of [...inclusiveByFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(row(fn, us));
}
