/**
 * Giving and taking a console role in a real Chromium (playwright-core, Debian's package)
 * against the real web console on real Postgres (the console world: today is 10 Dec 2026).
 * The admin, on a 360 px phone, opens "Staf", presses "Beri peran", finds Fitri (a
 * facilitator of programme A's Melati) by her phone, makes her the manager of programme B
 * (Program Timur) and makes her a login link. Fitri opens it in her own browser: she is
 * programme B's manager, sees Kenanga and B's staff, and no longer Melati. The admin then
 * takes the role away; Fitri's next request is back to her facilitator's view (Melati, no
 * staff page). Screenshots at 360×740 and 1280×800 (test-artifacts/console/), axe-core.
 */
import { sql } from 'kysely';
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
  world = await startConsoleBrowserWorld({
    clock,
    // The world's facilitators are known by Telegram; Fitri's phone, as the admin knows her.
    seed: async ({ db, w }) => void (await sql`update people set phone = '+6281277001234' where id = ${w.fitri.personId}`.execute(db)),
  });
  ({ w, browser, base } = world);
});
afterAll(() => world?.stop());

// CSP bypassed only so axe-core's script can be injected.
const loginByLink = (personId: number): Promise<Page> => world.loginAs(personId, { bypassCSP: true, viewport: { width: 360, height: 740 } });

/** The names of the groups on her groups page. */
const groupsSeen = async (page: Page) => {
  await page.goto(`${base}/kelompok`);
  const text = (await page.locator('main').textContent()) ?? '';
  return ['Melati', 'Mawar', 'Kenanga'].filter((g) => text.includes(g));
};

describe('console roles from the console', () => {
  it('the admin makes Fitri programme B’s manager, Fitri logs in as one; the role taken away, she is back to her own groups', async () => {
    const admin = await loginByLink(w.admin);
    await admin.locator('[data-k="staff-link"]').click();
    await admin.waitForURL(`${base}/staf`);
    // Each row has her "Ubah peran" beside the login link, and the cards still fit the phone.
    expect(await admin.locator(`tr[data-person="${w.fitri.personId}"] [data-k="change-role"]`).getAttribute('href')).toBe(`/staf/${w.fitri.personId}/peran`);
    await screenshots(admin, 'staff-admin');
    await admin.setViewportSize({ width: 360, height: 740 });
    await admin.locator('[data-k="give-role"]').click();
    await admin.waitForURL(`${base}/staf/peran`);
    // A wrong number first: refused next to the field.
    await admin.getByLabel('Nomor HP').fill('0812 9999 0000');
    await admin.locator('[data-k="find-person"]').click();
    expect(await admin.locator('[data-k="error"]').getAttribute('data-value')).toBe('person_not_found');
    expect(await admin.getByLabel('Nomor HP').getAttribute('aria-invalid')).toBe('true');
    await screenshots(admin, 'staff-role-find');
    await admin.setViewportSize({ width: 1280, height: 800 });
    expect(await accessibilityProblems(admin)).toEqual([]);
    await admin.setViewportSize({ width: 360, height: 740 });

    await admin.getByLabel('Nomor HP').fill('0812-7700-1234');
    await admin.locator('[data-k="find-person"]').click();
    await admin.waitForURL(`${base}/staf/${w.fitri.personId}/peran`);
    expect(await admin.locator('h1').textContent()).toBe('Peran konsol Fitri');
    expect(await admin.locator('[data-k="role-now"]').getAttribute('data-role')).toBe('facilitator');
    // Nothing chosen yet, and a warning: a staff role replaces her own groups' view.
    expect(await admin.locator('input[name="role"]:checked').count()).toBe(0);
    expect(await admin.locator('[data-k="facilitator-warning"]').isVisible()).toBe(true);
    await admin.locator('[data-k="role-manager"]').check();
    await admin.getByLabel('Program', { exact: true }).selectOption({ label: 'Program Timur' });
    await admin.locator('[data-k="save-role"]').click();
    await admin.waitForURL(`${base}/staf/${w.fitri.personId}/peran?n=diubah`);
    expect(await admin.locator('[data-k="notice"]').textContent()).toBe('Peran sudah disimpan.');
    expect(await admin.locator('[data-k="role-now"]').textContent()).toBe('Sekarang: Manajer program · Program Timur');
    await screenshots(admin, 'staff-role');
    await admin.setViewportSize({ width: 1280, height: 800 });
    expect(await accessibilityProblems(admin)).toEqual([]);
    await admin.setViewportSize({ width: 360, height: 740 });

    // A login link for her, from the staff list's button.
    await admin.goto(`${base}/staf`);
    expect(await admin.locator(`tr[data-person="${w.fitri.personId}"]`).getAttribute('data-role')).toBe('manager');
    await admin.locator(`tr[data-person="${w.fitri.personId}"] [data-k="make-login-link"]`).click();
    await admin.locator('[data-k="make-login-link"]').click();
    const url = (await admin.locator('[data-k="login-url"]').textContent())!;

    // Fitri, in her own browser: programme B's manager.
    const fitri = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await fitri.goto(url);
    await fitri.getByRole('button').click();
    await fitri.waitForURL(`${base}/`);
    expect(await fitri.locator('[data-k="viewer"]').textContent()).toContain('Program Timur');
    expect(await groupsSeen(fitri)).toEqual(['Kenanga']);
    const staff = await fitri.goto(`${base}/staf`);
    expect(staff!.status()).toBe(200);
    expect(await fitri.locator('table[data-k="staff"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-role')))).toEqual(['manager', 'manager', 'facilitator']);
    // A manager gives no roles.
    expect(await fitri.locator('[data-k="give-role"]').count()).toBe(0);
    expect((await fitri.goto(`${base}/staf/${w.gita.personId}/peran`))!.status()).toBe(404);

    // The admin takes the role away: she is a facilitator still, so she keeps her own groups.
    await admin.goto(`${base}/staf/${w.fitri.personId}/peran`);
    await admin.locator('[data-k="role-none"]').check();
    await admin.locator('[data-k="save-role"]').click();
    await admin.waitForURL(`${base}/staf/${w.fitri.personId}/peran?n=diubah`);
    expect(await admin.locator('[data-k="role-now"]').getAttribute('data-role')).toBe('facilitator');

    // Her next request: her own group only, no staff page.
    expect(await groupsSeen(fitri)).toEqual(['Melati']);
    expect(await fitri.locator('[data-k="staff-link"]').count()).toBe(0);
    expect((await fitri.goto(`${base}/staf`))!.status()).toBe(404);
    await fitri.close();
    await admin.close();
  });
});
