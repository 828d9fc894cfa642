/**
 * Exports on real Postgres: two groups with entries of every kind (one voided, one out of
 * range, an order's DP and later payment, a credit sale, one written by the facilitator),
 * a group loan and a member's loan with payments. Group A is exported to XLSX and CSV
 * through the module and through the admin command line; the files are read back (exceljs,
 * csv-parse) and every total is checked against sums computed from the ledger in SQL, the
 * cells' types (dates are dates, amounts numbers), each sheet's title block, widths that
 * fit the headers, autofilter and print settings, the "Keterangan" of each kind of row, the
 * per-loan summary against the loans module, and that nothing of group B appears. The CSV
 * is written for Indonesian Excel (";" and decimal commas, UTF-8 with BOM), or as English
 * spreadsheets read it when asked in English. In chat, "/ekspor" by group B's facilitator for group A is refused,
 * a member is refused, and group A's facilitator gets "Sedang disiapkan…" and then, from
 * the export job, two documents in the outbox.
 */
import { mkdir, mkdtemp, readFile, rm, stat, utimes } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { InboundMessage, OutboundMessage } from '../../src/core/messages.ts';
import type { FollowUp } from '../../src/conversation/follow-ups.ts';
import { EXPORT_FILE_TTL_MS, EXPORT_SWEEP_GRACE_MS, runExport, sweepExports, type ExportJob, type ExportsDeps } from '../../src/jobs/exports.ts';
import { processInbound, type InboundDeps } from '../../src/jobs/inbound.processor.ts';
import { EXPORT_HEADER_ROW, exportGroup } from '../../src/modules/exports/exports.service.ts';
import { loanStatus } from '../../src/modules/loans/loans.service.ts';
import { addFacilitator, addMember, createGroup } from '../../src/modules/groups/groups.service.ts';
import { insertEntries } from '../../src/modules/ledger/ledger.repository.ts';
import type { NewEntry } from '../../src/modules/ledger/ledger.ts';
import { createLoan, recordPayment } from '../../src/modules/loans/loans.service.ts';
import { findOutbound, type OutboxItem } from '../../src/modules/outbox/outbox.repository.ts';
import { runAdminCommand } from '../helpers/admin-cli.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { privateMessage } from '../helpers/messages.ts';

let t: TestDatabase;
let dir: string;
const clock = fixedClock('2026-12-10T03:00:00Z');
const FROM = '2026-11-01';
const TO = '2026-11-30';
const ids = { groupA: 0, groupB: 0, ani: 0, sari: 0, tini: 0, wati: 0, facA: '7100', facB: '7200', aniTelegram: '7301' };
const loanIds = { groupA: 0, ani: 0, groupB: 0 };

const entry = (kind: NewEntry['kind'], amount: number, item: string | null = null, quantity: number | null = null, unitPrice: number | null = null): NewEntry => ({
  kind,
  amount,
  item,
  quantity,
  unit: quantity === null ? null : 'pcs',
  unitPrice,
});

async function record(personId: number, date: string, entries: NewEntry[], enteredByPersonId: number | null = null) {
  return insertEntries(t.db, personId, date, entries, { messageId: null, rawText: 'test', enteredByPersonId });
}

const madeAt = clock.now();

