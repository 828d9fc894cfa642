/**
 * The quarterly figures staff type in the console on a member's behalf (pure): which
 * figures there are, and how a typed figure becomes a number — whole rupiah for assets and
 * turnover, a count of people for employees. A rule of the quarterly module, not of a page:
 * the console's route only reads the form and passes the typed text here.
 */
import { parseRupiahInput } from '../../core/money.ts';

export const FIGURES = ['assets', 'turnover', 'employees'] as const;
export type FigureName = (typeof FIGURES)[number];

/** Whole rupiah as staff type them, 0 allowed, by the console's one rule ("5.000.000", "Rp5.000.000", "5jt", as the chat's `aset 5jt`); else undefined. */
export function figureRupiah(raw: string): number | undefined {
  return parseRupiahInput(raw);
}

/** Employees: a whole number of people from 0 to 1000; else undefined. */
export function figureEmployees(raw: string): number | undefined {
  const n = /^\s*\d{1,4}\s*$/.test(raw) ? Number(raw) : NaN;
  return Number.isInteger(n) && n >= 0 && n <= 1000 ? n : undefined;
}

/** The typed figures: each a number, null (left empty) or wrong (named in `invalid`). */
export function figuresOf(typed: Readonly<Record<FigureName, string>>): { values: Record<FigureName, number | null>; invalid: FigureName[] } {
  const values: Record<FigureName, number | null> = { assets: null, turnover: null, employees: null };
  const invalid: FigureName[] = [];
  for (const f of FIGURES) {
    const raw = typed[f];
    if (raw.trim() === '') continue;
    const n = f === 'employees' ? figureEmployees(raw) : figureRupiah(raw);
    if (n === undefined) invalid.push(f);
    else values[f] = n;
  }
  return { values, invalid };
}
