/**
 * Digit strings ("15.000", "1,5", "1.250.000,00") and exact decimal arithmetic.
 *
 * Why not parseFloat: 1,15 × 1.000.000 in floating point is 1149999.9999999998, and a wrong
 * rupiah is the worst bug this product can have. Every value is kept as an integer mantissa
 * and a count of decimal places (`Dec`), and results are checked to stay safe integers.
 */

/** value = m / 10^s, with m a safe integer and s ≥ 0 (kept normalised: no trailing zeros). */
export interface Dec {
  m: number;
  s: number;
}

/** Significant digits above which a number is treated as not a usable value. */
const MAX_DIGITS = 15;
const POW10 = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000,
  10_000_000_000, 100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000,
  1_000_000_000_000_000];

export function pow10(k: number): number {
  return POW10[k] ?? 10 ** k;
}

export function dec(m: number, s = 0): Dec {
  while (s > 0 && m % 10 === 0) {
    m /= 10;
    s--;
  }
  return { m, s };
}

export function isInteger(v: Dec): boolean {
  return v.s === 0;
}

/** The value as a JS number (exact when s = 0; for display/comparison otherwise). */
export function toNumber(v: Dec): number {
  return v.s === 0 ? v.m : v.m / pow10(v.s);
}

/** v × n for a non-negative safe integer n, or null if the result would not be safe. */
export function mulInt(v: Dec, n: number): Dec | null {
  // Divide out powers of ten first so that 1,5 × 1.000.000 never builds a big mantissa.
  let m = v.m;
  let s = v.s;
  while (s > 0 && n % 10 === 0 && n !== 0) {
    n /= 10;
    s--;
  }
  const r = m * n;
  if (!Number.isSafeInteger(r)) return null;
  m = r;
  return dec(m, s);
}

export function add(a: Dec, b: Dec): Dec | null {
  const s = Math.max(a.s, b.s);
  const am = a.m * pow10(s - a.s);
  const bm = b.m * pow10(s - b.s);
  const r = am + bm;
  if (!Number.isSafeInteger(am) || !Number.isSafeInteger(bm) || !Number.isSafeInteger(r)) return null;
  return dec(r, s);
}

/** Rounds half up to an integer (used only for quantity × price, never for amounts read). */
export function roundHalfUp(v: Dec): number {
  if (v.s === 0) return v.m;
  const p = pow10(v.s);
  const q = Math.floor(v.m / p);
  const r = v.m - q * p;
  return r * 2 >= p ? q + 1 : q;
}

export interface Numeral {
  /** Well formed under the 3-digit rule and at most MAX_DIGITS digits. */
  ok: boolean;
  value: Dec;
  /** A thousands separator was used ("15.000", "15,000"). */
  grouped: boolean;
  /** Only digits, no separator at all. */
  plain: boolean;
  /** A decimal mark was used ("1,5", "10.30"). */
  decimal: boolean;
  /** The digits without separators ("081311223344"). */
  digits: string;
  /** Digits before the decimal mark (grouping removed). */
  intDigits: number;
  /** Digits after the decimal mark as written ("30" in "10.30"). */
  frac: string;
  /** The decimal mark used, if any. */
  mark: '' | '.' | ',';
}

const BAD: Numeral = { ok: false, value: { m: 0, s: 0 }, grouped: false, plain: false, decimal: false,
  digits: '', intDigits: 0, frac: '', mark: '' };

/**
 * Reads a digit string with optional `.`/`,` separators (the lexer guarantees each separator
 * sits between two digits). The rule from PARSING.md: a separator followed by exactly three
 * digits groups thousands ("15.000", "15,000", "2.500"); otherwise it is a decimal mark
 * ("1,5", "1.5", "12,50"). Grouping and decimal marks must be different characters, and
 * groups after the first must all be three digits; anything else is malformed.
 */
export function readNumeral(text: string): Numeral {
  // Most numbers have no mark at all ("20", "150"): read as the one-part case below is, without
  // gathering parts and marks into arrays and joining them again (one of the larger garbage makers).
  if (text.indexOf('.') < 0 && text.indexOf(',') < 0) return finish(text, text.length, '', false, true, false, '');
  const parts: string[] = [];
  const seps: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 /* . */ || c === 44 /* , */) {
      parts.push(text.slice(start, i));
      seps.push(text[i] as string);
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  const digits = parts.join('');
  if (parts.length === 1) {
    const first = parts[0] as string;
    return finish(digits, first.length, '', false, true, false, '');
  }
  const n = parts.length - 1;
  const first = parts[0] as string;
  const last = parts[n] as string;
  const lastSep = seps[n - 1] as '.' | ',';
  // Every separator before the last must be grouping: same character, three digits after it.
  for (let k = 1; k < n; k++) {
    if ((parts[k] as string).length !== 3 || seps[k - 1] !== seps[0]) return { ...BAD, digits };
  }
  if (first.length < 1 || first.length > 3) {
    // "1234.567" or "12345,5": allowed only as a single decimal mark with no grouping.
    if (n === 1 && last.length !== 3) return finish(digits, first.length, last, true, false, false, lastSep);
    return { ...BAD, digits };
  }
  // "0,500" groups nothing (nobody writes five hundred as 0.500): a leading zero makes the
  // separator a decimal mark.
  if (n === 1 && last.length === 3 && /^0+$/.test(first)) {
    return finish(digits, first.length, last, true, false, false, lastSep);
  }
  if (last.length === 3 && (n === 1 || lastSep === seps[0])) {
    return finish(digits, digits.length, '', false, false, true, '');
  }
  if (last.length === 3) return { ...BAD, digits }; // "1.250,500": two styles, both grouping
  // The last separator is a decimal mark; earlier ones (if any) must be the other character.
  if (n > 1 && seps[0] === lastSep) return { ...BAD, digits };
  return finish(digits, digits.length - last.length, last, true, false, n > 1, lastSep);
}

function finish(digits: string, intDigits: number, frac: string, decimal: boolean, plain: boolean,
  grouped: boolean, mark: '' | '.' | ','): Numeral {
  // Leading zeros do not count towards size; a value with more digits than that is no value.
  let sig = digits.length;
  for (let i = 0; i < digits.length - 1 && digits.charCodeAt(i) === 48; i++) sig--;
  if (sig > MAX_DIGITS || frac.length > 6) {
    return { ...BAD, digits, grouped, plain, decimal, intDigits, frac, mark };
  }
  const m = Number(digits);
  return { ok: true, value: dec(m, frac.length), grouped, plain, decimal, digits, intDigits, frac, mark };
}
