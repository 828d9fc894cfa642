/**
 * The quarterly monitoring report as an XLSX workbook (exceljs): one sheet a partner can
 * print and sort as it is. A title block (title, provisional while the quarter runs, group,
 * village, district, period, facilitator, data-up-to and made dates as real dates), the
 * members' table with an autofilter, the totals, the reported turnover beside the books of
 * the same members, the group's own loans, what each column means, and signature lines.
 * Amounts are numbers (integer rupiah, with thousands separators) so the reader can sum
 * them; a value nobody gave is a dash, never a zero. Printed, the header row repeats and
 * the sheet fits the page's width.
 */
import ExcelJS from 'exceljs';
import type { IsoDate } from '../../core/dates.ts';
import { notesOf, reportName, type QuarterlyLabels, type QuarterlyMemberRow, type QuarterlyReportData } from './quarterly.ts';

const MONEY = '#,##0';
const DATE = 'dd/mm/yyyy';
const DATE_TIME = 'dd/mm/yyyy hh:mm';
const COLUMN_KEYS = [
  'number',
  'name',
  'role',
  'assets',
  'turnoverReported',
  'turnoverFromBooks',
  'employees',
  'loans',
  'outstanding',
  'arrears',
  'streak',
] as const satisfies readonly (keyof QuarterlyLabels['columns'])[];
const MONEY_COLUMNS = new Set<string>(['assets', 'turnoverReported', 'turnoverFromBooks', 'outstanding', 'arrears']);

/** The row of the table's header: the title block above it has this many rows, then one empty. */
export const QUARTERLY_HEADER_ROW = 10;

/** A business day as an Excel date (midnight UTC: Excel dates have no time zone). */
export function excelDate(date: IsoDate, time = '00:00'): Date {
  return new Date(`${date}T${time}:00Z`);
}

type Value = string | number | Date | null;

