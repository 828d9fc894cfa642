/**
 * The home page's 12-month trend in a real Chromium against the whole bot: its table's
 * numbers equal plain SQL sums per calendar month over each viewer's distinct active
 * members (entries over a year, a loss month, a return, a voided entry, one older than the
 * 12 months, a woman in two groups); months are written in the page language ("Des 2026",
 * "Dec 2026"), the running month is marked; the chart is inline SVG (no script) that fits
 * a 360 px screen; axe-core finds no serious problem. Screenshots go to test-artifacts/console/.
 */
import path from 'node:path';
import { sql } from 'kysely';
import { type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import type { Db } from '../../src/db/client.ts';
import { addMember } from '../../src/modules/groups/groups.service.ts';
import { insertEntries } from '../../src/modules/ledger/ledger.repository.ts';
import { ARTEFACTS, AXE } from '../helpers/console-browser.ts';
import { startConsoleBrowserWorld, type BotBrowserWorld } from '../helpers/console-browser-world.ts';
import { type ConsoleWorld } from '../helpers/console-world.ts';
import { type TestDatabase } from '../helpers/database.ts';

const clock = fixedClock('2026-12-10T05:00:00Z');
const MONTHS = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12'];

let world: BotBrowserWorld;
let t: TestDatabase;
let w: ConsoleWorld;
let base: string;

/** A year of books beside the world's November and December. */
async function seedYear({ db, w }: { db: Db; w: ConsoleWorld }) {
  // A loss in March, a return, a voided entry, one from last December (outside the 12
  // months), and Dewi also in Melati.
  const entry = (personId: number, date: string, kind: 'sale' | 'expense', amount: number) =>
    insertEntries(db, personId, date, [{ kind, amount, item: null, quantity: null, unit: null, unitPrice: null }], { messageId: null, rawText: 'trend' });
  for (const [i, month] of MONTHS.slice(0, 10).entries()) {
    await entry(w.members.ani, `${month}-0${1 + (i % 9)}`, 'sale', 100_000 + i * 25_000);
    await entry(w.members.budi, `${month}-15`, 'expense', i === 2 ? 400_000 : 30_000);
    await entry(w.members.eka, `${month}-20`, 'sale', 2_000_000);
  }
  await entry(w.members.citra, '2026-06-11', 'sale', -50_000);
  const [voided] = await entry(w.members.ani, '2026-07-07', 'sale', 9_999_000);
  await sql`update ledger_entries set voided_at = now() where id = ${voided!.id}`.execute(db);
  await entry(w.members.ani, '2025-12-20', 'sale', 777_000);
  await addMember(db, w.melati, { name: 'Dewi', telegramId: '1004', timeZone: 'Asia/Jakarta' }, clock.now(), { allowDuplicateName: true });
  await entry(w.members.dewi, '2026-05-05', 'sale', 60_000);
}

beforeAll(async () => {
  world = await startConsoleBrowserWorld({ clock, bot: {}, seed: seedYear });
  ({ database: t, w, base } = world);
});
afterAll(() => world?.stop());

/** Plain SQL: each month's sums over the distinct active members of these groups. */
async function expectedMonths(groupIds: number[]): Promise<Map<string, { sales: number; expenses: number }>> {
  const { rows } = await sql<{ month: string; sales: string; expenses: string }>`
    select to_char(business_date, 'YYYY-MM') as month,
           coalesce(sum(amount) filter (where kind = 'sale'), 0) as sales, coalesce(sum(amount) filter (where kind = 'expense'), 0) as expenses
      from ledger_entries
     where voided_at is null
       and person_id in (select person_id from memberships where status = 'active' and group_id = any(${groupIds}::bigint[]))
     group by 1`.execute(t.db);
  return new Map(rows.map((r) => [r.month, { sales: Number(r.sales), expenses: Number(r.expenses) }]));
}

const loginByLink = (personId: number, options: { bypassCSP?: boolean } = {}): Promise<Page> => world.loginAs(personId, options);

const shownValue = async (page: Page, key: string) => Number(await page.locator(`[data-k="${key}"]`).getAttribute('data-value'));

describe('the trend chart on the home page', () => {
  it("shows each viewer's 12 months, equal to plain SQL sums per month", async () => {
    for (const [who, groups] of [
      [w.admin, [w.melati, w.mawar, w.kenanga]],
      [w.fitri.personId, [w.melati]],
      [w.nina, [w.kenanga]],
    ] as const) {
      const page = await loginByLink(who);
      const expected = await expectedMonths([...groups]);
      for (const month of MONTHS) {
        const want = expected.get(month) ?? { sales: 0, expenses: 0 };
        const shown = {
          sales: await shownValue(page, `trend-sales-${month}`),
          expenses: await shownValue(page, `trend-expenses-${month}`),
          profit: await shownValue(page, `trend-profit-${month}`),
        };
        expect({ month, ...shown }).toEqual({ month, ...want, profit: want.sales - want.expenses });
      }
      expect(await page.locator('[data-k^="trend-sales-"]').count()).toBe(12);
      // The year-old entry and the voided one count nowhere; the cards agree with the trend's last two months.
      expect(await shownValue(page, 'sales-this-month')).toBe(await shownValue(page, 'trend-sales-2026-12'));
      expect(await shownValue(page, 'sales-last-month')).toBe(await shownValue(page, 'trend-sales-2026-11'));
      await page.close();
    }
  });

  it('names the months in the page language and marks this month as partial', async () => {
    const page = await loginByLink(w.admin);
    const rowHeads = await page.locator('[data-k="trend"] tbody th').allTextContents();
    expect(rowHeads[0]).toBe('Jan 2026');
    expect(rowHeads.at(-1)).toBe('Des 2026*');
    expect(await page.locator('[data-k="trend-partial"] th').textContent()).toBe('Des 2026*');
    expect(await page.locator('[data-k="trend-partial-note"]').textContent()).toContain('Des 2026: bulan berjalan');
    expect(await page.locator('[data-k="trend"] svg text').allTextContents()).toEqual(expect.arrayContaining(['Agu', 'Des*', '2026']));
    await page.click('[data-k="lang-switch"]');
    await page.waitForURL(`${base}/`);
    expect(await page.locator('[data-k="trend-partial"] th').textContent()).toBe('Dec 2026*');
    expect(await page.locator('[data-k="trend"] svg text').allTextContents()).toEqual(expect.arrayContaining(['Aug', 'Dec*']));
    await page.click('[data-k="lang-switch"]');
    await page.waitForURL(`${base}/`);
    await page.close();
  });

  it('is server-drawn SVG with a text alternative, fits 360 px, and has no serious accessibility problem', { timeout: 90_000 }, async () => {
    const page = await loginByLink(w.admin, { bypassCSP: true });
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('[data-k="trend"] svg[role="img"] title').textContent()).toContain('Jan 2026');
    for (const [width, height] of [
      [360, 740],
      [1280, 800],
    ] as const) {
      await page.setViewportSize({ width, height });
      const box = await page.locator('[data-k="trend"] svg.trend').boundingBox();
      expect(box!.width).toBeGreaterThan(width === 360 ? 250 : 300);
      expect(box!.x + box!.width).toBeLessThanOrEqual(width);
      expect(await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.locator('[data-k="trend"]').screenshot({ path: path.join(ARTEFACTS, `trend-${width}x${height}.png`) });
    }
    await page.locator('[data-k="trend"] details summary').first().click();
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      return (await axe.run()).violations;
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await page.close();
  });
});
