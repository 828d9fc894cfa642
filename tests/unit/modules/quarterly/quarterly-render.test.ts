/**
 * The quarterly report files without a database: a 30-member group (and a 120-member one)
 * fits on ONE landscape A4 page of PDF, set in the embedded Roboto, with the group's name;
 * read back with poppler (pdftotext, pdftoppm) it says it is provisional and when it was
 * made, names village and district, compares turnover for reporters only, explains its
 * columns, has two signature lines, shows Rp0 only for zeros and a dash for no data, and
 * renders to a page with ink on it. The XLSX reads back with exceljs with its title block,
 * real dates, every member, totals, an autofilter and print settings.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { repliesFor } from '../../../../src/conversation/replies/index.ts';
import { leftWithin, totalsOf, type QuarterlyMemberRow, type QuarterlyReportData } from '../../../../src/modules/quarterly/quarterly.ts';
import { renderQuarterlyPdf } from '../../../../src/modules/quarterly/quarterly.pdf.ts';
import { QUARTERLY_HEADER_ROW, renderQuarterlyXlsx } from '../../../../src/modules/quarterly/quarterly.xlsx.ts';
import { pdfPages, pdfText, renderFirstPage } from '../../../helpers/pdf.ts';

function report(members: number): QuarterlyReportData {
  const rows: QuarterlyMemberRow[] = Array.from({ length: members }, (_, i) => ({
    personId: i + 1,
    name: i === 3 ? 'Siti Nurhaliza Kartika Dewi Purnamasari Wulandari' : `Anggota ${i + 1}`,
    role: i === 0 ? 'ketua' : 'anggota',
    assets: i % 4 === 0 ? null : 1_000_000 * (i + 1),
    turnoverReported: i % 3 === 0 ? null : 500_000 * (i + 1),
    turnoverFromBooks: i === 2 || i === 5 ? 0 : 450_000 * (i + 1),
    // One member recorded nothing at all (no data), another only expenses (Rp0 sales).
    daysRecorded: i === 2 ? 0 : 10,
    employees: i % 5 === 0 ? null : i % 3,
    loans: i % 2 ? { count: 1, outstanding: 300_000 * i, arrears: i % 7 === 1 ? 150_000 : 0, streak: i % 4 } : { count: 0, outstanding: 0, arrears: 0, streak: null },
  }));
  return {
    group: { id: 7, name: 'Kelompok Mawar Sejahtera', village: 'Sukamaju', district: 'Cibinong' },
    facilitator: 'Bu Rina',
    ketua: 'Anggota 1',
    made: { date: '2026-12-05', time: '14:05' },
    provisional: true,
    quarter: '2026Q4',
    from: '2026-10-01',
    to: '2026-12-31',
    asOf: '2026-12-05',
    rows,
    totals: totalsOf(rows),
    groupLoans: { count: 1, outstanding: 2_000_000, arrears: 0, streak: 3 },
    leftMembersLoans: { count: 0, outstanding: 0, arrears: 0, streak: null },
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
    expect(text).toContain(utf16be('triwulan 4 ')); // the quarter in words, not "2026Q4"
  });

  it('reads as a partner reads it: provisional, made when, where, the fair comparison, the notes and the signatures', async () => {
    const data = report(12);
    const pdf = await renderQuarterlyPdf(data, repliesFor('id').quarterlyLabels);
    expect(await pdfPages(pdf)).toBe(1);
    const text = await pdfText(pdf);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Laporan Monitoring Triwulan (sementara — data sampai 5 Des)');
    expect(flat).toContain('Dibuat: 5 Des 2026 14:05');
    expect(flat).toContain('Desa: Sukamaju');
    expect(flat).toContain('Kecamatan: Cibinong');
    expect(flat).toContain('Periode: triwulan 4 (Okt–Des 2026)');
    const reporters = data.rows.filter((r) => r.turnoverReported !== null);
    const reportedSum = reporters.reduce((t, r) => t + r.turnoverReported!, 0);
    const booksSum = reporters.reduce((t, r) => t + r.turnoverFromBooks, 0);
    expect(reporters.length).toBe(8);
    expect(flat).toContain(
      `Omset laporan dibandingkan hanya untuk 8 dari 12 anggota yang melaporkan omset: laporan Rp${reportedSum.toLocaleString('id-ID')}, catatan Rp${booksSum.toLocaleString('id-ID')}.`,
    );
    expect(flat).toContain('Sisa pinjaman: pokok dan bunga yang belum dibayar');
    expect(flat).toContain('Tepat waktu: berapa cicilan terakhir berturut-turut');
    expect(flat).toMatch(/Ketua kelompok,.*Pendamping,/);
    expect(flat).toContain('(Anggota 1)');
    expect(flat).toContain('(Bu Rina)');
    expect(flat).not.toMatch(/\dx\b/); // "3 kali", never "3x"
    // Each member's line: her figures as the data hold them, a dash where there is none.
    const lines = text.split('\n');
    const lineOf = (name: string) => lines.find((l) => new RegExp(`\\b${name}\\s{2,}`).test(l))!;
    const cells = (name: string) => lineOf(name).trim().split(/\s{2,}/);
    // Anggota 3 recorded nothing: her books are "–", not Rp0. Anggota 6 recorded only expenses: Rp0.
    expect(cells('Anggota 3')).toEqual(['3 Anggota 3', 'anggota', 'Rp3.000.000', 'Rp1.500.000', '–', '2', '0', '–', '–', '–']);
    expect(cells('Anggota 6')).toEqual(['6 Anggota 6', 'anggota', 'Rp6.000.000', 'Rp3.000.000', 'Rp0', '–', '1', 'Rp1.500.000', 'Rp0', '1 kali']);
    expect(cells('Anggota 1')).toEqual(['1 Anggota 1', 'ketua', '–', '–', 'Rp450.000', '–', '0', '–', '–', '–']);
    const total = data.rows.reduce((t, r) => t + r.turnoverFromBooks, 0);
    expect(cells('Jumlah')).toContain(`Rp${total.toLocaleString('id-ID')}`);
    expect(cells('Yang melapor omset \\(8\\)')).toEqual(['Yang melapor omset (8)', `Rp${reportedSum.toLocaleString('id-ID')}`, `Rp${booksSum.toLocaleString('id-ID')}`]);
  });

  it('is drawn: page 1 rendered by pdftoppm is an A4 landscape page with ink on it', async () => {
    const page = await renderFirstPage(await renderQuarterlyPdf(report(30), repliesFor('id').quarterlyLabels));
    expect(page.width).toBeGreaterThan(page.height);
    expect(page.inkShare).toBeGreaterThan(0.02);
    expect(page.inkShare).toBeLessThan(0.6);
  });

  it('once the quarter is over says nothing provisional', async () => {
    const data = { ...report(5), provisional: false, asOf: '2026-12-31' };
    const text = (await pdfText(await renderQuarterlyPdf(data, repliesFor('en').quarterlyLabels))).replace(/\s+/g, ' ');
    expect(text).toContain('Quarterly Monitoring Report Made: 5 Dec 2026 14:05');
    expect(text).not.toContain('provisional');
    expect(text).toContain('Data up to: 31 Dec 2026');
  });

  it('shows the loans of members who left on a line of their own, only when there are some, still on one page', async () => {
    const left = { count: 2, outstanding: 1_234_000, arrears: 400_000, streak: 0 };
    const withLeft = await pdfText(await renderQuarterlyPdf({ ...report(120), leftMembersLoans: left }, repliesFor('id').quarterlyLabels));
    const line = withLeft.split('\n').find((l) => l.includes('Pinjaman anggota yang sudah keluar'));
    expect(line?.trim().split(/\s{2,}/)).toEqual(['Pinjaman anggota yang sudah keluar', '2', 'Rp1.234.000', 'Rp400.000', '0 kali']);
    expect(await pdfPages(await renderQuarterlyPdf({ ...report(120), leftMembersLoans: left }, repliesFor('id').quarterlyLabels))).toBe(1);
    expect(await pdfText(await renderQuarterlyPdf(report(12), repliesFor('id').quarterlyLabels))).not.toContain('sudah keluar');
  });

  it('tags a member who left within the quarter beside her name, with the footer line; still one page', async () => {
    const labels = repliesFor('id').quarterlyLabels;
    const base = report(120);
    // Row 4 is the long name (small type for 120 members: it fits; a short table's larger type shortens the name, never the tag: tests/integration/quarterly-report.test.ts).
    const rows = base.rows.map((r, i) => (i === 3 || i === 8 ? { ...r, leftOn: i === 3 ? '2026-11-02' : '2026-12-01' } : r));
    const pdf = await renderQuarterlyPdf({ ...base, rows }, labels);
    const text = await pdfText(pdf);
    expect(text.split('\n').find((l) => l.includes('Siti Nur'))).toContain('(keluar 2 Nov 2026)');
    expect(text).toContain('Anggota 9 (keluar 1 Des 2026)');
    expect(text.replace(/\s+/g, ' ')).toContain(labels.leftNote);
    expect(await pdfPages(pdf)).toBe(1);
    expect(await pdfText(await renderQuarterlyPdf(base, labels))).not.toContain('(keluar');
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
  it('puts the loans of members who left on the line after the group loans', async () => {
    const data = { ...report(3), leftMembersLoans: { count: 1, outstanding: 500_000, arrears: 0, streak: 2 } };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderQuarterlyXlsx(data, repliesFor('en').quarterlyLabels)) as unknown as ArrayBuffer);
    const row = wb.worksheets[0]!.getRow(QUARTERLY_HEADER_ROW + 3 + 4);
    expect([row.getCell(2).value, row.getCell(8).value, row.getCell(9).value, row.getCell(10).value]).toEqual(['Loans of members who left', 1, 500_000, 0]);
  });

  it('reads back with a row per member and totals that add up', async () => {
    const data = report(30);
    const xlsx = await renderQuarterlyXlsx(data, repliesFor('id').quarterlyLabels);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Anggota')!;
    // Title block: facts in A, values in C; dates are dates.
    expect(sheet.getCell('A1').value).toBe('Laporan Monitoring Triwulan (sementara — data sampai 5 Des)');
    const facts = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [String(sheet.getCell(2 + i, 1).value), sheet.getCell(2 + i, 3)]));
    expect(Object.keys(facts)).toEqual(['Kelompok', 'Desa', 'Kecamatan', 'Periode', 'Pendamping', 'Data sampai', 'Dibuat']);
    expect(facts['Kelompok']!.value).toBe('Kelompok Mawar Sejahtera');
    expect([facts['Desa']!.value, facts['Kecamatan']!.value, facts['Periode']!.value]).toEqual(['Sukamaju', 'Cibinong', 'triwulan 4 (Okt–Des 2026)']);
    expect(facts['Data sampai']!.value).toEqual(new Date('2026-12-05T00:00:00Z'));
    expect(facts['Data sampai']!.numFmt).toBe('dd/mm/yyyy');
    expect(facts['Dibuat']!.value).toEqual(new Date('2026-12-05T14:05:00Z'));
    const header = sheet.getRow(QUARTERLY_HEADER_ROW).values as unknown[];
    expect(header.slice(1)).toEqual(['No', 'Nama', 'Peran', 'Aset', 'Omset (laporan)', 'Omset (catatan)', 'Karyawan', 'Pinjaman', 'Sisa pinjaman', 'Tunggakan', 'Tepat waktu']);
    // Every column is at least as wide as its header.
    header.slice(1).forEach((h, i) => expect(sheet.getColumn(i + 1).width).toBeGreaterThanOrEqual(String(h).length + 2));
    const members = Array.from({ length: 30 }, (_, i) => sheet.getRow(QUARTERLY_HEADER_ROW + 1 + i));
    expect(members.map((r) => r.getCell(2).value)).toEqual(data.rows.map((r) => r.name));
    // No data is a dash; zero is a zero.
    expect(members[2]!.getCell(6).value).toBe('–');
    expect(members[5]!.getCell(6).value).toBe(0);
    expect(members[0]!.getCell(4).value).toBe('–');
    expect(members[1]!.getCell(4).numFmt).toBe('#,##0');
    const books = members.reduce((t, r) => t + (typeof r.getCell(6).value === 'number' ? Number(r.getCell(6).value) : 0), 0);
    const totals = sheet.getRow(QUARTERLY_HEADER_ROW + 31);
    expect(totals.getCell(2).value).toBe('Jumlah');
    expect(totals.getCell(6).value).toBe(books);
    expect(books).toBe(data.rows.reduce((t, r) => t + r.turnoverFromBooks, 0));
    expect(totals.getCell(4).value).toBe(data.rows.reduce((t, r) => t + (r.assets ?? 0), 0));
    const reporters = sheet.getRow(QUARTERLY_HEADER_ROW + 32);
    const reported = data.rows.filter((r) => r.turnoverReported !== null);
    expect([reporters.getCell(2).value, reporters.getCell(5).value, reporters.getCell(6).value]).toEqual([
      `Yang melapor omset (${reported.length})`,
      reported.reduce((t, r) => t + r.turnoverReported!, 0),
      reported.reduce((t, r) => t + r.turnoverFromBooks, 0),
    ]);
    expect(sheet.getRow(QUARTERLY_HEADER_ROW + 33).getCell(2).value).toBe('Pinjaman kelompok');
    expect(sheet.getRow(QUARTERLY_HEADER_ROW + 34).getCell(2).value).not.toBe('Pinjaman anggota yang sudah keluar');
    // Sortable, printable.
    expect(sheet.autoFilter).toBe(`A${QUARTERLY_HEADER_ROW}:K${QUARTERLY_HEADER_ROW + 30}`);
    expect(sheet.pageSetup.printTitlesRow).toBe(`${QUARTERLY_HEADER_ROW}:${QUARTERLY_HEADER_ROW}`);
    expect([sheet.pageSetup.fitToPage, sheet.pageSetup.fitToWidth, sheet.pageSetup.fitToHeight]).toEqual([true, 1, 0]);
    // The notes and the signature lines follow the table.
    const below: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > QUARTERLY_HEADER_ROW + 33) row.eachCell((cell) => below.push(String(cell.value)));
    });
    expect(below.join(' ')).toContain('Sisa pinjaman: pokok dan bunga yang belum dibayar');
    expect(below).toEqual(expect.arrayContaining(['Ketua kelompok,', 'Pendamping,', '(Anggota 1)', '(Bu Rina)']));
  });
});

describe('who the report tags as having left (leftWithin)', () => {
  it('one who left on or before the quarter\'s last day; not one still a member, nor one who left after it', () => {
    expect(leftWithin('2026-10-01', '2026-12-31')).toBe('2026-10-01');
    expect(leftWithin('2026-12-31', '2026-12-31')).toBe('2026-12-31');
    expect(leftWithin('2027-01-01', '2026-12-31')).toBeNull();
    expect(leftWithin(null, '2026-12-31')).toBeNull();
  });
});
