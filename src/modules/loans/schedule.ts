/**
 * Loan repayment schedule: a pure function from the terms of a group loan to its list of
 * monthly instalments.
 *
 * Money rules (all of them; nothing else happens to money in this file):
 *
 * - Amounts are integer rupiah. No floating-point arithmetic touches money: every amount is
 *   computed with BigInt, rates as exact rationals, and converted to a `number` only at the
 *   end, after checking it is a safe integer.
 * - The annual rate, given in percent with at most 2 decimals, is turned into integer basis
 *   points `bp` (6.5 % → 650). A yearly rate of `bp` basis points is `bp / 10 000`; a monthly
 *   rate is `bp / 120 000` exactly.
 * - "Rounded half-up to a unit u" of an exact non-negative rational x means
 *   `floor(x / u + 1/2) · u`: the nearest multiple of u, and exactly half-way goes up.
 *   "Rounded down" means `floor`. The unit is 1 rupiah unless said otherwise.
 * - The LAST instalment always absorbs every remainder, so that the principals sum exactly
 *   to the principal (and, for flat loans, the interests sum exactly to the total interest).
 *   Only the instalments before the last are rounded to `roundTo`.
 * - Every instalment repays at least Rp1 of principal. Terms that would give an instalment
 *   with no (or negative) principal are refused with a `LoanTermsError`: on `roundTo` when the
 *   rounding unit is the cause (the same loan with `roundTo` 1 works), otherwise on
 *   `principal` (too small for that many months, or — declining, high rate, long term — the
 *   payment hardly exceeds the interest).
 *
 * See `flatSchedule` and `decliningSchedule` for the two methods, and `dueDate` for the days.
 */
import { daysInMonth, isIsoDate, makeDate, type IsoDate } from '../../core/dates.ts';
import type { Rupiah } from '../../core/money.ts';

export type LoanMethod = 'flat' | 'declining';

export interface LoanTerms {
  /** Integer rupiah, > 0. */
  principal: Rupiah;
  /** Yearly rate in percent, e.g. 6 or 6.5; 0 allowed; at most 2 decimals; below 100. */
  annualRatePercent: number;
  /** Number of monthly instalments, an integer 1..360. */
  months: number;
  method: LoanMethod;
  /** Day the money was handed over, YYYY-MM-DD. */
  disbursed: IsoDate;
  /** Day of the month instalments are due, 1..31, default 5; clamped to the month's last day. */
  dueDay?: number;
  /** Rounding unit (rupiah) for the instalments before the last, an integer ≥ 1, default 1. */
  roundTo?: number;
}

export interface Instalment {
  /** 1-based. */
  number: number;
  dueDate: IsoDate;
  principal: Rupiah;
  interest: Rupiah;
  /** Always `principal + interest`. */
  total: Rupiah;
}

/** The terms cannot make a schedule; `field` names the term to correct. */
export class LoanTermsError extends Error {
  override name = 'LoanTermsError';
  constructor(
    readonly field: keyof LoanTerms,
    message: string,
  ) {
    super(message);
  }
}

export const DEFAULT_DUE_DAY = 5;
export const DEFAULT_ROUND_TO = 1;
export const MAX_MONTHS = 360;

/** Basis points per whole (100 % = 10 000 bp) times 12 months: monthly rate = bp / 120 000. */
const BP_MONTHS = 120_000n;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const LAST_YEAR = 9999;

/** Exact non-negative rational `num / den` rounded half-up to a multiple of `unit`. */
function roundHalfUp(num: bigint, den: bigint, unit: bigint = 1n): bigint {
  const d = den * unit;
  return ((2n * num + d) / (2n * d)) * unit;
}

/** A row before due dates are attached. */
interface Amounts {
  principal: bigint;
  interest: bigint;
}

/**
 * Flat: interest is charged on the original principal for the whole term.
 *
 * - Total interest I = P × bp × n / 120 000, rounded half-up to the rupiah.
 * - Base interest i = floor(I / n); base principal p = floor(P / n).
 * - Instalments 1..n−1: total = (p + i) rounded half-up to `roundTo`; interest = i;
 *   principal = total − i. (With `roundTo` 1 the principal is just p.)
 * - Instalment n: principal = P − (the n−1 principals before it); interest = I − (n−1)·i;
 *   total = their sum. It is not rounded to `roundTo`.
 *
 * 10 000 000 at 6 % over 12 months: I = 600 000, i = 50 000, p = 833 333 → 11 × 883 333
 * then 833 337 + 50 000 = 883 337; with `roundTo` 100: 11 × 883 300 (principal 833 300),
 * then 10 000 000 − 11 × 833 300 = 833 700 + 50 000 = 883 700.
 */
