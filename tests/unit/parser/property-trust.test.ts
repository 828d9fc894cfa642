/**
 * The self-check of a record, as properties (fast-check):
 *  1. a message whose own stated total (a "Total X" line, "= X", "jumlah semua X") or
 *     profit line ("untung X") disagrees with its entries is never a confident record;
 *  2. a message with a number the record does not account for (not an amount, quantity,
 *     unit price, date, or a total that agrees) is never a confident record: every number
 *     of a confident record appears in what it records.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONFIDENT, parseMessage } from '../../../src/parser/index.ts';
import type { ParseResult } from '../../../src/parser/types.ts';
import { assertValidResult, TODAY } from './helpers.ts';

const ITEMS = ['bros', 'kalung', 'kerudung', 'keripik', 'gelang', 'mukena', 'rengginang', 'emping', 'tas', 'sandal'];
const item = fc.constantFrom(...ITEMS);
/** Thousands of rupiah, written as "Nrb". */
const thousands = fc.integer({ min: 1, max: 900 });
const qty = fc.integer({ min: 2, max: 40 });

interface Line { text: string; amount: number }

/** A sale line whose amount is known: "laku 3 bros @15rb", "kalung 20rb", "2 tas x 50rb". */
const saleLine: fc.Arbitrary<Line> = fc.oneof(
  fc.tuple(qty, item, thousands).map(([q, it, p]) => ({ text: `laku ${q} ${it} @${p}rb`, amount: q * p * 1000 })),
  fc.tuple(item, thousands).map(([it, p]) => ({ text: `laku ${it} ${p}rb`, amount: p * 1000 })),
  fc.tuple(qty, item, thousands).map(([q, it, p]) => ({ text: `laku ${q} ${it} x ${p}rb`, amount: q * p * 1000 })),
);
const lines = fc.array(saleLine, { minLength: 1, maxLength: 5 });
const totalWord = fc.constantFrom('Total', 'total', 'jumlah', 'jumlah semua', 'total semua', 'totalnya');
const sep = fc.constantFrom('\n', ', ');

function numbersOf(r: ParseResult): Set<number> {
  const seen = new Set<number>();
  if (r.intent !== 'record') return seen;
  let sum = 0;
  for (const e of r.entries) {
    seen.add(e.amount);
    sum += e.amount;
    if (e.quantity !== null) seen.add(e.quantity);
    if (e.unitPrice !== null) seen.add(e.unitPrice);
  }
  seen.add(sum);
  return seen;
}

describe('a record checks itself', () => {
  it('a stated total that disagrees with the lines is never recorded with confidence', () => {
    fc.assert(fc.property(lines, totalWord, sep, fc.integer({ min: 1, max: 500 }), fc.boolean(), (ls, word, s, off, up) => {
      const sum = ls.reduce((acc, l) => acc + l.amount, 0);
      const stated = up || sum <= off * 1000 ? sum + off * 1000 : sum - off * 1000;
      const text = `${ls.map((l) => l.text).join(s)}${s}${word} ${stated / 1000}rb`;
      const r = parseMessage(text, { today: TODAY });
      assertValidResult(r, TODAY);
      expect(r.intent === 'record' && r.confidence >= CONFIDENT, text).toBe(false);
    }), { numRuns: 400 });
  });

  it('a stated total that agrees is a check, not another entry', () => {
    fc.assert(fc.property(lines, totalWord, (ls, word) => {
      const sum = ls.reduce((acc, l) => acc + l.amount, 0);
      const text = `${ls.map((l) => l.text).join('\n')}\n${word} ${sum / 1000}rb`;
      const r = parseMessage(text, { today: TODAY });
      expect(r.intent, text).toBe('record');
      if (r.intent === 'record') expect(r.entries.reduce((acc, e) => acc + e.amount, 0), text).toBe(sum);
    }), { numRuns: 300 });
  });

  it('"N item x P = T" with T ≠ N × P is never confident, with or without a verb', () => {
    fc.assert(fc.property(qty, item, thousands, fc.integer({ min: 1, max: 99 }), fc.boolean(), (q, it, p, off, verb) => {
      const text = `${verb ? 'laku ' : ''}${q} ${it} x ${p}rb = ${q * p + off}rb`;
      const r = parseMessage(text, { today: TODAY });
      expect(r.intent === 'record' && r.confidence >= CONFIDENT, text).toBe(false);
    }), { numRuns: 300 });
  });

  it('a stated profit that is not sales − expenses is never confident', () => {
    fc.assert(fc.property(thousands, thousands, fc.integer({ min: 1, max: 99 }), sep, (sale, cost, off, s) => {
      const text = `omset ${sale}rb${s}belanja ${cost}rb${s}untung ${sale - cost + off}rb`;
      const r = parseMessage(text, { today: TODAY });
      expect(r.intent === 'record' && r.confidence >= CONFIDENT, text).toBe(false);
    }), { numRuns: 300 });
  });

  it('every number in a confident record is accounted for', () => {
    const stray = fc.oneof(fc.integer({ min: 1, max: 999 }).map(String), thousands.map((k) => `${k}rb`));
    fc.assert(fc.property(lines, stray, fc.nat(), (ls, extra, at) => {
      // The stray number goes between two words of the message.
      const words = ls.map((l) => l.text).join(', ').split(' ');
      const pos = 1 + (at % words.length);
      words.splice(pos, 0, extra);
      const text = words.join(' ');
      const r = parseMessage(text, { today: TODAY });
      assertValidResult(r, TODAY);
      if (r.intent !== 'record' || r.confidence < CONFIDENT) return;
      const value = extra.endsWith('rb') ? Number(extra.slice(0, -2)) * 1000 : Number(extra);
      expect(numbersOf(r).has(value), text).toBe(true);
    }), { numRuns: 600 });
  });
});
