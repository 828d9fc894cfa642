/**
 * Loans and collections in a real Chromium (playwright-core, Debian's package) against the
 * real web console on real Postgres, seeded with the console world and the hand-computed loans
 * of tests/helpers/loan-portfolio-world.ts (today Thursday 10 Dec 2026):
 * - the collection sheet: reached from the group page, its totals against SQL sums, printed
 *   (`emulateMedia print`): no header or menu, black on white, one A4 portrait page; a PDF of
 *   it kept as an artefact (test-artifacts/console/, not committed); screenshots and axe-core;
 * - the "Cetak" button: its script served by the console and allowed by the real CSP, the
 *   button shown and calling window.print (stubbed in the page); hidden with scripts off;
 * - maker ≠ checker: facilitator Fitri records a payment on Ani's loan page, cannot confirm it
 *   herself (told why), the group's bendahara confirms it (the service the chat's /konfirmasi
 *   calls), and the page then shows it confirmed, by whom;
 * - giving a loan: the manager fills the form, sees every instalment, gives it, lands on its page.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import { type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { confirmPayment } from '../../src/modules/loans/loans.service.ts';
import { ARTEFACTS, accessibilityProblems, screenshots } from '../helpers/console-browser.ts';
import { startConsoleBrowserWorld, type ConsoleBrowserWorld } from '../helpers/console-browser-world.ts';
import { type ConsoleWorld } from '../helpers/console-world.ts';
import { type TestDatabase } from '../helpers/database.ts';
import { addLoanPortfolio, type LoanPortfolioWorld } from '../helpers/loan-portfolio-world.ts';
import { pdfPages, pdfText } from '../helpers/pdf.ts';

// A real browser on a shared machine: a page and its checks can take seconds.
vi.setConfig({ testTimeout: 120_000 });

const clock = fixedClock('2026-12-10T05:00:00Z');

let world: ConsoleBrowserWorld;
let t: TestDatabase;
let w: ConsoleWorld;
let lw: LoanPortfolioWorld;
let base: string;

beforeAll(async () => {
  world = await startConsoleBrowserWorld({ clock, seed: async ({ db, w }) => void (lw = await addLoanPortfolio(db, w)) });
  ({ database: t, w, base } = world);
});
afterAll(() => world?.stop());

/** One logged-in page per viewer for the whole file (logins from one address are rate limited). */
const loginByLink = (personId: number, options: { bypassCSP?: boolean } = {}): Promise<Page> => world.sessionAs(personId, options);

/** Written apart from the code under test: per loan of the group, late and due-by-month-end totals less confirmed payments. */
async function sqlSums(groupId: number) {
  const { rows } = await sql<{ arrears: string; to_collect: string }>`
    with l as (
      select (select coalesce(sum(total), 0) from loan_instalments i where i.loan_id = l.id and i.due_date < '2026-12-10') as late,
             (select coalesce(sum(total), 0) from loan_instalments i where i.loan_id = l.id and i.due_date <= '2026-12-31') as by_month_end,
             (select coalesce(sum(amount), 0) from loan_payments p where p.loan_id = l.id and p.status = 'confirmed' and p.paid_on <= '2026-12-10') as paid
        from loans l where l.given_in_group_id = ${groupId})
    select sum(greatest(late - paid, 0)) as arrears, sum(greatest(by_month_end - paid, 0)) as to_collect from l`.execute(t.db);
  return { arrears: Number(rows[0]!.arrears), toCollect: Number(rows[0]!.to_collect) };
}

