/**
 * The quarterly report files without a database: a 30-member group (and a 120-member one)
 * fits on ONE landscape A4 page of PDF, set in the embedded Roboto, with the group's name;
 * the XLSX reads back with exceljs with every member and the totals.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { repliesFor } from '../../../../src/conversation/replies/index.ts';
import { totalsOf, type QuarterlyMemberRow, type QuarterlyReportData } from '../../../../src/modules/quarterly/quarterly.ts';
import { renderQuarterlyPdf } from '../../../../src/modules/quarterly/quarterly.pdf.ts';
import { renderQuarterlyXlsx } from '../../../../src/modules/quarterly/quarterly.xlsx.ts';

function report(members: number): QuarterlyReportData {
  const rows: QuarterlyMemberRow[] = Array.from({ length: members }, (_, i) => ({
    personId: i + 1,
    name: i === 3 ? 'Siti Nurhaliza Kartika Dewi Purnamasari Wulandari' : `Anggota ${i + 1}`,
    role: i === 0 ? 'ketua' : 'anggota',
    assets: i % 4 === 0 ? null : 1_000_000 * (i + 1),
    turnoverReported: i % 3 === 0 ? null : 500_000 * (i + 1),
    turnoverFromBooks: 450_000 * (i + 1),
    employees: i % 5 === 0 ? null : i % 3,
    loans: i % 2 ? { count: 1, outstanding: 300_000 * i, arrears: i % 7 === 1 ? 150_000 : 0, streak: i % 4 } : { count: 0, outstanding: 0, arrears: 0, streak: null },
  }));
  return {
    group: { id: 7, name: 'Kelompok Mawar Sejahtera', village: 'Sukamaju', district: 'Cibinong' },
    facilitator: 'Bu Rina',
    quarter: '2026Q4',
    from: '2026-10-01',
    to: '2026-12-31',
    asOf: '2026-12-01',
    rows,
    totals: totalsOf(rows),
    groupLoans: { count: 1, outstanding: 2_000_000, arrears: 0, streak: 3 },
  };
}

const utf16be = (s: string) => [...s].map((c) => `\u0000${c}`).join('');
const pages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;

describe('the quarterly PDF', () => {
  it.each([30, 120])('is one landscape A4 page for %i members, with the group name and an embedded font', async (n) => {
    const pdf = await renderQuarterlyPdf(report(n), repliesFor('id').quarterlyLabels, { compress: false });
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF')).toBe(true);
    expect(pages(pdf)).toBe(1);
    expect(text).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
    expect(text).toMatch(/\/FontFile2/); // the TTF is embedded: no system font needed
    expect(text).toContain('Roboto');
    // The document's title names the group (PDF text strings in UTF-16BE).
    expect(text).toContain(utf16be('Kelompok Mawar Sejahtera'));
    expect(text).toContain(utf16be('2026Q4'));
  });

  it('is compressed by default and still one page', async () => {
    const pdf = await renderQuarterlyPdf(report(30), repliesFor('en').quarterlyLabels);
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(pages(pdf)).toBe(1);
    expect(pdf.toString('latin1')).toContain('/FlateDecode');
  });

  it('does not fit on one page by accident: a page break would show as a second page', async () => {
    // Guard on the guard: the counter sees two pages when pdfkit makes two.
    const PDFDocument = (await import('pdfkit')).default;
    const doc = new PDFDocument({ compress: false });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
    doc.text('one');
    doc.addPage();
    doc.text('two');
    doc.end();
    expect(pages(await done)).toBe(2);
  });
});

describe('the quarterly XLSX', () => {
  it('reads back with a row per member and totals that add up', async () => {
    const data = report(30);
    const xlsx = await renderQuarterlyXlsx(data, repliesFor('id').quarterlyLabels);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Anggota')!;
    expect(sheet.getCell('A1').value).toBe('Laporan Monitoring Triwulan');
    expect(sheet.getCell('B2').value).toBe('Kelompok Mawar Sejahtera');
    const header = sheet.getRow(7).values as unknown[];
    expect(header.slice(1)).toEqual(['No', 'Nama', 'Peran', 'Aset', 'Omset (laporan)', 'Omset (catatan)', 'Karyawan', 'Pinjaman', 'Sisa pinjaman', 'Tunggakan', 'Tepat waktu']);
    const members = Array.from({ length: 30 }, (_, i) => sheet.getRow(8 + i));
    expect(members.map((r) => r.getCell(2).value)).toEqual(data.rows.map((r) => r.name));
    const books = members.reduce((t, r) => t + Number(r.getCell(6).value ?? 0), 0);
    const totals = sheet.getRow(38);
    expect(totals.getCell(2).value).toBe('Jumlah');
    expect(totals.getCell(6).value).toBe(books);
    expect(books).toBe(data.rows.reduce((t, r) => t + r.turnoverFromBooks, 0));
    expect(totals.getCell(4).value).toBe(data.rows.reduce((t, r) => t + (r.assets ?? 0), 0));
    expect(sheet.getRow(39).getCell(2).value).toBe('Pinjaman kelompok');
  });
});
