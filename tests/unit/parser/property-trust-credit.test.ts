/**
 * Books she can trust, as properties (fast-check):
 *  1. postage she bears beside a sale is her expense and never changes the sale; postage the
 *     buyer pays is neither — and neither is ever added to the sale;
 *  2. a ledger of several customers gives each its own sale and customer, summing to the money
 *     written; a clause that says nothing of owing makes it never confident;
 *  3. a count corrected as she speaks ("20 eh salah 25") is the new count × the price, and a
 *     wrong old count named after "bukan" is never confident.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONFIDENT, parseMessage } from '../../../src/parser/index.ts';
import { assertValidResult, sums, TODAY } from './helpers.ts';

const GOODS = ['gamis', 'kerudung', 'tas', 'mukena', 'bros', 'kaos'];
const goods = fc.constantFrom(...GOODS);
const thousands = (lo: number, hi: number) => fc.integer({ min: lo, max: hi });

function parse(text: string) {
  const r = parseMessage(text, { today: TODAY });
  assertValidResult(r, TODAY);
  return r;
}

describe('postage beside a sale', () => {
  const HERS = ['ongkirnya sy yg tanggung', 'ongkir saya tanggung', 'ongkirnya aku yang bayar', 'ongkos kirim ditanggung penjual', 'subsidi ongkir',
    'gratis ongkir'];
  const BUYERS = ['ongkir ditanggung pembeli', 'ongkir dibayar pembeli', 'ongkir dari pembeli'];

  it('hers is her expense, the sale unchanged', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 5 }), goods, thousands(50, 900), fc.constantFrom(...HERS), thousands(5, 40), fc.boolean(),
      (n, g, sale, words, post, comma) => {
        const r = parse(`laku ${n} ${g} ${sale}rb${comma ? ',' : ''} ${words} ${post}rb`);
        expect(r.intent).toBe('record');
        if (r.intent !== 'record') return;
        expect(sums(r)).toMatchObject({ sale: sale * 1000, expense: post * 1000 });
        expect(r.confidence).toBeGreaterThanOrEqual(CONFIDENT);
      }), { numRuns: 150 });
  });

  it('the buyer’s is not her money: the sale alone', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 5 }), goods, thousands(50, 900), fc.constantFrom(...BUYERS), thousands(5, 40),
      (n, g, sale, words, post) => {
        const r = parse(`laku ${n} ${g} ${sale}rb, ${words} ${post}rb`);
        expect(r.intent).toBe('record');
        if (r.intent !== 'record') return;
        expect(sums(r)).toMatchObject({ sale: sale * 1000, expense: 0 });
      }), { numRuns: 100 });
  });
});

describe('a ledger of several customers', () => {
  const NAMES = ['Bu Rini', 'Bu Ati', 'Pak Joko', 'Mbak Sri', 'Bu Tin'];

  it('each customer owes her own clause; all of it is sales', () => {
    fc.assert(fc.property(fc.shuffledSubarray(NAMES, { minLength: 2, maxLength: 4 }), fc.array(thousands(5, 200), { minLength: 4, maxLength: 4 }),
      fc.integer({ min: 1, max: 9 }), fc.constantFrom('Kasbon:', 'yang ngebon:', 'belum bayar:'), (names, money, count, head) => {
        const lines = names.map((who, i) => (i === 0 ? `${who} ${count} bungkus ${money[i]}rb` : `${who} ${money[i]}rb`));
        const r = parse(`${head} ${lines.join(', ')}`);
        expect(r.intent).toBe('record');
        if (r.intent !== 'record') return;
        expect(r.entries.map((e) => [e.customer, e.amount])).toEqual(names.map((who, i) => [who, (money[i] as number) * 1000]));
        expect(r.confidence).toBeGreaterThanOrEqual(CONFIDENT);
      }), { numRuns: 100 });
  });

  it('a clause that says nothing of owing is never recorded unasked as owed', () => {
    fc.assert(fc.property(thousands(5, 200), thousands(5, 200), fc.constantFrom(...NAMES.slice(0, 2)), (x, y, first) => {
      const other = first === 'Bu Rini' ? 'Bu Ati' : 'Bu Rini';
      const r = parse(`${first} ngutang 2 bungkus kopi ${x}rb, ${other} gula ${y}rb`);
      expect(r.confidence).toBeLessThan(CONFIDENT);
    }), { numRuns: 50 });
  });
});

describe('a count corrected as she speaks', () => {
  it('is the new count × the price', () => {
    fc.assert(fc.property(goods, fc.integer({ min: 2, max: 90 }), fc.integer({ min: 2, max: 90 }), thousands(1, 50),
      fc.constantFrom('eh salah', 'eh', 'maksudnya', 'eh salah bukan OLD tapi'), (g, old, now, price, words) => {
        fc.pre(old !== now);
        const r = parse(`laku ${g} ${old} biji ${words.replace('OLD', String(old))} ${now} biji @${price}rb`);
        expect(r.intent).toBe('record');
        if (r.intent !== 'record') return;
        expect(sums(r).sale).toBe(now * price * 1000);
        expect(r.confidence).toBeGreaterThanOrEqual(CONFIDENT);
      }), { numRuns: 150 });
  });

  it('a wrong old count named is never confident', () => {
    fc.assert(fc.property(goods, fc.integer({ min: 2, max: 90 }), fc.integer({ min: 2, max: 90 }), fc.integer({ min: 2, max: 90 }), thousands(1, 50),
      (g, old, named, now, price) => {
        fc.pre(old !== named && named !== now);
        const r = parse(`laku ${g} ${old} biji eh salah bukan ${named} tapi ${now} biji @${price}rb`);
        expect(r.confidence).toBeLessThan(CONFIDENT);
      }), { numRuns: 100 });
  });
});
