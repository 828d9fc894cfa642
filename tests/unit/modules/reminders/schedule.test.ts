/**
 * When reminders fall due: slots in the three Indonesian time zones, across month, quarter
 * and year ends, moved by quiet hours; ISO weeks and quarters; the idempotency keys.
 */
import { describe, expect, it } from 'vitest';
import {
  digestKey,
  nudgeKey,
  parseReminderKey,
  quarterlyKey,
  repaymentKey,
  REPAYMENT_STEPS,
} from '../../../../src/modules/reminders/keys.ts';
import {
  formatQuietHours,
  isoWeek,
  isoWithOffset,
  isQuiet,
  localInstant,
  minuteOfDayAt,
  parseQuietHours,
  previousQuarter,
  quarterOf,
  quarterRange,
  reportedQuarter,
  sendTime,
  slotsBetween,
  type QuietHours,
} from '../../../../src/modules/reminders/schedule.ts';

const ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'];
const QUIET: QuietHours = { start: 21 * 60, end: 7 * 60 };
const at = (iso: string) => new Date(iso);
const brief = (slots: ReturnType<typeof slotsBetween>) => slots.map((s) => [s.key, s.dueAt.toISOString()]);

describe('quiet hours', () => {
  it.each([
    ['21:00-07:00', { start: 1260, end: 420 }],
    ['22:30-06:15', { start: 1350, end: 375 }],
    ['7:00-9:00', { start: 420, end: 540 }],
    [' 21:00-07:00 ', { start: 1260, end: 420 }],
    ['off', null],
    ['NONE', null],
  ])('parses %j', (text, expected) => {
    expect(parseQuietHours(text)).toEqual(expected);
  });

  it.each(['', '21-07', '24:00-07:00', '21:60-07:00', '21:00-21:00', '21:00', '21:00-07:00-08:00', 'tonight'])('refuses %j', (text) => {
    expect(parseQuietHours(text)).toBeUndefined();
  });

  it('formats back', () => {
    expect(formatQuietHours(QUIET)).toBe('21:00-07:00');
    expect(formatQuietHours(null)).toBe('off');
  });

  it.each([
    [20 * 60 + 59, false],
    [21 * 60, true],
    [23 * 60 + 59, true],
    [0, true],
    [6 * 60 + 59, true],
    [7 * 60, false],
    [8 * 60, false],
    [19 * 60, false],
  ])('wrapping past midnight: minute %i quiet = %s', (minute, quiet) => {
    expect(isQuiet(minute, QUIET)).toBe(quiet);
  });

  it('does not wrap when start is before end, and nothing is quiet when off', () => {
    const noon = { start: 12 * 60, end: 14 * 60 };
    expect([11 * 60 + 59, 12 * 60, 13 * 60 + 59, 14 * 60].map((m) => isQuiet(m, noon))).toEqual([false, true, true, false]);
    expect(isQuiet(23 * 60, null)).toBe(false);
  });
});

describe('local time in WIB, WITA and WIT', () => {
  it.each([
    ['Asia/Jakarta', '2027-01-30T12:00:00.000Z', '2027-01-30T19:00:00+07:00'],
    ['Asia/Makassar', '2027-01-30T11:00:00.000Z', '2027-01-30T19:00:00+08:00'],
    ['Asia/Jayapura', '2027-01-30T10:00:00.000Z', '2027-01-30T19:00:00+09:00'],
  ])('19:00 on 30 Jan in %s is %s', (zone, utc, local) => {
    const instant = localInstant('2027-01-30', 19 * 60, zone);
    expect(instant.toISOString()).toBe(utc);
    expect(isoWithOffset(instant, zone)).toBe(local);
    expect(minuteOfDayAt(instant, zone)).toBe(19 * 60);
  });

  it('08:00 on the 1st in Jayapura is still the last day of the month in UTC', () => {
    expect(localInstant('2027-03-01', 8 * 60, 'Asia/Jayapura').toISOString()).toBe('2027-02-28T23:00:00.000Z');
    expect(isoWithOffset(new Date('2027-02-28T23:00:00Z'), 'Asia/Jayapura')).toBe('2027-03-01T08:00:00+09:00');
  });
});