beforeAll(async () => {
  t = await createTestDatabase();
  dir = await mkdtemp(path.join(os.tmpdir(), 'dampingi-exports-'));
  const at = clock.now();
  const facA = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: ids.facA, timeZone: 'Asia/Jakarta' });
  const facB = await addFacilitator(t.db, { name: 'Bu Dewi', telegramId: ids.facB, timeZone: 'Asia/Jakarta' });
  const a = await createGroup(t.db, { name: 'Melati', trades: ['asesoris'], facilitatorId: facA.id, timeZone: 'Asia/Jakarta' });
  const b = await createGroup(t.db, { name: 'Mawar', trades: ['asesoris'], facilitatorId: facB.id, timeZone: 'Asia/Jakarta' });
  ids.groupA = a.id;
  ids.groupB = b.id;
  ids.ani = (await addMember(t.db, a.id, { name: 'Ani', telegramId: ids.aniTelegram, timeZone: 'Asia/Jakarta', role: 'bendahara' }, at)).person.id;
  ids.sari = (await addMember(t.db, a.id, { name: 'Sari "Ibu" Lestari, S.E.', timeZone: 'Asia/Jakarta' }, at)).person.id;
  ids.tini = (await addMember(t.db, a.id, { name: 'Tini', timeZone: 'Asia/Jakarta' }, at)).person.id;
  ids.wati = (await addMember(t.db, b.id, { name: 'Wati', timeZone: 'Asia/Jakarta' }, at)).person.id;

  // Group A: every kind, several days, an item with a comma and quotes (CSV quoting).
  for (let day = 1; day <= 30; day += 3) {
    const date = `2026-11-${String(day).padStart(2, '0')}`;
    await record(ids.ani, date, [entry('sale', 15_000 * day, 'bros', day, 15_000), entry('expense', 2_500 * day, 'benang')]);
  }
  await record(ids.ani, '2026-11-07', [entry('withdrawal', 50_000, 'dapur'), entry('capital', 500_000, null)]);
  await record(ids.sari, '2026-11-02', [entry('sale', 1_234_567, 'kain "batik", halus', 3, 411_522), entry('expense', 99_999, 'ongkir')]);
  await record(ids.sari, '2026-11-30', [entry('sale', 70_000, 'keripik', 1.5, null)]);
  // An order with a DP and a later payment, a credit sale, and a sale her facilitator wrote for her.
  const [dp] = await record(ids.tini, '2026-11-05', [entry('sale', 100_000, 'kue pesanan')]);
  const [orderPayment] = await record(ids.tini, '2026-11-12', [entry('sale', 150_000, 'kue pesanan')]);
  const { rows: order } = await sql<{ id: number }>`insert into orders (person_id, customer, customer_key, item, total, paid, order_date)
    values (${ids.tini}, 'Bu Sri', 'sri', 'kue', 250000, 250000, '2026-11-05') returning id`.execute(t.db);
  await sql`insert into order_payments (order_id, amount, business_date, ledger_entry_id, down_payment) values
    (${order[0]!.id}, 100000, '2026-11-05', ${dp!.id}, true), (${order[0]!.id}, 150000, '2026-11-12', ${orderPayment!.id}, false)`.execute(t.db);
  const [credit] = await record(ids.tini, '2026-11-13', [entry('sale', 80_000, 'tas', 2, 40_000)]);
  await sql`insert into receivables (person_id, customer, customer_key, amount, ledger_entry_id, business_date)
    values (${ids.tini}, 'Bu Yati', 'yati', 80000, ${credit!.id}, '2026-11-13')`.execute(t.db);
  await record(ids.tini, '2026-11-14', [entry('expense', 20_000, 'tepung')], facA.id);
  // Out of range, and voided: neither may be exported.
  await record(ids.ani, '2026-10-31', [entry('sale', 777_777, 'bros')]);
  await record(ids.ani, '2026-12-01', [entry('sale', 888_888, 'bros')]);
  const [voided] = await record(ids.sari, '2026-11-15', [entry('sale', 666_666, 'salah')]);
  await sql`update ledger_entries set voided_at = now() where id = ${voided!.id}`.execute(t.db);
  // Group B.
  await record(ids.wati, '2026-11-10', [entry('sale', 4_444_444, 'WATI-ONLY'), entry('expense', 333_333, 'WATI-EXPENSE')]);

  // Loans: group A's, Ani's own, group B's.
  const terms = { principal: 1_200_000, annualRatePercent: 6, months: 3, method: 'flat' as const, disbursed: '2026-09-01', dueDay: 5 };
  loanIds.groupA = (await createLoan(t.db, { groupId: a.id }, terms, at)).id;
  loanIds.ani = (await createLoan(t.db, { personId: ids.ani }, { ...terms, principal: 600_000 }, at)).id;
  loanIds.groupB = (await createLoan(t.db, { groupId: b.id }, { ...terms, principal: 9_900_000 }, at)).id;
  const confirmed = { status: 'confirmed' as const, at };
  await recordPayment(t.db, loanIds.groupA, 406_000, '2026-10-04', confirmed);
  await recordPayment(t.db, loanIds.groupA, 300_000, '2026-11-20', confirmed);
  await recordPayment(t.db, loanIds.groupA, 106_000, '2026-12-02', confirmed); // after the range: not counted
  await recordPayment(t.db, loanIds.ani, 203_000, '2026-10-05', confirmed);
  await recordPayment(t.db, loanIds.groupB, 1_000_000, '2026-10-05', confirmed);
});

