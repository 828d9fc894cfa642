/**
 * Properties of the second trust pass (fast-check), over generated numbers:
 *  1. a discount with her stated result is confident only when the result equals the sale
 *     less the discount, or the count times the price less the discount each — and then it
 *     records that result; otherwise it is asked;
 *  2. a list price next to the price paid ("harusnya X tapi dikasih Y") never records X;
 *  3. change handed back records paid − change, never what was paid;
 *  4. a received word after a priced line ("laku N item @P, dapat T") is a check: one sale,
 *     confident exactly when T = N × P;
 *  5. a price each written as an each-word ("N porsi, sak porsine P") multiplies the count.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONFIDENT, parseMessage } from '../../../src/parser/index.ts';
import { assertValidResult, sums, TODAY } from './helpers.ts';

const ITEMS = ['bros', 'kalung', 'kerudung', 'keripik', 'gelang', 'mukena', 'tas', 'sandal', 'kaos', 'gamis'];
const item = fc.constantFrom(...ITEMS);
const qty = fc.integer({ min: 2, max: 30 });
/** Thousands of rupiah. */
const price = fc.integer({ min: 5, max: 500 });

function parse(text: string): ReturnType<typeof parseMessage> {
  const r = parseMessage(text, { today: TODAY });
  assertValidResult(r, TODAY);
  return r;
}

describe('parser2 properties', () => {
  it('a discount with a stated result is confident only when the result is the arithmetic', () => {
    fc.assert(fc.property(qty, item, price, fc.integer({ min: 1, max: 4 }), fc.integer({ min: -3, max: 3 }), (q, it, p, d, skew) => {
      const off = Math.min(d, p - 1);
      const total = q * p - off;
      const each = q * (p - off);
      const stated = (skew === 0 ? total : skew === 1 ? each : total + skew) * 1000;
      const r = parse(`laku ${q} ${it} @${p}rb diskon ${off}rb jadi ${stated / 1000}rb`);
      expect(r.intent).toBe('record');
      const good = stated === total * 1000 || stated === each * 1000;
      if (r.confidence >= CONFIDENT) {
        expect(good).toBe(true);
        expect(sums(r).sale).toBe(stated);
      }
      if (good) expect(r.confidence).toBeGreaterThanOrEqual(CONFIDENT);
    }), { numRuns: 300 });
  });

  it('a list price beside the price paid is never recorded', () => {
    fc.assert(fc.property(item, price, fc.integer({ min: 1, max: 50 }), fc.constantFrom('harusnya', 'harga aslinya', 'biasanya'),
      fc.constantFrom('tapi dikasih', 'tapi cuma', 'tp dilepas'), (it, list, cut, word, but) => {
        const paid = Math.max(1, list - cut);
        if (paid >= list) return;
        const r = parse(`laku 1 ${it} ${word} ${list}rb ${but} ${paid}rb`);
        expect(r.intent).toBe('record');
        if (r.intent !== 'record') return;
        expect(r.entries.some((e) => e.amount === list * 1000)).toBe(false);
        if (r.confidence >= CONFIDENT) expect(sums(r).sale).toBe(paid * 1000);
      }), { numRuns: 300 });
  });

  it('change handed back records what was paid less the change', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 200 }), fc.integer({ min: 1, max: 199 }), fc.constantFrom('kembalian', 'kembaliannya', 'susuk'),
      (paid, change, word) => {
        if (change >= paid) return;
        const r = parse(`pembeli bayar ${paid}rb, ${word} ${change}rb`);
        expect(r.intent).toBe('record');
        expect(sums(r).expense).toBe(0);
        expect(sums(r).sale).toBe((paid - change) * 1000);
      }), { numRuns: 300 });
  });

  it('a received word after a priced line is a check, never a second sale', () => {
    fc.assert(fc.property(qty, item, price, fc.integer({ min: -2, max: 2 }), fc.constantFrom('dapat', 'oleh', 'dapet'),
      (q, it, p, skew, word) => {
        const t = q * p + skew;
        if (t <= 0) return;
        const r = parse(`laku ${q} ${it} @${p}rb, ${word} ${t}rb`);
        expect(r.intent).toBe('record');
        if (r.intent !== 'record') return;
        expect(r.entries).toHaveLength(1);
        expect(r.confidence >= CONFIDENT).toBe(skew === 0);
      }), { numRuns: 300 });
  });

  it('a price for one written as an each-word multiplies the count', () => {
    fc.assert(fc.property(qty, price, fc.constantFrom('sak porsine', 'satu porsinya', '1 porsinya', 'per porsi', 'seporsi', 'porsinya'),
      (q, p, each) => {
        const r = parse(`laku ${q} porsi bakso, ${each} ${p}rb`);
        expect(r.intent).toBe('record');
        expect(sums(r).sale).toBe(q * p * 1000);
        expect(r.confidence).toBeGreaterThanOrEqual(CONFIDENT);
      }), { numRuns: 300 });
  });
});
