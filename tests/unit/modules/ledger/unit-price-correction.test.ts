/** "ralat @15rb" / "salah harga, harusnya 15rb per biji" on one entry: the new unit price × its quantity. */
import { describe, expect, it } from 'vitest';
import { withUnitPrice } from '../../../../src/modules/ledger/corrections.ts';
import type { NewEntry } from '../../../../src/modules/ledger/ledger.ts';
import { parseMessage } from '../../../../src/parser/index.ts';

const bros: NewEntry = { kind: 'sale', amount: 120_000, item: 'bros', quantity: 10, unit: null, unitPrice: 12_000 };

describe('withUnitPrice', () => {
  it('multiplies the quantity by the new unit price', () => {
    expect(withUnitPrice(bros, 15_000)).toEqual({ ...bros, amount: 150_000, unitPrice: 15_000 });
  });

  it('keeps a fractional quantity exact to the rupiah', () => {
    expect(withUnitPrice({ ...bros, quantity: 2.5, unit: 'kg', unitPrice: null, amount: 200_000 }, 80_000)).toMatchObject({ amount: 200_000, unitPrice: 80_000 });
    expect(withUnitPrice({ ...bros, quantity: 1.5, unit: 'kg' }, 15_001)).toMatchObject({ amount: 22_502 });
  });

  it('has nothing to multiply without a quantity', () => {
    expect(withUnitPrice({ ...bros, quantity: null, unitPrice: null }, 15_000)).toBeUndefined();
    expect(withUnitPrice(bros, 0)).toBeUndefined();
  });

  it('is what the parser gives for a price correction', () => {
    for (const text of ['ralat @15rb', 'salah harga, harusnya 15rb per biji']) {
      const parsed = parseMessage(text, { today: '2026-12-01', timeZone: 'Asia/Jakarta' });
      expect(parsed).toMatchObject({ intent: 'correction', amount: null, unitPrice: 15_000 });
    }
  });
});
