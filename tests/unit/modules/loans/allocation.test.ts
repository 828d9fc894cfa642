/**
 * The pure loan rules of src/modules/loans/loans.ts: allocation of payments oldest
 * instalment first, statuses, arrears, the on-time streak, next due and reward eligibility.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../src/core/dates.ts';
import {
  allocate,
  arrears,
  instalmentStatus,
  isEligible,
  nextDue,
  onTimeStreak,
  standing,
  type AllocatedInstalment,
  type InstalmentStatus,
  type PaidAmount,
} from '../../../../src/modules/loans/loans.ts';
import { loanSchedule, type Instalment } from '../../../../src/modules/loans/schedule.ts';

/** An instalment of `total` (10 of it interest) due on `dueDate`. */
const inst = (number: number, dueDate: string, total: number): Instalment => ({
  number,
  dueDate,
  principal: total - 10,
  interest: 10,
  total,
});

/** Four instalments due on the 5th, January to April 2027: 1 000, 1 000, 1 000, 1 200 (4 200 in all). */
const FOUR: Instalment[] = [
  inst(1, '2027-01-05', 1000),
  inst(2, '2027-02-05', 1000),
  inst(3, '2027-03-05', 1000),
  inst(4, '2027-04-05', 1200),
];

/** Six instalments of 1 000 due on the 5th, January to June 2027. */
const SIX: Instalment[] = [1, 2, 3, 4, 5, 6].map((n) => inst(n, `2027-0${n}-05`, 1000));

const pay = (amount: number, paidOn: string): PaidAmount => ({ amount, paidOn });

/** [paid, remaining, paidOn] of each instalment. */
type Row = [number, number, string | null];
const rows = (instalments: AllocatedInstalment[]): Row[] => instalments.map((i) => [i.paid, i.remaining, i.paidOn]);

describe('allocate: oldest instalment first', () => {
  const cases: [string, PaidAmount[], Row[], number][] = [
    ['nothing paid', [], [[0, 1000, null], [0, 1000, null], [0, 1000, null], [0, 1200, null]], 0],
    [
      'early: paid before the due date',
      [pay(1000, '2026-12-20')],
      [[1000, 0, '2026-12-20'], [0, 1000, null], [0, 1000, null], [0, 1200, null]],
      0,
    ],
    [
      'on time: paid on the due date',
      [pay(1000, '2027-01-05')],
      [[1000, 0, '2027-01-05'], [0, 1000, null], [0, 1000, null], [0, 1200, null]],
      0,
    ],
    ['late', [pay(1000, '2027-01-06')], [[1000, 0, '2027-01-06'], [0, 1000, null], [0, 1000, null], [0, 1200, null]], 0],
    ['under-payment: the instalment is partly paid', [pay(600, '2027-01-03')], [[600, 400, null], [0, 1000, null], [0, 1000, null], [0, 1200, null]], 0],
    [
      'the payment that completes an instalment gives its date',
      [pay(600, '2027-01-03'), pay(400, '2027-01-10')],
      [[1000, 0, '2027-01-10'], [0, 1000, null], [0, 1000, null], [0, 1200, null]],
      0,
    ],
    [
      'payments are taken by date, whatever order they come in',
      [pay(400, '2027-01-10'), pay(700, '2027-01-03')],
      [[1000, 0, '2027-01-10'], [100, 900, null], [0, 1000, null], [0, 1200, null]],
      0,
    ],
    [
      'over-payment settles the next instalments',
      [pay(2500, '2027-01-05')],
      [[1000, 0, '2027-01-05'], [1000, 0, '2027-01-05'], [500, 500, null], [0, 1200, null]],
      0,
    ],
    [
      'beyond the whole loan the excess is credit',
      [pay(3000, '2027-01-05'), pay(2000, '2027-02-01')],
      [[1000, 0, '2027-01-05'], [1000, 0, '2027-01-05'], [1000, 0, '2027-01-05'], [1200, 0, '2027-02-01']],
      800,
    ],
    [
      'a payment after the loan is settled is all credit',
      [pay(4200, '2027-01-05'), pay(1, '2027-01-06')],
      [[1000, 0, '2027-01-05'], [1000, 0, '2027-01-05'], [1000, 0, '2027-01-05'], [1200, 0, '2027-01-05']],
      1,
    ],
  ];
  it.each(cases)('%s', (_name, payments, expected, credit) => {
    const result = allocate(FOUR, payments);
    expect(rows(result.instalments)).toEqual(expected);
    expect(result.credit).toBe(credit);
  });

  it('keeps the schedule rows (number, due date, amounts) as they are', () => {
    const [first] = allocate(FOUR, [pay(1, '2027-01-01')]).instalments;
    expect(first).toEqual({ number: 1, dueDate: '2027-01-05', principal: 990, interest: 10, total: 1000, paid: 1, remaining: 999, paidOn: null });
  });
});

