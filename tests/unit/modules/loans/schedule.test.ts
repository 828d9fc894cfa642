import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LoanTermsError,
  loanSchedule,
  type Instalment,
  type LoanMethod,
  type LoanTerms,
} from '../../../../src/modules/loans/schedule.ts';

/** [principal, interest, total] of each instalment. */
type Row = [number, number, number];

const row = (principal: number, interest: number): Row => [principal, interest, principal + interest];
const times = (count: number, r: Row): Row[] => Array.from({ length: count }, () => r);
const amounts = (schedule: Instalment[]): Row[] => schedule.map((i) => [i.principal, i.interest, i.total]);

const base: LoanTerms = {
  principal: 10_000_000,
  annualRatePercent: 6,
  months: 12,
  method: 'flat',
  disbursed: '2026-11-05',
};

describe('loanSchedule: worked examples', () => {
  const cases: [string, Partial<LoanTerms>, Row[]][] = [
    // I = 10 000 000 × 6 % × 12/12 = 600 000 → 50 000 a month; 10 000 000 / 12 = 833 333,33 → 833 333.
    ['10 jt, 6 % flat, 12 months', {}, [...times(11, row(833_333, 50_000)), row(833_337, 50_000)]],
    // 883 333 → 883 300 (principal 833 300); last 10 000 000 − 11 × 833 300 = 833 700.
    [
      '10 jt, 6 % flat, 12 months, rounded to 100',
      { roundTo: 100 },
      [...times(11, row(833_300, 50_000)), row(833_700, 50_000)],
    ],
    // 833 333 + 50 000 = 883 333 → 883 000 to the thousand; last 10 000 000 − 11 × 833 000.
    [
      '10 jt, 6 % flat, 12 months, rounded to 1000',
      { roundTo: 1000 },
      [...times(11, row(833_000, 50_000)), row(837_000, 50_000)],
    ],
    // I = 1 000 000 × 5 % × 3/12 = 12 500 → 4 166, 4 166, 4 168; 1 000 000 / 3 → 333 333 ×2, 333 334.
    [
      '3 months, 5 % flat, principal not divisible by 3',
      { principal: 1_000_000, annualRatePercent: 5, months: 3 },
      [row(333_333, 4_166), row(333_333, 4_166), row(333_334, 4_168)],
    ],
    // I = 3 000 000 × 24,75 % × 6/12 = 371 250 → 61 875 a month; 500 000 + 61 875 = 561 875 → 562 000
    // (1 123,75 units of 500 → 1 124); last principal 3 000 000 − 5 × 500 125 = 499 375.
    [
      '6 months, 24.75 % flat, rounded to 500',
      { principal: 3_000_000, annualRatePercent: 24.75, months: 6, roundTo: 500 },
      [...times(5, row(500_125, 61_875)), row(499_375, 61_875)],
    ],
    // Exactly half a unit rounds up: 883 350 → 883 400; last 10 600 200 − 11 × 883 400 = 882 800.
    [
      '0 %, instalment exactly half-way between hundreds rounds up',
      { principal: 10_600_200, annualRatePercent: 0, months: 12, roundTo: 100 },
      [...times(11, row(883_400, 0)), row(882_800, 0)],
    ],
    [
      '0 % flat, 3 months',
      { principal: 1_000_000, annualRatePercent: 0, months: 3 },
      [row(333_333, 0), row(333_333, 0), row(333_334, 0)],
    ],
    [
      '0 % declining is the same as 0 % flat',
      { principal: 1_000_000, annualRatePercent: 0, months: 3, method: 'declining' },
      [row(333_333, 0), row(333_333, 0), row(333_334, 0)],
    ],
    [
      '0 % declining, rounded to 1000',
      { principal: 1_000_000, annualRatePercent: 0, months: 3, method: 'declining', roundTo: 1000 },
      [row(333_000, 0), row(333_000, 0), row(334_000, 0)],
    ],
    // 2 500 000 × 6,5 % / 12 = 13 541,67 → 13 542; the single instalment is never rounded to the unit.
    [
      '1 month, 6.5 % flat',
      { principal: 2_500_000, annualRatePercent: 6.5, months: 1, roundTo: 1000 },
      [row(2_500_000, 13_542)],
    ],
    [
      '1 month, 6.5 % declining',
      { principal: 2_500_000, annualRatePercent: 6.5, months: 1, method: 'declining', roundTo: 1000 },
      [row(2_500_000, 13_542)],
    ],
    // Interest exactly half a rupiah rounds up (100 × 6 % / 12 = 0,5), just below rounds down (0,495).
    ['interest of exactly Rp0,5 rounds up', { principal: 100, months: 1 }, [row(100, 1)]],
    ['interest of Rp0,495 rounds down', { principal: 99, months: 1 }, [row(99, 0)]],
    // Standard annuity: 10 000 000 × 0,01 / (1 − 1,01^−12) = 888 487,89 → 888 488.
    [
      '10 jt, 12 % declining, 12 months',
      { annualRatePercent: 12, method: 'declining' },
      [
        row(788_488, 100_000),
        row(796_373, 92_115),
        row(804_337, 84_151),
        row(812_380, 76_108),
        row(820_504, 67_984),
        row(828_709, 59_779),
        row(836_996, 51_492),
        row(845_366, 43_122),
        row(853_820, 34_668),
        row(862_358, 26_130),
        row(870_981, 17_507),
        row(879_688, 8_797),
      ],
    ],
    // 888 487,89 → 888 000: the last instalment carries the under-payment.
    [
      '10 jt, 12 % declining, 12 months, rounded to 1000',
      { annualRatePercent: 12, method: 'declining', roundTo: 1000 },
      [
        row(788_000, 100_000),
        row(795_880, 92_120),
        row(803_839, 84_161),
        row(811_877, 76_123),
        row(819_996, 68_004),
        row(828_196, 59_804),
        row(836_478, 51_522),
        row(844_843, 43_157),
        row(853_291, 34_709),
        row(861_824, 26_176),
        row(870_442, 17_558),
        row(885_334, 8_853),
      ],
    ],
    // 1,5 % a month: annuity 877 262,76 → 877 500 (rounded up to 500): the last instalment is smaller.
    [
      '5 jt, 18 % declining, 6 months, rounded to 500',
      { principal: 5_000_000, annualRatePercent: 18, months: 6, method: 'declining', roundTo: 500 },
      [
        row(802_500, 75_000),
        row(814_537, 62_963),
        row(826_756, 50_744),
        row(839_157, 38_343),
        row(851_744, 25_756),
        row(865_306, 12_980),
      ],
    ],
    [
      '3 months, 5 % declining, principal not divisible by 3',
      { principal: 1_000_000, annualRatePercent: 5, months: 3, method: 'declining' },
      [row(331_948, 4_167), row(333_331, 2_784), row(334_721, 1_395)],
    ],
    [
      'the largest safe principal at 0 % in one month',
      { principal: Number.MAX_SAFE_INTEGER, annualRatePercent: 0, months: 1 },
      [row(Number.MAX_SAFE_INTEGER, 0)],
    ],
  ];

  it.each(cases)('%s', (_name, terms, expected) => {
    const schedule = loanSchedule({ ...base, ...terms });
    expect(amounts(schedule)).toEqual(expected);
    expect(schedule.map((i) => i.number)).toEqual(expected.map((_, k) => k + 1));
  });
});

