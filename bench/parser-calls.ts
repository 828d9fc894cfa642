/**
 * What one parse calls, counted: a measure no load moves (issue #15). The parser is bundled
 * with esbuild into one file, a counter is put at the head of every function declared there,
 * and the bench's corpus (bench/parser.ts `parserCorpus`, or every table text with `--tables`)
 * is parsed once to warm the caches and once counted. It prints, per top-level parse:
 *
 * - the calls of the parser's spine (parseInner, prepare, analyze, lex) and how many of them
 *   read a text already read in the same parse (the cascade's repeats: a memo would save only those);
 * - how many parses called analyze once, twice, …;
 * - every declared function's calls, the most called first (`--top N`), and their sum;
 * - how many distinct functions a parse called: the code one message touches, which on a machine
 *   whose last-level cache is shared costs more than any one function (docs/BENCHMARKS.md);
 * - how many named closures a parse made: the bundle keeps names as tsx does (the bot runs through
 *   tsx), which names each `const f = (…) => …` inside a function with Object.defineProperty
 *   every time the closure is made (1–2 µs each; the one parseInner made was 2.4 % of a parse's profile samples).
 *
 * Calls are not time (a `present()` is a bit test, an `analyze()` a lexer pass): read the
 * profile for that (`node --cpu-prof`, bench/support/profile-breakdown.ts). Counts are the
 * same on any machine, so two branches' counts compare without running them side by side.
 *
 *   npx tsx bench/parser-calls.ts [--tables] [--top 40] [--json]
 *
 * esbuild is tsx's own compiler (every checkout that runs the bench has it): it is loaded from
 * where tsx finds it, not named as a dependency of its own.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parserCorpus } from './parser.ts';
import type { ParseContext, ParseResult } from '../src/parser/types.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The spine's functions whose arguments are kept, to find a text read twice in one parse. */
const SPINE = ['parseInner', 'prepare', 'analyze', 'lex'] as const;

interface Counter {
  calls: Map<string, number>;
  /** Per spine function: calls, and calls whose arguments were already seen in the same parse. */
  spine: Map<string, { calls: number; repeats: number }>;
  seen: Map<string, Set<string>>;
  /** analyze calls in the current top-level parse. */
  analyses: number;
  /** The functions the current top-level parse called, and how many each parse called. */
  touched: Set<string>;
  distinct: number[];
  /** Named closures made (esbuild's keepNames `__name` at run time), by name. */
  named: Map<string, number>;
}

type EsbuildBuild = (opts: Record<string, unknown>) => Promise<{ outputFiles: { text: string }[] }>;

async function bundled(): Promise<string> {
  const fromTsx = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'));
  const esbuild = fromTsx('esbuild') as { build: EsbuildBuild };
  const out = await esbuild.build({
    entryPoints: [path.join(repoRoot, 'src', 'parser', 'index.ts')],
    bundle: true, platform: 'node', format: 'esm', write: false, keepNames: true, minify: false, logLevel: 'warning',
  });
  return (out.outputFiles[0] as { text: string }).text;
}

/**
 * A counter at the head of every declared function (esbuild writes each `function name(…) {` on
 * a line of its own); the spine's also hand their arguments over. parseMessage opens a parse.
 */
function instrumented(code: string): { code: string; functions: number } {
  let functions = 0;
  const lines = code.split('\n').map((line) => {
    // keepNames' helper: each call after the module's load names a closure made at run time.
    if (line.startsWith('var __name = (target, value) => ')) return line.replace('=> ', '=> (globalThis.__parserCalls.named(value), 0) || ');
    const m = /^(\s*)(?:async )?function\*? ?([\w$]+)\((.*)\) \{$/.exec(line);
    if (m === null) return line;
    functions++;
    const name = m[2] as string;
    // (The parameters by name, so a default left out counts as the same call as one written.)
    const params = (m[3] as string).split(',').map((p) => (p.split('=')[0] as string).trim()).filter((p) => p !== '');
    const args = (SPINE as readonly string[]).includes(name) ? `globalThis.__parserCalls.spine(${JSON.stringify(name)}, [${params.join(', ')}]); ` : '';
    const open = name === 'parseMessage' ? 'globalThis.__parserCalls.open(); ' : '';
    return `${line}\n${m[1] as string}  ${open}${args}globalThis.__parserCalls.call(${JSON.stringify(name)});`;
  });
  return { code: lines.join('\n'), functions };
}

function tableTexts(): { text: string; ctx: ParseContext }[] {
  const dir = path.join(repoRoot, 'tests', 'fixtures', 'parser');
  const items: { text: string; ctx: ParseContext }[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      if (line.trim() === '' || line.trim().startsWith('//')) continue;
      let row: { text?: unknown; today?: unknown };
      try {
        row = JSON.parse(line) as { text?: unknown; today?: unknown };
      } catch {
        continue;
      }
      if (typeof row.text === 'string') items.push({ text: row.text, ctx: { today: typeof row.today === 'string' ? row.today : '2026-11-20' } });
    }
  }
  return items;
}

