/**
 * The member page in a real Chromium (Debian's package, via playwright-core), served by the
 * real web console on real Postgres: a programme manager opens Ani's page and reads what she
 * sold last week and this week (checked against plain SQL sums written here, not the app's
 * queries), pages through her entries, sees a cancelled entry struck through and named, the
 * charts are drawn and their PNG link answers a picture, the language switch works, and a member of another programme
 * is not found, and she finds Ani by name from the header's search. Screenshots at 360×740 and 1280×800 go to test-artifacts/console/
 * (git-ignored); axe-core finds no serious or critical problem in either language.
 */
import { sql } from 'kysely';
import { type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { accessibilityProblems, screenshots } from '../helpers/console-browser.ts';
import { startConsoleBrowserWorld, type ConsoleBrowserWorld } from '../helpers/console-browser-world.ts';
import { seedMemberWorld, type MemberWorld } from '../helpers/console-member-world.ts';
import { type ConsoleWorld } from '../helpers/console-world.ts';
import { type TestDatabase } from '../helpers/database.ts';

const clock = fixedClock('2026-12-10T05:00:00Z');

let world: ConsoleBrowserWorld;
let t: TestDatabase;
let w: ConsoleWorld;
let mw: MemberWorld;
let base: string;

beforeAll(async () => {
  world = await startConsoleBrowserWorld({ clock, seed: async ({ db, w }) => void (mw = await seedMemberWorld(db, w)) });
  ({ database: t, w, base } = world);
});
afterAll(() => world?.stop());

const loginByLink = (personId: number, options: { bypassCSP?: boolean } = {}): Promise<Page> => world.loginAs(personId, options);

const value = async (page: Page, key: string) => Number(await page.locator(`[data-k="${key}"]`).first().getAttribute('data-value'));

/** Ani's unvoided sales and expenses between two days, summed here in plain SQL. */
async function sums(from: string, to: string) {
  const { rows } = await sql<{ sales: string; expenses: string }>`
    select coalesce(sum(amount) filter (where kind = 'sale'), 0) as sales, coalesce(sum(amount) filter (where kind = 'expense'), 0) as expenses
      from ledger_entries where person_id = ${w.members.ani} and voided_at is null and business_date between ${from} and ${to}`.execute(t.db);
  return { sales: Number(rows[0]!.sales), expenses: Number(rows[0]!.expenses) };
}

describe('member page in a browser', () => {
  it("shows a manager what Ani sold last week and this week, as plain SQL sums them", async () => {
    const page = await loginByLink(w.maya);
    await page.goto(`${base}/anggota/${w.members.ani}`);
    expect(await page.locator('h1').textContent()).toBe('Ani');
    const thisWeek = await sums('2026-12-07', '2026-12-13');
    const lastWeek = await sums('2026-11-30', '2026-12-06');
    const thisMonth = await sums('2026-12-01', '2026-12-31');
    expect({
      weekSales: await value(page, 'sales-this-week'),
      weekExpenses: await value(page, 'expenses-this-week'),
      lastWeekSales: await value(page, 'sales-last-week'),
      monthSales: await value(page, 'sales-this-month'),
      monthExpenses: await value(page, 'expenses-this-month'),
      monthProfit: await value(page, 'profit-this-month'),
    }).toEqual({
      weekSales: thisWeek.sales,
      weekExpenses: thisWeek.expenses,
      lastWeekSales: lastWeek.sales,
      monthSales: thisMonth.sales,
      monthExpenses: thisMonth.expenses,
      monthProfit: thisMonth.sales - thisMonth.expenses,
    });
    // Last week's sales are written out, not only in an attribute.
    expect(await page.locator('[data-k="recap-last-week"]').textContent()).toContain('Rp28.000');
    await screenshots(page, 'member');
    await page.close();
  });

  it('pages her entries, newest first, and marks the cancelled one with a strike and a word', async () => {
    const page = await loginByLink(w.fitri.personId);
    await page.goto(`${base}/anggota/${w.members.ani}`);
    const { rows } = await sql<{ id: string }>`select id from ledger_entries where person_id = ${w.members.ani} order by business_date desc, id desc`.execute(t.db);
    const expected = rows.map((r) => String(r.id));
    const shownIds = () => page.locator('[data-k="entry"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(await shownIds()).toEqual(expected.slice(0, 30));

    const cancelled = page.locator(`[data-k="entry"][data-id="${mw.cancelled}"]`);
    expect(await cancelled.getAttribute('data-voided')).toBe('yes');
    expect(await cancelled.locator('s').count()).toBeGreaterThan(0);
    // The browser draws the strike (the page's code runs in Chromium; no DOM types here).
    const decoration = await cancelled.locator('td').nth(4).locator('s').evaluate((s) => (globalThis as unknown as { getComputedStyle(e: unknown): { textDecorationLine: string } }).getComputedStyle(s).textDecorationLine);
    expect(decoration).toBe('line-through');
    expect(await cancelled.textContent()).toContain('batal');
    expect(await page.locator(`[data-k="entry"][data-id="${mw.onBehalf}"]`).textContent()).toContain('oleh Fitri');

    await page.click('[data-k="page-older"]');
    await page.waitForURL(/hal=2/);
    expect(await shownIds()).toEqual(expected.slice(30, 60));
    expect(await page.locator('[data-k="page"]').getAttribute('data-value')).toBe('2');
    await page.click('[data-k="page-older"]');
    await page.waitForURL(/hal=3/);
    expect(await shownIds()).toEqual(expected.slice(60));
    expect(await page.locator('[data-k="page-older"]').count()).toBe(0);
    await page.close();
  });

  it('draws her week and month charts on the page, and links the same picture as a PNG', async () => {
    const page = await loginByLink(w.maya);
    await page.goto(`${base}/anggota/${w.members.ani}`);
    for (const periode of ['minggu', 'bulan']) {
      const svg = page.locator(`[data-k="chart-${periode}"] svg[role="img"]`);
      expect(await svg.count()).toBe(1);
      expect(await svg.getAttribute('aria-label')).toContain('jualan Rp');
      const box = await svg.boundingBox();
      expect(box!.width).toBeGreaterThan(200);
      // The link answers a PNG for this (logged-in) browser.
      const href = await page.locator(`[data-k="chart-png-${periode}"]`).getAttribute('href');
      const res = await page.request.get(`${base}${href}`);
      expect([res.status(), res.headers()['content-type']]).toEqual([200, 'image/png']);
      expect([...(await res.body()).subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    }
    // This week's chart is titled as in her chat.
    expect(await page.locator('[data-k="chart-minggu"] svg').textContent()).toContain('Minggu ini');
    await page.close();
  });

  it('switches to English and back on her page', async () => {
    const page = await loginByLink(w.admin);
    await page.goto(`${base}/anggota/${w.members.ani}`);
    await page.click('[data-k="lang-switch"]');
    await page.waitForURL(`${base}/anggota/${w.members.ani}`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('#h-entries').textContent()).toBe('Entries');
    expect(await page.locator(`[data-k="entry"][data-id="${mw.cancelled}"]`).textContent()).toContain('cancelled');
    await screenshots(page, 'member-en');
    await page.click('[data-k="lang-switch"]');
    await page.waitForURL(`${base}/anggota/${w.members.ani}`);
    expect(await page.locator('#h-entries').textContent()).toBe('Catatan');
    await page.close();
  });

  it('does not find a member of another programme', async () => {
    const page = await loginByLink(w.maya);
    const res = await page.goto(`${base}/anggota/${w.members.eka}`);
    expect(res?.status()).toBe(404);
    expect(await page.locator('[data-k="not-found"]').count()).toBe(1);
    await screenshots(page, 'not-found');
    await page.close();
  });

  it('finds Ani by part of her name from the header, with her group and last day, and opens her page', async () => {
    const page = await loginByLink(w.maya);
    const header = await page.locator('[data-k="viewer"]').textContent();
    expect(header).toContain('Manajer program');
    await page.setViewportSize({ width: 360, height: 740 });
    await page.getByRole('link', { name: 'Cari anggota' }).click();
    await page.waitForURL(`${base}/anggota`);
    await page.getByLabel('Nama anggota').fill('an');
    await page.getByRole('button', { name: 'Cari' }).click();
    await page.waitForURL(/cari=an/);
    const row = page.locator(`tr[data-person="${w.members.ani}"]`);
    expect(await row.locator('td').nth(1).textContent()).toContain('Melati');
    const { rows } = await sql<{ day: string }>`select max(business_date)::text as day from ledger_entries where person_id = ${w.members.ani} and voided_at is null and business_date <= '2026-12-10'`.execute(t.db);
    expect(await row.locator('[data-k="last-day"]').getAttribute('data-value')).toBe(rows[0]!.day);
    // Eka is in another programme: the manager does not find her.
    expect(await page.locator(`tr[data-person="${w.members.eka}"]`).count()).toBe(0);
    await screenshots(page, 'member-search');
    await row.getByRole('link', { name: 'Ani' }).click();
    await page.waitForURL(`${base}/anggota/${w.members.ani}`);
    // The same header on her page as on the home page.
    expect(await page.locator('[data-k="viewer"]').textContent()).toBe(header);
    await page.goto(`${base}/anggota?cari=eka`);
    expect(await page.locator('[data-k="found"]').getAttribute('data-value')).toBe('0');
    await page.close();
  });

  it('has no serious accessibility problems (axe-core), in both languages', { timeout: 90_000 }, async () => {
    const page = await loginByLink(w.admin, { bypassCSP: true });
    await page.goto(`${base}/anggota/${w.members.ani}`);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.click('[data-k="lang-switch"]');
    await page.waitForURL(`${base}/anggota/${w.members.ani}`);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.goto(`${base}/anggota?cari=a`);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });
});
