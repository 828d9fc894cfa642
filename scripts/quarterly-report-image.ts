/**
 * Makes the README's picture of the quarterly report: six weeks of a village group's books
 * (tests/fixtures/quarterly-books.ts) in a fresh database, the report made mid-quarter as
 * the bot makes it (quarterlyReportData, the Indonesian labels, renderQuarterlyPdf), and
 * page 1 rendered by poppler's pdftoppm to docs/quarterly-report-example.png.
 *
 *   npm run docs:report-image      (needs PostgreSQL at TEST_DATABASE_URL and poppler-utils)
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { repliesFor } from '../src/conversation/replies/index.ts';
import { quarterlyReportData } from '../src/modules/quarterly/quarterly.repository.ts';
import { renderQuarterlyPdf } from '../src/modules/quarterly/quarterly.pdf.ts';
import { REPORT_MADE_AT, seedQuarterlyBooks } from '../tests/fixtures/quarterly-books.ts';
import { createTestDatabase } from '../tests/helpers/database.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'docs', 'quarterly-report-example.png');

const t = await createTestDatabase();
const dir = await mkdtemp(path.join(os.tmpdir(), 'dampingi-report-image-'));
try {
  const books = await seedQuarterlyBooks(t.db);
  const data = await quarterlyReportData(t.db, books.groupId, '2026Q4', REPORT_MADE_AT);
  const pdf = path.join(dir, 'laporan.pdf');
  await writeFile(pdf, await renderQuarterlyPdf(data, repliesFor('id').quarterlyLabels));
  // 110 dpi: the figures readable on a laptop screen, the file well under 300 KB.
  await promisify(execFile)('pdftoppm', ['-r', '110', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, target.replace(/\.png$/, '')]);
  console.log(`${path.relative(root, target)}: ${data.rows.length} members, turnover from books Rp${data.totals.turnoverFromBooks.toLocaleString('id-ID')}`);
} finally {
  await t.drop();
  await rm(dir, { recursive: true, force: true });
}
