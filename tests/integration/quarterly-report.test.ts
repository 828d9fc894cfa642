/**
 * The quarterly monitoring report on real Postgres: "/laporan_kuartal" from a facilitator
 * writes a request with her message; the quarterly job then makes the XLSX and the
 * one-page PDF (after the commit) and queues them as two documents. The XLSX read back
 * with exceljs has every member's turnover from the books and totals equal to the ledger;
 * the PDF of a 30-member group is one page and names the group; a member who left during
 * the quarter is tagged "keluar <day>" (the group's day) beside her name in both. The
 * command line does the same (`report quarterly`). Members are refused.
 */
import { mkdir, mkdtemp, readFile, rm, stat, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { InboundMessage, OutboundMessage } from '../../src/core/messages.ts';
import { matchCommand } from '../../src/conversation/commands.ts';
import { processInbound, type InboundDeps } from '../../src/jobs/inbound.processor.ts';
import { fulfilQuarterlyRequests, makeQuarterlyReport, removeOldReports, REPORT_MIME } from '../../src/jobs/quarterly-report.processor.ts';
import { QUARTERLY_SCHEDULER, startFollowUpWorker } from '../../src/jobs/workers.ts';
import { quarterlyReportData } from '../../src/modules/quarterly/quarterly.repository.ts';
import { QUARTERLY_HEADER_ROW, renderQuarterlyXlsx } from '../../src/modules/quarterly/quarterly.xlsx.ts';
import { repliesFor } from '../../src/conversation/replies/index.ts';
import { renderQuarterlyPdf } from '../../src/modules/quarterly/quarterly.pdf.ts';
import { addFacilitator, addMember, createGroup, removeMember } from '../../src/modules/groups/groups.service.ts';
import { createLoan, loanStatus } from '../../src/modules/loans/loans.service.ts';
import { findOutbound, type OutboxItem } from '../../src/modules/outbox/outbox.repository.ts';
import { saveQuarterlyReport } from '../../src/modules/quarterly/quarterly-reports.ts';
import { runAdminCommand } from '../helpers/admin-cli.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { privateMessage } from '../helpers/messages.ts';
import { createTestRedis } from '../helpers/redis.ts';
import { eventually } from '../helpers/wait.ts';
import { pdfPages, pdfText, renderFirstPage } from '../helpers/pdf.ts';
import { BOOKS_TO, REPORT_MADE_AT, seedQuarterlyBooks } from '../fixtures/quarterly-books.ts';

let t: TestDatabase;
let dataDir: string;
const clock = fixedClock('2027-01-11T03:00:00Z'); // Monday 10:00 WIB, after Q4 2026
const dispatched: OutboxItem[] = [];
let deps: InboundDeps;
const members: number[] = [];
/** Member name → her books' Q4 turnover. */
const expectedBooks = new Map<string, number>();
let groupId = 0;
const GROUP = 'Mawar Sejahtera';
/** Members since before Q4 2026: a quarter's report lists only who had joined by its end. */
const JOINED = new Date('2026-09-01T03:00:00Z');

beforeAll(async () => {
  t = await createTestDatabase();
  dataDir = await mkdtemp(path.join(tmpdir(), 'quarterly-'));
  deps = { db: t.db, clock, defaultTimeZone: 'Asia/Jakarta', log: silentLogger(), dispatch: async (items) => void dispatched.push(...items) };
  const at = clock.now();
  const rina = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: '900', timeZone: 'Asia/Jakarta' });
  const mawar = await createGroup(t.db, { name: GROUP, trades: ['kuliner'], facilitatorId: rina.id, timeZone: 'Asia/Jakarta', village: 'Sukamaju' });
  groupId = mawar.id;
  for (let i = 1; i <= 30; i++) {
    const name = i === 7 ? 'Siti Nurhaliza Kartika Dewi Purnamasari' : `Anggota ${String(i).padStart(2, '0')}`;
    members.push((await addMember(t.db, mawar.id, { name, telegramId: String(6000 + i), timeZone: 'Asia/Jakarta' }, JOINED)).person.id);
    expectedBooks.set(name, 11_000 * i);
  }
  // Books: sales in Q4 (counted), before and after it (not), an expense and a voided sale (not).
  const rows = members.flatMap((personId, i) => [
    { person_id: personId, kind: 'sale' as const, amount: 10_000 * (i + 1), business_date: '2026-10-05', raw_text: 'laku' },
    { person_id: personId, kind: 'sale' as const, amount: 1_000 * (i + 1), business_date: '2026-12-31', raw_text: 'laku' },
    { person_id: personId, kind: 'sale' as const, amount: 999_000, business_date: '2026-09-30', raw_text: 'laku' },
    { person_id: personId, kind: 'sale' as const, amount: 888_000, business_date: '2027-01-01', raw_text: 'laku' },
    { person_id: personId, kind: 'expense' as const, amount: 5_000, business_date: '2026-11-11', raw_text: 'beli' },
  ]);
  await t.db.insertInto('ledger_entries').values(rows).execute();
  await t.db.insertInto('ledger_entries').values({ person_id: members[0]!, kind: 'sale', amount: 777_000, business_date: '2026-11-01', raw_text: 'x', voided_at: at }).execute();
  // Answers to the quarterly question from two members.
  await saveQuarterlyReport(t.db, { personId: members[0]!, quarter: '2026Q4', assets: 5_000_000, turnover: 3_000_000, employees: 2, sourceMessageId: null, at });
  await saveQuarterlyReport(t.db, { personId: members[1]!, quarter: '2026Q4', assets: 2_500_000, turnover: null, employees: 1, sourceMessageId: null, at });
  // A personal loan: Rp1.000.000 over 2 months from October, nothing paid: both instalments overdue by 31 December.
  await createLoan(t.db, { personId: members[2]! }, { principal: 1_000_000, annualRatePercent: 0, months: 2, method: 'flat', disbursed: '2026-10-10', dueDay: 5 }, at);
  await createLoan(t.db, { groupId: mawar.id }, { principal: 3_000_000, annualRatePercent: 0, months: 3, method: 'flat', disbursed: '2026-12-20', dueDay: 5 }, at);
});
afterAll(async () => {
  await t?.drop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function replyTo(message: InboundMessage): Promise<OutboundMessage[]> {
  const before = dispatched.length;
  await processInbound(deps, message);
  const rows = await Promise.all(dispatched.slice(before).map((i) => findOutbound(t.db, i.idempotencyKey)));
  return rows.map((r) => r!.payload);
}

const booksOf = (i: number) => 10_000 * (i + 1) + 1_000 * (i + 1);
const pages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;
const utf16be = (s: string) => [...s].map((c) => `\u0000${c}`).join('');

async function readXlsx(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.getWorksheet('Anggota')!;
}

describe('/laporan_kuartal', () => {
  it('reads the quarter and the group', () => {
    expect(matchCommand('/laporan_kuartal')).toEqual({ name: 'quarterly_report', quarter: null, group: null });
    expect(matchCommand('/laporan_kuartal 2026Q4')).toEqual({ name: 'quarterly_report', quarter: '2026Q4', group: null });
    expect(matchCommand('/laporan_kuartal q3 2026 Mawar')).toEqual({ name: 'quarterly_report', quarter: 'q3 2026', group: 'Mawar' });
  });

  it('refuses a member', async () => {
    const [reply] = await replyTo(privateMessage('/laporan_kuartal', { chatId: '6001', sender: { id: '6001', name: 'Anggota 01' } }));
    expect(reply!.text).toBe('Maaf, perintah ini hanya untuk pendamping kelompok. Untuk catatan Ibu sendiri, ketik "rekap".');
  });

  it('answers the facilitator at once and sends the two files after the commit', async () => {
    const [reply, ...rest] = await replyTo(privateMessage('/laporan_kuartal', { chatId: '900', sender: { id: '900', name: 'Bu Rina' } }));
    expect(rest).toEqual([]);
    expect(reply!.text).toBe('⏳ Laporan triwulan 4 (Okt–Des 2026) kelompok Mawar Sejahtera sedang dibuat. Dua berkas (Excel dan PDF) saya kirim sebentar lagi.');
    const pending = await t.db.selectFrom('report_requests').select(['status', 'period', 'group_id']).execute();
    expect(pending).toEqual([{ status: 'pending', period: '2026Q4', group_id: groupId }]);

    const before = dispatched.length;
    expect(await fulfilQuarterlyRequests({ db: t.db, clock, dispatch: deps.dispatch, dataDir })).toBe(1);
    const sent = await Promise.all(dispatched.slice(before).map(async (i) => ({ key: i.idempotencyKey, row: (await findOutbound(t.db, i.idempotencyKey))! })));
    expect(sent.map((s) => s.key)).toEqual([expect.stringMatching(/^report-\d+-xlsx$/), expect.stringMatching(/^report-\d+-pdf$/)]);
    const [xlsx, pdf] = sent.map((s) => s.row.payload);
    expect(xlsx!.chatId).toBe('900');
    expect(xlsx!.document).toMatchObject({ filename: 'laporan-triwulan-4-2026-mawar-sejahtera.xlsx', mimeType: REPORT_MIME.xlsx });
    expect(pdf!.document).toMatchObject({ filename: 'laporan-triwulan-4-2026-mawar-sejahtera.pdf', mimeType: REPORT_MIME.pdf });
    expect(pdf!.document!.caption).toBe('📎 Laporan triwulan 4 (Okt–Des 2026) — kelompok Mawar Sejahtera (PDF, satu halaman)');
    expect(path.isAbsolute(xlsx!.document!.path) && xlsx!.document!.path.startsWith(dataDir)).toBe(true);

    // The XLSX: every member, her books' turnover for the quarter, totals equal to the ledger.
    const sheet = await readXlsx(xlsx!.document!.path);
    expect(sheet.getCell('A1').value).toBe('Laporan Monitoring Triwulan');
    expect(sheet.getCell('C2').value).toBe(GROUP);
    expect(sheet.getCell('C3').value).toBe('Sukamaju');
    expect(sheet.getCell('C4').value).toBe('–'); // no district given
    expect(sheet.getCell('C8').value).toEqual(new Date('2027-01-11T10:00:00Z')); // made Monday 10:00 WIB
    const rows = Array.from({ length: 30 }, (_, i) => sheet.getRow(QUARTERLY_HEADER_ROW + 1 + i));
    const byName = new Map(rows.map((r) => [String(r.getCell(2).value), r]));
    const ledger = await t.db
      .selectFrom('ledger_entries')
      .select((eb) => [eb.fn.sum<string>('amount').as('sum')])
      .where('kind', '=', 'sale')
      .where('voided_at', 'is', null)
      .where('business_date', '>=', '2026-10-01')
      .where('business_date', '<=', '2026-12-31')
      .executeTakeFirstOrThrow();
    const totals = sheet.getRow(QUARTERLY_HEADER_ROW + 31);
    expect(totals.getCell(2).value).toBe('Jumlah');
    expect(totals.getCell(6).value).toBe(Number(ledger.sum));
    expect(Number(ledger.sum)).toBe(members.reduce((sum, _, i) => sum + booksOf(i), 0));
    expect(new Map(rows.map((r) => [String(r.getCell(2).value), r.getCell(6).value]))).toEqual(expectedBooks);
    const first = byName.get('Anggota 01')!;
    expect([first.getCell(4).value, first.getCell(5).value, first.getCell(6).value, first.getCell(7).value]).toEqual([5_000_000, 3_000_000, booksOf(0), 2]);
    const second = byName.get('Anggota 02')!;
    expect([second.getCell(4).value, second.getCell(5).value, second.getCell(7).value]).toEqual([2_500_000, '–', 1]);
    const borrower = byName.get('Anggota 03')!;
    // Loans as of 31 December: Rp1.000.000 outstanding, both instalments overdue, streak 0.
    expect([borrower.getCell(8).value, borrower.getCell(9).value, borrower.getCell(10).value, borrower.getCell(11).value]).toEqual([1, 1_000_000, 1_000_000, 0]);
    expect([totals.getCell(4).value, totals.getCell(5).value, totals.getCell(7).value, totals.getCell(9).value]).toEqual([7_500_000, 3_000_000, 3, 1_000_000]);
    expect(totals.getCell(3).value).toBe('Menjawab pertanyaan triwulan: 2 dari 30 anggota');
    // Reported against books for the one member who gave her turnover.
    const reporters = sheet.getRow(QUARTERLY_HEADER_ROW + 32);
    expect([reporters.getCell(2).value, reporters.getCell(5).value, reporters.getCell(6).value]).toEqual(['Yang melapor omset (1)', 3_000_000, booksOf(0)]);
    const groupLoan = sheet.getRow(QUARTERLY_HEADER_ROW + 33);
    expect([groupLoan.getCell(2).value, groupLoan.getCell(8).value, groupLoan.getCell(9).value, groupLoan.getCell(10).value]).toEqual(['Pinjaman kelompok', 1, 3_000_000, 0]);

    // The PDF: one page for 30 members, naming the group, with the same figures as the books.
    const bytes = await readFile(pdf!.document!.path);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pages(bytes)).toBe(1);
    expect(await pdfPages(bytes)).toBe(1);
    expect(bytes.toString('latin1')).toContain(utf16be(GROUP));
    const text = await pdfText(bytes);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Kelompok: Mawar Sejahtera · Desa: Sukamaju · Kecamatan: –');
    expect(flat).toContain('Dibuat: 11 Jan 2027 10:00');
    expect(flat).not.toContain('sementara');
    expect(flat).toContain(`Omset laporan dibandingkan hanya untuk 1 dari 30 anggota yang melaporkan omset: laporan Rp3.000.000, catatan Rp${booksOf(0).toLocaleString('id-ID')}.`);
    const rp = (n: number) => `Rp${n.toLocaleString('id-ID')}`;
    for (const [name, amount] of expectedBooks) {
      const line = text.split('\n').find((l) => l.includes(`${name.slice(0, 20)}`))!;
      expect(line).toContain(rp(amount));
    }
    expect(text.split('\n').find((l) => /\bJumlah\b/.test(l))).toContain(rp(Number(ledger.sum)));
    expect((await renderFirstPage(bytes)).inkShare).toBeGreaterThan(0.02);

    // Nothing pending: a second run does nothing, and nothing is sent twice.
    expect(await fulfilQuarterlyRequests({ db: t.db, clock, dispatch: deps.dispatch, dataDir })).toBe(0);
    expect(await t.db.selectFrom('report_requests').select('status').execute()).toEqual([{ status: 'done' }]);
  });

  it('a job run again after its commit sends the documents it queued, and makes nothing twice', async () => {
    await replyTo(privateMessage('/laporan_kuartal 2026Q2', { chatId: '900', sender: { id: '900', name: 'Bu Rina' } }));
    const [request] = await t.db.selectFrom('report_requests').select('id').where('period', '=', '2026Q2').execute();
    // The first run commits, then its process dies before the dispatch.
    expect(await makeQuarterlyReport({ db: t.db, clock, dispatch: async () => undefined, dataDir }, request!.id)).toBe('sent');
    const again: OutboxItem[] = [];
    expect(await makeQuarterlyReport({ db: t.db, clock, dispatch: async (items) => void again.push(...items), dataDir }, request!.id)).toBe('not-pending');
    expect(again.map((i) => i.idempotencyKey)).toEqual([`report-${request!.id}-xlsx`, `report-${request!.id}-pdf`]);
    const rows = await t.db.selectFrom('outbound_messages').select('idempotency_key').where('idempotency_key', 'like', `report-${request!.id}-%`).execute();
    expect(rows).toHaveLength(2);
  });

  it('a redelivered message asks once', async () => {
    const message = privateMessage('/laporan_kuartal 2026Q3', { chatId: '900', sender: { id: '900', name: 'Bu Rina' } });
    await replyTo(message);
    await replyTo(message);
    const requests = await t.db.selectFrom('report_requests').select('period').where('period', '=', '2026Q3').execute();
    expect(requests).toHaveLength(1);
  });
});

describe('a report made while the quarter runs', () => {
  it('is provisional, with the data up to today by the injected clock', async () => {
    const midQuarter = new Date('2026-12-05T07:30:00Z'); // Saturday 14:30 WIB
    const data = await quarterlyReportData(t.db, groupId, '2026Q4', midQuarter);
    expect([data.provisional, data.asOf, data.made]).toEqual([true, '2026-12-05', { date: '2026-12-05', time: '14:30' }]);
    // Books up to today: the sales dated 31 December (written ahead) are not counted yet.
    expect(new Map(data.rows.map((r) => [r.personId, r.turnoverFromBooks]))).toEqual(new Map(members.map((id, i) => [id, 10_000 * (i + 1)])));
    const text = (await pdfText(await renderQuarterlyPdf(data, repliesFor('id').quarterlyLabels))).replace(/\s+/g, ' ');
    expect(text).toContain('Laporan Monitoring Triwulan (sementara — data sampai 5 Des)');
    expect(text).toContain('Data sampai: 5 Des 2026');
    expect(text).toContain('Dibuat: 5 Des 2026 14:30');
  });
});

describe('the report of six weeks of a village group\'s books', () => {
  it('agrees with the books in every figure, in the PDF as read by pdftotext and in the XLSX', async () => {
    const books = await seedQuarterlyBooks(t.db);
    const data = await quarterlyReportData(t.db, books.groupId, '2026Q4', REPORT_MADE_AT);
    const labels = repliesFor('id').quarterlyLabels;
    const pdf = await renderQuarterlyPdf(data, labels);
    const xlsx = new ExcelJS.Workbook();
    await xlsx.xlsx.load((await renderQuarterlyXlsx(data, labels)) as unknown as ArrayBuffer);
    const sheet = xlsx.getWorksheet('Anggota')!;
    const text = await pdfText(pdf);
    const lines = text.split('\n');
    const rp = (n: number) => `Rp${n.toLocaleString('id-ID')}`;

    // From the ledger and the loans, computed here on their own.
    const { rows: sales } = await sql<{ person_id: number; sales: number; days: number }>`
      select person_id, coalesce(sum(amount) filter (where kind = 'sale'), 0)::bigint as sales, count(distinct business_date)::bigint as days
        from ledger_entries where voided_at is null and business_date between '2026-10-01' and ${BOOKS_TO} group by person_id`.execute(t.db);
    const byPerson = new Map(sales.map((r) => [r.person_id, r]));
    expect(data.rows).toHaveLength(12);
    let reported = 0;
    let reportedBooks = 0;
    let reporters = 0;
    for (const member of books.members) {
      const row = data.rows.findIndex((r) => r.personId === member.id);
      const books = byPerson.get(member.id);
      const cells = sheet.getRow(QUARTERLY_HEADER_ROW + 1 + row);
      const line = lines.find((l) => l.includes(member.name.slice(0, 24)))!;
      expect(cells.getCell(2).value).toBe(member.name);
      // Her books: the sum of her sales, or a dash when she recorded nothing.
      expect(cells.getCell(6).value).toBe(books ? books.sales : '–');
      if (books) expect(line).toContain(rp(books.sales));
      const answer = await t.db.selectFrom('quarterly_reports').selectAll().where('person_id', '=', member.id).executeTakeFirst();
      expect(cells.getCell(5).value).toBe(answer?.turnover_reported ?? '–');
      if (answer?.turnover_reported != null) {
        reported += answer.turnover_reported;
        reportedBooks += books?.sales ?? 0;
        reporters += 1;
        expect(line).toContain(rp(answer.turnover_reported));
      }
      // Her loans as the loans module stands them on the as-of day.
      const loans = await t.db.selectFrom('loans').select('id').where('person_id', '=', member.id).execute();
      const standings = await Promise.all(loans.map((l) => loanStatus(t.db, l.id, data.asOf)));
      expect(cells.getCell(8).value).toBe(loans.length);
      expect(cells.getCell(9).value).toBe(loans.length ? standings.reduce((sum, s) => sum + s.totals.remaining, 0) : '–');
      expect(cells.getCell(10).value).toBe(loans.length ? standings.reduce((sum, s) => sum + s.arrears, 0) : '–');
      if (loans.length) expect(line).toContain(rp(standings.reduce((sum, s) => sum + s.totals.remaining, 0)));
    }
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(`hanya untuk ${reporters} dari 12 anggota yang melaporkan omset: laporan ${rp(reported)}, catatan ${rp(reportedBooks)}.`);
    const total = sales.filter((r) => books.members.some((m) => m.id === r.person_id)).reduce((sum, r) => sum + r.sales, 0);
    expect(lines.find((l) => /^\s+Jumlah\b/.test(l))).toContain(rp(total));
    expect(sheet.getRow(QUARTERLY_HEADER_ROW + 13).getCell(6).value).toBe(total);
    expect(flat).toContain('(Bu Sri Wahyuni)'); // the ketua signs
    const page = await renderFirstPage(pdf);
    expect(page.inkShare).toBeGreaterThan(0.02);
  });
});

describe('report files', () => {
  it('are removed a week after they were made', async () => {
    const old = path.join(dataDir, 'reports', '999');
    await mkdir(old, { recursive: true });
    // File times are the machine's: measured against its clock here.
    const now = new Date();
    const eightDaysAgo = new Date(now.getTime() - 8 * 86_400_000);
    await utimes(old, eightDaysAgo, eightDaysAgo);
    expect(await removeOldReports(dataDir, now)).toBe(1);
    await expect(stat(old)).rejects.toThrow();
    expect(await removeOldReports(dataDir, now)).toBe(0); // this week's stay
  });
});

describe('the quarterly job on Redis', () => {
  it('is one scheduler every 30 s whose worker sends what is pending', async () => {
    const r = await createTestRedis();
    const sent: OutboxItem[] = [];
    const job = await startFollowUpWorker('make_quarterly_report', {
      connection: r.connection,
      prefix: r.prefix,
      deps: { db: t.db, clock, dispatch: async (items) => void sent.push(...items), dataDir, log: silentLogger() },
    });
    try {
      const schedulers = await job.queue.getJobSchedulers();
      expect(schedulers.map((s) => ({ key: s.key, every: Number(s.every) }))).toEqual([{ key: QUARTERLY_SCHEDULER.key, every: 30_000 }]);
      await job.queue.add(QUARTERLY_SCHEDULER.key, {}); // a tick now, as the scheduler would in 30 s
      const q3 = await eventually(
        async () => (await t.db.selectFrom('report_requests').select(['id', 'status']).where('period', '=', '2026Q3').where('status', '=', 'done').executeTakeFirst()),
        { what: 'the Q3 request done' },
      );
      await eventually(async () => (sent.length === 2 ? true : undefined), { what: 'two documents dispatched' });
      expect(sent.map((i) => i.idempotencyKey)).toEqual([`report-${q3.id}-xlsx`, `report-${q3.id}-pdf`]);
    } finally {
      await job.close();
      await r.cleanup();
    }
  });
});

describe('report quarterly (command line)', () => {
  it('writes the PDF and the XLSX of a group', async () => {
    const pdfFile = path.join(dataDir, 'cli', 'q.pdf');
    const run = await runAdminCommand(t.db, clock, ['report', 'quarterly', '--group', String(groupId), '--quarter', '2026Q4', '--format', 'pdf', '--out', pdfFile]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = run.json<{ members: number; asOf: string; bytes: number; totals: { turnoverFromBooks: number } }>();
    expect(out.members).toBe(30);
    expect(out.asOf).toBe('2026-12-31');
    expect(out.totals.turnoverFromBooks).toBe(members.reduce((sum, _, i) => sum + booksOf(i), 0));
    expect((await stat(pdfFile)).size).toBe(out.bytes);
    expect(pages(await readFile(pdfFile))).toBe(1);

    const xlsxFile = path.join(dataDir, 'cli', 'q.xlsx');
    const xlsx = await runAdminCommand(t.db, clock, ['report', 'quarterly', '--group', String(groupId), '--quarter', '2026q4', '--format', 'xlsx', '--out', xlsxFile]);
    expect(xlsx.code).toBe(0);
    expect((await readXlsx(xlsxFile)).getRow(QUARTERLY_HEADER_ROW + 31).getCell(6).value).toBe(out.totals.turnoverFromBooks);
  });

  it('refuses a malformed quarter or format with exit code 2', async () => {
    const bad = await runAdminCommand(t.db, clock, ['report', 'quarterly', '--group', String(groupId), '--quarter', '2026-4', '--format', 'pdf', '--out', path.join(dataDir, 'x.pdf')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('quarter_invalid');
    const format = await runAdminCommand(t.db, clock, ['report', 'quarterly', '--group', String(groupId), '--quarter', '2026Q4', '--format', 'doc', '--out', path.join(dataDir, 'x.doc')]);
    expect(format.code).toBe(2);
  });
});

describe('a member who left during the quarter', () => {
  it('is tagged "keluar <day>" beside her name in the chat\'s XLSX and PDF (the group\'s day, the tag whole however long her name); one who left after it is not', async () => {
    const TZ = 'Asia/Jakarta';
    const dewi = await addFacilitator(t.db, { name: 'Bu Dewi', telegramId: '901', timeZone: TZ });
    const kenanga = (await createGroup(t.db, { name: 'Kenanga Makmur', trades: ['jahit'], facilitatorId: dewi.id, timeZone: TZ })).id;
    const LONG = 'Siti Nurhaliza Kartika Dewi Purnamasari';
    const add = async (name: string, telegramId: string) => (await addMember(t.db, kenanga, { name: `${name}`, telegramId, timeZone: TZ }, JOINED)).person.id;
    const siti = await add(LONG, '6101');
    const wati = await add('Wati', '6102');
    await add('Yuni', '6103');
    // 30 Nov 18:00 UTC is 1 Dec 01:00 in Jakarta: she left on 1 Dec, the group's day.
    await removeMember(t.db, kenanga, siti, new Date('2026-11-30T18:00:00Z'));
    // Wati left on 5 Jan 2027, after the quarter: a member throughout it, no tag.
    await removeMember(t.db, kenanga, wati, new Date('2027-01-05T03:00:00Z'));

    const data = await quarterlyReportData(t.db, kenanga, '2026Q4', clock.now());
    expect(data.rows.map((r) => [r.name, r.leftOn])).toEqual([[LONG, '2026-12-01'], ['Wati', null], ['Yuni', null]]);

    await replyTo(privateMessage('/laporan_kuartal', { chatId: '901', sender: { id: '901', name: 'Bu Dewi' } }));
    const before = dispatched.length;
    expect(await fulfilQuarterlyRequests({ db: t.db, clock, dispatch: deps.dispatch, dataDir })).toBe(1);
    const [xlsx, pdf] = await Promise.all(dispatched.slice(before).map(async (i) => (await findOutbound(t.db, i.idempotencyKey))!.payload));
    const sheet = await readXlsx(xlsx!.document!.path);
    const names = Array.from({ length: 3 }, (_, i) => sheet.getRow(QUARTERLY_HEADER_ROW + 1 + i).getCell(2).value);
    expect(names).toEqual([`${LONG} (keluar 1 Des 2026)`, 'Wati', 'Yuni']);
    const text = await pdfText(await readFile(pdf!.document!.path));
    // The PDF's name column is narrow: her name gives way, the tag stays whole.
    const line = text.split('\n').find((l) => l.includes('Siti Nurha'))!;
    expect(line).toMatch(/Siti Nurha\S*… \(keluar 1 Des 2026\)/);
    expect(text.split('\n').find((l) => /\bWati\b/.test(l))).not.toContain('keluar');
    expect(text.replace(/\s+/g, ' ')).toContain('(keluar …): anggota yang keluar dari kelompok dalam triwulan ini');
    // In English, the same tag in her words.
    const en = await pdfText(await renderQuarterlyPdf(data, repliesFor('en').quarterlyLabels));
    expect(en.split('\n').find((l) => l.includes('Siti Nurha'))).toContain('… (left 1 Dec 2026)');
  });
});
