/**
 * The quarterly monitoring report of a group, as a partner organisation reads it: per
 * active member her assets, the turnover she reported beside the turnover her books show
 * (sales of the quarter), employees, and her loans (outstanding, arrears, on-time streak);
 * the group's totals and its own group loans. Integer rupiah throughout.
 *
 * The words (headings, title) come from the caller (the reply catalogue), so the renderers
 * (quarterly.xlsx.ts, quarterly.pdf.ts) hold no language of their own.
 */
import type { IsoDate } from '../../core/dates.ts';
import type { Rupiah } from '../../core/money.ts';

export interface LoanSummary {
  /** Loans disbursed by the as-of date. */
  count: number;
  /** Still owed on them. */
  outstanding: Rupiah;
  arrears: Rupiah;
  /** On-time instalments in a row (the lowest over her loans); null without loans. */
  streak: number | null;
}

export interface QuarterlyMemberRow {
  personId: number;
  name: string;
  role: string;
  assets: Rupiah | null;
  turnoverReported: Rupiah | null;
  turnoverFromBooks: Rupiah;
  employees: number | null;
  loans: LoanSummary;
}

export interface QuarterlyReportData {
  group: { id: number; name: string; village: string | null; district: string | null };
  facilitator: string | null;
  quarter: string;
  from: IsoDate;
  to: IsoDate;
  /** Loans are shown as they stood on this day: the quarter's end, or today while it runs. */
  asOf: IsoDate;
  rows: QuarterlyMemberRow[];
  totals: {
    members: number;
    /** Members who answered the quarterly question. */
    reported: number;
    assets: Rupiah;
    turnoverReported: Rupiah;
    turnoverFromBooks: Rupiah;
    employees: number;
    outstanding: Rupiah;
    arrears: Rupiah;
  };
  /** The group's own loans (made to the group, not to one member). */
  groupLoans: LoanSummary;
}

/** Every word on the report, in the reader's language. */
export interface QuarterlyLabels {
  title: string;
  group: string;
  quarter: string;
  period: string;
  facilitator: string;
  asOf: string;
  columns: {
    number: string;
    name: string;
    role: string;
    assets: string;
    turnoverReported: string;
    turnoverFromBooks: string;
    employees: string;
    loans: string;
    outstanding: string;
    arrears: string;
    streak: string;
  };
  totals: string;
  groupLoans: string;
  reported: string;
  sheetMembers: string;
  sheetSummary: string;
  /** A value nobody gave. */
  missing: string;
  /** Rp15.000 */
  money(value: Rupiah): string;
  /** "Okt–Des 2026" */
  quarterName(from: IsoDate, to: IsoDate): string;
  date(date: IsoDate): string;
}

export function summariseLoans(standings: readonly { remaining: Rupiah; arrears: Rupiah; streak: number }[]): LoanSummary {
  return {
    count: standings.length,
    outstanding: standings.reduce((t, s) => t + s.remaining, 0),
    arrears: standings.reduce((t, s) => t + s.arrears, 0),
    streak: standings.length ? Math.min(...standings.map((s) => s.streak)) : null,
  };
}

export function totalsOf(rows: readonly QuarterlyMemberRow[]): QuarterlyReportData['totals'] {
  const sum = (pick: (r: QuarterlyMemberRow) => number | null) => rows.reduce((t, r) => t + (pick(r) ?? 0), 0);
  return {
    members: rows.length,
    reported: rows.filter((r) => r.assets !== null || r.turnoverReported !== null || r.employees !== null).length,
    assets: sum((r) => r.assets),
    turnoverReported: sum((r) => r.turnoverReported),
    turnoverFromBooks: sum((r) => r.turnoverFromBooks),
    employees: sum((r) => r.employees),
    outstanding: sum((r) => r.loans.outstanding),
    arrears: sum((r) => r.loans.arrears),
  };
}
