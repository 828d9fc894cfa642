/**
 * A range is never recorded unasked, whichever reader reads it (range-guard.ts). The messages
 * are every one-line message the trust tables and cases say is recorded with confidence, with
 * their first amount in "rb"/"ribu"/"jt" written as a range ("45rb" → "45-56rb"). None may
 * then be confident.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIDENT, parseMessage } from '../../../src/parser/index.ts';
import { assertValidResult, CASES, readRows, repoRoot, TODAY } from './helpers.ts';

const dir = path.resolve(repoRoot, 'tests', 'fixtures', 'parser');
const files = [CASES, ...readdirSync(dir).filter((f) => /^cases-trust.*\.jsonl$/.test(f)).map((f) => path.join(dir, f))];
const BOOKS = new Set(['record', 'repayment', 'payment_received']);
/** An amount in plain digits glued to its scale, not after another digit or separator. */
const AMOUNT = /(^|[^\d.,\-/])(\d{1,3})(rb|ribu|jt|k)\b/;

const ranged = files.flatMap((f) => readRows(f))
  .filter((r) => BOOKS.has(r.expect.intent as string) && r.expect.confident === true && !r.text.includes('\n') && !r.text.startsWith('/'))
  .filter((r) => AMOUNT.test(r.text))
  .map((r) => ({
    text: r.text.replace(AMOUNT, (_, pre: string, n: string, unit: string) => `${pre}${n}-${Number(n) + Math.max(1, Math.floor(Number(n) / 4))}${unit}`),
    today: r.today ?? TODAY,
  }));

describe('a range in place of a confident record\'s amount', () => {
  it('there are many rows to rewrite', () => {
    expect(ranged.length).toBeGreaterThan(200);
  });

  it('is never confident, whichever reader reads it', () => {
    for (const row of ranged) {
      const r = parseMessage(row.text, { today: row.today });
      assertValidResult(r, row.today);
      if (BOOKS.has(r.intent)) expect(r.confidence, row.text).toBeLessThan(CONFIDENT);
    }
    // Every confident row of every table, so it grows with them: a backstop for a shared machine.
  }, 120_000);
});