describe('loanSchedule: due dates', () => {
  const cases: [string, string, number | undefined, number, string[]][] = [
    ['due day 5 (default) from November', '2026-11-05', undefined, 3, ['2026-12-05', '2027-01-05', '2027-02-05']],
    [
      'due day 31 in a non-leap year',
      '2026-11-05',
      31,
      6,
      ['2026-12-31', '2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30', '2027-05-31'],
    ],
    [
      'due day 31 in a leap year (2028)',
      '2027-11-20',
      31,
      5,
      ['2027-12-31', '2028-01-31', '2028-02-29', '2028-03-31', '2028-04-30'],
    ],
    ['due day 30 in February 2028', '2028-01-10', 30, 2, ['2028-02-29', '2028-03-30']],
    ['due day 29 in February 2027 and 2028', '2027-01-29', 29, 14, [
      '2027-02-28', '2027-03-29', '2027-04-29', '2027-05-29', '2027-06-29', '2027-07-29', '2027-08-29',
      '2027-09-29', '2027-10-29', '2027-11-29', '2027-12-29', '2028-01-29', '2028-02-29', '2028-03-29',
    ]],
    ['disbursed on 31 January, due day 5', '2026-01-31', 5, 3, ['2026-02-05', '2026-03-05', '2026-04-05']],
    ['disbursed in December, crossing the year', '2026-12-15', 5, 3, ['2027-01-05', '2027-02-05', '2027-03-05']],
    ['disbursed after the due day of its month', '2026-03-28', 1, 2, ['2026-04-01', '2026-05-01']],
    ['2100 is not a leap year', '2099-12-01', 31, 3, ['2100-01-31', '2100-02-28', '2100-03-31']],
    ['2000 is a leap year', '1999-12-31', 31, 2, ['2000-01-31', '2000-02-29']],
    ['the last month before the year 10000', '9999-11-15', 5, 1, ['9999-12-05']],
  ];

  it.each(cases)('%s', (_name, disbursed, dueDay, months, expected) => {
    const terms: LoanTerms = { ...base, principal: 1_000_000, disbursed, months };
    if (dueDay !== undefined) terms.dueDay = dueDay;
    expect(loanSchedule(terms).map((i) => i.dueDate)).toEqual(expected);
  });

  it('runs 360 months to the same day 30 years later', () => {
    const schedule = loanSchedule({ ...base, months: 360 });
    expect(schedule).toHaveLength(360);
    expect(schedule[359]?.dueDate).toBe('2056-11-05');
    expect(schedule[13]?.dueDate).toBe('2028-01-05');
  });
});

