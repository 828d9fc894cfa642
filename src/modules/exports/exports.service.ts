/**
 * Writes a group's books for a range of business days as XLSX (sheets "Catatan", "Per
 * anggota", "Pinjaman") or CSV (the entries). Both stream: entries come from a server-side
 * cursor in batches and go straight to the file (exceljs's streaming WorkbookWriter,
 * csv-stringify piped to a file stream), so memory stays flat however long the range.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
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
  language?: ExportLanguage;
  /** Rows per cursor fetch (tests use small batches to cross batch edges). */
  batchSize?: number;
}

type ExportGroup = { id: number; name: string; timeZone: string };

const MONEY = '#,##0';
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
      return options.format === 'xlsx'
        ? writeXlsx(trx, group, range, partial, labels, options.batchSize)
        : writeCsv(trx, group, range, partial, labels, options.batchSize);
    });
    // Never a half-written file under the real name: a retry overwrites it whole.
    await rename(partial, options.file);
    return summary;
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

function entryValues(row: EntryRow, labels: ExportLabels): (string | number | null)[] {
  return [
    row.date,
    row.member,
    // A return is a sale with a negative amount: named as a return, its amount kept negative so the column sums net.
    labels.kinds[row.kind === 'sale' && row.amount < 0 ? 'sale_return' : row.kind] ?? row.kind,
    row.item,
    row.quantity,
    row.unit,
    row.unitPrice,
    row.amount,
    row.enteredAt,
  ];
}

function entryHeaders(labels: ExportLabels): string[] {
  const h = labels.entries;
  return [h.date, h.member, h.kind, h.item, h.quantity, h.unit, h.unitPrice, h.amount, h.enteredAt];
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

async function writeCsv(trx: Db, group: ExportGroup, range: ExportRange, file: string, labels: ExportLabels, batchSize?: number): Promise<ExportSummary> {
  let entries = 0;
  async function* rows() {
    for await (const batch of cursorBatches(trx, entriesQuery(group.id, range, group.timeZone), batchSize)) {
      entries += batch.length;
      for (const row of batch) yield entryValues(row, labels);
    }
  }
  // A byte-order mark makes spreadsheet programs read the file as UTF-8 (names with accents).
  await pipeline(Readable.from(rows()), stringify({ header: true, columns: entryHeaders(labels), bom: true }), createWriteStream(file));
  const members = await memberTotals(trx, group.id, range);
  return { groupId: group.id, groupName: group.name, ...range, entries, members: members.length, loans: 0, totals: totalsOf(members) };
}

async function writeXlsx(trx: Db, group: ExportGroup, range: ExportRange, file: string, labels: ExportLabels, batchSize?: number): Promise<ExportSummary> {
  // Loaded when needed: exceljs is about 25 MB of code a CSV export (and the rest of the bot) can do without.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Dampingi';
  const frozen = { views: [{ state: 'frozen' as const, ySplit: 1 }] };

  // Sheet 1: every entry, streamed.
  const e = labels.entries;
  const entrySheet = workbook.addWorksheet(labels.sheets.entries, frozen);
  entrySheet.columns = [
    { header: e.date, key: 'date', width: 12 },
    { header: e.member, key: 'member', width: 24 },
    { header: e.kind, key: 'kind', width: 16 },
    { header: e.item, key: 'item', width: 22 },
    { header: e.quantity, key: 'quantity', width: 9 },
    { header: e.unit, key: 'unit', width: 9 },
    { header: e.unitPrice, key: 'unitPrice', width: 16, style: { numFmt: MONEY } },
    { header: e.amount, key: 'amount', width: 16, style: { numFmt: MONEY } },
    { header: e.enteredAt, key: 'enteredAt', width: 17 },
  ];
  entrySheet.getRow(1).font = { bold: true };
  let entries = 0;
  for await (const batch of cursorBatches(trx, entriesQuery(group.id, range, group.timeZone), batchSize)) {
    for (const row of batch) entrySheet.addRow(entryValues(row, labels)).commit();
    entries += batch.length;
    await zipCaughtUp(entrySheet);
  }
  entrySheet.commit();

  // Sheet 2: one row per active member, then the group's totals.
  const m = labels.members;
  const members = await memberTotals(trx, group.id, range);
  const memberSheet = workbook.addWorksheet(labels.sheets.members, frozen);
  const money = { width: 18, style: { numFmt: MONEY } };
  memberSheet.columns = [
    { header: m.member, key: 'name', width: 24 },
    { header: m.role, key: 'role', width: 12 },
    { header: m.daysRecorded, key: 'daysRecorded', width: 14 },
    { header: m.sales, key: 'sales', ...money },
    { header: m.expenses, key: 'expenses', ...money },
    { header: m.profit, key: 'profit', ...money },
    { header: m.withdrawals, key: 'withdrawals', ...money },
    { header: m.capital, key: 'capital', ...money },
  ];
  memberSheet.getRow(1).font = { bold: true };
  for (const member of members) memberSheet.addRow(member).commit();
  const totals = totalsOf(members);
  const totalRow = memberSheet.addRow({ name: m.total, role: null, ...totals });
  totalRow.font = { bold: true };
  totalRow.commit();
  memberSheet.commit();

  // Sheet 3: loans of the group and of its members, one row per instalment, as of the range's end.
  const l = labels.loans;
  const loanSheet = workbook.addWorksheet(labels.sheets.loans, frozen);
  loanSheet.columns = [
    { header: l.loan, key: 'loan', width: 9 },
    { header: l.borrower, key: 'borrower', width: 24 },
    { header: l.loanPrincipal, key: 'loanPrincipal', ...money },
    { header: l.rate, key: 'rate', width: 10 },
    { header: l.method, key: 'method', width: 12 },
    { header: l.months, key: 'months', width: 8 },
    { header: l.disbursed, key: 'disbursed', width: 12 },
    { header: l.number, key: 'number', width: 8 },
    { header: l.dueDate, key: 'dueDate', width: 12 },
    { header: l.principal, key: 'principal', ...money },
    { header: l.interest, key: 'interest', ...money },
    { header: l.total, key: 'total', ...money },
    { header: l.paid, key: 'paid', ...money },
    { header: l.remaining, key: 'remaining', ...money },
    { header: l.status, key: 'status', width: 18 },
    { header: l.asOf, key: 'asOf', width: 12 },
  ];
  loanSheet.getRow(1).font = { bold: true };
  const loans = await loanIdsOfGroup(trx, group.id);
  for (const { id, borrower } of loans) {
    const loan = await findLoan(trx, id);
    if (!loan) continue;
    const schedule = await instalmentsOf(trx, id);
    const confirmed = (await paymentsOf(trx, id)).filter((p) => p.status === 'confirmed');
    const state = standing(schedule, confirmed, range.to);
    for (const i of state.instalments) {
      loanSheet
        .addRow({
          loan: loan.id,
          borrower: borrower ?? labels.groupLoan(group.name),
          loanPrincipal: loan.principal,
          rate: loan.annualRatePercent,
          method: labels.methods[loan.method] ?? loan.method,
          months: loan.months,
          disbursed: loan.disbursed,
          number: i.number,
          dueDate: i.dueDate,
          principal: i.principal,
          interest: i.interest,
          total: i.total,
          paid: i.paid,
          remaining: i.remaining,
          status: labels.statuses[i.status] ?? i.status,
          asOf: range.to,
        })
        .commit();
    }
  }
  loanSheet.commit();
  await workbook.commit();
  return { groupId: group.id, groupName: group.name, ...range, entries, members: members.length, loans: loans.length, totals };
}
