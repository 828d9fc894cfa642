/**
 * Dates (dates.ts): resolution rules and what a message's date becomes. The rule under all
 * of them: an entry's date is never after `today`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../../src/core/dates.ts';
import { dayMonth, dayOfMonth, previousWeekday, relativeDay } from '../../../src/parser/dates.ts';
import { CONFIDENT, parseMessage } from '../../../src/parser/index.ts';

function recordDate(text: string, today: string): { date: string | null; confident: boolean } {
  const r = parseMessage(text, { today });
  if (r.intent !== 'record') throw new Error(`not a record: ${JSON.stringify(r)}`);
  return { date: r.date, confident: r.confidence >= CONFIDENT };
}

describe('relativeDay (kemarin, kemarin lusa, N hari lalu)', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(relativeDay('2026-11-20', -1)).toBe('2026-11-19');
    expect(relativeDay('2026-03-01', -1)).toBe('2026-02-28');
    expect(relativeDay('2028-03-01', -1)).toBe('2028-02-29');
    expect(relativeDay('2026-01-01', -1)).toBe('2025-12-31');
    expect(relativeDay('2026-01-01', -2)).toBe('2025-12-30');
  });
});

describe('previousWeekday: the most recent such day strictly before today', () => {
  // 2026-11-20 is a Friday.
  const cases: [number, string][] = [
    [0, '2026-11-15'], [1, '2026-11-16'], [2, '2026-11-17'], [3, '2026-11-18'], [4, '2026-11-19'],
    [5, '2026-11-13'], [6, '2026-11-14'],
  ];
  for (const [wd, date] of cases) {
    it(`weekday ${wd} → ${date}`, () => {
      expect(previousWeekday('2026-11-20', wd)).toBe(date);
    });
  }
  it('across a year start', () => {
    expect(previousWeekday('2026-01-01', 3)).toBe('2025-12-31'); // 1 Jan 2026 is a Thursday
  });
});

describe('dayOfMonth ("tgl N")', () => {
  const cases: [string, number, string | null][] = [
    ['2026-11-20', 18, '2026-11-18'],
    ['2026-11-20', 20, '2026-11-20'],
    ['2026-11-20', 21, '2026-10-21'],
    ['2026-11-20', 31, '2026-10-31'], // November has no 31st: October's
    ['2026-12-05', 31, null], // December 31 is ahead and November has no 31st
    ['2026-03-05', 30, null], // no 30 February
    ['2026-03-31', 31, '2026-03-31'],
    ['2026-01-10', 15, '2025-12-15'],
    ['2028-03-01', 29, '2028-02-29'],
    ['2026-11-20', 0, null],
    ['2026-11-20', 32, null],
  ];
  for (const [today, day, want] of cases) {
    it(`tgl ${day} on ${today} → ${want}`, () => {
      expect(dayOfMonth(today, day)).toBe(want);
    });
  }
});

describe('dayMonth ("17/11", "17 nov", "17/11/2025")', () => {
  const cases: [string, number, number, number | undefined, string | null][] = [
    ['2026-11-20', 17, 11, undefined, '2026-11-17'],
    ['2026-11-20', 20, 11, undefined, '2026-11-20'],
    ['2026-11-20', 25, 12, undefined, '2025-12-25'],
    ['2026-11-20', 29, 2, undefined, null], // neither 2026 nor 2025 has 29 February
    ['2028-03-10', 29, 2, undefined, '2028-02-29'],
    ['2029-01-10', 29, 2, undefined, '2028-02-29'],
    ['2026-11-20', 31, 4, undefined, null],
    ['2026-11-20', 17, 11, 2025, '2025-11-17'],
    ['2026-11-20', 17, 12, 2026, null], // explicit future day
    ['2026-11-20', 17, 13, undefined, null],
  ];
  for (const [today, d, m, y, want] of cases) {
    it(`${d}/${m}${y ? `/${y}` : ''} on ${today} → ${want}`, () => {
      expect(dayMonth(today, d, m, y)).toBe(want);
    });
  }
});

describe('dates written in messages', () => {
  const cases: [string, string, string, boolean][] = [
    // text, today, date, confident
    ['kemarin laku bros 30rb', '2026-01-01', '2025-12-31', true],
    ['kmrn laku bros 30rb', '2026-03-01', '2026-02-28', true],
    ['kemarin laku bros 30rb', '2028-03-01', '2028-02-29', true],
    ['jumat laku bros 30rb', '2026-11-20', '2026-11-13', true],
    ['jum\'at laku bros 30rb', '2026-11-20', '2026-11-13', true],
    ['kamis laku bros 30rb', '2026-11-20', '2026-11-19', true],
    ['hari minggu laku bros 30rb', '2026-11-20', '2026-11-15', true],
    ['ahad laku bros 30rb', '2026-11-20', '2026-11-15', true],
    ['rabu kemarin laku bros 30rb', '2026-11-20', '2026-11-18', true],
    // a day up to ten days ahead: last month's, but asked with the day shown (a bill to come?)
    ['tgl 25 laku bros 30rb', '2026-11-20', '2026-10-25', false],
    ['tgl. 5 laku bros 30rb', '2026-11-20', '2026-11-05', true],
    ['tgl 31 laku bros 30rb', '2026-11-20', '2026-10-31', true],
    ['tgl 28 laku bros 30rb', '2026-12-03', '2026-11-28', true],
    ['tanggal 18 nov laku bros 30rb', '2026-11-20', '2026-11-18', true],
    ['17/11 laku bros 30rb', '2026-11-20', '2026-11-17', true],
    // more than 60 days back: that day, but asked (a typo in the year is likelier than a late entry)
    ['17/11/2025 laku bros 30rb', '2026-11-20', '2025-11-17', false],
    ['17-11-2025 laku bros 30rb', '2026-11-20', '2025-11-17', false],
    ['17.11.2025 laku bros 30rb', '2026-11-20', '2025-11-17', false],
    ['2026-11-18 laku bros 30rb', '2026-11-20', '2026-11-18', true],
    ['3 hari yang lalu laku bros 30rb', '2026-11-20', '2026-11-17', true],
    ['kemarin lusa laku bros 30rb', '2026-11-20', '2026-11-18', true],
    ['yesterday sold brooches 30k', '2026-11-20', '2026-11-19', true],
    ['laku bros 30rb', '2026-11-20', '2026-11-20', true],
    // never in the future, never a day that does not exist: today, and ask
    ['29/02 laku bros 30rb', '2026-11-20', '2026-11-20', false],
    ['tgl 30 laku bros 30rb', '2026-03-05', '2026-03-05', false],
    ['17/12/2026 laku bros 30rb', '2026-11-20', '2026-11-20', false],
    ['besok laku bros 30rb', '2026-11-20', '2026-11-20', false],
    ['lusa beli kain 30rb', '2026-11-20', '2026-11-20', false],
    // Two days each opening its clause: a record of several days, dated by its latest (per-day.ts).
    ['kemarin laku bros 30rb, tgl 5 beli kain 20rb', '2026-11-20', '2026-11-19', true],
  ];
  for (const [text, today, date, confident] of cases) {
    it(`${JSON.stringify(text)} on ${today} → ${date}${confident ? '' : ' (asks)'}`, () => {
      expect(recordDate(text, today)).toEqual({ date, confident });
    });
  }

  it('"minggu" alone is a week, not Sunday: no date is taken from it', () => {
    expect(recordDate('minggu ini laku bros 30rb', '2026-11-20').date).toBe('2026-11-20');
  });

  it('a date never lands after today, whatever is written and whatever today is', () => {
    const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const expr = fc.oneof(
      fc.constantFrom('kemarin', 'kmrn', 'hari ini', 'tadi', 'besok', 'lusa', 'kemarin lusa', 'senin', 'selasa', 'rabu',
        'kamis', 'jumat', 'sabtu', 'hari minggu', 'ahad', 'yesterday', 'today', 'semalam', 'seminggu lalu'),
      fc.integer({ min: 0, max: 40 }).map((n) => `tgl ${n}`),
      fc.integer({ min: 0, max: 40 }).map((n) => `${n} hari lalu`),
      fc.tuple(fc.integer({ min: 0, max: 35 }), fc.integer({ min: 0, max: 14 })).map(([d, m]) => `${d}/${m}`),
      fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1999, max: 2101 }))
        .map(([d, m, y]) => `${d}/${m}/${y}`),
      fc.tuple(fc.integer({ min: 1, max: 31 }), fc.constantFrom('jan', 'feb', 'februari', 'mar', 'nov', 'des'))
        .map(([d, m]) => `${d} ${m}`),
    );
    fc.assert(
      fc.property(day, expr, (today, e) => {
        const r = parseMessage(`${e} laku bros 15rb`, { today });
        expect(r.intent).toBe('record');
        if (r.intent !== 'record') return;
        expect(isIsoDate(r.date)).toBe(true);
        expect(r.date <= today, `${e} on ${today} gave ${r.date}`).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('recap dates', () => {
  it('"rekap kemarin", "rekap minggu lalu", "rekap bulan lalu" name a day in the period asked', () => {
    expect(parseMessage('rekap kemarin', { today: '2026-11-20' })).toMatchObject({ intent: 'recap', period: 'day', date: '2026-11-19' });
    expect(parseMessage('rekap minggu lalu', { today: '2026-11-20' })).toMatchObject({ intent: 'recap', period: 'week', date: '2026-11-09' });
    expect(parseMessage('rekap bulan lalu', { today: '2026-01-15' })).toMatchObject({ intent: 'recap', period: 'month', date: '2025-12-01' });
    const current = parseMessage('rekap minggu ini', { today: '2026-11-20' });
    expect(current).toEqual({ intent: 'recap', period: 'week', confidence: 0.95 });
  });
});

describe('the reference day must be real', () => {
  it('throws a RangeError for a malformed ctx.today (a caller bug, not user text)', () => {
    expect(() => parseMessage('laku 5rb', { today: '2026-02-30' })).toThrow(RangeError);
    expect(() => parseMessage('laku 5rb', { today: '20-11-2026' })).toThrow(RangeError);
  });
});