describe('slots', () => {
  it('the weekly nudge and digest fall due at 19:00 in each zone, over a month end', () => {
    const slots = slotsBetween(at('2027-01-30T00:00:00Z'), at('2027-02-01T00:00:00Z'), ZONES, QUIET, ['nudge', 'digest']);
    expect(brief(slots)).toEqual([
      ['nudge|Asia/Jayapura|2027-01-30', '2027-01-30T10:00:00.000Z'],
      ['nudge|Asia/Makassar|2027-01-30', '2027-01-30T11:00:00.000Z'],
      ['nudge|Asia/Jakarta|2027-01-30', '2027-01-30T12:00:00.000Z'],
      ['digest|Asia/Jayapura|2027-01-31', '2027-01-31T10:00:00.000Z'],
      ['digest|Asia/Makassar|2027-01-31', '2027-01-31T11:00:00.000Z'],
      ['digest|Asia/Jakarta|2027-01-31', '2027-01-31T12:00:00.000Z'],
    ]);
  });

  it('the window includes its start and excludes its end', () => {
    const jakartaNudge = at('2027-01-30T12:00:00Z');
    expect(slotsBetween(jakartaNudge, at('2027-01-30T12:00:01Z'), ['Asia/Jakarta'], QUIET)).toHaveLength(1);
    expect(slotsBetween(at('2027-01-30T11:00:00Z'), jakartaNudge, ['Asia/Jakarta'], QUIET, ['nudge'])).toHaveLength(0);
    expect(slotsBetween(jakartaNudge, jakartaNudge, ['Asia/Jakarta'], QUIET)).toEqual([]);
  });

  it('repayment runs every day at 08:00 local, across the end of February', () => {
    const slots = slotsBetween(at('2027-02-27T00:00:01Z'), at('2027-03-02T00:00:00Z'), ['Asia/Makassar'], QUIET, ['repayment']);
    expect(brief(slots)).toEqual([
      ['repayment|Asia/Makassar|2027-02-28', '2027-02-28T00:00:00.000Z'],
      ['repayment|Asia/Makassar|2027-03-01', '2027-03-01T00:00:00.000Z'],
    ]);
    // 08:00 WITA on the 27th is 00:00 UTC, the window's first instant: included.
    expect(brief(slotsBetween(at('2027-02-26T23:00:00Z'), at('2027-02-27T00:00:01Z'), ['Asia/Makassar'], QUIET, ['repayment']))).toEqual([
      ['repayment|Asia/Makassar|2027-02-27', '2027-02-27T00:00:00.000Z'],
    ]);
  });

  it('the quarterly question goes on the first Monday of January, April, July and October', () => {
    const slots = slotsBetween(at('2026-09-01T00:00:00Z'), at('2027-12-31T00:00:00Z'), ['Asia/Jakarta'], QUIET, ['quarterly']);
    expect(slots.map((s) => s.date)).toEqual(['2026-10-05', '2027-01-04', '2027-04-05', '2027-07-05', '2027-10-04']);
    expect(slots[1]?.dueAt.toISOString()).toBe('2027-01-04T01:00:00.000Z');
  });

  it('quiet hours move a slot to their end, keeping its day (and so its period)', () => {
    const long: QuietHours = { start: 18 * 60, end: 8 * 60 + 30 };
    const slots = slotsBetween(at('2027-01-30T00:00:00Z'), at('2027-02-02T00:00:00Z'), ['Asia/Jakarta'], long, ['nudge', 'digest', 'repayment']);
    expect(brief(slots)).toEqual([
      ['repayment|Asia/Jakarta|2027-01-30', '2027-01-30T01:30:00.000Z'], // 08:00 → 08:30 WIB
      ['repayment|Asia/Jakarta|2027-01-31', '2027-01-31T01:30:00.000Z'],
      ['nudge|Asia/Jakarta|2027-01-30', '2027-01-31T01:30:00.000Z'], // Saturday 19:00 → Sunday 08:30
      ['repayment|Asia/Jakarta|2027-02-01', '2027-02-01T01:30:00.000Z'],
      ['digest|Asia/Jakarta|2027-01-31', '2027-02-01T01:30:00.000Z'], // Sunday 19:00 → Monday 08:30, across the month end
    ]);
  });

  it('a slot moved past the window start by quiet hours is still found', () => {
    const long: QuietHours = { start: 18 * 60, end: 8 * 60 };
    // Saturday's nudge goes Sunday 08:00 WIT; a window starting Sunday morning finds it.
    expect(brief(slotsBetween(at('2027-01-30T22:00:00Z'), at('2027-01-31T00:00:00Z'), ['Asia/Jayapura'], long, ['nudge']))).toEqual([
      ['nudge|Asia/Jayapura|2027-01-30', '2027-01-30T23:00:00.000Z'],
    ]);
  });

  it('a slot in the early part of wrapping quiet hours waits until the same morning', () => {
    expect(sendTime('2027-01-30', 5 * 60, 'Asia/Jakarta', QUIET).toISOString()).toBe('2027-01-30T00:00:00.000Z');
    expect(sendTime('2027-01-30', 22 * 60, 'Asia/Jakarta', QUIET).toISOString()).toBe('2027-01-31T00:00:00.000Z');
    expect(sendTime('2027-01-30', 22 * 60, 'Asia/Jakarta', null).toISOString()).toBe('2027-01-30T15:00:00.000Z');
  });
});