function flatSchedule(P: bigint, bp: bigint, n: bigint, unit: bigint): Amounts[] {
  const totalInterest = roundHalfUp(P * bp * n, BP_MONTHS);
  const baseInterest = totalInterest / n;
  const basePrincipal = P / n;
  const regularPrincipal = roundHalfUp(basePrincipal + baseInterest, 1n, unit) - baseInterest;
  const rows: Amounts[] = [];
  for (let k = 1n; k < n; k++) rows.push({ principal: regularPrincipal, interest: baseInterest });
  rows.push({
    principal: P - (n - 1n) * regularPrincipal,
    interest: totalInterest - (n - 1n) * baseInterest,
  });
  return rows;
}

/**
 * Declining balance, as an annuity: equal instalments, interest on what is still owed.
 *
 * - Monthly rate r = bp / 120 000.
 * - Payment A = P·r / (1 − (1 + r)^−n), computed as the exact rational
 *   P·bp·(120 000 + bp)^n / (120 000 · ((120 000 + bp)^n − 120 000^n)) and rounded half-up to
 *   `roundTo`. At 0 % the formula has no value; A = floor(P / n) rounded half-up to
 *   `roundTo`, which is exactly the flat schedule at 0 % (both methods agree at 0 %).
 * - Instalments 1..n−1: interest = balance × r rounded half-up to the rupiah;
 *   principal = A − interest; total = A; the balance drops by the principal.
 * - Instalment n: principal = the remaining balance; interest = balance × r rounded half-up;
 *   total = their sum (not rounded to `roundTo`).
 *
 * 10 000 000 at 12 % over 12 months: A = 888 487,89 → 888 488; month 1 interest 100 000,
 * principal 788 488.
 */
function decliningSchedule(P: bigint, bp: bigint, n: bigint, unit: bigint): Amounts[] {
  let payment: bigint;
  if (bp === 0n) {
    payment = roundHalfUp(P / n, 1n, unit);
  } else {
    const grown = (BP_MONTHS + bp) ** n;
    const base = BP_MONTHS ** n;
    payment = roundHalfUp(P * bp * grown, BP_MONTHS * (grown - base), unit);
  }
  const rows: Amounts[] = [];
  let balance = P;
  for (let k = 1n; k < n; k++) {
    const interest = roundHalfUp(balance * bp, BP_MONTHS);
    const principal = payment - interest;
    rows.push({ principal, interest });
    balance -= principal;
    // A balance at or below zero before the last month is refused below; stop computing on it.
    if (balance <= 0n) break;
  }
  if (balance > 0n) {
    rows.push({ principal: balance, interest: roundHalfUp(balance * bp, BP_MONTHS) });
  } else {
    rows.push({ principal: balance, interest: 0n });
  }
  return rows;
}

/**
 * Instalment k (1-based) falls due on `dueDay` of the k-th calendar month after the month of
 * disbursement, or on that month's last day when it is shorter (31 → 30 November,
 * 28 or 29 February). The day of the month the money was disbursed plays no part:
 * disbursed 31 January with due day 5 → 5 February, 5 March, …
 */
function dueDate(disbursed: IsoDate, k: number, dueDay: number): IsoDate {
  const index = monthIndex(disbursed) + k;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const date = makeDate(year, month, Math.min(dueDay, daysInMonth(year, month)));
  if (date === null) throw new Error(`unreachable: no due date in ${year}-${month}`);
  return date;
}

/** Months since year 0 of the date's month: year × 12 + (month − 1). */
function monthIndex(date: IsoDate): number {
  return Number(date.slice(0, 4)) * 12 + (Number(date.slice(5, 7)) - 1);
}

