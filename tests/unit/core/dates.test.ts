import { describe, expect, it } from 'vitest';
import {
  addDays,
  businessDate,
  dayOfWeek,
  endOfMonth,
  isIsoDate,
  makeDate,
  startOfMonth,
  startOfWeek,
} from '../../../src/core/dates.ts';

describe('business dates', () => {
  it('validates real days only', () => {
    expect(isIsoDate('2026-11-20')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('20-11-2026')).toBe(false);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('finds Monday-to-Sunday weeks and months', () => {
    expect(dayOfWeek('2026-11-20')).toBe(5); // Friday
    expect(startOfWeek('2026-11-20')).toBe('2026-11-16');
    expect(startOfWeek('2026-11-22')).toBe('2026-11-16'); // Sunday belongs to the week before
    expect(startOfWeek('2026-11-23')).toBe('2026-11-23');
    expect(startOfMonth('2026-11-20')).toBe('2026-11-01');
    expect(endOfMonth('2026-02-10')).toBe('2026-02-28');
    expect(endOfMonth('2028-02-10')).toBe('2028-02-29');
    expect(makeDate(2026, 2, 30)).toBeNull();
  });

  it('computes the day in the member’s time zone, not the server’s', () => {
    const instant = new Date('2026-11-20T17:30:00Z'); // 00:30 WIB, 01:30 WITA, 02:30 WIT on the 21st
    expect(businessDate(instant, 'UTC')).toBe('2026-11-20');
    expect(businessDate(instant, 'Asia/Jakarta')).toBe('2026-11-21');
    expect(businessDate(instant, 'Asia/Makassar')).toBe('2026-11-21');
    expect(businessDate(new Date('2026-11-20T16:59:00Z'), 'Asia/Jakarta')).toBe('2026-11-20');
    expect(businessDate(new Date('2026-11-20T15:30:00Z'), 'Asia/Jayapura')).toBe('2026-11-21');
  });

  it('answers each instant for itself, though it keeps the last answer of a zone for its second', () => {
    // The last millisecond of a WIB day and the first of the next, asked in turn, one zone then another.
    const lastMs = new Date('2026-11-20T16:59:59.999Z');
    const firstMs = new Date('2026-11-20T17:00:00.000Z');
    expect(businessDate(lastMs, 'Asia/Jakarta')).toBe('2026-11-20');
    expect(businessDate(lastMs, 'Asia/Jakarta')).toBe('2026-11-20');
    expect(businessDate(lastMs, 'UTC')).toBe('2026-11-20');
    expect(businessDate(firstMs, 'Asia/Jakarta')).toBe('2026-11-21');
    expect(businessDate(lastMs, 'Asia/Jakarta')).toBe('2026-11-20');
    // An old local mean time (Jakarta's +07:07:12 before 1924): the day turns at 16:52:48 UTC.
    expect(businessDate(new Date('1900-01-01T16:52:47Z'), 'Asia/Jakarta')).toBe('1900-01-01');
    expect(businessDate(new Date('1900-01-01T16:52:48Z'), 'Asia/Jakarta')).toBe('1900-01-02');
    expect(() => businessDate(new Date(Number.NaN), 'Asia/Jakarta')).toThrow(RangeError);
    expect(() => businessDate(new Date(Number.NaN), 'Asia/Jakarta')).toThrow(RangeError);
  });
});

// addDays, dayOfWeek and isIsoDate compute on the fields (no Date parsed from a string): they
// must answer exactly as Date does, across centuries, leap days, month ends and bad input.
describe('date arithmetic agrees with Date', () => {
  const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
  const isoRef = (v: string): boolean => {
    const m = ISO.exec(v);
    if (!m) return false;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = new Date(Date.UTC(y, mo - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
  };
  const addRef = (v: string, n: number): string => {
    const t = new Date(`${v}T00:00:00Z`);
    t.setUTCDate(t.getUTCDate() + n);
    return t.toISOString().slice(0, 10);
  };
  const pad = (x: number, k: number): string => String(x).padStart(k, '0');
  const days: string[] = [];
  for (const y of [0, 99, 100, 1582, 1900, 1969, 1970, 2000, 2024, 2025, 2026, 2100, 2400, 9999]) {
    for (let mo = 0; mo <= 13; mo++) for (let d = 0; d <= 32; d++) days.push(`${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`);
  }
  days.push('2026-1-01', ' 2026-01-01', '2026-01-01\n', '2026/01/01', '', '2026-0a-01');

  it('isIsoDate, dayOfWeek and addDays as Date, or the same RangeError', () => {
    for (const v of days) {
      expect(isIsoDate(v), v).toBe(isoRef(v));
      if (!isoRef(v)) {
        expect(() => addDays(v, 1), v).toThrow(RangeError);
        expect(() => dayOfWeek(v), v).toThrow(RangeError);
        continue;
      }
      expect(dayOfWeek(v), v).toBe(new Date(`${v}T00:00:00Z`).getUTCDay());
      for (const n of [0, 1, -1, 7, -60, 365, -365, 100000, -800000, 1.5]) expect(addDays(v, n), `${v} ${n}`).toBe(addRef(v, n));
    }
  });
});