function newCounter(): Counter {
  return { calls: new Map(), spine: new Map(SPINE.map((s) => [s, { calls: 0, repeats: 0 }])), seen: new Map(SPINE.map((s) => [s, new Set()])), analyses: 0, touched: new Set(), distinct: [], named: new Map() };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { tables: { type: 'boolean' }, top: { type: 'string' }, json: { type: 'boolean' } } });
  const top = Number(values.top ?? 40);
  const { code, functions } = instrumented(await bundled());
  const dir = mkdtempSync(path.join(tmpdir(), 'parser-calls-'));
  const file = path.join(dir, 'parser.mjs');
  writeFileSync(file, code);

  let counter = newCounter();
  const histogram = new Map<number, number>();
  let counting = false;
  const closeParse = (): void => {
    if (!counting) return;
    histogram.set(counter.analyses, (histogram.get(counter.analyses) ?? 0) + 1);
    counter.distinct.push(counter.touched.size);
  };
  (globalThis as Record<string, unknown>).__parserCalls = {
    open: () => {
      for (const s of counter.seen.values()) s.clear();
      counter.analyses = 0;
      counter.touched.clear();
    },
    call: (name: string) => {
      counter.calls.set(name, (counter.calls.get(name) ?? 0) + 1);
      counter.touched.add(name);
    },
    named: (name: string) => {
      counter.named.set(name, (counter.named.get(name) ?? 0) + 1);
    },
    spine: (name: string, args: ArrayLike<unknown>) => {
      const key = Array.from(args, (x) => (typeof x === 'object' && x !== null ? '[object]' : String(x))).join('\u0000');
      const s = counter.spine.get(name) as { calls: number; repeats: number };
      const seen = counter.seen.get(name) as Set<string>;
      s.calls++;
      if (seen.has(key)) s.repeats++;
      else seen.add(key);
      if (name === 'analyze') counter.analyses++;
    },
  };
  const parser = (await import(pathToFileURL(file).href)) as { parseMessage: (text: string, ctx: ParseContext) => ParseResult };
  rmSync(dir, { recursive: true, force: true });

  const corpus = values.tables ? tableTexts() : parserCorpus();
  for (const item of corpus) parser.parseMessage(item.text, item.ctx); // the lexer's word cache and the like, filled
  counter = newCounter();
  counting = true;
  for (const item of corpus) {
    parser.parseMessage(item.text, item.ctx);
    closeParse();
  }
  const n = corpus.length;
  const per = (x: number): number => Math.round((x / n) * 1000) / 1000;
  const spine = Object.fromEntries([...counter.spine].map(([k, v]) => [k, { calls: per(v.calls), repeats: per(v.repeats) }]));
  const totalCalls = [...counter.calls.values()].reduce((s, x) => s + x, 0);
  const distinct = counter.distinct.sort((a, b) => a - b);
  const at = (p: number): number => distinct[Math.min(distinct.length - 1, Math.ceil(p * distinct.length) - 1)] ?? 0;
  const result = {
    corpus: values.tables ? 'tables' : 'bench',
    messages: n,
    functionsCounted: functions,
    callsPerParse: per(totalCalls),
    /** Distinct functions a parse called (the code it touches): mean, p50, p99. */
    functionsPerParse: { mean: per(distinct.reduce((s, x) => s + x, 0)), p50: at(0.5), p99: at(0.99) },
    spine,
    analysesPerParse: Object.fromEntries([...histogram].sort((a, b) => a[0] - b[0])),
    /** Named closures made a parse, and the most made by name. */
    namedClosuresPerParse: per([...counter.named.values()].reduce((s, x) => s + x, 0)),
    namedClosures: [...counter.named].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([name, made]) => ({ name, made: per(made) })),
    top: [...counter.calls].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, calls]) => ({ name, calls: per(calls) })),
  };
  if (values.json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  process.stdout.write(`${result.corpus} corpus: ${n} parses, ${functions} functions counted, ${result.callsPerParse} calls a parse\n`);
  const f = result.functionsPerParse;
  process.stdout.write(`  distinct functions a parse: mean ${f.mean}, p50 ${f.p50}, p99 ${f.p99}\n`);
  for (const [name, s] of Object.entries(spine)) process.stdout.write(`  ${name.padEnd(11)} ${String(s.calls).padStart(7)} a parse, ${s.repeats} of a text already read in the same parse\n`);
  process.stdout.write(`  parses by analyze calls: ${JSON.stringify(result.analysesPerParse)}\n`);
  process.stdout.write(`  named closures made a parse: ${result.namedClosuresPerParse} (${result.namedClosures.map((c) => `${c.name} ${c.made}`).join(', ')})\n`);
  for (const { name, calls } of result.top) process.stdout.write(`${String(calls).padStart(9)}  ${name}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
