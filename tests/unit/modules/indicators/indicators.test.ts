import { describe, expect, it } from 'vitest';
import { homePeriods, share } from '../../../../src/modules/indicators/indicators.ts';

describe('homePeriods', () => {
  it('week from Monday, this month to date, the whole last month (across a year end)', () => {
    expect(homePeriods('2027-01-06')).toEqual({
      today: '2027-01-06',
      thisWeek: { from: '2027-01-04', to: '2027-01-06' },
      thisMonth: { from: '2027-01-01', to: '2027-01-06' },
      lastMonth: { from: '2026-12-01', to: '2026-12-31' },
      trendMonths: ['2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01', '2026-11-01', '2026-12-01', '2027-01-01'],
    });
  });
  it('share has no value over nothing', () => {
    expect(share(0, 0)).toBeNull();
    expect(share(1, 4)).toBe(0.25);
  });
});