describe('loanSchedule: invalid terms', () => {
  const huge = Number.MAX_SAFE_INTEGER;
  const cases: [string, Partial<Record<keyof LoanTerms, unknown>>, keyof LoanTerms][] = [
    ['principal 0', { principal: 0 }, 'principal'],
    ['negative principal', { principal: -1_000_000 }, 'principal'],
    ['fractional principal', { principal: 1_000_000.5 }, 'principal'],
    ['NaN principal', { principal: Number.NaN }, 'principal'],
    ['infinite principal', { principal: Number.POSITIVE_INFINITY }, 'principal'],
    ['principal beyond safe integers', { principal: 2 ** 53 }, 'principal'],
    ['principal as a string', { principal: '1000000' }, 'principal'],
    ['flat interest would exceed safe integers', { principal: huge }, 'principal'],
    ['principal plus interest would exceed safe integers', { principal: huge - 100, annualRatePercent: 0.01, months: 1 }, 'principal'],
    ['declining amounts would exceed safe integers', { principal: 9e15, method: 'declining', annualRatePercent: 1 }, 'principal'],
    ['principal smaller than the number of months', { principal: 5, annualRatePercent: 0 }, 'principal'],
    ['principal too small even without rounding', { principal: 5, annualRatePercent: 0, roundTo: 100 }, 'principal'],
    [
      'declining at 99.99 % over 30 years repays no principal at first',
      { principal: 1_000_000, annualRatePercent: 99.99, months: 360, method: 'declining' },
      'principal',
    ],
    ['negative rate', { annualRatePercent: -0.01 }, 'annualRatePercent'],
    ['rate of 100 %', { annualRatePercent: 100 }, 'annualRatePercent'],
    ['rate above 100 %', { annualRatePercent: 150 }, 'annualRatePercent'],
    ['rate with 3 decimals', { annualRatePercent: 6.125 }, 'annualRatePercent'],
    ['rate with a tiny third decimal', { annualRatePercent: 6.001 }, 'annualRatePercent'],
    ['NaN rate', { annualRatePercent: Number.NaN }, 'annualRatePercent'],
    ['infinite rate', { annualRatePercent: Number.POSITIVE_INFINITY }, 'annualRatePercent'],
    ['rate as a string', { annualRatePercent: '6' }, 'annualRatePercent'],
    ['0 months', { months: 0 }, 'months'],
    ['361 months', { months: 361 }, 'months'],
    ['negative months', { months: -12 }, 'months'],
    ['fractional months', { months: 12.5 }, 'months'],
    ['NaN months', { months: Number.NaN }, 'months'],
    ['unknown method', { method: 'simple' }, 'method'],
    ['empty method', { method: '' }, 'method'],
    ['30 February', { disbursed: '2026-02-30' }, 'disbursed'],
    ['29 February in a non-leap year', { disbursed: '2027-02-29' }, 'disbursed'],
    ['month 13', { disbursed: '2026-13-01' }, 'disbursed'],
    ['unpadded date', { disbursed: '2026-2-5' }, 'disbursed'],
    ['day-first date', { disbursed: '05-11-2026' }, 'disbursed'],
    ['empty date', { disbursed: '' }, 'disbursed'],
    ['schedule past the year 9999', { disbursed: '9999-06-15' }, 'disbursed'],
    ['due day 0', { dueDay: 0 }, 'dueDay'],
    ['due day 32', { dueDay: 32 }, 'dueDay'],
    ['negative due day', { dueDay: -5 }, 'dueDay'],
    ['fractional due day', { dueDay: 5.5 }, 'dueDay'],
    ['NaN due day', { dueDay: Number.NaN }, 'dueDay'],
    ['roundTo 0', { roundTo: 0 }, 'roundTo'],
    ['negative roundTo', { roundTo: -100 }, 'roundTo'],
    ['fractional roundTo', { roundTo: 2.5 }, 'roundTo'],
    ['NaN roundTo', { roundTo: Number.NaN }, 'roundTo'],
    ['infinite roundTo', { roundTo: Number.POSITIVE_INFINITY }, 'roundTo'],
    // 83 333 rounds to 0 millions: the first instalments would repay nothing.
    [
      'roundTo rounds instalments to 0',
      { principal: 1_000_000, annualRatePercent: 0, roundTo: 1_000_000 },
      'roundTo',
    ],
    // 250 rounds up to 500 three times: 1 500 > 1 000, the last would be −500.
    ['roundTo leaves a negative last instalment', { principal: 1000, annualRatePercent: 0, months: 4, roundTo: 500 }, 'roundTo'],
    // 1 000 000 a month repays 10 000 000 at 1 %/month before the 12th month.
    [
      'declining payment rounded up so far the loan is repaid early',
      { annualRatePercent: 12, method: 'declining', roundTo: 1_000_000 },
      'roundTo',
    ],
    // 888 488 rounds to 0 in units of 5 000 000: the payment would not even cover the interest.
    [
      'declining payment rounded to 0',
      { annualRatePercent: 12, method: 'declining', roundTo: 5_000_000 },
      'roundTo',
    ],
  ];

  it.each(cases)('%s → %s', (_name, terms, field) => {
    let caught: unknown;
    try {
      loanSchedule({ ...base, ...terms } as LoanTerms);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(LoanTermsError);
    expect(caught).toBeInstanceOf(Error);
    expect((caught as LoanTermsError).field).toBe(field);
    expect((caught as LoanTermsError).name).toBe('LoanTermsError');
    expect((caught as LoanTermsError).message).toContain(field);
  });
});

// ---------------------------------------------------------------------------------------
// Properties. The checks below are written from the rules, independently of the code.

const BP_MONTHS = 120_000n;
/** Exact half-up rounding of num/den (num ≥ 0) to the rupiah. */
const halfUp = (num: bigint, den: bigint): bigint => (2n * num + den) / (2n * den);

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
function monthLength(year: number, month: number): number {
  return [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

const dateArb = fc
  .record({ year: fc.integer({ min: 1900, max: 2200 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => {
    const d = Math.min(day, monthLength(year, month));
    return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  });

interface Generated {
  terms: LoanTerms;
  bp: number;
}

function termsArb(opts: {
  principal: fc.Arbitrary<number>;
  bp: fc.Arbitrary<number>;
  months: fc.Arbitrary<number>;
  roundTo: fc.Arbitrary<number | undefined>;
  method?: fc.Arbitrary<LoanMethod>;
}): fc.Arbitrary<Generated> {
  return fc
    .record({
      principal: opts.principal,
      bp: opts.bp,
      months: opts.months,
      method: opts.method ?? fc.constantFrom<LoanMethod>('flat', 'declining'),
      disbursed: dateArb,
      dueDay: fc.option(fc.integer({ min: 1, max: 31 }), { nil: undefined }),
      roundTo: opts.roundTo,
    })
    .map(({ bp, dueDay, roundTo, ...rest }) => {
      const terms: LoanTerms = { ...rest, annualRatePercent: bp / 100 };
      if (dueDay !== undefined) terms.dueDay = dueDay;
      if (roundTo !== undefined) terms.roundTo = roundTo;
      return { terms, bp };
    });
}

const anyTerms = termsArb({
  principal: fc.oneof(
    fc.integer({ min: 1, max: 10_000 }),
    fc.integer({ min: 1, max: 100_000_000 }),
    fc.integer({ min: 1, max: 1e13 }),
  ),
  bp: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3_600 }), fc.integer({ min: 0, max: 9_999 })),
  months: fc.oneof(fc.integer({ min: 1, max: 36 }), fc.integer({ min: 1, max: 360 })),
  roundTo: fc.oneof(
    fc.constant(undefined),
    fc.constantFrom(1, 100, 500, 1000),
    fc.integer({ min: 1, max: 1_000_000 }),
  ),
});

/** Terms on which a sound schedule surely exists: large loans, moderate rates and units. */
const comfortableTerms = termsArb({
  principal: fc.integer({ min: 100_000_000, max: 1e12 }),
  bp: fc.integer({ min: 0, max: 3_600 }),
  months: fc.integer({ min: 1, max: 120 }),
  roundTo: fc.constantFrom(undefined, 1, 100, 500, 1000),
});

/** Every rule a schedule must satisfy, checked from the terms alone. */
function checkSchedule({ terms, bp }: Generated, schedule: Instalment[]): void {
  const unit = terms.roundTo ?? 1;
  const dueDay = terms.dueDay ?? 5;
  const n = terms.months;
  expect(schedule).toHaveLength(n);

  let principals = 0n;
  let interests = 0n;
  const startYear = Number(terms.disbursed.slice(0, 4));
  const startMonth = Number(terms.disbursed.slice(5, 7));
  let previousDate = terms.disbursed;
  schedule.forEach((instalment, k) => {
    expect(instalment.number).toBe(k + 1);
    for (const amount of [instalment.principal, instalment.interest, instalment.total]) {
      expect(Number.isSafeInteger(amount)).toBe(true);
      expect(amount).toBeGreaterThanOrEqual(0);
    }
    expect(instalment.principal).toBeGreaterThanOrEqual(1);
    expect(instalment.total).toBe(instalment.principal + instalment.interest);
    if (k < n - 1) expect(instalment.total % unit).toBe(0);
    principals += BigInt(instalment.principal);
    interests += BigInt(instalment.interest);

    // One per calendar month, the (k+1)-th after the disbursement's, on dueDay or the month's end.
    const months = startYear * 12 + (startMonth - 1) + k + 1;
    const year = Math.floor(months / 12);
    const month = (months % 12) + 1;
    const [y, m, d] = instalment.dueDate.split('-').map(Number);
    expect([y, m]).toEqual([year, month]);
    expect(d).toBeLessThanOrEqual(dueDay);
    expect(d).toBe(Math.min(dueDay, monthLength(year, month)));
    expect(instalment.dueDate > previousDate).toBe(true);
    previousDate = instalment.dueDate;
  });
  expect(principals).toBe(BigInt(terms.principal));

  const P = BigInt(terms.principal);
  const rate = BigInt(bp);
  const regular = schedule.slice(0, -1);
  if (terms.method === 'flat') {
    const totalInterest = halfUp(P * rate * BigInt(n), BP_MONTHS);
    expect(interests).toBe(totalInterest);
    for (const instalment of regular) expect(BigInt(instalment.interest)).toBe(totalInterest / BigInt(n));
  } else {
    let balance = P;
    for (const instalment of schedule) {
      expect(BigInt(instalment.interest)).toBe(halfUp(balance * rate, BP_MONTHS));
      balance -= BigInt(instalment.principal);
    }
    // The payment is the annuity rounded to the unit (checked approximately, in floating point).
    const r = bp / 120_000;
    const annuity = r === 0 ? terms.principal / n : (terms.principal * r) / (1 - (1 + r) ** -n);
    for (const instalment of regular) {
      expect(Math.abs(instalment.total - annuity)).toBeLessThanOrEqual(unit / 2 + 1 + annuity * 1e-9);
    }
  }
  // Equal instalments before the last, for both methods.
  expect(new Set(regular.map((i) => i.total)).size).toBeLessThanOrEqual(1);
}

describe('loanSchedule: properties', () => {
  it('any valid terms give a sound schedule, or a LoanTermsError on principal or roundTo that is justified', () => {
    let built = 0;
    let runs = 0;
    fc.assert(
      fc.property(anyTerms, (generated) => {
        runs += 1;
        let schedule: Instalment[];
        try {
          schedule = loanSchedule(generated.terms);
        } catch (error) {
          expect(error).toBeInstanceOf(LoanTermsError);
          const field = (error as LoanTermsError).field;
          expect(['principal', 'roundTo']).toContain(field);
          const unrounded = { ...generated.terms, roundTo: 1 };
          if (field === 'roundTo') {
            // The rounding unit alone is to blame: without it the schedule exists.
            checkSchedule({ ...generated, terms: unrounded }, loanSchedule(unrounded));
          } else {
            expect(() => loanSchedule(unrounded)).toThrow(LoanTermsError);
          }
          return;
        }
        built += 1;
        checkSchedule(generated, schedule);
      }),
      { numRuns: 400 },
    );
    // The generator must mostly produce schedules, or the property would be checking little.
    expect(built / runs).toBeGreaterThan(0.4);
  });

  it('large loans at moderate rates and units always get a sound schedule', () => {
    fc.assert(
      fc.property(comfortableTerms, (generated) => checkSchedule(generated, loanSchedule(generated.terms))),
      { numRuns: 200 },
    );
  });

  it('a flat loan with roundTo 1 always works when the principal covers Rp1 a month', () => {
    const arb = termsArb({
      principal: fc.integer({ min: 360, max: 1e12 }),
      bp: fc.integer({ min: 0, max: 9_999 }),
      months: fc.integer({ min: 1, max: 360 }),
      roundTo: fc.constant(1),
      method: fc.constant('flat'),
    });
    fc.assert(fc.property(arb, (generated) => checkSchedule(generated, loanSchedule(generated.terms))));
  });

  it('flat and declining agree at 0 % and for a single month', () => {
    const arb = fc.oneof(
      termsArb({
        principal: fc.integer({ min: 1_000, max: 1e12 }),
        bp: fc.constant(0),
        months: fc.integer({ min: 1, max: 360 }),
        roundTo: fc.constantFrom(undefined, 1, 100, 1000),
      }),
      termsArb({
        principal: fc.integer({ min: 1, max: 1e12 }),
        bp: fc.integer({ min: 0, max: 9_999 }),
        months: fc.constant(1),
        roundTo: fc.constantFrom(undefined, 1, 100, 1000),
      }),
    );
    fc.assert(
      fc.property(arb, ({ terms }) => {
        let flat: Instalment[] | string;
        let declining: Instalment[] | string;
        try {
          flat = loanSchedule({ ...terms, method: 'flat' });
        } catch (error) {
          flat = (error as LoanTermsError).field;
        }
        try {
          declining = loanSchedule({ ...terms, method: 'declining' });
        } catch (error) {
          declining = (error as LoanTermsError).field;
        }
        expect(declining).toEqual(flat);
      }),
    );
  });

  it('reads every rate with up to 2 decimals exactly, as basis points', () => {
    // 1 200 000 for one month at bp basis points a year: interest is exactly 10 × bp.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999 }), fc.constantFrom<LoanMethod>('flat', 'declining'), (bp, method) => {
        const [only] = loanSchedule({ ...base, principal: 1_200_000, months: 1, method, annualRatePercent: bp / 100 });
        expect(only?.interest).toBe(bp * 10);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses every rate with a third decimal', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999 }).filter((t) => t % 10 !== 0),
        (thousandths) => {
          expect(() => loanSchedule({ ...base, annualRatePercent: thousandths / 1000 })).toThrow(
            expect.objectContaining({ field: 'annualRatePercent' }),
          );
        },
      ),
    );
  });
});
