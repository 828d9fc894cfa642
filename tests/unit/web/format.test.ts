import { describe, expect, it } from 'vitest';
import { formatMonth, formatMonthShort, formatRupiahShort } from '../../../src/web/format.ts';

describe("the trend chart's words", () => {
  it('months in the page language', () => {
    expect(formatMonth('2026-12-01', 'id')).toBe('Des 2026');
    expect(formatMonth('2026-12-01', 'en')).toBe('Dec 2026');
    expect(formatMonthShort('2026-08-01', 'id')).toBe('Agu');
  });
  it('axis amounts rounded to miliar, juta, ribu (or B, M, K), losses signed', () => {
    expect(formatRupiahShort(1_234_000_000, 'id')).toBe('Rp1,2 M');
    expect(formatRupiahShort(350_400_000, 'id')).toBe('Rp350 jt');
    expect(formatRupiahShort(-15_000, 'id')).toBe('-Rp15 rb');
    expect(formatRupiahShort(2_250_000, 'en')).toBe('Rp2.3M');
    expect(formatRupiahShort(900, 'en')).toBe('Rp900');
  });
});