describe('instalmentStatus', () => {
  const statusOf = (payments: PaidAmount[], asOf: string): InstalmentStatus[] =>
    allocate(FOUR, payments).instalments.map((i) => instalmentStatus(i, asOf));
  const cases: [string, PaidAmount[], string, InstalmentStatus[]][] = [
    ['nothing paid, nothing due yet', [], '2027-01-01', ['due', 'due', 'due', 'due']],
    ['nothing paid on the due day itself: still due', [], '2027-01-05', ['due', 'due', 'due', 'due']],
    ['nothing paid the day after: overdue', [], '2027-01-06', ['overdue', 'due', 'due', 'due']],
    ['paid early', [pay(1000, '2026-12-20')], '2027-01-10', ['paid', 'due', 'due', 'due']],
    ['paid on the due date', [pay(1000, '2027-01-05')], '2027-01-10', ['paid', 'due', 'due', 'due']],
    ['paid a day late', [pay(1000, '2027-01-06')], '2027-01-10', ['paid_late', 'due', 'due', 'due']],
    ['partly paid, not yet due', [pay(600, '2027-01-03')], '2027-01-05', ['partial', 'due', 'due', 'due']],
    ['partly paid, past due', [pay(600, '2027-01-03')], '2027-01-06', ['overdue', 'due', 'due', 'due']],
    ['over-payment: the next one partly paid', [pay(2500, '2027-01-05')], '2027-01-05', ['paid', 'paid', 'partial', 'due']],
    ['months later, two missed', [pay(1000, '2027-01-05')], '2027-03-06', ['paid', 'overdue', 'overdue', 'due']],
  ];
  it.each(cases)('%s', (_name, payments, asOf, expected) => {
    expect(statusOf(payments, asOf)).toEqual(expected);
  });
});

describe('arrears', () => {
  // Due day 31: 28 February, 31 March, 30 April 2027; 1 000 000 each.
  const monthEnds = loanSchedule({ principal: 3_000_000, annualRatePercent: 0, months: 3, method: 'flat', disbursed: '2027-01-15', dueDay: 31 });
  it('the schedule used here falls on month ends', () => {
    expect(monthEnds.map((i) => [i.dueDate, i.total])).toEqual([
      ['2027-02-28', 1_000_000],
      ['2027-03-31', 1_000_000],
      ['2027-04-30', 1_000_000],
    ]);
  });

  const cases: [string, PaidAmount[], number][] = [
    ['2027-02-28', [], 0],
    ['2027-03-01', [], 1_000_000],
    ['2027-03-31', [], 1_000_000],
    ['2027-04-01', [], 2_000_000],
    ['2027-04-30', [], 2_000_000],
    ['2027-05-01', [], 3_000_000],
    ['2027-04-01', [pay(1_500_000, '2027-03-15')], 500_000],
    ['2027-05-01', [pay(1_500_000, '2027-03-15')], 1_500_000],
    ['2027-05-01', [pay(3_000_000, '2027-06-01')], 0],
  ];
  it.each(cases)('as of %s with %o: %i', (asOf, payments, expected) => {
    expect(arrears(allocate(monthEnds, payments).instalments, asOf)).toBe(expected);
  });

  it('in a leap year the February instalment falls due on the 29th', () => {
    const leap = loanSchedule({ principal: 2_000_000, annualRatePercent: 0, months: 2, method: 'flat', disbursed: '2028-01-10', dueDay: 31 });
    const instalments = allocate(leap, []).instalments;
    expect(leap[0]!.dueDate).toBe('2028-02-29');
    expect(arrears(instalments, '2028-02-29')).toBe(0);
    expect(arrears(instalments, '2028-03-01')).toBe(1_000_000);
  });
});

