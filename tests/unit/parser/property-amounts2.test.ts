/**
 * Amounts typed together and each-prices around the amount, as properties (fast-check):
 *  1. number words run together ("limabelas ribu", "tigaratus ribu") read as the same amount
 *     as when written apart;
 *  2. a verb glued to the goods ("jualkeripik 35rb") reads as the verb and the goods apart;
 *  3. a count and a price each in two clauses ("jual kue 4, @12rb") is count × price, confident;
 *  4. pieces brought back in the same message net the sale: (sold − back) × price, and never
 *     confidently anything else.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONFIDENT, parseMessage } from '../../../src/parser/index.ts';
import { assertValidResult, sums, TODAY } from './helpers.ts';

// No goods with a ceiling on the price each (goods-price.ts): these prices run to hundreds of thousands.
const ITEMS = ['kue', 'bros', 'kripik', 'kerudung', 'sambal', 'emping', 'tas'];
const item = fc.constantFrom(...ITEMS);
const UNITS = ['satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];

function parse(text: string) {
  const r = parseMessage(text, { today: TODAY });
  assertValidResult(r, TODAY);
  return r;
}

/** 11..999 in Indonesian words, written apart. */
function words(n: number): string {
  const out: string[] = [];
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h === 1) out.push('seratus');
  else if (h > 1) out.push(UNITS[h - 1] as string, 'ratus');
  if (rest >= 20) {
    out.push(UNITS[Math.floor(rest / 10) - 1] as string, 'puluh');
    if (rest % 10 > 0) out.push(UNITS[(rest % 10) - 1] as string);
  } else if (rest >= 12) out.push(UNITS[rest - 11] as string, 'belas');
  else if (rest === 11) out.push('sebelas');
  else if (rest === 10) out.push('sepuluh');
  else if (rest > 0) out.push(UNITS[rest - 1] as string);
  return out.join(' ');
}

describe('amounts typed together', () => {
  it('number words run together read as written apart', () => {
    fc.assert(fc.property(fc.integer({ min: 12, max: 999 }), item, (n, it) => {
      const apart = words(n);
      const glued = apart.replace(/ /g, '');
      const a = parse(`laku ${it} ${apart} ribu`);
      const b = parse(`laku ${it} ${glued} ribu`);
      expect(sums(b).sale, glued).toBe(sums(a).sale);
      expect(sums(b).sale, glued).toBe(n * 1000);
      expect(b.confidence >= CONFIDENT, glued).toBe(a.confidence >= CONFIDENT);
    }), { numRuns: 300 });
  });

  it('a verb glued to the goods reads as written apart', () => {
    fc.assert(fc.property(fc.constantFrom('jual', 'beli', 'laku'), item, fc.integer({ min: 1, max: 900 }), (v, it, k) => {
      const a = parse(`${v} ${it} ${k}rb`);
      const b = parse(`${v}${it} ${k}rb`);
      expect(sums(b), `${v}${it}`).toEqual(sums(a));
      expect(b.confidence, `${v}${it}`).toBe(a.confidence);
    }), { numRuns: 200 });
  });
});

describe('each-prices around the amount', () => {
  it('a count and a price each in two clauses is count × price', () => {
    fc.assert(fc.property(item, fc.integer({ min: 2, max: 60 }), fc.integer({ min: 1, max: 500 }), (it, n, k) => {
      const text = `jual ${it} ${n}, @${k}rb`;
      const r = parse(text);
      expect(r.intent, text).toBe('record');
      expect(sums(r).sale, text).toBe(n * k * 1000);
      expect(r.confidence, text).toBeGreaterThanOrEqual(CONFIDENT);
    }), { numRuns: 300 });
  });

  it('pieces brought back net the sale, or are asked', () => {
    fc.assert(fc.property(item, fc.integer({ min: 2, max: 40 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 5, max: 300 }),
      (it, n, back, k) => {
        const text = `jual ${n} ${it} @${k}rb, tp ${back} dibalikin, uangnya sy kembalikan`;
        const r = parse(text);
        if (r.intent !== 'record' || r.confidence < CONFIDENT) {
          expect(back >= n, text).toBe(true);
          return;
        }
        expect(back < n, text).toBe(true);
        expect(sums(r).sale, text).toBe((n - back) * k * 1000);
      }), { numRuns: 300 });
  });
});
