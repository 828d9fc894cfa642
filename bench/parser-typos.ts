/**
 * How the parser reads the table texts typed carelessly (issue #15, "books she can trust"):
 *
 *   node --import tsx bench/parser-typos.ts [--variants N] [--every N] [--show KIND:CHANGE] [--limit N]
 *
 * Every text of tests/fixtures/parser/cases.jsonl and cases-trust-*.jsonl is typed again with one
 * slip of each kind (tests/unit/parser/typos.ts: doubled letters, a dropped or swapped letter, no
 * vowels, no space before or after a number or between words, capitals, stray punctuation), N
 * times at places chosen by fixed seeds, and the slip's reading is compared with the original's:
 * same, asks (acceptable), different (a wrong record with confidence: never acceptable), lost (a
 * confident record become chatter), new (a confident record where the original asked). Prints a
 * table of counts per kind; `--show different` (or `drop:lost`…) prints those slips, one a line;
 * `--every N` reads only the texts on every Nth line, for a quick look.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CONFIDENT, parseMessage } from '../src/parser/index.ts';
import { readRows } from '../tests/unit/parser/helpers.ts';
import { change, type Change, TYPO_KINDS, typo, type Reading, written } from '../tests/unit/parser/typos.ts';

const { values } = parseArgs({
  options: { variants: { type: 'string', default: '2' }, every: { type: 'string', default: '1' }, show: { type: 'string' }, limit: { type: 'string', default: '100000' } },
});
const variants = Number(values.variants);
const limit = Number(values.limit);
/** Only every Nth text, for a quick look while working. */
const every = Number(values.every);
const [showKind, showChange] = (values.show ?? '').includes(':') ? (values.show as string).split(':') : [undefined, values.show];

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(repoRoot, 'tests', 'fixtures', 'parser');
const files = readdirSync(dir).filter((f) => f === 'cases.jsonl' || /^cases-trust.*\.jsonl$/.test(f)).sort();

const CHANGES: Change[] = ['same', 'asks', 'different', 'lost', 'new'];
const counts = new Map<string, Record<Change, number>>(TYPO_KINDS.map((k) => [k, { same: 0, asks: 0, different: 0, lost: 0, new: 0 }]));
let shown = 0;
const started = performance.now();
for (const file of files) {
  for (const row of readRows(path.join(dir, file))) {
    if (row.line % every !== 0) continue;
    const today = row.today ?? '2026-11-20';
    const before = parseMessage(row.text, { today }) as unknown as Reading;
    for (const kind of TYPO_KINDS) {
      for (let seed = 0; seed < variants; seed++) {
        const text = typo(row.text, kind, seed);
        if (text === null) continue;
        const after = parseMessage(text, { today }) as unknown as Reading;
        const c = change(before, after, CONFIDENT);
        (counts.get(kind) as Record<Change, number>)[c]++;
        if (showChange === c && (showKind === undefined || showKind === kind) && shown++ < limit) {
          console.log(JSON.stringify({ kind, file: `${file}:${row.line}`, text: row.text, typo: text, before: written(before, CONFIDENT) ?? `${before.intent} asks`, after: written(after, CONFIDENT) ?? `${after.intent} ${after.confidence.toFixed(2)}` }));
        }
      }
    }
  }
}
const pad = (s: string | number, n: number): string => String(s).padStart(n);
console.log(`${'kind'.padEnd(12)}${CHANGES.map((c) => pad(c, 10)).join('')}`);
const total: Record<Change, number> = { same: 0, asks: 0, different: 0, lost: 0, new: 0 };
for (const [kind, c] of counts) {
  console.log(`${kind.padEnd(12)}${CHANGES.map((k) => pad(c[k], 10)).join('')}`);
  for (const k of CHANGES) total[k] += c[k];
}
console.log(`${'all'.padEnd(12)}${CHANGES.map((k) => pad(total[k], 10)).join('')}`);
console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