describe('onTimeStreak', () => {
  const streak = (payments: PaidAmount[], asOf: string) => onTimeStreak(allocate(SIX, payments).instalments, asOf);
  const threeOnTime = [pay(1000, '2027-01-05'), pay(1000, '2027-02-01'), pay(1000, '2027-03-05')];
  const cases: [string, PaidAmount[], string, number][] = [
    ['nothing due, nothing paid', [], '2027-01-05', 0],
    ['payment exactly on the due date counts as on time', [pay(1000, '2027-01-05')], '2027-01-06', 1],
    ['three on time', threeOnTime, '2027-04-01', 3],
    ['three on time, the fourth due today and unpaid: not broken yet', threeOnTime, '2027-04-05', 3],
    ['three on time, the fourth overdue and unpaid: 0', threeOnTime, '2027-04-06', 0],
    ['three on time then one late: reset to 0', [...threeOnTime, pay(1000, '2027-04-10')], '2027-04-20', 0],
    ['… and the next one on time starts again at 1', [...threeOnTime, pay(1000, '2027-04-10'), pay(1000, '2027-05-05')], '2027-05-10', 1],
    ['an on-time payment counts even before its due date has passed', [...threeOnTime, pay(1000, '2027-04-02')], '2027-04-03', 4],
    ['paying three in advance: three paid on time', [pay(3000, '2027-01-02')], '2027-01-03', 3],
    ['a partial payment on the latest overdue instalment: 0', [pay(1000, '2027-01-05'), pay(600, '2027-02-04')], '2027-02-10', 0],
    ['a partial payment on an instalment not yet due is not counted', [pay(1000, '2027-01-05'), pay(500, '2027-01-20')], '2027-01-25', 1],
    ['the late one is older than the count: it stops the count', [pay(1000, '2027-01-09'), pay(1000, '2027-02-05'), pay(1000, '2027-03-04')], '2027-03-10', 2],
    ['an old overdue instalment paid off late still breaks it', [pay(2000, '2027-02-05')], '2027-02-06', 1],
  ];
  it.each(cases)('%s', (_name, payments, asOf, expected) => {
    expect(streak(payments, asOf)).toBe(expected);
  });
});

describe('nextDue and eligibility', () => {
  it('next due is the first instalment not fully paid, with what is still owed on it', () => {
    expect(nextDue(allocate(FOUR, []).instalments)).toEqual({ number: 1, dueDate: '2027-01-05', amount: 1000 });
    expect(nextDue(allocate(FOUR, [pay(1500, '2027-01-05')]).instalments)).toEqual({ number: 2, dueDate: '2027-02-05', amount: 500 });
    expect(nextDue(allocate(FOUR, [pay(3100, '2027-01-05')]).instalments)).toEqual({ number: 4, dueDate: '2027-04-05', amount: 1100 });
    expect(nextDue(allocate(FOUR, [pay(4200, '2027-01-05')]).instalments)).toBeNull();
  });

  it.each([
    [3, 0, undefined, true],
    [4, 0, undefined, true],
    [2, 0, undefined, false],
    [3, 1, undefined, false],
    [2, 0, 2, true],
    [1, 0, 2, false],
    [0, 0, 0, true],
  ])('streak %i, arrears %i, needed %s → %s', (streak, owed, needed, expected) => {
    expect(isEligible(streak, owed, needed)).toBe(expected);
  });
});