describe('the collection sheet', () => {
  it('opens from the group page; totals are the SQL sums; printed it has no menu, is black on white and fits one A4 portrait page', async () => {
    const page = await loginByLink(w.fitri.personId, { bypassCSP: true });
    await page.goto(`${base}/kelompok/${w.melati}`);
    await page.locator('[data-k="collection-sheet"]').click();
    await page.waitForURL(`${base}/kelompok/${w.melati}/penagihan`);
    const value = async (k: string) => Number(await page.locator(`[data-k="${k}"]`).getAttribute('data-value'));
    const sums = await sqlSums(w.melati);
    expect({ arrears: await value('total-arrears'), toCollect: await value('total-to-collect') }).toEqual(sums);
    expect(await value('total-instalment-due')).toBe(sums.toCollect - sums.arrears);
    expect(await page.locator('table.sheet tbody tr').count()).toBe(3);
    await screenshots(page, 'collection-sheet');
    // On a phone each loan is a card: the sheet fits its box (no sideways scroll inside the
    // page either), every amount on screen and named.
    await page.setViewportSize({ width: 360, height: 740 });
    const region = await page.locator('div.scroll').evaluate((e) => ({ scroll: (e as unknown as { scrollWidth: number }).scrollWidth, client: (e as unknown as { clientWidth: number }).clientWidth }));
    expect(region.scroll, 'the sheet fits 360 px').toBeLessThanOrEqual(region.client);
    for (const cell of await page.locator('table.sheet [data-k="to-collect"]').all()) {
      const box = await cell.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
      expect(await cell.getAttribute('data-label')).toBe('Jumlah ditagih');
    }
    // Sari's December instalment is already late (in arrears): Rp0 here is "not yet due", not "this month's instalment".
    expect(await page.locator(`tr[data-loan="${lw.loans.sari}"] [data-k="instalment-due"]`).getAttribute('data-label')).toBe('Cicilan yang belum jatuh tempo bulan ini');
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await accessibilityProblems(page)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').isVisible()).toBe(false);
    expect(await page.locator('nav').count()).toBeGreaterThan(0);
    expect(await page.locator('nav').first().isVisible()).toBe(false);
    expect(await page.getByText('Ringkasan').first().isVisible()).toBe(false);
    const colours = await page.evaluate(() => {
      const d = (globalThis as unknown as { document: { body: object; querySelector(s: string): object } }).document;
      const style = (globalThis as unknown as { getComputedStyle(e: object): { color: string; backgroundColor: string } }).getComputedStyle;
      return { body: style(d.body).backgroundColor, text: style(d.querySelector('table.sheet td')).color, link: style(d.querySelector('table.sheet a')).color };
    });
    expect(colours).toEqual({ body: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)', link: 'rgb(0, 0, 0)' });
    await page.screenshot({ path: path.join(ARTEFACTS, 'collection-sheet-print.png'), fullPage: true });

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await writeFile(path.join(ARTEFACTS, 'collection-sheet.pdf'), pdf);
    expect(await pdfPages(pdf)).toBe(1);
    const text = await pdfText(pdf);
    expect(text).toContain('Lembar penagihan');
    expect(text).toContain('Rp532.000');
    expect(text).toMatch(/Dibayar\s+Tanda\s+tangan/);
    expect(text).not.toContain('Ringkasan');
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('the print button', () => {
  it('under the real CSP its script loads from the console, the button shows and prints; without scripts it stays hidden and the page still says how to print', async () => {
    // Not bypassing the CSP: the script must be one the console's own policy allows.
    const page = await loginByLink(w.fitri.personId);
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
    });
    const script = page.waitForResponse((r) => /\/js\/cetak-[0-9a-f]{10}\.js$/.test(r.url()));
    await page.goto(`${base}/kelompok/${w.melati}/penagihan`);
    const served = await script;
    expect(served.status()).toBe(200);
    expect(served.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(served.headers()['content-type']).toBe('text/javascript; charset=utf-8');
    const button = page.locator('[data-k="print"]');
    await button.waitFor({ state: 'visible' });
    expect(await button.textContent()).toBe('Cetak');
    // window.print stubbed in the page (a real dialog would block the test): the button calls it, once a press.
    await page.evaluate(() => {
      const g = globalThis as unknown as { print: () => void; printed: number };
      g.printed = 0;
      g.print = () => void (g.printed += 1);
    });
    await button.click();
    await button.click();
    expect(await page.evaluate(() => (globalThis as unknown as { printed: number }).printed)).toBe(2);
    // Printed, the button is not on the paper.
    await page.emulateMedia({ media: 'print' });
    expect(await button.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(refused).toEqual([]);
    // The group's invitation has the same button.
    await page.goto(`${base}/kelompok/${w.melati}/undangan`);
    await page.locator('[data-k="print"]').waitFor({ state: 'visible' });

    // Scripts off: the page is whole, the button hidden, the hint names the browser's Print menu.
    const bare = await world.loginAs(w.fitri.personId, { javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    try {
      await bare.goto(`${base}/kelompok/${w.melati}/penagihan`);
      expect(await bare.locator('[data-k="print"]').count()).toBe(1);
      expect(await bare.locator('[data-k="print"]').isVisible()).toBe(false);
      expect(await bare.getByText('Gunakan menu Cetak di peramban (A4 tegak).').isVisible()).toBe(true);
      expect(await bare.locator('table.sheet tbody tr').count()).toBe(3);
    } finally {
      await bare.context().close();
    }
  });
});

describe('recording and confirming a payment (maker ≠ checker)', () => {
  it('Fitri records a payment; she cannot confirm it herself; the bendahara does; the page shows who did what', async () => {
    const page = await loginByLink(w.fitri.personId, { bypassCSP: true });
    await page.goto(`${base}/kelompok/${w.melati}`);
    await page.locator(`tr[data-loan="${lw.loans.ani}"] [data-k="loan-link"]`).click();
    await page.waitForURL(`${base}/pinjaman/${lw.loans.ani}`);
    await page.getByLabel('Jumlah').fill('Rp50.000');
    await page.getByLabel('Tanggal bayar').fill('2026-12-09');
    await page.locator('[data-k="record"]').click();
    await page.waitForURL(`${base}/pinjaman/${lw.loans.ani}?n=dicatat`);
    const row = (await sql<{ id: string }>`select id from loan_payments where loan_id = ${lw.loans.ani} and reported_by_person_id = ${w.fitri.personId}`.execute(t.db)).rows;
    expect(row).toHaveLength(1);
    const paymentId = Number(row[0]!.id);
    const mine = page.locator(`tr[data-payment="${paymentId}"]`);
    expect(await mine.getAttribute('data-status')).toBe('reported');
    expect(await mine.locator('[data-k="reported-by"]').textContent()).toBe('Fitri');
    await screenshots(page, 'loan-page');
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await accessibilityProblems(page)).toEqual([]);

    await mine.locator(`[data-k="confirm-${paymentId}"]`).click();
    await page.waitForURL(`${base}/pinjaman/${lw.loans.ani}?n=tolak-confirm_own_payment`);
    const notice = page.locator('[data-k="notice"]');
    expect(await notice.getAttribute('data-value')).toBe('confirm_own_payment');
    expect(await notice.textContent()).toContain('Ibu sendiri yang mencatat pembayaran ini');
    expect(await page.locator(`tr[data-payment="${paymentId}"]`).getAttribute('data-status')).toBe('reported');

    // Budi, the group's bendahara, confirms it with the chat's /konfirmasi service.
    await sql`update memberships set role = 'bendahara' where person_id = ${w.members.budi} and group_id = ${w.melati}`.execute(t.db);
    expect((await confirmPayment(t.db, paymentId, w.members.budi, clock.now())).changed).toBe(true);
    await page.goto(`${base}/pinjaman/${lw.loans.ani}`);
    const done = page.locator(`tr[data-payment="${paymentId}"]`);
    expect(await done.getAttribute('data-status')).toBe('confirmed');
    expect(await done.locator('[data-k="confirmed-by"]').textContent()).toBe('Budi');
    expect(await done.locator('button').count()).toBe(0);
    // 150.000 late less the 50.000 now confirmed.
    expect(await page.locator('[data-k="arrears"]').getAttribute('data-value')).toBe('100000');
  });
});

describe('giving a loan', () => {
  it('Maya (manager) fills the form, sees the schedule, gives the loan and lands on its page', async () => {
    const page = await loginByLink(w.maya, { bypassCSP: true });
    await page.goto(`${base}/kelompok/${w.melati}`);
    await page.locator('[data-k="new-loan"]').click();
    await page.waitForURL(`${base}/kelompok/${w.melati}/pinjaman-baru`);
    await page.getByLabel('Peminjam').selectOption({ label: 'Citra' });
    await page.getByLabel('Pokok (Rp)').fill('1.000.000');
    await page.getByLabel('Bunga per tahun (%)').fill('12');
    await page.getByLabel('Lama (bulan)').fill('10');
    await page.getByLabel('Cara bunga').selectOption('flat');
    await page.locator('[data-k="preview"]').click();
    await page.waitForSelector('[data-k="preview-schedule"]');
    expect(await page.locator('[data-k="preview-schedule"] tbody tr').count()).toBe(10);
    // 1.000.000 at 12 % flat over 10 months: 10 × (100.000 + 10.000).
    expect(await page.locator('[data-k="preview-schedule"] [data-k="total"]').evaluateAll((cells) => cells.map((c) => (c as unknown as { dataset: { value: string } }).dataset.value))).toEqual(Array(10).fill('110000'));
    await screenshots(page, 'new-loan-preview');
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.locator('[data-k="give"]').click();
    await page.waitForURL(/\/pinjaman\/\d+\?n=baru$/);
    expect(await page.locator('h1').textContent()).toBe('Pinjaman · Citra');
    expect(await page.locator('[data-k="schedule"]').getAttribute('data-value')).toBe('10');
  });
});
