/**
 * A group's quarterly figures in a real Chromium (playwright-core, Debian's package) against
 * the real web console on real Postgres (the console world: today is 10 Dec 2026, so the page
 * opens on triwulan 3 2026). Fitri opens Melati's page from the group page on a 360 px phone,
 * sees Ani's chat answer marked as hers and Budi and Citra not answered, opens Budi's form,
 * types a figure that is not one (told kindly, nothing saved), fills in his assets and
 * employees, and lands on the page with his figures marked "diisi Fitri" — on a phone, each
 * figure on screen and named. Lina, who joined after triwulan 3 ended, is listed only from
 * triwulan 4 (the members of a quarter: tests/integration/console-quarterly.test.ts), where
 * Fira, who left on 10 Dec, carries "keluar 10 Des 2026" beside her name. Screenshots at 360×740 and 1280×800 (test-artifacts/console/),
 * axe-core on both pages.
 */
import { sql } from 'kysely';
import { type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { addMember } from '../../src/modules/groups/groups.service.ts';
import { saveQuarterlyReport } from '../../src/modules/quarterly/quarterly-reports.ts';
import { startConsoleBrowserWorld, type ConsoleBrowserWorld } from '../helpers/console-browser-world.ts';
import { membersSince, type ConsoleWorld } from '../helpers/console-world.ts';
import { type TestDatabase } from '../helpers/database.ts';
import { accessibilityProblems, screenshots } from '../helpers/console-browser.ts';

// A real browser on a shared machine: a page and its checks can take seconds.
vi.setConfig({ testTimeout: 120_000 });

const clock = fixedClock('2026-12-10T05:00:00Z');

let world: ConsoleBrowserWorld;
let t: TestDatabase;
let w: ConsoleWorld;
let base: string;
let lina: number;

beforeAll(async () => {
  world = await startConsoleBrowserWorld({
    clock,
    seed: async ({ db, w }) => {
      // Members since January: 2026Q3's figures list only who had joined by its end.
      await membersSince(db, w, new Date('2026-01-05T02:00:00Z'));
      // Lina joins today, after triwulan 3 ended: not one of its members (listed from triwulan 4).
      lina = (await addMember(db, w.melati, { name: 'Lina', telegramId: '7001', timeZone: 'Asia/Jakarta' }, clock.now())).person.id;
      await saveQuarterlyReport(db, { personId: w.members.ani, quarter: '2026Q3', assets: 5_000_000, turnover: 3_000_000, employees: null, sourceMessageId: null, at: clock.now() });
    },
  });
  ({ database: t, w, base } = world);
});
afterAll(() => world?.stop());

// CSP bypassed only so axe-core's script can be injected; the pages run no script of their own.
const loginByLink = (personId: number): Promise<Page> => world.loginAs(personId, { bypassCSP: true, viewport: { width: 360, height: 740 } });

/** Every figure cell of a member's card: its value, source and on-screen right edge at 360 px. */
const cardOf = (page: Page, personId: number) =>
  page.locator(`tr[data-person="${personId}"] td[data-k]`).evaluateAll((cells) =>
    cells.map((c) => {
      const box = c.getBoundingClientRect();
      return { k: c.getAttribute('data-k'), value: c.getAttribute('data-value'), source: c.getAttribute('data-source'), label: c.getAttribute('data-label'), text: c.textContent, right: box.right };
    }),
  );

describe('quarterly figures on a phone', () => {
  it("Fitri fills in Budi's missing figures and sees them on the page, marked as filled in by her", async () => {
    const page = await loginByLink(w.fitri.personId);
    await page.goto(`${base}/kelompok/${w.melati}`);
    await page.locator('[data-k="quarterly-link"]').click();
    await page.waitForURL(`${base}/kelompok/${w.melati}/triwulan`);
    expect(await page.locator('h1').textContent()).toBe('Angka triwulan 3 2026 (Jul–Sep) · Melati');
    // Still to complete: Ani gave two figures of three; each name links to her card below.
    // Lina, who joined after the quarter, is neither there nor among the cards.
    expect(await page.locator('ul[data-k="not-answered"] li').allTextContents()).toEqual(['Ani (sebagian)', 'Budi (belum menjawab)', 'Citra (belum menjawab)']);
    const ani = await cardOf(page, w.members.ani);
    expect(ani.map((c) => [c.k, c.value, c.source])).toEqual([
      ['assets', '5000000', 'member'],
      ['turnover', '3000000', 'member'],
      ['employees', '', 'none'],
    ]);
    await screenshots(page, 'quarterly-before');
    await page.setViewportSize({ width: 360, height: 740 });

    await page.locator(`ul[data-k="not-answered"] li[data-person="${w.members.budi}"] a`).click();
    await page.waitForURL(`${base}/kelompok/${w.melati}/triwulan#m-${w.members.budi}`);
    await page.locator(`tr#m-${w.members.budi} [data-k="fill-link"]`).click();
    await page.waitForURL(`${base}/kelompok/${w.melati}/triwulan/${w.members.budi}?q=2026-Q3`);
    // The rupiah hint once, above the fields.
    expect(await page.getByText('Aset dan omset dalam rupiah').count()).toBe(1);
    // Not a number of people: told so beside the field, what she typed kept, nothing saved.
    await page.getByLabel('Aset (Rp)').fill('2,5jt');
    await page.getByLabel('Karyawan (orang)').fill('dua');
    await page.locator('[data-k="save"]').click();
    await page.waitForSelector('[data-k="error-employees"]');
    expect(await page.locator('[data-k="error-employees"]').textContent()).toBe('Karyawan ini belum terbaca sebagai jumlah orang.');
    // Only the wrong field has an error ("2,5jt" is rupiah, as the chat reads it).
    expect(await page.locator('[data-k^="error-"]').count()).toBe(1);
    expect(await page.getByLabel('Aset (Rp)').inputValue()).toBe('2,5jt');
    expect(await page.getByLabel('Karyawan (orang)').getAttribute('aria-invalid')).toBe('true');
    expect((await sql`select 1 from quarterly_reports where person_id = ${w.members.budi}`.execute(t.db)).rows).toEqual([]);
    await screenshots(page, 'quarterly-fill-error');
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 740 });

    await page.getByLabel('Karyawan (orang)').fill('3');
    await page.locator('[data-k="save"]').click();
    await page.waitForURL(`${base}/kelompok/${w.melati}/triwulan?q=2026-Q3&n=disimpan&anggota=${w.members.budi}#m-${w.members.budi}`);
    expect(await page.locator('[data-k="notice"]').textContent()).toBe('Angka Budi tersimpan.');
    expect(await page.locator('ul[data-k="not-answered"] li').allTextContents()).toEqual(['Ani (sebagian)', 'Budi (sebagian)', 'Citra (belum menjawab)']);
    const budi = await cardOf(page, w.members.budi);
    expect(budi.map((c) => [c.k, c.value, c.source, c.text])).toEqual([
      ['assets', '2500000', 'staff', 'Rp2.500.000diisi Fitri'],
      ['turnover', '', 'none', '–'],
      ['employees', '3', 'staff', '3diisi Fitri'],
    ]);
    // On a phone each member is a card: every figure on screen, named by its column.
    for (const c of budi) {
      expect(c.right, c.k!).toBeLessThanOrEqual(360);
      expect(c.label).toBe({ assets: 'Aset', turnover: 'Omset', employees: 'Karyawan' }[c.k as 'assets']);
    }
    expect(await sql`select assets, employees, assets_filled_by, employees_filled_by from quarterly_reports where person_id = ${w.members.budi}`.execute(t.db).then((r) => r.rows)).toEqual([
      { assets: 2_500_000, employees: 3, assets_filled_by: w.fitri.personId, employees_filled_by: w.fitri.personId },
    ]);
    await screenshots(page, 'quarterly-after');
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await accessibilityProblems(page)).toEqual([]);

    // The refused press and the saved one were one form: one fill written (double presses: tests/integration/console-quarterly.test.ts).
    const fills = async () => Number((await sql<{ n: string }>`select count(*) as n from quarterly_fills`.execute(t.db)).rows[0]!.n);
    expect(await fills()).toBe(1);

    // On to triwulan 4 (running): Lina is a member of it, still to answer.
    expect(await page.locator(`tr[data-person="${lina}"]`).count()).toBe(0);
    await page.locator('[data-k="next-quarter"]').click();
    await page.waitForURL(`${base}/kelompok/${w.melati}/triwulan?q=2026-Q4`);
    expect(await page.locator(`ul[data-k="not-answered"] li[data-person="${lina}"]`).textContent()).toBe('Lina (belum menjawab)');
    // Fira left Melati on 10 Dec, during triwulan 4: her card says so beside her name, on screen at 360 px.
    await page.setViewportSize({ width: 360, height: 740 });
    const firaLeft = page.locator('table[data-k="figures"] tr', { has: page.getByRole('link', { name: 'Fira', exact: true }) }).locator('[data-k="left"]');
    expect(await firaLeft.textContent()).toBe('keluar 10 Des 2026');
    const box = (await firaLeft.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await page.close();
  });
});
