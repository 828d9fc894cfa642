import { describe, expect, it } from 'vitest';
import { formatNumber, formatRupiah } from '../../../src/core/money.ts';

describe('formatRupiah', () => {
  it.each([
    [0, 'Rp0'],
    [500, 'Rp500'],
    [15000, 'Rp15.000'],
    [180000, 'Rp180.000'],
    [1250000, 'Rp1.250.000'],
    [-2500, '-Rp2.500'],
    [9007199254740991, 'Rp9.007.199.254.740.991'],
  ])('%d → %s', (value, text) => expect(formatRupiah(value)).toBe(text));

  it('refuses fractions of a rupiah', () => {
    expect(() => formatRupiah(1.5)).toThrow(RangeError);
  });
});

describe('formatNumber', () => {
  it.each([
    [12, '12'],
    [1200, '1.200'],
    [1.5, '1,5'],
  ])('%d → %s', (value, text) => expect(formatNumber(value)).toBe(text));
});
