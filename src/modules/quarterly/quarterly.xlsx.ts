/**
 * The quarterly monitoring report as an XLSX workbook (exceljs): one sheet with the
 * report's heading, a row per member, the totals and the group's own loans. Amounts are
 * numbers (integer rupiah, shown with thousands separators) so the reader can sum them.
 */
import ExcelJS from 'exceljs';
import type { QuarterlyLabels, QuarterlyReportData } from './quarterly.ts';

const MONEY = '#,##0';

export async function renderQuarterlyXlsx(data: QuarterlyReportData, labels: QuarterlyLabels): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Dampingi';
  const sheet = workbook.addWorksheet(labels.sheetMembers, { pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 1 } });
  const c = labels.columns;
  sheet.columns = [
    { key: 'number', width: 5 },
    { key: 'name', width: 26 },
    { key: 'role', width: 12 },
    { key: 'assets', width: 16, style: { numFmt: MONEY } },
    { key: 'turnoverReported', width: 18, style: { numFmt: MONEY } },
    { key: 'turnoverFromBooks', width: 18, style: { numFmt: MONEY } },
    { key: 'employees', width: 11 },
    { key: 'loans', width: 10 },
    { key: 'outstanding', width: 16, style: { numFmt: MONEY } },
    { key: 'arrears', width: 14, style: { numFmt: MONEY } },
    { key: 'streak', width: 12 },
  ];
  const title = sheet.addRow([labels.title]);
  title.font = { bold: true, size: 14 };
  sheet.addRow([labels.group, data.group.name]);
  sheet.addRow([labels.quarter, `${data.quarter} (${labels.quarterName(data.from, data.to)})`]);
  sheet.addRow([labels.facilitator, data.facilitator ?? labels.missing]);
  sheet.addRow([labels.asOf, labels.date(data.asOf)]);
  sheet.addRow([]);
  const header = sheet.addRow([
    c.number,
    c.name,
    c.role,
    c.assets,
    c.turnoverReported,
    c.turnoverFromBooks,
    c.employees,
    c.loans,
    c.outstanding,
    c.arrears,
    c.streak,
  ]);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE6F4' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  const firstDataRow = header.number + 1;
  data.rows.forEach((r, i) => {
    sheet.addRow([
      i + 1,
      r.name,
      r.role,
      r.assets,
      r.turnoverReported,
      r.turnoverFromBooks,
      r.employees,
      r.loans.count,
      r.loans.outstanding,
      r.loans.arrears,
      r.loans.streak,
    ]);
  });
  const t = data.totals;
  const totals = sheet.addRow(['', labels.totals, `${labels.reported}: ${t.reported}/${t.members}`, t.assets, t.turnoverReported, t.turnoverFromBooks, t.employees, data.rows.reduce((n, r) => n + r.loans.count, 0), t.outstanding, t.arrears, null]);
  totals.font = { bold: true };
  totals.eachCell((cell) => (cell.border = { top: { style: 'thin' } }));
  const g = data.groupLoans;
  sheet.addRow(['', labels.groupLoans, '', null, null, null, null, g.count, g.outstanding, g.arrears, g.streak]).font = { italic: true };
  sheet.views = [{ state: 'frozen', ySplit: firstDataRow - 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