export async function renderQuarterlyXlsx(data: QuarterlyReportData, labels: QuarterlyLabels): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Dampingi';
  const c = labels.columns;
  const dash = labels.missing;
  const sheet = workbook.addWorksheet(labels.sheetMembers, {
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${QUARTERLY_HEADER_ROW}:${QUARTERLY_HEADER_ROW}`,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
  });

  // Title block: one fact a row, its name over columns A–B and its value over C–F.
  const title = sheet.addRow([data.provisional ? `${labels.title} (${labels.provisional(data.asOf)})` : labels.title]);
  title.font = { bold: true, size: 14 };
  sheet.mergeCells(title.number, 1, title.number, COLUMN_KEYS.length);
  const facts: [string, Value, string?][] = [
    [labels.group, data.group.name],
    [labels.village, data.group.village ?? dash],
    [labels.district, data.group.district ?? dash],
    [labels.period, labels.quarterName(data.from, data.to)],
    [labels.facilitator, data.facilitator ?? dash],
    [labels.asOf, excelDate(data.asOf), DATE],
    [labels.made, excelDate(data.made.date, data.made.time), DATE_TIME],
  ];
  for (const [name, value, format] of facts) {
    const row = sheet.addRow([name, null, value]);
    sheet.mergeCells(row.number, 1, row.number, 2);
    sheet.mergeCells(row.number, 3, row.number, 6);
    row.getCell(1).font = { bold: true };
    const cell = row.getCell(3);
    cell.alignment = { horizontal: 'left' };
    if (format) cell.numFmt = format;
  }
  sheet.addRow([]);

  const header = sheet.addRow(COLUMN_KEYS.map((k) => c[k]));
  if (header.number !== QUARTERLY_HEADER_ROW) throw new Error(`the header row moved to ${header.number}`);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE6F4' } };
    cell.border = { bottom: { style: 'thin' } };
  });

  const orDash = (value: number | null): Value => (value === null ? dash : value);
  const memberValues = (r: QuarterlyMemberRow, i: number): Value[] => [
    i + 1,
    reportName(r, labels),
    r.role,
    orDash(r.assets),
    orDash(r.turnoverReported),
    r.daysRecorded === 0 ? dash : r.turnoverFromBooks,
    orDash(r.employees),
    r.loans.count,
    r.loans.count ? r.loans.outstanding : dash,
    r.loans.count ? r.loans.arrears : dash,
    orDash(r.loans.streak),
  ];
  const tableRows: Value[][] = [];
  const add = (values: Value[]) => {
    tableRows.push(values);
    const row = sheet.addRow(values);
    COLUMN_KEYS.forEach((key, i) => {
      const cell = row.getCell(i + 1);
      if (MONEY_COLUMNS.has(key) && typeof values[i] === 'number') cell.numFmt = MONEY;
      if (values[i] === dash) cell.alignment = { horizontal: 'right' };
    });
    return row;
  };
  data.rows.forEach((r, i) => {
    const row = add(memberValues(r, i));
    // A figure staff filled in on her behalf: still a number, shown with the mark the notes explain (and a cell note saying so).
    for (const figure of r.staffFilled ?? []) {
      const cell = row.getCell(COLUMN_KEYS.indexOf(figure) + 1);
      if (typeof cell.value !== 'number') continue;
      const mark = `"${labels.staffMark.replace(/"/g, '')}"`;
      cell.numFmt = MONEY_COLUMNS.has(figure) ? `${MONEY}${mark}` : `0${mark}`;
      cell.note = labels.staffNote;
    }
  });
  const lastMemberRow = QUARTERLY_HEADER_ROW + data.rows.length;

  const t = data.totals;
  const answered = (pick: (r: QuarterlyMemberRow) => number | null) => data.rows.some((r) => pick(r) !== null);
  const loanCount = data.rows.reduce((n, r) => n + r.loans.count, 0);
  const totals = add([
    null,
    labels.totals,
    labels.reported(t.reported, t.members),
    answered((r) => r.assets) ? t.assets : dash,
    t.turnoverReporters ? t.turnoverReported : dash,
    data.rows.some((r) => r.daysRecorded > 0) ? t.turnoverFromBooks : dash,
    answered((r) => r.employees) ? t.employees : dash,
    loanCount,
    loanCount ? t.outstanding : dash,
    loanCount ? t.arrears : dash,
    null,
  ]);
  totals.font = { bold: true };
  totals.eachCell((cell) => (cell.border = { top: { style: 'thin' } }));
  // The fair comparison: reported turnover against the books of the same members only.
  add([
    null,
    labels.reporterRow(t.turnoverReporters),
    null,
    null,
    t.turnoverReporters ? t.turnoverReported : dash,
    t.turnoverReporters ? t.turnoverFromBooksOfReporters : dash,
    null,
    null,
    null,
    null,
    null,
  ]).font = { italic: true };
  const loanLine = (label: string, g: QuarterlyReportData['groupLoans']) => {
    add([null, label, null, null, null, null, null, g.count, g.count ? g.outstanding : dash, g.count ? g.arrears : dash, orDash(g.streak)]).font = { italic: true };
  };
  loanLine(labels.groupLoans, data.groupLoans);
  if (data.leftMembersLoans.count > 0) loanLine(labels.leftMembersLoans, data.leftMembersLoans);

  // What the figures mean, then the signatures.
  sheet.addRow([]);
  const comparison = sheet.addRow([
    labels.comparison({ reporters: t.turnoverReporters, members: t.members, reported: t.turnoverReported, books: t.turnoverFromBooksOfReporters }),
  ]);
  comparison.font = { bold: true };
  sheet.mergeCells(comparison.number, 1, comparison.number, COLUMN_KEYS.length);
  comparison.alignment = { wrapText: true, vertical: 'top' };
  comparison.height = 30;
  for (const note of notesOf(data, labels)) {
    const row = sheet.addRow([note]);
    sheet.mergeCells(row.number, 1, row.number, COLUMN_KEYS.length);
    row.alignment = { wrapText: true, vertical: 'top' };
    // Merged cells do not grow to their text: give each note room for its lines.
    row.height = 15 * Math.ceil(note.length / 150);
  }
  sheet.addRow([]);
  const signers = sheet.addRow([null, `${labels.signatures.ketua},`, null, null, null, null, null, null, `${labels.signatures.facilitator},`]);
  signers.font = { bold: true };
  sheet.addRow([]);
  sheet.addRow([]);
  const names = sheet.addRow([null, `(${data.ketua ?? labels.signatures.nameLine})`, null, null, null, null, null, null, `(${data.facilitator ?? labels.signatures.nameLine})`]);
  names.getCell(2).border = { top: { style: 'thin' } };
  names.getCell(9).border = { top: { style: 'thin' } };
  sheet.addRow([null, `${labels.signatures.date}:`, null, null, null, null, null, null, `${labels.signatures.date}:`]);

  // Widths that fit each column's header and its values (amounts as shown, with separators).
  COLUMN_KEYS.forEach((key, i) => {
    const shown = tableRows.map((values) => {
      const v = values[i];
      return typeof v === 'number' && MONEY_COLUMNS.has(key) ? v.toLocaleString('id-ID') : String(v ?? '');
    });
    // The totals row's "reported" cell may be long: it may spill, the header must not.
    const longest = Math.max(c[key].length, ...shown.filter((_, row) => row < data.rows.length || key !== 'role').map((s) => s.length));
    sheet.getColumn(i + 1).width = Math.min(40, Math.max(6, longest + 3));
  });

  sheet.autoFilter = { from: { row: QUARTERLY_HEADER_ROW, column: 1 }, to: { row: lastMemberRow, column: COLUMN_KEYS.length } };
  sheet.views = [{ state: 'frozen', ySplit: QUARTERLY_HEADER_ROW }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
