/**
 * The quarterly module's pure console rules: how figures typed by staff become numbers
 * (whole rupiah, 0 allowed; a count of people up to 1000; empty is "not given", anything
 * else is named as wrong) and which quarters have begun on a group's day (none to come).
 */
import { describe, expect, it } from 'vitest';
import { figureEmployees, figureRupiah, figuresOf } from '../../../../src/modules/quarterly/figures.ts';
import { isQuarterBegun } from '../../../../src/modules/quarterly/quarters.ts';

describe('reading the typed figures', () => {
  it('takes whole rupiah (0 too) and small numbers of people, and nothing else', () => {
    // The console's one money rule: what the chat's "aset 5jt" accepts is accepted here too.
    expect(['0', '5000000', '5.000.000', 'Rp5.000.000', 'rp 5.000.000', ' 250 000 ', '5jt', '3,5 juta', '750rb'].map(figureRupiah)).toEqual([0, 5_000_000, 5_000_000, 5_000_000, 5_000_000, 250_000, 5_000_000, 3_500_000, 750_000]);
    expect(['-5000', '5,5', '5.5', 'abc', '1e6', '5.00.000', '9999999999999999'].map(figureRupiah)).toEqual(Array(7).fill(undefined));
    expect(['0', '3', ' 12 ', '1000'].map(figureEmployees)).toEqual([0, 3, 12, 1000]);
    expect(['-1', '1001', '2.5', 'dua', '10000'].map(figureEmployees)).toEqual(Array(5).fill(undefined));
  });

  it('a form’s figures: each a number, left empty (null), or named as wrong', () => {
    expect(figuresOf({ assets: 'Rp5.000.000', turnover: ' ', employees: '2' })).toEqual({ values: { assets: 5_000_000, turnover: null, employees: 2 }, invalid: [] });
    expect(figuresOf({ assets: '5,5', turnover: '0', employees: '2000' })).toEqual({ values: { assets: null, turnover: 0, employees: null }, invalid: ['assets', 'employees'] });
  });
});

describe('quarters that have begun', () => {
  it('any up to the running one on the group’s day, none still to come, no malformed label', () => {
    expect(['2026Q4', '2026Q3', '2020Q1'].map((q) => isQuarterBegun(q, '2026-12-31'))).toEqual([true, true, true]);
    expect(['2027Q1', '2099Q1', '2026Q5', '2026-Q3', ''].map((q) => isQuarterBegun(q, '2026-12-31'))).toEqual([false, false, false, false, false]);
    expect(isQuarterBegun('2027Q1', '2027-01-01')).toBe(true);
  });
});
