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
});