function isWhole(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** Checks every term; returns the rate in basis points. */
function validate(terms: LoanTerms, dueDay: number, roundTo: number): number {
  const { principal, annualRatePercent: rate, months, method, disbursed } = terms;
  if (!isWhole(principal) || principal <= 0) {
    throw new LoanTermsError(
      'principal',
      `principal must be a whole number of rupiah greater than 0 (at most ${Number.MAX_SAFE_INTEGER}), got ${String(principal)}`,
    );
  }
  if (typeof rate !== 'number' || !Number.isFinite(rate) || rate < 0 || rate >= 100) {
    throw new LoanTermsError(
      'annualRatePercent',
      `annualRatePercent must be a number from 0 up to (not including) 100, got ${String(rate)}`,
    );
  }
  // The double closest to a 2-decimal number d is exactly the double Math.round(d*100)/100,
  // so this accepts 6.07 (6.07*100 = 607.0000000000001) and refuses 6.125 or 6.001.
  const bp = Math.round(rate * 100);
  if (bp / 100 !== rate) {
    throw new LoanTermsError(
      'annualRatePercent',
      `annualRatePercent may have at most 2 decimals (e.g. 6.5 or 6.25), got ${String(rate)}`,
    );
  }
  if (!isWhole(months) || months < 1 || months > MAX_MONTHS) {
    throw new LoanTermsError('months', `months must be a whole number from 1 to ${MAX_MONTHS}, got ${String(months)}`);
  }
  if (method !== 'flat' && method !== 'declining') {
    throw new LoanTermsError('method', `method must be 'flat' or 'declining', got ${String(method)}`);
  }
  if (typeof disbursed !== 'string' || !isIsoDate(disbursed)) {
    throw new LoanTermsError('disbursed', `disbursed must be a real date written YYYY-MM-DD, got ${String(disbursed)}`);
  }
  if (!isWhole(dueDay) || dueDay < 1 || dueDay > 31) {
    throw new LoanTermsError('dueDay', `dueDay must be a whole number from 1 to 31, got ${String(dueDay)}`);
  }
  if (!isWhole(roundTo) || roundTo < 1) {
    throw new LoanTermsError('roundTo', `roundTo must be a whole number of rupiah of at least 1, got ${String(roundTo)}`);
  }
  const lastMonthIndex = monthIndex(disbursed) + months;
  if (Math.floor(lastMonthIndex / 12) > LAST_YEAR) {
    throw new LoanTermsError(
      'disbursed',
      `disbursed ${disbursed} with ${months} months would put instalments after the year ${LAST_YEAR}`,
    );
  }
  return bp;
}

function amounts(method: LoanMethod, P: bigint, bp: bigint, n: bigint, unit: bigint): Amounts[] {
  return method === 'flat' ? flatSchedule(P, bp, n, unit) : decliningSchedule(P, bp, n, unit);
}

/** The first instalment (1-based) that would repay less than Rp1 of principal, if any. */
function withoutPrincipal(rows: Amounts[]): { number: number; principal: bigint } | undefined {
  const index = rows.findIndex((row) => row.principal < 1n);
  const row = rows[index];
  return row === undefined ? undefined : { number: index + 1, principal: row.principal };
}

/**
 * The repayment schedule of a loan: exactly `months` instalments, in order.
 * Throws `LoanTermsError` (naming the field) for terms that cannot make a sound schedule.
 */
export function loanSchedule(terms: LoanTerms): Instalment[] {
  const dueDay = terms.dueDay === undefined ? DEFAULT_DUE_DAY : terms.dueDay;
  const roundTo = terms.roundTo === undefined ? DEFAULT_ROUND_TO : terms.roundTo;
  const bp = validate(terms, dueDay, roundTo);

  const P = BigInt(terms.principal);
  const n = BigInt(terms.months);
  const rows = amounts(terms.method, P, BigInt(bp), n, BigInt(roundTo));

  const bad = withoutPrincipal(rows);
  if (bad !== undefined) {
    const detail = `instalment ${bad.number} would repay Rp${bad.principal.toString()} of principal`;
    const unrounded = roundTo > 1 ? amounts(terms.method, P, BigInt(bp), n, 1n) : rows;
    if (withoutPrincipal(unrounded) === undefined) {
      throw new LoanTermsError(
        'roundTo',
        `roundTo ${roundTo} is too large for this loan: rounding the instalments to it means ${detail}, ` +
          `but every instalment must repay at least Rp1; choose a smaller rounding unit`,
      );
    }
    throw new LoanTermsError(
      'principal',
      `principal Rp${terms.principal} is too small for these terms: ${detail}, but every instalment must ` +
        `repay at least Rp1 (borrow more, or over fewer months, or at a lower rate)`,
    );
  }

  // All principals are ≥ 1 and all interests ≥ 0, so the grand total bounds every amount.
  let grandTotal = 0n;
  for (const row of rows) grandTotal += row.principal + row.interest;
  if (grandTotal > MAX_SAFE) {
    throw new LoanTermsError(
      'principal',
      `principal Rp${terms.principal} is too large: the amounts to repay would exceed ${Number.MAX_SAFE_INTEGER} rupiah`,
    );
  }

  return rows.map((row, index) => ({
    number: index + 1,
    dueDate: dueDate(terms.disbursed, index + 1, dueDay),
    principal: Number(row.principal),
    interest: Number(row.interest),
    total: Number(row.principal + row.interest),
  }));
}
