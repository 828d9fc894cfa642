/** Which entry a correction replaces and what replaces it; the "/catatan" numbers; a remembered price on a line. */
import { describe, expect, it } from 'vitest';
import { planCorrection, type Correction } from '../../../../src/modules/ledger/corrections.ts';
import { numberedIn, type Entry } from '../../../../src/modules/ledger/ledger.ts';
import { pricedSale, type KnownPrice } from '../../../../src/modules/prices/prices.ts';

let ids = 0;
const entry = (over: Partial<Entry>): Entry => ({
  id: ++ids,
  personId: 1,
  businessDate: '2026-12-01',
  kind: 'sale',
  amount: 180_000,
  item: 'bros',
  quantity: 12,
  unit: null,
  unitPrice: 15_000,
  ...over,
});
const correction = (over: Partial<Correction>): Correction => ({ amount: null, quantity: null, ...over });
const plain = ({ kind, amount, item, quantity, unit, unitPrice }: Entry) => ({ kind, amount, item, quantity, unit, unitPrice });

describe('planCorrection', () => {
  const bros = entry({});
  const kain = entry({ kind: 'expense', amount: 150_000, item: 'kain', quantity: null, unitPrice: null });
  const kerudung = entry({ amount: 270_000, item: 'kerudung', quantity: 3, unitPrice: 90_000 });

  it('a whole new line replaces the whole recording, as plain entries', () => {
    const line = entry({ amount: 150_000, quantity: 10 });
    const plan = planCorrection([bros, kain], correction({ entries: [line] }));
    expect(plan).toEqual({ old: [bros, kain], replacements: [{ ...plain(bros), amount: 150_000, quantity: 10 }] });
  });

  it('"bukan 12 tapi 10" picks the entry of 12 among several', () => {
    expect(planCorrection([kerudung, bros], correction({ quantity: { from: 12, to: 10 } }))).toEqual({
      old: [bros],
      replacements: [{ ...plain(bros), quantity: 10, amount: 150_000 }],
    });
  });

  it('an old number that is in no field is asked, never applied to the only entry; without one, the only entry', () => {
    expect(planCorrection([bros], correction({ quantity: { from: 7, to: 10 } }))).toEqual({ ask: 'mismatch', named: 7, money: false });
    expect(planCorrection([bros], correction({ quantity: { from: null, to: 10 } }))).toMatchObject({ old: [bros] });
    expect(planCorrection([kerudung, bros], correction({ quantity: { from: null, to: 10 } }))).toEqual({ ask: 'which' });
    expect(planCorrection([bros, entry({ item: 'gelang' })], correction({ quantity: { from: 12, to: 10 } }))).toEqual({ ask: 'which' });
  });

  it('"bukan 5rb tapi 8rb" changes the field the old number equals: price, total, or asks', () => {
    const rengginang = entry({ item: 'rengginang', quantity: 4, unitPrice: 5_000, amount: 20_000 });
    expect(planCorrection([rengginang], correction({ amount: 8_000, amountFrom: 5_000 }))).toEqual({
      old: [rengginang],
      replacements: [{ ...plain(rengginang), unitPrice: 8_000, amount: 32_000 }],
    });
    expect(planCorrection([rengginang], correction({ amount: 25_000, amountFrom: 20_000 }))).toEqual({
      old: [rengginang],
      replacements: [{ ...plain(rengginang), unitPrice: 6_250, amount: 25_000 }],
    });
    expect(planCorrection([rengginang], correction({ amount: 9_000, amountFrom: 7_000 }))).toEqual({ ask: 'mismatch', named: 7_000, money: true });
    // "bukan 4 tapi 5": the quantity; a count that equals no quantity but a price is that price.
    expect(planCorrection([rengginang], correction({ quantity: { from: 4, to: 5 } }))).toMatchObject({ replacements: [{ quantity: 5, amount: 25_000 }] });
    const one = entry({ item: 'mukena', quantity: 1, unitPrice: 250_000, amount: 250_000 });
    expect(planCorrection([one], correction({ amount: 200_000, amountFrom: 250_000 }))).toMatchObject({ replacements: [{ amount: 200_000, unitPrice: 200_000 }] });
    expect(planCorrection([rengginang, entry({ item: 'emping', quantity: 2, unitPrice: 5_000, amount: 10_000 })], correction({ amount: 8_000, amountFrom: 5_000 }))).toEqual({ ask: 'which' });
  });

  it('"ralat @15rb" takes the one entry with a quantity, times its quantity', () => {
    expect(planCorrection([kain, kerudung], correction({ unitPrice: 100_000 }))).toEqual({
      old: [kerudung],
      replacements: [{ ...plain(kerudung), unitPrice: 100_000, amount: 300_000 }],
    });
    expect(planCorrection([kerudung, bros], correction({ unitPrice: 20_000 }))).toEqual({ ask: 'which' });
  });

  it('a unit price on the only entry without a quantity cannot apply', () => {
    expect(planCorrection([kain], correction({ unitPrice: 20_000 }))).toEqual({ ask: 'usage' });
  });

  it('"ralat 150rb" applies to the only entry, and asks which among several', () => {
    expect(planCorrection([kain], correction({ amount: 120_000 }))).toEqual({ old: [kain], replacements: [{ ...plain(kain), amount: 120_000 }] });
    expect(planCorrection([bros, kain], correction({ amount: 120_000 }))).toEqual({ ask: 'which' });
  });

  it('a correction with nothing usable explains how to write one', () => {
    expect(planCorrection([bros], correction({}))).toEqual({ ask: 'usage' });
    expect(planCorrection([bros], correction({ amount: 0, unitPrice: 0, entries: [] }))).toEqual({ ask: 'usage' });
  });
});

describe('numberedIn', () => {
  it('numbers entries by their place in the list, lowest first, leaving out those not in it', () => {
    const list = [{ id: 9 }, { id: 7 }, { id: 4 }];
    const entries = [entry({ id: 4 }), entry({ id: 3 }), entry({ id: 9 })];
    expect(numberedIn(list, entries).map((n) => [n.number, n.entry.id])).toEqual([
      [1, 9],
      [3, 4],
    ]);
  });
});

describe('pricedSale', () => {
  const own: KnownPrice = { item: 'Bros', unitPrice: 15_000, unit: 'biji', source: 'own' };

  it('is the quantity times the known price, in the item as she wrote it', () => {
    expect(pricedSale({ item: 'bros', quantity: 5, unit: null }, own)).toEqual({ kind: 'sale', amount: 75_000, item: 'bros', quantity: 5, unit: 'biji', unitPrice: 15_000 });
  });

  it('keeps her unit and rounds a fractional quantity to the rupiah', () => {
    expect(pricedSale({ item: 'emping', quantity: 1.5, unit: 'kg' }, { ...own, unitPrice: 80_001, unit: null })).toMatchObject({ amount: 120_002, unit: 'kg' });
  });
});
