/**
 * Every line of tests/fixtures/parser/samples.jsonl (the public parsing samples, see
 * docs/PARSING.md), read at run time: a line added to that file
 * is tested without touching this one. Reference day 2026-11-20 (a Friday) unless the line
 * says otherwise. Only the keys a line's `expect` names are checked.
 */
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../src/parser/index.ts';
import { assertValidResult, readRows, SAMPLES, sums, TODAY } from './helpers.ts';

const rows = readRows(SAMPLES);

describe('samples.jsonl', () => {
  it('has samples to check', () => {
    expect(rows.length).toBeGreaterThanOrEqual(33);
  });

  for (const row of rows) {
    it(`line ${row.line}: ${JSON.stringify(row.text)}`, () => {
      const today = row.today ?? TODAY;
      const r = parseMessage(row.text, { today });
      assertValidResult(r, today);
      const got: Record<string, unknown> = { intent: r.intent };
      if (r.intent === 'record') {
        Object.assign(got, sums(r));
        got.date = r.date;
        got.credit = r.credit ?? null;
      }
      if (r.intent === 'order') got.date = r.date;
      const fields = r as unknown as Record<string, unknown>;
      for (const key of ['period', 'amount', 'assets', 'turnover', 'employees', 'quantity', 'index', 'customer', 'item', 'unit',
        'unitPrice', 'total', 'downPayment', 'dueDate', 'settled', 'order', 'member', 'text', 'what', 'entries']) {
        if (key in fields) got[key] = fields[key];
      }
      const wanted: Record<string, unknown> = {};
      const actual: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(row.expect)) {
        wanted[key] = value;
        actual[key] = got[key];
      }
      expect(actual).toEqual(wanted);
    });
  }
});