describe('standing', () => {
  // 10 jt at 6 % flat over 12 months from 5 November 2026: 11 × 883 333, then 883 337.
  const tenMillion = loanSchedule({ principal: 10_000_000, annualRatePercent: 6, months: 12, method: 'flat', disbursed: '2026-11-05' });
  const twoPaid = [pay(883_333, '2026-12-05'), pay(883_333, '2027-01-04')];

  it('10 jt example: two paid on time, streak 2, no arrears, next due 5 February', () => {
    const s = standing(tenMillion, twoPaid, '2027-01-10');
    expect(s.asOf).toBe('2027-01-10');
    expect(s.instalments.map((i) => i.status)).toEqual(['paid', 'paid', ...Array<string>(10).fill('due')]);
    expect(s.instalments.slice(0, 3).map((i) => [i.paid, i.remaining, i.paidOn])).toEqual([
      [883_333, 0, '2026-12-05'],
      [883_333, 0, '2027-01-04'],
      [0, 883_333, null],
    ]);
    expect(s.arrears).toBe(0);
    expect(s.streak).toBe(2);
    expect(s.nextDue).toEqual({ number: 3, dueDate: '2027-02-05', amount: 883_333 });
    expect(s.rewardStreak).toBe(3);
    expect(s.eligible).toBe(false);
    expect(s.totals).toEqual({ principal: 10_000_000, interest: 600_000, total: 10_600_000, paid: 1_766_666, remaining: 8_833_334, credit: 0 });
  });

  it('a third on-time payment makes the group eligible; a lower threshold makes it eligible sooner', () => {
    expect(standing(tenMillion, [...twoPaid, pay(883_333, '2027-02-05')], '2027-02-06').eligible).toBe(true);
    expect(standing(tenMillion, twoPaid, '2027-01-10', 2).eligible).toBe(true);
  });

  it('payments dated after the as-of date are left out', () => {
    const s = standing(tenMillion, twoPaid, '2027-01-03');
    expect(s.instalments.map((i) => i.status).slice(0, 2)).toEqual(['paid', 'due']);
    expect(s.totals.paid).toBe(883_333);
    expect(s.streak).toBe(1);
  });

  it('over-payment of the whole loan shows as credit, and nothing remains', () => {
    const s = standing(tenMillion, [pay(10_600_100, '2026-11-20')], '2026-12-01');
    expect(s.totals).toEqual({ principal: 10_000_000, interest: 600_000, total: 10_600_000, paid: 10_600_100, remaining: 0, credit: 100 });
    expect(s.nextDue).toBeNull();
    expect(s.streak).toBe(12);
    expect(s.instalments.every((i) => i.status === 'paid')).toBe(true);
  });

  it('arrears and a broken streak when an instalment is missed', () => {
    const s = standing(tenMillion, twoPaid, '2027-02-06');
    expect(s.instalments[2]!.status).toBe('overdue');
    expect(s.arrears).toBe(883_333);
    expect(s.streak).toBe(0);
    expect(s.eligible).toBe(false);
  });

  it('refuses a negative reward threshold', () => {
    expect(() => standing(tenMillion, [], '2027-01-01', -1)).toThrow(RangeError);
  });
});

describe('allocation properties', () => {
  const schedules = fc
    .array(fc.integer({ min: 1, max: 2_000_000 }), { minLength: 1, maxLength: 24 })
    .map((totals) => totals.map((total, index) => ({ number: index + 1, dueDate: addDays('2027-01-05', 30 * index), principal: total, interest: 0, total })));
  const payments = fc.array(
    fc.record({ amount: fc.integer({ min: 1, max: 3_000_000 }), paidOn: fc.integer({ min: -30, max: 800 }).map((d) => addDays('2027-01-05', d)) }),
    { maxLength: 40 },
  );

  it('allocates exactly min(paid, due), credits max(0, paid − due), never over-allocates, oldest first', () => {
    fc.assert(
      fc.property(schedules, payments, (schedule, paid) => {
        const { instalments, credit } = allocate(schedule, paid);
        const totalPaid = paid.reduce((s, p) => s + p.amount, 0);
        const totalDue = schedule.reduce((s, i) => s + i.total, 0);
        const allocated = instalments.reduce((s, i) => s + i.paid, 0);
        expect(allocated).toBe(Math.min(totalPaid, totalDue));
        expect(credit).toBe(Math.max(0, totalPaid - totalDue));
        const dates = new Set(paid.map((p) => p.paidOn));
        instalments.forEach((i, index) => {
          expect(i.paid).toBeGreaterThanOrEqual(0);
          expect(i.paid).toBeLessThanOrEqual(i.total);
          expect(i.remaining).toBe(i.total - i.paid);
          expect(i.paidOn === null).toBe(i.remaining > 0);
          if (i.paidOn !== null) expect(dates.has(i.paidOn)).toBe(true);
          // Oldest first: anything on this one means every earlier one is settled, and earlier.
          if (i.paid > 0) {
            for (const earlier of instalments.slice(0, index)) {
              expect(earlier.remaining).toBe(0);
              if (i.paidOn !== null) expect(earlier.paidOn! <= i.paidOn).toBe(true);
            }
          }
        });
      }),
    );
  });

  it('the streak never exceeds the instalments paid, and with arrears it is 0', () => {
    const asOf = fc.integer({ min: -30, max: 800 }).map((d) => addDays('2027-01-05', d));
    fc.assert(
      fc.property(schedules, payments, asOf, (schedule, paid, day) => {
        const s = standing(schedule, paid, day);
        const fullyPaid = s.instalments.filter((i) => i.remaining === 0).length;
        expect(s.streak).toBeLessThanOrEqual(fullyPaid);
        if (s.arrears > 0) expect(s.streak).toBe(0);
        expect(s.eligible).toBe(s.streak >= 3 && s.arrears === 0);
        expect(s.totals.remaining + s.totals.paid - s.totals.credit).toBe(s.totals.total);
      }),
    );
  });
});
