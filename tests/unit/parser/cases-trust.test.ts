/**
 * The trust table (tests/fixtures/parser/cases-trust.jsonl): messages the parser must not get
 * confidently wrong — stated arithmetic (totals, "= X", profit lines, "each" words,
 * discounts), spoken and compound amounts, implausible amounts, plans, wishes, conditions and
 * questions, negated and unfinished events, minus signs, old and future dates, everyday and
 * regional verbs — and ordinary sales and expenses that must stay confident and right.
 * Row format and keys as in cases.test.ts; `confident` is whether the bot acts unasked.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { CONFIDENT, parseMessage } from '../../../src/parser/index.ts';
import { assertValidResult, readRows, repoRoot, sums, TODAY } from './helpers.ts';

const rows = readRows(path.resolve(repoRoot, 'tests', 'fixtures', 'parser', 'cases-trust.jsonl'));

describe('cases-trust.jsonl', () => {
  it('has at least 150 cases', () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
  });

  for (const row of rows) {
    it(`line ${row.line}: ${JSON.stringify(row.text)}${row.today ? ` (today ${row.today})` : ''}`, () => {
      const today = row.today ?? TODAY;
      const r = parseMessage(row.text, { today });
      assertValidResult(r, today);
      const got: Record<string, unknown> = { intent: r.intent, confident: r.confidence >= CONFIDENT, notes: r.notes ?? [] };
      if (r.intent === 'record') Object.assign(got, sums(r), { date: r.date, entries: r.entries });
      if (r.intent === 'repayment') got.amount = r.amount;
      const actual: Record<string, unknown> = {};
      for (const key of Object.keys(row.expect)) actual[key] = got[key];
      expect(actual).toEqual(row.expect);
    });
  }
});
