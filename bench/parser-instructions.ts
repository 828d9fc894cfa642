/**
 * The parser's cost in machine instructions a parse, which no load on the machine moves:
 *
 *   npx tsx bench/parser-instructions.ts [--passes 10,30] [--json]
 *
 * WHY: the parser's throughput in messages a second (bench/parser.ts) differs several-fold between
 * machines of the same kind and between hours on one machine (docs/BENCHMARKS.md: a shared last-level
 * cache, neighbours' load), so two builds compare only side by side, on a quiet machine. Counting the
 * instructions under valgrind's callgrind compares them whenever: the same build, corpus and passes give
 * the same count, and helpers or CI running beside it change nothing but how long it takes.
 *
 * How: this file runs itself twice under `valgrind --tool=callgrind`, with `node --single-threaded` (V8
 * compiles on the main thread, so what it compiles is counted and the same each run), parsing the bench's
 * corpus (bench/parser.ts parserCorpus, its distinct texts) `a` and then `b` times. Start-up, module
 * loading and the first passes' compiling are in both counts; their difference over (b − a) passes is a
 * warm parse's cost, TurboFan's late compiles of rarely used readers included. Needs valgrind (Debian's
 * package); ~5 minutes on a quiet machine, several times that on a busy one.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const self = fileURLToPath(import.meta.url);
const repoRoot = path.resolve(path.dirname(self), '..');

/** Child mode: parse the distinct corpus texts PASSES times and say how many parses that was. */
async function runPasses(passes: number): Promise<void> {
  const { parserCorpus } = await import('./parser.ts');
  const { parseMessage } = await import('../src/parser/index.ts');
  const seen = new Set<string>();
  const texts = parserCorpus().filter((item) => !seen.has(`${item.ctx.today}|${item.text}`) && seen.add(`${item.ctx.today}|${item.text}`));
  let sink = 0;
  for (let p = 0; p < passes; p++) for (const item of texts) sink += parseMessage(item.text, item.ctx).confidence;
  process.stdout.write(`${JSON.stringify({ parses: passes * texts.length, texts: texts.length, sink })}\n`);
}

/** The instructions callgrind collected running this file in child mode for `passes` passes. */
function countInstructions(passes: number): { instructions: number; texts: number; sink: number } {
  const run = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, '--single-threaded', '--import', 'tsx', self, '--child', String(passes)], {
    cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw new Error(`valgrind could not start (apt-get install valgrind): ${run.error.message}`);
  const collected = /Collected : (\d+)/.exec(run.stderr);
  const out = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || collected === null || !out.startsWith('{')) throw new Error(`callgrind run failed (${run.status}):\n${run.stderr.slice(-2000)}`);
  const child = JSON.parse(out) as { texts: number; sink: number };
  return { instructions: Number(collected[1]), texts: child.texts, sink: child.sink };
}

const { values } = parseArgs({ options: { child: { type: 'string' }, passes: { type: 'string', default: '10,30' }, json: { type: 'boolean', default: false } } });
if (values.child !== undefined) {
  await runPasses(Number(values.child));
} else {
  const [a, b] = values.passes.split(',').map(Number) as [number, number];
  if (!(a >= 1 && b > a)) throw new Error('--passes a,b with 1 ≤ a < b');
  const ra = countInstructions(a);
  const rb = countInstructions(b);
  const perParse = Math.round((rb.instructions - ra.instructions) / ((b - a) * ra.texts));
  const result = { instructionsPerParse: perParse, texts: ra.texts, passes: [a, b], instructions: [ra.instructions, rb.instructions], confidenceSum: rb.sink };
  process.stdout.write(values.json ? `${JSON.stringify(result)}\n`
    : `${perParse.toLocaleString('en')} instructions a parse (passes ${a + 1}–${b} of ${ra.texts} distinct texts; confidence sum ${rb.sink.toFixed(2)})\n`);
}
