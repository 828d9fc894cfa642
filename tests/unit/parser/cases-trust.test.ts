/**
 * The trust tables (tests/fixtures/parser/cases-trust*.jsonl, one file per family): messages the parser must not get
 * confidently wrong — stated arithmetic (totals, "= X", profit lines, "each" words,
 * discounts), spoken and compound amounts, implausible amounts, plans, wishes, conditions and
 * questions, negated and unfinished events, minus signs, old and future dates, everyday and
 * regional verbs — and ordinary sales and expenses that must stay confident and right.
 * Row format and keys as in cases.test.ts; `confident` is whether the bot acts unasked.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { CONFIDENT, parseMessage } from '../../../src/parser/index.ts';
import { assertValidResult, readRows, repoRoot, sums, TODAY } from './helpers.ts';

const dir = path.resolve(repoRoot, 'tests', 'fixtures', 'parser');
const files = readdirSync(dir).filter((f) => /^cases-trust.*\.jsonl$/.test(f)).sort();
const tables = files.map((file) => ({ file, rows: readRows(path.join(dir, file)) }));

describe('cases-trust*.jsonl', () => {
  it('has at least 550 cases', () => {
    expect(tables.reduce((n, t) => n + t.rows.length, 0)).toBeGreaterThanOrEqual(550);
  });
});

for (const { file, rows } of tables) describe(file, () => {
  for (const row of rows) {
    it(`line ${row.line}: ${JSON.stringify(row.text)}${row.today ? ` (today ${row.today})` : ''}`, () => {
      const today = row.today ?? TODAY;
      const r = parseMessage(row.text, { today });
      assertValidResult(r, today);
      // Any field of the result may be expected (amount, quantity, index, customer, …); a record
      // also offers its sums by kind.
      const got: Record<string, unknown> = { ...r, intent: r.intent, confident: r.confidence >= CONFIDENT, notes: r.notes ?? [] };
      if (r.intent === 'record') Object.assign(got, sums(r));
      // A record of several days: each entry as "day kind amount" (the record's date when it has none of its own).
      if (r.intent === 'record') got.days = r.entries.map((e) => `${e.date ?? r.date} ${e.kind} ${e.amount}`);
      // Each entry's goods, as read (a correction must not put a non-goods word in as the item).
      if (r.intent === 'record') got.items = r.entries.map((e) => e.item);
      const actual: Record<string, unknown> = {};
      for (const key of Object.keys(row.expect)) actual[key] = got[key];
      expect(actual).toEqual(row.expect);
    });
  }
});
