/**
 * The staff list in a real Chromium (playwright-core, Debian's package) against the real web
 * console on real Postgres (the console world: today is 10 Dec 2026). Maya, programme A's
 * manager, opens "Staf" from the menu on a 360 px phone: herself, Fitri and Gita, each a card
 * that fits the screen; Gita has never logged in. Maya follows Gita's "Buat tautan masuk",
 * makes the link, Gita opens it in her own browser and is in; Maya's list then says Gita has
 * logged in. Fitri (a facilitator) has no menu entry and gets the not-found page. Screenshots
 * at 360×740 and 1280×800 (test-artifacts/console/), axe-core.
 */
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { accessibilityProblems, screenshots } from '../helpers/console-browser.ts';
import { startConsoleBrowserWorld, type ConsoleBrowserWorld } from '../helpers/console-browser-world.ts';
import { type ConsoleWorld } from '../helpers/console-world.ts';

// A real browser on a shared machine: a page and its checks can take seconds.
vi.setConfig({ testTimeout: 120_000 });

const clock = fixedClock('2026-12-10T05:00:00Z');

let world: ConsoleBrowserWorld;
let w: ConsoleWorld;
let browser: Browser;
let base: string;

beforeAll(async () => {
  world = await startConsoleBrowserWorld({ clock });
  ({ w, browser, base } = world);
});
afterAll(() => world?.stop());

// CSP bypassed only so axe-core's script can be injected.
const loginByLink = (personId: number): Promise<Page> => world.loginAs(personId, { bypassCSP: true, viewport: { width: 360, height: 740 } });

/** Each card's person, role, login state, whether it offers a link, and its right edge on screen. */
const cards = (page: Page) =>
  page.locator('table[data-k="staff"] tbody tr').evaluateAll((rows) =>
    rows.map((r) => ({
      person: Number(r.getAttribute('data-person')),
      role: r.getAttribute('data-role'),
      login: r.querySelector('[data-k="login"]')?.getAttribute('data-value'),
      link: r.querySelector('[data-k="make-login-link"]') !== null,
      right: r.getBoundingClientRect().right,
    })),
  );

describe('the staff list on a phone', () => {
  it("Maya makes Gita's first login link from the list; Gita logs in with it; the list then says so", async () => {
    const maya = await loginByLink(w.maya);
    await maya.locator('[data-k="staff-link"]').click();
    await maya.waitForURL(`${base}/staf`);
    expect(await maya.locator('h1').textContent()).toBe('Staf program');
    const before = await cards(maya);
    expect(before.map((c) => [c.person, c.role, c.login, c.link])).toEqual([
      [w.maya, 'manager', 'yes', false],
      [w.fitri.personId, 'facilitator', 'never', true],
      [w.gita.personId, 'facilitator', 'never', true],
    ]);
    for (const c of before) expect(c.right, String(c.person)).toBeLessThanOrEqual(360);
    // Gita's card names her group, linked to its page.
    expect(await maya.locator(`tr[data-person="${w.gita.personId}"] [data-k="groups"] a`).getAttribute('href')).toBe(`/kelompok/${w.mawar}`);
    await screenshots(maya, 'staff');
    await maya.setViewportSize({ width: 1280, height: 800 });
    expect(await accessibilityProblems(maya)).toEqual([]);
    await maya.setViewportSize({ width: 360, height: 740 });

    await maya.locator(`tr[data-person="${w.gita.personId}"] [data-k="make-login-link"]`).click();
    await maya.waitForURL(`${base}/staf/${w.gita.personId}/tautan-masuk`);
    await maya.locator('[data-k="make-login-link"]').click();
    const url = (await maya.locator('[data-k="login-url"]').textContent())!;
    expect(url).toMatch(new RegExp(`^${base}/masuk/tautan/`));

    // Gita, in her own browser.
    const gita = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await gita.goto(url);
    await gita.getByRole('button').click();
    await gita.waitForURL(`${base}/`);
    expect(await gita.locator('[data-k="viewer"]').textContent()).toContain('Gita');
    // A facilitator: no staff entry in her menu, and the page is not hers.
    expect(await gita.locator('[data-k="staff-link"]').count()).toBe(0);
    const refused = await gita.goto(`${base}/staf`);
    expect(refused!.status()).toBe(404);
    await gita.close();

    await maya.goto(`${base}/staf`);
    const after = await cards(maya);
    expect(after.find((c) => c.person === w.gita.personId)!.login).toBe('yes');
    expect(await maya.locator(`tr[data-person="${w.gita.personId}"] [data-k="login"]`).textContent()).toBe('Terakhir masuk 10 Des 2026 12.00');
    await maya.close();
  });
});
