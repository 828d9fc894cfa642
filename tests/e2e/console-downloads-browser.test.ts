/**
 * Downloads in a real Chromium at 360 px (playwright-core, Debian's package) against the real
 * web console on real Postgres (the console world): Melati's facilitator opens her group,
 * follows its download link, asks for the books as Excel, and lands on her downloads list
 * with the file waiting (the page reloads itself: a meta refresh, no script). The downloads
 * job — the processor the worker runs, here in the test's process, one entry a batch — makes
 * it; while it works the list shows the progress the job has written; a page left open turns
 * "ready" by itself; the file she downloads is read with exceljs (her entries, as the chat's
 * export writes them). Then the quarterly report as PDF, read with poppler. axe-core and
 * screenshots (360 and 1280 px) on the form and on the list.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { makeDownload } from '../../src/jobs/downloads.ts';
import { accessibilityProblems, screenshots } from '../helpers/console-browser.ts';
import { startConsoleBrowserWorld, type ConsoleBrowserWorld } from '../helpers/console-browser-world.ts';
import { type ConsoleWorld } from '../helpers/console-world.ts';
import { type TestDatabase } from '../helpers/database.ts';
import { pdfText } from '../helpers/pdf.ts';

// A real browser on a shared machine: a page and its checks can take seconds.
vi.setConfig({ testTimeout: 120_000 });

const clock = fixedClock('2026-12-10T05:00:00Z');

let world: ConsoleBrowserWorld;
let t: TestDatabase;
let w: ConsoleWorld;
let base: string;
let dataDir: string;
/** What the console handed to the downloads job (its queue, in the running bot). */
const handed: number[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'downloads-browser-'));
  world = await startConsoleBrowserWorld({ clock, web: { requestDownload: async (id) => void handed.push(id) } });
  ({ database: t, w, base } = world);
});
afterAll(async () => {
  await world?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

// bypassCSP: axe-core is injected as a script, which the console's CSP (rightly) forbids.
const login = (personId: number): Promise<Page> => world.loginAs(personId, { bypassCSP: true, viewport: { width: 360, height: 740 }, acceptDownloads: true });

const row = (page: Page, id: number) => page.locator(`[data-k="download-row"][data-id="${id}"]`);

/** Downloads the file of row `id` by clicking its link, as she would; returns its name and bytes. */
async function download(page: Page, id: number): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), row(page, id).locator('[data-k="download"]').click()]);
  const saved = path.join(dataDir, `got-${id}`);
  await file.saveAs(saved);
  return { name: file.suggestedFilename(), bytes: await readFile(saved) };
}

describe('downloads in the browser', () => {
  it('a facilitator asks for her books as Excel, watches it being made, downloads it and reads her entries', async () => {
    const page = await login(w.fitri.personId);
    await page.goto(`${base}/kelompok/${w.melati}`);
    await page.locator('[data-k="downloads-link"]').click();
    await page.waitForURL(`${base}/kelompok/${w.melati}/unduh`);
    expect(await page.locator('#dari').inputValue()).toBe('2026-12-01');
    expect(await page.locator('#sampai').inputValue()).toBe('2026-12-10');
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshots(page, 'downloads-form');
    await page.setViewportSize({ width: 360, height: 740 });

    // The books as Excel from 15 November (Ani's sale that day is in it), this month's end as given.
    await page.locator('#dari').fill('2026-11-15');
    await page.locator('[data-k="ask-books"]').click();
    await page.waitForURL(`${base}/unduhan?n=baru`);
    expect(handed).toHaveLength(1);
    const id = handed[0]!;
    expect(await row(page, id).getAttribute('data-status')).toBe('waiting');
    expect(await page.locator('meta[http-equiv="refresh"]').getAttribute('content')).toBe('3');
    expect(await page.locator('[data-k="refresh"]').getAttribute('href')).toBe('/unduhan');

    // The job runs one entry a batch; halfway, the list (opened afresh) shows its progress.
    let seenWorking: { status: string | null; percent: number; text: string } | undefined;
    const watcher = await login(w.fitri.personId);
    const outcome = await makeDownload(
      {
        db: t.db,
        clock,
        dataDir,
        batchSize: 1,
        onProgress: async (p) => {
          if (seenWorking || p.done < 3) return;
          await watcher.goto(`${base}/unduhan`);
          seenWorking = {
            status: await row(watcher, id).getAttribute('data-status'),
            percent: Number(await row(watcher, id).getAttribute('data-percent')),
            text: (await row(watcher, id).locator('[data-k="progress-text"]').textContent()) ?? '',
          };
        },
      },
      id,
    );
    expect(outcome).toBe('ready');
    expect(seenWorking?.status).toBe('working');
    expect(seenWorking!.percent).toBeGreaterThan(0);
    expect(seenWorking!.percent).toBeLessThan(100);
    expect(seenWorking!.text).toMatch(/^3 dari \d+ catatan$/);

    // The page she left open turns "ready" by itself (its meta refresh), with no more refreshing.
    await page.locator(`[data-k="download-row"][data-id="${id}"][data-status="ready"]`).waitFor({ timeout: 20_000 });
    expect(await page.locator('meta[http-equiv="refresh"]').count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshots(page, 'downloads-list');
    await page.setViewportSize({ width: 360, height: 740 });

    const file = await download(page, id);
    expect(file.name).toBe('ekspor-melati-2026-11-15-2026-12-10.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Catatan', 'Per anggota', 'Ringkasan pinjaman', 'Angsuran pinjaman']);
    const entries = book.getWorksheet('Catatan')!;
    const amounts: [string, number][] = [];
    entries.eachRow((r, n) => {
      if (n > 5) amounts.push([String(r.getCell(2).value), Number(r.getCell(8).value)]);
    });
    // Ani's, Budi's and Citra's entries from 15 Nov (the voided one and Fira's, who left, not).
    expect(amounts.sort()).toEqual(
      [
        ['Ani', 70_000],
        ['Ani', 40_000],
        ['Ani', 150_000],
        ['Budi', 10_000],
        ['Budi', 90_000],
        ['Budi', -20_000],
        ['Citra', 5_000],
      ].sort(),
    );
  });

  it('the quarterly report as PDF: asked, made, downloaded and read', async () => {
    const page = await login(w.fitri.personId);
    await page.goto(`${base}/kelompok/${w.melati}/unduh`);
    await page.locator('#jenis-laporan').selectOption('quarterly_pdf');
    await page.locator('#triwulan').selectOption('2026Q4');
    const before = handed.length;
    await page.locator('[data-k="ask-report"]').click();
    await page.waitForURL(`${base}/unduhan?n=baru`);
    const id = handed[before]!;
    expect(await makeDownload({ db: t.db, clock, dataDir }, id)).toBe('ready');
    await page.goto(`${base}/unduhan`);
    expect(await row(page, id).getAttribute('data-status')).toBe('ready');
    const file = await download(page, id);
    expect(file.name).toBe('laporan-triwulan-4-2026-melati.pdf');
    const text = (await pdfText(file.bytes)).replace(/\s+/g, ' ');
    expect(text).toContain('Melati');
    expect(text).toContain('Ani');
  });
});
