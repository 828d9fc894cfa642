/**
 * Regional speech read as its Indonesian translation (tests/fixtures/parser/regional-pairs*.jsonl):
 * each row is a message in a regional language (`text`, `lang`) and its Indonesian translation
 * (`id`), and the two must be read alike — the same intent, the same side of CONFIDENT (acted on
 * or asked), the same money by kind, the same amount paid in or out, a credit sale both or neither.
 *
 * WHY: the parser reads plain Indonesian well; a regional word it does not know turned a
 * message confidently wrong ("tonggo mbayar utang …", a neighbour paying her tab, read as her
 * own repayment). The rows are written with the Indonesian side read right today, so a failing
 * row is a regional word, ending or particle read otherwise than the Indonesian it means
 * (src/parser/regional-words*.ts, root-forms.ts, verb-forms.ts).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIDENT, parseMessage } from '../../../src/parser/index.ts';
import type { ParseResult } from '../../../src/parser/types.ts';
import { repoRoot, sums, TODAY } from './helpers.ts';
import { JAVA_REGIONAL } from '../../../src/parser/regional-words-java.ts';
import { LUAR_PAIRS } from '../../../src/parser/regional-words-luar.ts';

interface Pair { text: string; id: string; lang: string; line: number; file: string }

const dir = path.resolve(repoRoot, 'tests', 'fixtures', 'parser');
const files = readdirSync(dir).filter((f) => /^regional-pairs.*\.jsonl$/.test(f)).sort();
const pairs: Pair[] = files.flatMap((file) => readFileSync(path.join(dir, file), 'utf8').split('\n')
  .map((raw, i) => ({ raw, i }))
  .filter(({ raw }) => raw.trim() !== '')
  .map(({ raw, i }) => ({ ...(JSON.parse(raw) as Omit<Pair, 'line' | 'file'>), line: i + 1, file })));

/** What must be alike: the intent, acted on or asked, money by kind, money paid, a credit sale. */
function reading(r: ParseResult): Record<string, unknown> {
  const out: Record<string, unknown> = { intent: r.intent, confident: r.confidence >= CONFIDENT };
  if (r.intent === 'record') Object.assign(out, sums(r), { credit: r.credit !== undefined });
  else if ('amount' in r) out.amount = r.amount ?? null;
  return out;
}

describe('regional-pairs*.jsonl', () => {
  it('has at least 200 pairs over at least 15 languages', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(200);
    expect(new Set(pairs.map((p) => p.lang)).size).toBeGreaterThanOrEqual(15);
  });
  // The two regions' lists are merged into one map (regional-words.ts), the later entry winning: a word
  // in both must mean the same there, or one region's speakers would be read with the other's meaning.
  it('gives no word two meanings between the regions\' lists', () => {
    const java = new Map(JAVA_REGIONAL);
    const clashes = LUAR_PAIRS.filter(([word, meaning]) => java.has(word) && java.get(word) !== meaning);
    expect(clashes).toEqual([]);
  });
  for (const p of pairs) {
    it(`${p.file}:${p.line} [${p.lang}] ${JSON.stringify(p.text)} reads as ${JSON.stringify(p.id)}`, () => {
      const regional = reading(parseMessage(p.text, { today: TODAY }));
      const indonesian = reading(parseMessage(p.id, { today: TODAY }));
      expect(regional).toEqual(indonesian);
    });
  }
});
