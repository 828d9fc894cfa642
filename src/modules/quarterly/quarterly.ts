/**
 * The quarterly monitoring report of a group, as a partner organisation reads it: per
 * member of the quarter (joined by its end, not left before it began; one who left within it
 * tagged "keluar <day>" beside her name, see leftWithin) her assets, the turnover she reported beside the turnover her books show
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
  /** Days in the quarter (to the as-of day) on which she recorded anything: 0 means her books hold no data. */
  daysRecorded: number;
  loans: LoanSummary;
  /** Her figures filled in from the console on her behalf, not sent by her (the report marks them: partners are told). */
  staffFilled?: readonly StaffFilledFigure[];
  /** The day she left the group, when that was within the quarter (leftWithin): the report says so beside her name. */
  leftOn?: IsoDate | null;
}

export type StaffFilledFigure = 'assets' | 'turnoverReported' | 'employees';

/** The notes under the report: every column's, the staff mark's when a figure carries it, and the leavers' when one left. */
export function notesOf(data: QuarterlyReportData, labels: QuarterlyLabels): string[] {
  return [...labels.notes, ...(data.rows.some((r) => r.staffFilled?.length) ? [labels.staffNote] : []), ...(data.rows.some((r) => r.leftOn) ? [labels.leftNote] : [])];
}

/**
 * The day a member of the quarter left the group, when she left within it (on or before `to`,
 * its last day; membersDuring has already kept out those who left before it began), else
 * null: one who left after the quarter ended was a member throughout it. The page, the form
 * and the report (XLSX, PDF; the chat's and the downloads') all tag her by this one rule.
 */
export function leftWithin(leftOn: IsoDate | null, to: IsoDate): IsoDate | null {
  return leftOn !== null && leftOn <= to ? leftOn : null;
}

/** Her name as the report's table shows it: "Ani (keluar 12 Nov 2026)" when she left within the quarter. */
export function reportName(r: QuarterlyMemberRow, labels: QuarterlyLabels): string {
  return r.leftOn ? `${r.name} (${labels.left(r.leftOn)})` : r.name;
}

export interface QuarterlyReportData {
  group: { id: number; name: string; village: string | null; district: string | null };
  facilitator: string | null;
  /** The group's ketua (the first one, by name), who signs beside the facilitator. */
  ketua: string | null;
  /** When the report was made, in the group's time zone: its day and HH:MM. */
  made: { date: IsoDate; time: string };
  /** The quarter is still running: figures are provisional, up to `asOf`. */
  provisional: boolean;
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
    /** Members who gave their turnover, and what their books show for the same members: the only fair comparison. */
    turnoverReporters: number;
    turnoverFromBooksOfReporters: Rupiah;
    assets: Rupiah;
    turnoverReported: Rupiah;
    turnoverFromBooks: Rupiah;
    employees: number;
    outstanding: Rupiah;
    arrears: Rupiah;
  };
  /** The group's own loans (made to the group, not to one member). */
  groupLoans: LoanSummary;
  /** Loans given in the group to members who had left it before the quarter began (they have no row); shown only when there are some. */
  leftMembersLoans: LoanSummary;
}

/** Every word on the report, in the reader's language. */
export interface QuarterlyLabels {
  title: string;
  group: string;
  village: string;
  district: string;
  quarter: string;
  period: string;
  facilitator: string;
  asOf: string;
  made: string;
  /** "sementara — data sampai 5 Des": the quarter is still running. */
  provisional(asOf: IsoDate): string;
  /** The comparison of reported and book turnover, over the members who reported theirs. */
  comparison(args: { reporters: number; members: number; reported: Rupiah; books: Rupiah }): string;
  /** What each column means (the footer), one line each. */
  notes: string[];
  /** Beside a figure staff filled in on her behalf ("*"), and the footer line that says so. */
  staffMark: string;
  staffNote: string;
  /** Beside the name of a member who left within the quarter ("keluar 12 Nov 2026"), and the footer line that says what her figures cover. */
  left(date: IsoDate): string;
  leftNote: string;
  /** Who signs, and the line under the name. */
  signatures: { ketua: string; facilitator: string; nameLine: string; date: string };
  /** The row of the members who reported their turnover: "Yang melapor omset (8)". */
  reporterRow(count: number): string;
  /** An on-time count: "3 kali". */
  times(count: number): string;
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
  /** The line of the loans of members who have left the group. */
  leftMembersLoans: string;
  /** How many members answered any quarterly question: "Menjawab pertanyaan triwulan: 8 dari 12 anggota". */
  reported(answered: number, members: number): string;
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
  const reporters = rows.filter((r) => r.turnoverReported !== null);
  return {
    members: rows.length,
    reported: rows.filter((r) => r.assets !== null || r.turnoverReported !== null || r.employees !== null).length,
    turnoverReporters: reporters.length,
    turnoverFromBooksOfReporters: reporters.reduce((t, r) => t + r.turnoverFromBooks, 0),
    assets: sum((r) => r.assets),
    turnoverReported: sum((r) => r.turnoverReported),
    turnoverFromBooks: sum((r) => r.turnoverFromBooks),
    employees: sum((r) => r.employees),
    outstanding: sum((r) => r.loans.outstanding),
    arrears: sum((r) => r.loans.arrears),
  };
}
