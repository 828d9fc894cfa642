/**
 * Writes a group's books for a range of business days as XLSX (sheets "Catatan", "Per
 * anggota", "Ringkasan pinjaman", "Angsuran pinjaman", each under a title block with the
 * group, the period and when it was made; real dates, autofilter, header repeated and
 * fit to width when printed) or CSV (the entries, as the language's spreadsheets read it:
 * ";" and decimal commas for Indonesian, UTF-8 with a byte-order mark). Both stream: entries come from a server-side
 * cursor in batches and go straight to the file (exceljs's streaming WorkbookWriter,
 * csv-stringify piped to a file stream), so memory stays flat however long the range.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { businessDate, type IsoDate } from '../../core/dates.ts';
import type { Db } from '../../db/client.ts';
import { DomainError } from '../../core/errors.ts';
import { standing } from '../loans/loans.ts';
import { findLoan, instalmentsOf, paymentsOf } from '../loans/loans.repository.ts';
import {
  checkRange,
  EXPORT_LABELS,
  type ExportFormat,
  type ExportLabels,
  type ExportLanguage,
  type ExportRange,
  type ExportSummary,
  type MemberTotals,
} from './exports.ts';
import { findGroup } from '../groups/groups.repository.ts';
import { cursorBatches, entriesQuery, inSnapshot, loanIdsOfGroup, memberTotals, type EntryRow } from './exports.repository.ts';

export interface ExportOptions {
  groupId: number;
  range: ExportRange;
  format: ExportFormat;
  /** Where the file goes; written beside it under a temporary name, then renamed into place. */
  file: string;
  /** When the export is made (the injected clock): its title block says so, in the group's time zone. */
  madeAt: Date;
  language?: ExportLanguage;
  /** Rows per cursor fetch (tests use small batches to cross batch edges). */
  batchSize?: number;
  /** Told the entries written so far after each batch (the console's downloads show it as progress). */
  onBatch?: ((entriesSoFar: number) => Promise<void>) | undefined;
}

type ExportGroup = { id: number; name: string; timeZone: string };

const MONEY = '#,##0';
const DATE = 'dd/mm/yyyy';
const DATE_TIME = 'dd/mm/yyyy hh:mm';
/** The header row of every sheet: a title block (title, period, made) and an empty row above it. */
export const EXPORT_HEADER_ROW = 5;
/** Compressed output may lag behind this much XML before the entries wait for it. */
const MAX_BUFFERED_BYTES = 1024 * 1024;

/**
 * exceljs's streaming writer never pushes back: a sheet's XML piles up in memory in front
 * of the zip compressor when rows come faster than it deflates (40 MB for 200,000 rows).
 * Between batches, wait until the sheet's pipe into the zip has caught up.
 */
async function zipCaughtUp(sheet: unknown): Promise<void> {
  const pipe = (sheet as { stream?: { pipes?: { _writableState?: { length?: number } }[] } }).stream?.pipes?.[0];
  while ((pipe?._writableState?.length ?? 0) > MAX_BUFFERED_BYTES) await new Promise((resolve) => setTimeout(resolve, 5));
}