afterAll(async () => {
  await t?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

// ---- the ledger, from SQL ----

interface LedgerRow {
  member: string;
  kind: string;
  amount: number;
}

async function ledger(groupId: number): Promise<LedgerRow[]> {
  const { rows } = await sql<LedgerRow>`
    select p.name as member, e.kind, e.amount from ledger_entries e
      join people p on p.id = e.person_id
      join memberships m on m.person_id = e.person_id and m.group_id = ${groupId} and m.status = 'active'
     where e.business_date between ${FROM} and ${TO} and e.voided_at is null`.execute(t.db);
  return rows;
}

function sumBy(rows: readonly LedgerRow[], member: string | null, kind: string): number {
  return rows.filter((r) => (member === null || r.member === member) && r.kind === kind).reduce((s, r) => s + r.amount, 0);
}

async function daysRecorded(personId: number): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(distinct business_date)::bigint as n from ledger_entries
    where person_id = ${personId} and business_date between ${FROM} and ${TO} and voided_at is null`.execute(t.db);
  return rows[0]!.n;
}

// ---- reading the files back ----

type Cell = string | number | Date | null;

/** Each sheet's rows from its header down (the title block above is checked on its own). */
async function readXlsx(file: string): Promise<{ names: string[]; sheets: Map<string, Cell[][]>; workbook: ExcelJS.Workbook }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheets = new Map<string, Cell[][]>();
  for (const sheet of workbook.worksheets) {
    const rows: Cell[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row, n) => {
      if (n < EXPORT_HEADER_ROW) return;
      const values: Cell[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) {
        const v = row.getCell(c).value;
        values.push(v === undefined || v === null ? null : typeof v === 'number' || typeof v === 'string' || v instanceof Date ? v : String(v));
      }
      rows.push(values);
    });
    sheets.set(sheet.name, rows);
  }
  return { names: workbook.worksheets.map((s) => s.name), sheets, workbook };
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Every sheet: a title block naming the sheet, the group, the period and when it was made; a filter, frozen header, print settings. */
function checkSheetLayout(sheet: ExcelJS.Worksheet, rows: number) {
  expect(sheet.getCell('A1').value).toBe(`${sheet.name} — kelompok Melati`);
  expect([sheet.getCell('A2').value, sheet.getCell('B2').value]).toEqual(['Periode', '01/11/2026 – 30/11/2026']);
  expect(sheet.getCell('A3').value).toBe('Dibuat');
  expect(sheet.getCell('B3').value).toEqual(new Date('2026-12-10T10:00:00Z')); // the clock's 03:00 UTC is 10:00 in Jakarta
  expect(sheet.getCell('B3').numFmt).toBe('dd/mm/yyyy hh:mm');
  const header = sheet.getRow(EXPORT_HEADER_ROW);
  expect(header.font?.bold).toBe(true);
  header.eachCell((cell, c) => expect(sheet.getColumn(c).width, String(cell.value)).toBeGreaterThanOrEqual(String(cell.value).length + 2));
  const last = String.fromCharCode(64 + header.cellCount);
  expect(sheet.autoFilter).toBe(`A${EXPORT_HEADER_ROW}:${last}${EXPORT_HEADER_ROW + rows}`);
  expect(sheet.pageSetup.printTitlesRow).toBe(`${EXPORT_HEADER_ROW}:${EXPORT_HEADER_ROW}`);
  expect([sheet.pageSetup.fitToPage, sheet.pageSetup.fitToWidth, sheet.pageSetup.fitToHeight, sheet.pageSetup.orientation]).toEqual([true, 1, 0, 'landscape']);
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: EXPORT_HEADER_ROW });
}

const KIND_ID: Record<string, string> = { sale: 'Jualan', expense: 'Belanja', withdrawal: 'Diambil untuk rumah tangga', capital: 'Modal masuk' };

/** Checks the XLSX of group A against the ledger, and that nothing of group B is in it. */
async function checkXlsx(file: string) {
  const { names, sheets, workbook } = await readXlsx(file);
  expect(names).toEqual(['Catatan', 'Per anggota', 'Ringkasan pinjaman', 'Angsuran pinjaman']);
  const rows = await ledger(ids.groupA);

  // Catatan: one row per active entry, dates as dates, amounts as numbers that add up to the ledger per kind and member.
  const [header, ...entries] = sheets.get('Catatan')!;
  expect(header).toEqual(['Tanggal', 'Anggota', 'Jenis', 'Barang', 'Banyaknya', 'Satuan', 'Harga satuan (Rp)', 'Nilai (Rp)', 'Dicatat pada', 'Keterangan']);
  expect(entries).toHaveLength(rows.length);
  for (const e of entries) {
    expect(e[0]).toBeInstanceOf(Date);
    expect(e[0]! >= day(FROM) && e[0]! <= day(TO)).toBe(true);
    expect(e[8]).toBeInstanceOf(Date);
    expect(typeof e[7]).toBe('number');
  }
  const catatan = workbook.getWorksheet('Catatan')!;
  checkSheetLayout(catatan, entries.length);
  expect(catatan.getRow(EXPORT_HEADER_ROW + 1).getCell(1).numFmt).toBe('dd/mm/yyyy');
  // Keterangan says what a row is beside its kind.
  const notes = new Map(entries.filter((e) => e[1] === 'Tini').map((e) => [`${(e[0] as Date).toISOString().slice(0, 10)} ${e[7]}`, e[9]]));
  expect(notes).toEqual(
    new Map([
      ['2026-11-05 100000', 'DP pesanan'],
      ['2026-11-12 150000', 'Pembayaran pesanan'],
      ['2026-11-13 80000', 'Jualan yang dibayar nanti'],
      ['2026-11-14 20000', 'Dicatat oleh pendamping'],
    ]),
  );
  expect(entries.filter((e) => e[1] !== 'Tini').every((e) => e[9] === null || e[9] === '')).toBe(true);
  for (const [kind, label] of Object.entries(KIND_ID)) {
    for (const member of ['Ani', 'Sari "Ibu" Lestari, S.E.']) {
      const exported = entries.filter((e) => e[1] === member && e[2] === label).reduce((s, e) => s + (e[7] as number), 0);
      expect(exported, `${member} ${kind}`).toBe(sumBy(rows, member, kind));
    }
  }
  expect(entries.find((e) => e[3] === 'kain "batik", halus')?.slice(0, 9)).toEqual([day('2026-11-02'), 'Sari "Ibu" Lestari, S.E.', 'Jualan', 'kain "batik", halus', 3, 'pcs', 411_522, 1_234_567, expect.any(Date)]);
  expect(entries.find((e) => e[3] === 'keripik')?.[4]).toBe(1.5);
  expect(catatan.getRow(EXPORT_HEADER_ROW + 1).getCell(8).numFmt).toBe('#,##0');

  // Per anggota: every active member (Tini with zeros), each figure from the ledger, and the total row.
  const [mHeader, ...memberRows] = sheets.get('Per anggota')!;
  expect(mHeader).toEqual(['Anggota', 'Peran', 'Hari mencatat', 'Jualan (Rp)', 'Belanja (Rp)', 'Untung (Rp)', 'Diambil untuk rumah tangga (Rp)', 'Modal masuk (Rp)']);
  const people = [
    ['Ani', ids.ani, 'bendahara'],
    ['Sari "Ibu" Lestari, S.E.', ids.sari, 'anggota'],
    ['Tini', ids.tini, 'anggota'],
  ] as const;
  expect(memberRows.map((r) => r[0])).toEqual([...people.map((p) => p[0]), 'JUMLAH']);
  checkSheetLayout(workbook.getWorksheet('Per anggota')!, people.length);
  for (const [name, personId, role] of people) {
    const row = memberRows.find((r) => r[0] === name)!;
    const sales = sumBy(rows, name, 'sale');
    const expenses = sumBy(rows, name, 'expense');
    expect(row).toEqual([name, role, await daysRecorded(personId), sales, expenses, sales - expenses, sumBy(rows, name, 'withdrawal'), sumBy(rows, name, 'capital')]);
  }
  const total = memberRows.at(-1)!;
  const sales = sumBy(rows, null, 'sale');
  const expenses = sumBy(rows, null, 'expense');
  expect(total.slice(3)).toEqual([sales, expenses, sales - expenses, sumBy(rows, null, 'withdrawal'), sumBy(rows, null, 'capital')]);
  expect(total[2]).toBe((await daysRecorded(ids.ani)) + (await daysRecorded(ids.sari)) + (await daysRecorded(ids.tini)));

  // Ringkasan pinjaman: one row per loan, as the loans module stands it on the range's last day.
  const [sHeader, ...summaryRows] = sheets.get('Ringkasan pinjaman')!;
  expect(sHeader).toEqual([
    'Pinjaman',
    'Peminjam',
    'Pokok pinjaman (Rp)',
    'Tanggal cair',
    'Lama (bulan)',
    'Banyaknya angsuran',
    'Angsuran lunas',
    'Pokok dan bunga (Rp)',
    'Dibayar (Rp)',
    'Sisa pinjaman (Rp)',
    'Tunggakan (Rp)',
    'Tepat waktu berturut-turut',
    'Batas bayar berikutnya',
    'Keadaan per',
  ]);
  checkSheetLayout(workbook.getWorksheet('Ringkasan pinjaman')!, 2);
  expect(summaryRows.map((r) => r[0]).sort()).toEqual([loanIds.groupA, loanIds.ani].sort());
  for (const loanId of [loanIds.groupA, loanIds.ani]) {
    const s = await loanStatus(t.db, loanId, TO);
    const row = summaryRows.find((r) => r[0] === loanId)!;
    expect(row.slice(2)).toEqual([
      s.loan.principal,
      day(s.loan.disbursed),
      s.loan.months,
      s.instalments.length,
      s.instalments.filter((i) => i.remaining === 0).length,
      s.totals.total,
      s.totals.paid,
      s.totals.remaining,
      s.arrears,
      s.streak,
      s.nextDue ? day(s.nextDue.dueDate) : null,
      day(TO),
    ]);
  }
  // Ani's first instalment was paid on time, the second is overdue: arrears, and no streak.
  const ani = summaryRows.find((r) => r[0] === loanIds.ani)!;
  expect([ani[6], (ani[10] as number) > 0, ani[11]]).toEqual([1, true, 0]);

  // Angsuran pinjaman: group A's loan and Ani's, every instalment; paid counts payments up to the range's end.
  const [lHeader, ...loanRows] = sheets.get('Angsuran pinjaman')!;
  checkSheetLayout(workbook.getWorksheet('Angsuran pinjaman')!, loanRows.length);
  expect(loanRows.every((r) => r[6] instanceof Date && r[8] instanceof Date && r[15] instanceof Date)).toBe(true);
  expect(lHeader?.[0]).toBe('Pinjaman');
  expect(new Set(loanRows.map((r) => r[0]))).toEqual(new Set([loanIds.groupA, loanIds.ani]));
  const { rows: instalments } = await sql<{ loan_id: number; total: number }>`
    select loan_id, total from loan_instalments where loan_id in (${loanIds.groupA}, ${loanIds.ani})`.execute(t.db);
  expect(loanRows).toHaveLength(instalments.length);
  for (const loanId of [loanIds.groupA, loanIds.ani]) {
    const mine = loanRows.filter((r) => r[0] === loanId);
    expect(mine.reduce((s, r) => s + (r[11] as number), 0)).toBe(instalments.filter((i) => i.loan_id === loanId).reduce((s, i) => s + i.total, 0));
    const { rows: paid } = await sql<{ n: number }>`select coalesce(sum(amount), 0)::bigint as n from loan_payments
      where loan_id = ${loanId} and status = 'confirmed' and paid_on <= ${TO}`.execute(t.db);
    expect(mine.reduce((s, r) => s + (r[12] as number), 0)).toBe(paid[0]!.n);
    expect(mine.every((r) => (r[12] as number) + (r[13] as number) === r[11])).toBe(true);
  }
  expect(loanRows.filter((r) => r[0] === loanIds.groupA).map((r) => r[1])).toEqual(['Kelompok Melati', 'Kelompok Melati', 'Kelompok Melati']);
  expect(loanRows.filter((r) => r[0] === loanIds.ani).map((r) => r[14])).toEqual(['Lunas', 'Menunggak', 'Belum sampai batas bayar']);

  // Nothing of group B anywhere.
  const everything = JSON.stringify([...sheets.values()]);
  for (const foreign of ['Wati', 'WATI-ONLY', 'WATI-EXPENSE', '4444444', '9900000', String(9_900_000 / 3)]) expect(everything).not.toContain(foreign);
}

/** Checks the CSV of group A against the ledger, read as Indonesian Excel reads it (";", decimal commas); returns its rows. */
async function checkCsv(file: string): Promise<string[][]> {
  const raw = await readFile(file, 'utf8');
  expect(raw.charCodeAt(0)).toBe(0xfeff);
  const [header, ...entries] = parse(raw, { bom: true, delimiter: ';' }) as string[][];
  expect(header).toEqual(['Tanggal', 'Anggota', 'Jenis', 'Barang', 'Banyaknya', 'Satuan', 'Harga satuan (Rp)', 'Nilai (Rp)', 'Dicatat pada', 'Keterangan']);
  expect(entries.every((e) => e.length === header!.length)).toBe(true);
  expect(entries.every((e) => /^\d{2}\/\d{2}\/2026$/.test(e[0]!) && /^\d{2}\/\d{2}\/2026 \d{2}:\d{2}$/.test(e[8]!))).toBe(true);
  const rows = await ledger(ids.groupA);
  expect(entries).toHaveLength(rows.length);
  for (const [kind, label] of Object.entries(KIND_ID)) {
    const exported = entries.filter((e) => e[2] === label).reduce((s, e) => s + Number(e[7]), 0);
    expect(exported, kind).toBe(sumBy(rows, null, kind));
    expect(entries.filter((e) => e[2] === label && e[1] === 'Ani').reduce((s, e) => s + Number(e[7]), 0)).toBe(sumBy(rows, 'Ani', kind));
  }
  expect(entries.every((e) => /^\d+$/.test(e[7]!))).toBe(true);
  expect(entries.find((e) => e[3] === 'kain "batik", halus')?.slice(0, 8)).toEqual(['02/11/2026', 'Sari "Ibu" Lestari, S.E.', 'Jualan', 'kain "batik", halus', '3', 'pcs', '411522', '1234567']);
  expect(entries.find((e) => e[3] === 'keripik')?.[4]).toBe('1,5');
  expect(entries.find((e) => e[7] === '100000' && e[1] === 'Tini')?.[9]).toBe('DP pesanan');
  for (const foreign of ['Wati', 'WATI-ONLY', '4444444']) expect(raw).not.toContain(foreign);
  return entries;
}

describe('exports of a group’s books', () => {
  it('writes XLSX and CSV whose every total matches the ledger, in small cursor batches', async () => {
    const xlsx = path.join(dir, 'module', 'melati.xlsx');
    const csv = path.join(dir, 'module', 'melati.csv');
    const a = await exportGroup(t.db, { groupId: ids.groupA, range: { from: FROM, to: TO }, format: 'xlsx', file: xlsx, batchSize: 3, madeAt });
    const b = await exportGroup(t.db, { groupId: ids.groupA, range: { from: FROM, to: TO }, format: 'csv', file: csv, batchSize: 3, madeAt });
    const rows = await ledger(ids.groupA);
    expect(a.entries).toBe(rows.length);
    expect(b.entries).toBe(rows.length);
    expect(a).toMatchObject({ groupName: 'Melati', members: 3, loans: 2, totals: { sales: sumBy(rows, null, 'sale'), expenses: sumBy(rows, null, 'expense') } });
    await checkXlsx(xlsx);
    const csvRows = await checkCsv(csv);
    // The CSV is the entries sheet, row for row.
    const { sheets } = await readXlsx(xlsx);
    const dmy = (d: Cell) => (d as Date).toISOString().slice(0, 10).split('-').reverse().join('/');
    expect(csvRows.map((r) => [...r.slice(0, 3), r[7], r[9]])).toEqual(sheets.get('Catatan')!.slice(1).map((r) => [dmy(r[0]!), r[1], r[2], String(r[7]), r[9] ?? '']));
  });

  it('exports group B without group A', async () => {
    const file = path.join(dir, 'module', 'mawar.csv');
    const summary = await exportGroup(t.db, { groupId: ids.groupB, range: { from: FROM, to: TO }, format: 'csv', file, madeAt });
    expect(summary.entries).toBe(2);
    const raw = await readFile(file, 'utf8');
    expect(raw).toContain('WATI-ONLY');
    expect(raw).not.toContain('Ani');
  });

  it('writes the CSV for English spreadsheets when asked in English', async () => {
    const file = path.join(dir, 'module', 'melati-en.csv');
    await exportGroup(t.db, { groupId: ids.groupA, range: { from: FROM, to: TO }, format: 'csv', file, madeAt, language: 'en' });
    const raw = await readFile(file, 'utf8');
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    const [header, ...entries] = parse(raw, { bom: true }) as string[][];
    expect(header).toEqual(['Date', 'Member', 'Kind', 'Item', 'Quantity', 'Unit', 'Unit price (Rp)', 'Amount (Rp)', 'Entered at', 'Note']);
    expect(entries.find((e) => e[3] === 'keripik')?.slice(0, 5)).toEqual(['2026-11-30', 'Sari "Ibu" Lestari, S.E.', 'Sale', 'keripik', '1.5']);
    expect(entries.find((e) => e[1] === 'Tini' && e[7] === '80000')?.[9]).toBe('Sold now, paid later');
  });

  it('runs from the command line, and refuses bad flags with exit code 2', async () => {
    const run = (args: string[]) => runAdminCommand(t.db, clock, ['report', 'export', ...args]);
    const xlsx = path.join(dir, 'cli', 'melati.xlsx');
    const csv = path.join(dir, 'cli', 'melati.csv');
    const base = ['--group', String(ids.groupA), '--from', FROM, '--to', TO];
    const x = await run([...base, '--format', 'xlsx', '--out', xlsx]);
    expect(x.stderr).toBe('');
    expect(x.code).toBe(0);
    const rows = await ledger(ids.groupA);
    expect(x.json()).toMatchObject({ groupId: ids.groupA, groupName: 'Melati', from: FROM, to: TO, format: 'xlsx', out: xlsx, entries: rows.length });
    await checkXlsx(xlsx);
    const c = await run([...base, '--format', 'csv', '--out', csv]);
    expect(c.code).toBe(0);
    await checkCsv(csv);

    const bad = async (args: string[], message: RegExp) => {
      const r = await run(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    };
    await bad([...base, '--format', 'pdf', '--out', csv], /^error: format_invalid: --format must be xlsx or csv/);
    await bad(['--group', String(ids.groupA), '--from', '2026-02-30', '--to', TO, '--format', 'csv', '--out', csv], /^error: date_invalid: --from must be a real date/);
    await bad(['--group', String(ids.groupA), '--from', TO, '--to', FROM, '--format', 'csv', '--out', csv], /^error: export_range_invalid/);
    await bad(['--group', 'abc', '--from', FROM, '--to', TO, '--format', 'csv', '--out', csv], /^error: id_invalid/);
    await bad(['--group', '999999', '--from', FROM, '--to', TO, '--format', 'csv', '--out', csv], /^error: group_not_found/);
    await bad(['--group', String(ids.groupA), '--from', FROM, '--to', TO, '--format', 'csv'], /required option '--out <file>'/);
  });
});

describe('"/ekspor" in chat', () => {
  const dispatched: OutboxItem[] = [];
  const scheduled: number[] = [];
  let deps: InboundDeps;
  let exportsDeps: ExportsDeps;

  beforeAll(() => {
    const dispatch = async (items: readonly OutboxItem[]) => void dispatched.push(...items);
    // The export job's hand-off, recorded: each request handed over (a job id per request).
    const handOff = async (work: readonly FollowUp[]) => void scheduled.push(...work.flatMap((w) => (w.kind === 'make_export' ? [w.requestId] : [])));
    deps = { db: t.db, clock, defaultTimeZone: 'Asia/Jakarta', log: silentLogger(), dispatch, handOff };
    exportsDeps = { db: t.db, clock, dispatch, dataDir: path.join(dir, 'data'), log: silentLogger() };
  });

  const from = (telegramId: string) => (text: string): InboundMessage =>
    privateMessage(text, { chatId: telegramId, sender: { id: telegramId, name: 'X' }, sentAt: clock.now().toISOString() });

  async function replyTo(message: InboundMessage): Promise<OutboundMessage[]> {
    const before = dispatched.length;
    await processInbound(deps, message);
    return Promise.all(dispatched.slice(before).map(async (i) => (await findOutbound(t.db, i.idempotencyKey))!.payload));
  }

  async function requests(): Promise<number> {
    const { rows } = await sql<{ n: number }>`select count(*)::bigint as n from export_requests`.execute(t.db);
    return rows[0]!.n;
  }

  it('refuses the facilitator of another group, and members', async () => {
    // Another facilitator's group is answered like a name nobody has: the reply tells her
    // nothing about which groups exist.
    const [refused] = await replyTo(from(ids.facB)(`/ekspor Melati ${FROM} ${TO}`));
    const [unknown] = await replyTo(from(ids.facB)(`/ekspor Kenanga ${FROM} ${TO}`));
    expect(refused?.text).toBe(unknown?.text.replace('Kenanga', 'Melati'));
    expect(refused?.text).toMatch(/^Ibu tidak mendampingi kelompok bernama Melati\./);
    const [byId] = await replyTo(from(ids.facB)(`/ekspor #${ids.groupA}`));
    const [unknownId] = await replyTo(from(ids.facB)('/ekspor #999999'));
    expect(byId?.text).toBe(unknownId?.text.replace('#999999', `#${ids.groupA}`));
    const [member] = await replyTo(from(ids.aniTelegram)('/ekspor'));
    expect(member?.text).toBe('Maaf, perintah ini hanya untuk pendamping kelompok. Untuk catatan Ibu sendiri, ketik "rekap".');
    expect(await requests()).toBe(0);
    expect(scheduled).toEqual([]);
    const { rows } = await sql<{ reason: string }>`select reason from permission_refusals where action = 'export' order by id`.execute(t.db);
    expect(rows.map((r) => r.reason)).toEqual(['not_your_group', 'not_your_group', 'not_facilitator']);
  });

  it('answers bad dates kindly', async () => {
    const [bad] = await replyTo(from(ids.facA)('/ekspor 31/02/2026 30/11/2026'));
    expect(bad?.text).toContain('Tanggal "31/02/2026" tidak saya kenali');
    const [backwards] = await replyTo(from(ids.facA)('/ekspor 30/11/2026 01/11/2026'));
    expect(backwards?.text).toContain('Tanggal awal harus sebelum tanggal akhir');
    expect(await requests()).toBe(0);
  });

  it('prepares the files after commit and sends them as two documents', async () => {
    const message = from(ids.facA)('/ekspor Melati 01/11/2026 30/11/2026');
    const [reply] = await replyTo(message);
    expect(reply?.text).toBe(
      '⏳ Sedang disiapkan… Catatan kelompok Melati (1 Nov – 30 Nov 2026) saya kirim sebentar lagi: satu berkas Excel dan satu berkas CSV.',
    );
    expect(reply?.document).toBeUndefined();
    expect(scheduled).toHaveLength(1);

    const before = dispatched.length;
    expect(await runExport(exportsDeps, { requestId: scheduled[0]! })).toBe('sent');
    const documents = await Promise.all(dispatched.slice(before).map(async (i) => (await findOutbound(t.db, i.idempotencyKey))!.payload));
    expect(documents.map((d) => [d.platform, d.chatId, d.document?.filename, d.document?.mimeType])).toEqual([
      ['telegram', ids.facA, 'ekspor-melati-2026-11-01-2026-11-30.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['telegram', ids.facA, 'ekspor-melati-2026-11-01-2026-11-30.csv', 'text/csv'],
    ]);
    const rows = await ledger(ids.groupA);
    expect(documents[0]!.document!.caption).toBe(`📎 Kelompok Melati, 1 Nov – 30 Nov 2026 — Excel (catatan, per anggota, pinjaman), ${rows.length} catatan`);
    expect(documents[0]!.document!.path.startsWith(path.join(dir, 'data', 'exports'))).toBe(true);
    await checkXlsx(documents[0]!.document!.path);
    await checkCsv(documents[1]!.document!.path);

    // The job running again (a stalled worker) sends nothing new.
    const { rows: outbox } = await sql<{ n: number }>`select count(*)::bigint as n from outbound_messages where idempotency_key like 'export-%'`.execute(t.db);
    expect(await runExport(exportsDeps, { requestId: scheduled[0]! })).toBe('already-done');
    const { rows: again } = await sql<{ n: number }>`select count(*)::bigint as n from outbound_messages where idempotency_key like 'export-%'`.execute(t.db);
    expect(again[0]!.n).toBe(outbox[0]!.n);

    // A redelivered "/ekspor" is a duplicate: no second request, no second job.
    await processInbound(deps, message);
    expect(await requests()).toBe(1);
    expect(scheduled).toHaveLength(1);
  });

  it('without arguments exports her only group for this month so far', async () => {
    const [reply] = await replyTo(from(ids.facA)('/ekspor'));
    expect(reply?.text).toContain('Catatan kelompok Melati (1 Des – 10 Des 2026)');
  });

  it('takes her group named loosely: case, "kelompok" and a slip of a letter do not matter', async () => {
    for (const named of ['kelompok melati', 'MELATI', 'mlati']) {
      const [reply] = await replyTo(from(ids.facA)(`/ekspor ${named} 01/11/2026 30/11/2026`));
      expect(reply?.text, named).toContain('Catatan kelompok Melati (1 Nov – 30 Nov 2026)');
    }
  });

  it('the sweep re-queues a request left pending, and removes export folders past their week', async () => {
    // Earlier tests' requests (one still pending, never run) are out of the way.
    await sql`update export_requests set status = 'done' where status = 'pending'`.execute(t.db);
    const { rows } = await sql<{ id: number }>`
      insert into export_requests (group_id, person_id, platform, chat_id, date_from, date_to, created_at)
      values (${ids.groupA}, ${ids.ani}, 'telegram', '1', ${FROM}, ${TO}, ${new Date(clock.now().getTime() - EXPORT_SWEEP_GRACE_MS - 1000)})
      returning id`.execute(t.db);
    const fresh = await sql<{ id: number }>`
      insert into export_requests (group_id, person_id, platform, chat_id, date_from, date_to, created_at)
      values (${ids.groupA}, ${ids.ani}, 'telegram', '1', ${FROM}, ${TO}, ${clock.now()}) returning id`.execute(t.db);
    const old = path.join(dir, 'data', 'exports', 'old-one');
    await mkdir(old, { recursive: true });
    const longAgo = new Date(Date.now() - EXPORT_FILE_TTL_MS - 60_000);
    await utimes(old, longAgo, longAgo);
    const queued: ExportJob[] = [];
    expect(await sweepExports(exportsDeps, async (job) => void queued.push(job))).toBe(1);
    expect(queued).toEqual([{ requestId: rows[0]!.id }]);
    expect(queued).not.toContainEqual({ requestId: fresh.rows[0]!.id });
    await expect(stat(old)).rejects.toThrow();
    // The export made for the chat (minutes old) is kept.
    expect((await stat(path.join(dir, 'data', 'exports'))).isDirectory()).toBe(true);
    await sql`update export_requests set status = 'done' where status = 'pending'`.execute(t.db);
  });

  it('in a group chat, says the export comes only in private', async () => {
    const [reply] = await replyTo(privateMessage('/ekspor', { chatType: 'group', chatId: '-100900', sender: { id: ids.facA, name: 'Bu Rina' }, addressedToBot: true }));
    expect(reply?.text).toContain('hanya saya kirim lewat chat pribadi');
  });
});
