/**
 * Parser speed: throughput and per-message latency on one core.
 *
 * Corpus: tests/fixtures/parser/samples.jsonl plus tests/fixtures/parser/cases.jsonl (records,
 * lists, recaps, chatter, dates, typos, English), repeated and shuffled with a fixed seed so
 * that every run sees the same mix. Goals: ≥ 50,000 messages/s and p99 ≤
 * 100 µs for typical messages.
 *
 * Two phases after a warm-up, because timing each call costs about as much as a short
 * parse: throughput is measured over whole passes without per-call timers (by the parsing
 * thread's CPU time, so a busy machine does not lower it; the wall-clock figure beside it), latency
 * with `process.hrtime.bigint()` around each call (wall clock: read it on a quiet machine). Run directly (`npx tsx bench/parser.ts`) it
 * prints the figures as JSON; `npm run bench` (bench/index.ts) calls `runParserBench`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseMessage } from '../src/parser/index.ts';
import type { ParseContext } from '../src/parser/types.ts';
import { threadCpuNs } from './support/thread-cpu.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface ParserBenchResult {
  messagesPerSecond: number;
  p50Micros: number;
  p99Micros: number;
  /** Messages parsed in the throughput phase. */
  messages: number;
  /** The same phase by the wall clock (equal to `messagesPerSecond` on a quiet machine). */
  wallMessagesPerSecond: number;
  /** Share of the throughput phase's wall time the parsing thread was on a core (1 when quiet). */
  onCpu: number;
}

interface Item {
  text: string;
  ctx: ParseContext;
}

function readJsonl(file: string): Item[] {
  const out: Item[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as { text?: unknown; today?: unknown };
    if (typeof row.text !== 'string') continue;
    out.push({ text: row.text, ctx: { today: typeof row.today === 'string' ? row.today : '2026-11-20' } });
  }
  return out;
}

/** The benchmark corpus, in a fixed shuffled order. */
export function parserCorpus(): Item[] {
  const base = [
    ...readJsonl(path.resolve(repoRoot, 'tests', 'fixtures', 'parser', 'samples.jsonl')),
    ...readJsonl(path.resolve(repoRoot, 'tests', 'fixtures', 'parser', 'cases.jsonl')),
  ];
  const items: Item[] = [];
  while (items.length < 5000) items.push(...base);
  // Deterministic shuffle (xorshift32) so runs are comparable.
  let seed = 0x9e3779b9;
  for (let i = items.length - 1; i > 0; i--) {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    const j = (seed >>> 0) % (i + 1);
    const tmp = items[i] as Item;
    items[i] = items[j] as Item;
    items[j] = tmp;
  }
  return items;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx] as number;
}

export async function runParserBench(opts: { seconds?: number } = {}): Promise<ParserBenchResult> {
  const seconds = opts.seconds ?? 2;
  const corpus = parserCorpus();
  let sink = 0;

  // Warm-up: let the JIT settle (about a quarter of the budget, at least 20k messages).
  const warmEnd = process.hrtime.bigint() + BigInt(Math.round(seconds * 0.25 * 1e9));
  let warmed = 0;
  while (warmed < 20_000 || process.hrtime.bigint() < warmEnd) {
    for (const item of corpus) sink += parseMessage(item.text, item.ctx).confidence;
    warmed += corpus.length;
  }

  // Throughput: whole passes over the corpus, timed as a block, by the time the parsing thread
  // spent on a core (thread-cpu.ts says why; the wall clock where that cannot be read).
  const budget = BigInt(Math.round(seconds * 0.5 * 1e9));
  let messages = 0;
  const t0 = process.hrtime.bigint();
  const cpu0 = threadCpuNs();
  let elapsed = 0n;
  while (elapsed < budget) {
    for (const item of corpus) sink += parseMessage(item.text, item.ctx).confidence;
    messages += corpus.length;
    elapsed = process.hrtime.bigint() - t0;
  }
  const cpu1 = threadCpuNs();
  const onCore = cpu0 !== undefined && cpu1 !== undefined ? Number(cpu1 - cpu0) : Number(elapsed);
  const wallMessagesPerSecond = messages / (Number(elapsed) / 1e9);
  const messagesPerSecond = messages / (onCore / 1e9);

  // Latency: each call timed on its own.
  const samples = new Float64Array(Math.max(corpus.length, Math.min(2_000_000, Math.round(messagesPerSecond * seconds * 0.25))));
  let n = 0;
  const latEnd = process.hrtime.bigint() + BigInt(Math.round(seconds * 0.25 * 1e9));
  outer: while (true) {
    for (const item of corpus) {
      const a = process.hrtime.bigint();
      sink += parseMessage(item.text, item.ctx).confidence;
      const b = process.hrtime.bigint();
      samples[n++] = Number(b - a) / 1000;
      if (n >= samples.length) break outer;
    }
    if (process.hrtime.bigint() >= latEnd) break;
  }
  const sorted = samples.subarray(0, n).sort();
  if (sink === -1) process.stdout.write(''); // keep the results observable to the JIT
  await Promise.resolve();
  return {
    messagesPerSecond: Math.round(messagesPerSecond),
    p50Micros: Math.round(percentile(sorted, 50) * 100) / 100,
    p99Micros: Math.round(percentile(sorted, 99) * 100) / 100,
    messages,
    wallMessagesPerSecond: Math.round(wallMessagesPerSecond),
    onCpu: Math.round((onCore / Number(elapsed)) * 100) / 100,
  };
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  const seconds = Number(process.env.BENCH_SECONDS ?? '4');
  runParserBench({ seconds }).then(
    (r) => process.stdout.write(`${JSON.stringify(r)}\n`),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(1);
    },
  );
}