/** Writes one export file; returns what it holds. Throws `group_not_found` or `export_range_invalid`. */
export async function exportGroup(db: Db, options: ExportOptions): Promise<ExportSummary> {
  const range = checkRange(options.range);
  const labels = EXPORT_LABELS[options.language ?? 'id'];
  await mkdir(path.dirname(options.file), { recursive: true });
  const partial = `${options.file}.${process.pid}.part`;
  try {
    const summary = await inSnapshot(db, async (trx) => {
      const group = await findGroup(trx, options.groupId);
      if (!group) throw new DomainError('group_not_found', `no group with id ${options.groupId}`);
      const made = { date: businessDate(options.madeAt, group.timeZone), time: clockTime(options.madeAt, group.timeZone) };
      return options.format === 'xlsx'
        ? writeXlsx(trx, group, range, partial, labels, made, options.batchSize, options.onBatch)
        : writeCsv(trx, group, range, partial, labels, options.batchSize, options.onBatch);
    });
    // Never a half-written file under the real name: a retry overwrites it whole.
    await rename(partial, options.file);
    return summary;
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/** "14:05" at `instant` in `timeZone`. */
function clockTime(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
}

/** A business day (and a time of day) as an Excel date: Excel dates have no time zone, so UTC holds the wall clock. */
export function excelDate(date: IsoDate, time = '00:00'): Date {
  return new Date(`${date}T${time}:00Z`);
}

/** What a row is beside its kind: an order's DP or payment, a credit sale, written by the facilitator. */
function noteOf(row: EntryRow, labels: ExportLabels): string {
  const notes: string[] = [];
  if (row.origin === 'down_payment' || row.origin === 'order_payment' || row.origin === 'credit_sale') notes.push(labels.notes[row.origin]);
  if (row.enteredByOther) notes.push(labels.notes.enteredByOther);
  return notes.join('; ');
}

function kindOf(row: EntryRow, labels: ExportLabels): string {
  // A return is a sale with a negative amount: named as a return, its amount kept negative so the column sums net.
  return labels.kinds[row.kind === 'sale' && row.amount < 0 ? 'sale_return' : row.kind] ?? row.kind;
}

/** An entry as spreadsheet cells: dates are dates, amounts numbers. */
function entryCells(row: EntryRow, labels: ExportLabels): (string | number | Date | null)[] {
  const [day, time] = row.enteredAt.split(' ');
  return [excelDate(row.date), row.member, kindOf(row, labels), row.item, row.quantity, row.unit, row.unitPrice, row.amount, excelDate(day!, time), noteOf(row, labels)];
}

/** An entry as CSV fields, written the way a spreadsheet in the export's language reads them. */
function entryFields(row: EntryRow, labels: ExportLabels): (string | null)[] {
  const number = (n: number | null) => (n === null ? null : String(n).replace('.', labels.csv.decimal));
  const [day, time] = row.enteredAt.split(' ');
  return [
    labels.csv.date(row.date),
    row.member,
    kindOf(row, labels),
    row.item,
    number(row.quantity),
    row.unit,
    number(row.unitPrice),
    number(row.amount),
    `${labels.csv.date(day!)} ${time}`,
    noteOf(row, labels),
  ];
}

function entryHeaders(labels: ExportLabels): string[] {
  const h = labels.entries;
  return [h.date, h.member, h.kind, h.item, h.quantity, h.unit, h.unitPrice, h.amount, h.enteredAt, h.note];
}

function totalsOf(members: readonly MemberTotals[]): ExportSummary['totals'] {
  const t = { daysRecorded: 0, sales: 0, expenses: 0, profit: 0, withdrawals: 0, capital: 0 };
  for (const m of members) {
    t.daysRecorded += m.daysRecorded;
    t.sales += m.sales;
    t.expenses += m.expenses;
    t.profit += m.profit;
    t.withdrawals += m.withdrawals;
    t.capital += m.capital;
  }
  return t;
}

async function writeCsv(
  trx: Db,
  group: ExportGroup,
  range: ExportRange,
  file: string,
  labels: ExportLabels,
  batchSize?: number,
  onBatch?: (entriesSoFar: number) => Promise<void>,
): Promise<ExportSummary> {
  let entries = 0;
  async function* rows() {
    for await (const batch of cursorBatches(trx, entriesQuery(group.id, range, group.timeZone), batchSize)) {
      for (const row of batch) yield entryFields(row, labels);
      entries += batch.length;
      await onBatch?.(entries);
    }
  }
  // A byte-order mark makes spreadsheet programs read the file as UTF-8 (names with accents);
  // the separator is the one the language's spreadsheets expect (";" where "," is the decimal mark).
  await pipeline(
    Readable.from(rows()),
    stringify({ header: true, columns: entryHeaders(labels), bom: true, delimiter: labels.csv.delimiter, record_delimiter: 'windows' }),
    createWriteStream(file),
  );
  const members = await memberTotals(trx, group.id, range);
  return { groupId: group.id, groupName: group.name, ...range, entries, members: members.length, loans: 0, totals: totalsOf(members) };
}

type Column = { header: string; key: string; width?: number; numFmt?: string };
type WorkbookWriter = import('exceljs').stream.xlsx.WorkbookWriter;

/**
 * A sheet with its title block (title, period, date made), a bold header row that repeats
 * when printed, columns at least as wide as their headers, frozen panes, and an autofilter
 * set when `finish` is called with the last row.
 */
function titledSheet(
  workbook: WorkbookWriter,
  name: string,
  columns: Column[],
  heading: { title: string; period: string; made: { date: IsoDate; time: string } },
  labels: ExportLabels,
) {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: EXPORT_HEADER_ROW }],
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${EXPORT_HEADER_ROW}:${EXPORT_HEADER_ROW}`,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
  });
  sheet.columns = columns.map((c) => ({
    key: c.key,
    // Never 9: exceljs leaves a width equal to its default out of the file.
    width: Math.max(c.width ?? 10, c.header.length + 3, 10),
    ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}),
  }));
  const title = sheet.addRow([heading.title]);
  title.font = { bold: true, size: 13 };
  title.commit();
  sheet.addRow([labels.heading.period, heading.period]).commit();
  const made = sheet.addRow([labels.heading.made, excelDate(heading.made.date, heading.made.time)]);
  made.getCell(2).numFmt = DATE_TIME;
  made.getCell(2).alignment = { horizontal: 'left' };
  made.commit();
  sheet.addRow([]).commit();
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.eachCell((cell: import('exceljs').Cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE6F4' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  header.commit();
  return {
    sheet,
    finish(lastRow: number) {
      sheet.autoFilter = { from: { row: EXPORT_HEADER_ROW, column: 1 }, to: { row: Math.max(lastRow, EXPORT_HEADER_ROW), column: columns.length } };
      sheet.commit();
    },
  };
}

async function writeXlsx(
  trx: Db,
  group: ExportGroup,
  range: ExportRange,
  file: string,
  labels: ExportLabels,
  made: { date: IsoDate; time: string },
  batchSize?: number,
  onBatch?: (entriesSoFar: number) => Promise<void>,
): Promise<ExportSummary> {
  // Loaded when needed: exceljs is about 25 MB of code a CSV export (and the rest of the bot) can do without.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Dampingi';
  const heading = (sheet: string) => ({ title: labels.heading.title(sheet, group.name), period: `${labels.csv.date(range.from)} – ${labels.csv.date(range.to)}`, made });
  const money = { width: 14, numFmt: MONEY };

  // Sheet 1: every entry, streamed.
  const e = labels.entries;
  const entrySheet = titledSheet(
    workbook,
    labels.sheets.entries,
    [
      { header: e.date, key: 'date', width: 12, numFmt: DATE },
      { header: e.member, key: 'member', width: 24 },
      { header: e.kind, key: 'kind', width: 16 },
      { header: e.item, key: 'item', width: 22 },
      { header: e.quantity, key: 'quantity', width: 9 },
      { header: e.unit, key: 'unit', width: 9 },
      { header: e.unitPrice, key: 'unitPrice', ...money },
      { header: e.amount, key: 'amount', ...money },
      { header: e.enteredAt, key: 'enteredAt', width: 17, numFmt: DATE_TIME },
      { header: e.note, key: 'note', width: 28 },
    ],
    heading(labels.sheets.entries),
    labels,
  );
  let entries = 0;
  for await (const batch of cursorBatches(trx, entriesQuery(group.id, range, group.timeZone), batchSize)) {
    for (const row of batch) entrySheet.sheet.addRow(entryCells(row, labels)).commit();
    entries += batch.length;
    await zipCaughtUp(entrySheet.sheet);
    await onBatch?.(entries);
  }
  entrySheet.finish(EXPORT_HEADER_ROW + entries);

  // Sheet 2: one row per active member, then the group's totals.
  const m = labels.members;
  const members = await memberTotals(trx, group.id, range);
  const memberSheet = titledSheet(
    workbook,
    labels.sheets.members,
    [
      { header: m.member, key: 'name', width: 24 },
      { header: m.role, key: 'role', width: 12 },
      { header: m.daysRecorded, key: 'daysRecorded', width: 10 },
      { header: m.sales, key: 'sales', ...money },
      { header: m.expenses, key: 'expenses', ...money },
      { header: m.profit, key: 'profit', ...money },
      { header: m.withdrawals, key: 'withdrawals', ...money },
      { header: m.capital, key: 'capital', ...money },
    ],
    heading(labels.sheets.members),
    labels,
  );
  for (const member of members) memberSheet.sheet.addRow(member).commit();
  const totals = totalsOf(members);
  const totalRow = memberSheet.sheet.addRow({ name: m.total, role: null, ...totals });
  totalRow.font = { bold: true };
  totalRow.commit();
  // The filter covers the members, not their total (sorting would move it).
  memberSheet.finish(EXPORT_HEADER_ROW + members.length);

  // Loans of the group and of its members as of the range's end: few, read at once.
  const loanIds = await loanIdsOfGroup(trx, group.id);
  const loans = [];
  for (const { id, borrower } of loanIds) {
    const loan = await findLoan(trx, id);
    if (!loan) continue;
    const schedule = await instalmentsOf(trx, id);
    const confirmed = (await paymentsOf(trx, id)).filter((p) => p.status === 'confirmed');
    loans.push({ loan, borrower: borrower ?? labels.groupLoan(group.name), state: standing(schedule, confirmed, range.to) });
  }

  // Sheet 3: one row per loan — what is owed, what is late, how many paid on time in a row.
  const s = labels.loanSummary;
  const summarySheet = titledSheet(
    workbook,
    labels.sheets.loanSummary,
    [
      { header: s.loan, key: 'loan', width: 9 },
      { header: s.borrower, key: 'borrower', width: 24 },
      { header: s.loanPrincipal, key: 'loanPrincipal', ...money },
      { header: s.disbursed, key: 'disbursed', width: 12, numFmt: DATE },
      { header: s.months, key: 'months', width: 8 },
      { header: s.instalments, key: 'instalments', width: 8 },
      { header: s.instalmentsPaid, key: 'instalmentsPaid', width: 8 },
      { header: s.total, key: 'total', ...money },
      { header: s.paid, key: 'paid', ...money },
      { header: s.remaining, key: 'remaining', ...money },
      { header: s.arrears, key: 'arrears', ...money },
      { header: s.streak, key: 'streak', width: 8 },
      { header: s.nextDue, key: 'nextDue', width: 12, numFmt: DATE },
      { header: s.asOf, key: 'asOf', width: 12, numFmt: DATE },
    ],
    heading(labels.sheets.loanSummary),
    labels,
  );
  for (const { loan, borrower, state } of loans) {
    summarySheet.sheet
      .addRow({
        loan: loan.id,
        borrower,
        loanPrincipal: loan.principal,
        disbursed: excelDate(loan.disbursed),
        months: loan.months,
        instalments: state.instalments.length,
        instalmentsPaid: state.instalments.filter((i) => i.remaining === 0).length,
        total: state.totals.total,
        paid: state.totals.paid,
        remaining: state.totals.remaining,
        arrears: state.arrears,
        streak: state.streak,
        nextDue: state.nextDue ? excelDate(state.nextDue.dueDate) : null,
        asOf: excelDate(range.to),
      })
      .commit();
  }
  summarySheet.finish(EXPORT_HEADER_ROW + loans.length);

  // Sheet 4: one row per instalment.
  const l = labels.loans;
  const loanSheet = titledSheet(
    workbook,
    labels.sheets.loans,
    [
      { header: l.loan, key: 'loan', width: 9 },
      { header: l.borrower, key: 'borrower', width: 24 },
      { header: l.loanPrincipal, key: 'loanPrincipal', ...money },
      { header: l.rate, key: 'rate', width: 10 },
      { header: l.method, key: 'method', width: 12 },
      { header: l.months, key: 'months', width: 8 },
      { header: l.disbursed, key: 'disbursed', width: 12, numFmt: DATE },
      { header: l.number, key: 'number', width: 8 },
      { header: l.dueDate, key: 'dueDate', width: 12, numFmt: DATE },
      { header: l.principal, key: 'principal', ...money },
      { header: l.interest, key: 'interest', ...money },
      { header: l.total, key: 'total', ...money },
      { header: l.paid, key: 'paid', ...money },
      { header: l.remaining, key: 'remaining', ...money },
      { header: l.status, key: 'status', width: 18 },
      { header: l.asOf, key: 'asOf', width: 12, numFmt: DATE },
    ],
    heading(labels.sheets.loans),
    labels,
  );
  let instalments = 0;
  for (const { loan, borrower, state } of loans) {
    for (const i of state.instalments) {
      instalments += 1;
      loanSheet.sheet
        .addRow({
          loan: loan.id,
          borrower,
          loanPrincipal: loan.principal,
          rate: loan.annualRatePercent,
          method: labels.methods[loan.method] ?? loan.method,
          months: loan.months,
          disbursed: excelDate(loan.disbursed),
          number: i.number,
          dueDate: excelDate(i.dueDate),
          principal: i.principal,
          interest: i.interest,
          total: i.total,
          paid: i.paid,
          remaining: i.remaining,
          status: labels.statuses[i.status] ?? i.status,
          asOf: excelDate(range.to),
        })
        .commit();
    }
  }
  loanSheet.finish(EXPORT_HEADER_ROW + instalments);
  await workbook.commit();
  return { groupId: group.id, groupName: group.name, ...range, entries, members: members.length, loans: loans.length, totals };
}
