import { describe, expect, it } from 'vitest';
import { formatNumber, formatRupiah, parseRupiahInput } from '../../../src/core/money.ts';
import { parseAmount } from '../../../src/parser/parse-amount.ts';

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

describe('parseRupiahInput (the console money fields)', () => {
  const accepted: [string, number][] = [
    ['0', 0],
    ['150000', 150_000],
    ['150.000', 150_000],
    ['Rp150.000', 150_000],
    ['rp 5.000.000', 5_000_000],
    ['Rp. 250 000', 250_000],
    ['5jt', 5_000_000],
    ['2jt', 2_000_000],
    ['5 juta', 5_000_000],
    ['1,5jt', 1_500_000],
    ['1.5 jt', 1_500_000],
    ['2,25 juta', 2_250_000],
    ['750rb', 750_000],
    ['750 ribu', 750_000],
    ['750k', 750_000],
    ['Rp 2jt', 2_000_000],
  ];
  it.each(accepted)('%s → %d', (raw, value) => expect(parseRupiahInput(raw)).toBe(value));

  it('reads every accepted form as the chat reads it', () => {
    // (0 is not an amount to the chat, and it does not read "250 000" as one number; the console's older forms allow both.)
    for (const [raw, value] of accepted.filter(([r, v]) => v > 0 && !/\d \d/.test(r))) expect(parseAmount(raw), raw).toBe(value);
  });

  it.each(['', '-5000', '5,5', '5.5', '5.00.000', 'abc', '1e6', '9999999999999999', '1,5', '1,2345rb', '5 jt 3', '2 5jt', '0,5rb0'])('refuses %j', (raw) =>
    expect(parseRupiahInput(raw)).toBeUndefined(),
  );

  it('refuses a fraction of a rupiah after the scale', () => {
    expect(parseRupiahInput('1,25rb')).toBe(1_250);
    expect(parseRupiahInput('1,255rb')).toBeUndefined();
  });
});