describe('periods', () => {
  it.each([
    ['2026-12-28', '2026W53'],
    ['2027-01-03', '2026W53'],
    ['2027-01-04', '2027W01'],
    ['2027-01-30', '2027W04'],
    ['2027-01-31', '2027W04'],
    ['2020-12-31', '2020W53'],
    ['2025-12-29', '2026W01'],
  ])('ISO week of %s is %s', (date, week) => {
    expect(isoWeek(date)).toBe(week);
  });

  it('quarters', () => {
    expect(quarterOf('2027-03-31')).toBe('2027Q1');
    expect(quarterOf('2027-04-01')).toBe('2027Q2');
    expect(previousQuarter('2027Q1')).toBe('2026Q4');
    expect(quarterRange('2026Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(quarterRange('2028Q1')).toEqual({ from: '2028-01-01', to: '2028-03-31' });
    expect(reportedQuarter('2027-01-04')).toBe('2026Q4');
    expect(reportedQuarter('2027-04-05')).toBe('2027Q1');
  });
});

describe('idempotency keys', () => {
  it('name the kind, the recipient and the period, contain no colon, and parse back', () => {
    const keys = [
      repaymentKey(12, 3, 'd3', { groupChatId: 7 }),
      repaymentKey(12, 3, 'late7', { personId: 45 }),
      nudgeKey('2027W04', 45),
      digestKey('2027W04', 7),
      quarterlyKey('2026Q4', 45),
    ];
    expect(keys).toEqual([
      'rem-repay-12.3-d3-chat-7',
      'rem-repay-12.3-late7-person-45',
      'rem-nudge-2027W04-45',
      'rem-digest-2027W04-7',
      'rem-quarterly-2026Q4-45',
    ]);
    expect(keys.every((k) => !k.includes(':'))).toBe(true);
    expect(keys.map(parseReminderKey)).toEqual([
      { kind: 'repayment', loanId: 12, instalment: 3, step: 'd3', groupChatId: 7, personId: null },
      { kind: 'repayment', loanId: 12, instalment: 3, step: 'late7', groupChatId: null, personId: 45 },
      { kind: 'nudge', week: '2027W04', personId: 45 },
      { kind: 'digest', week: '2027W04', groupChatId: 7 },
      { kind: 'quarterly', quarter: '2026Q4', personId: 45 },
    ]);
    expect(parseReminderKey('reply-12-0')).toBeUndefined();
    expect(parseReminderKey('lead-3-abc')).toBeUndefined();
  });

  it('repayment steps are 3 and 1 days before, the day, and 1 and 7 days after', () => {
    expect(REPAYMENT_STEPS.map((s) => [s.step, s.daysToDue])).toEqual([
      ['d3', 3],
      ['d1', 1],
      ['d0', 0],
      ['late1', -1],
      ['late7', -7],
    ]);
  });
});
