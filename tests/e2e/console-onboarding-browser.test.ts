/**
 * Setting up in a real Chromium (issue #20): a programme's manager adds a region, then a
 * group in it with a new facilitator (a refusal first: shown next to its field, what she typed
 * kept), opens the group's invitation and finds each QR code drawn from exactly its chat
 * link (no QR decoder is installed: the SVG is compared with `qrcode`'s own drawing of the
 * expected link, which is deterministic). A facilitator added by phone gets in through the
 * login link the manager makes, and is then on the manager's staff list although she has no
 * group yet (the manager added her). Screenshots at 360 px and 1280 px and of the
 * invitation as printed (print media: no header); axe-core finds no serious problem.
 */
import path from 'node:path';
import { sql } from 'kysely';
import QRCode from 'qrcode';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { accessibilityProblems, ARTEFACTS, screenshots } from '../helpers/console-browser.ts';
import { startConsoleBrowserWorld, type ConsoleBrowserWorld } from '../helpers/console-browser-world.ts';
import { type ConsoleWorld } from '../helpers/console-world.ts';
import { type TestDatabase } from '../helpers/database.ts';

const clock = fixedClock('2026-12-10T05:00:00Z');
let world: ConsoleBrowserWorld;
let t: TestDatabase;
let w: ConsoleWorld;
let browser: Browser;
let base: string;

beforeAll(async () => {
  world = await startConsoleBrowserWorld({ clock, web: { joinLinks: { telegramBot: 'dampingi_bot', whatsappNumber: '6281299990000' } } });
  ({ database: t, w, browser, base } = world);
});
afterAll(() => world?.stop());

// bypassCSP: axe-core is injected past the page's CSP, which forbids scripts.
const login = (personId: number): Promise<Page> => world.loginAs(personId, { bypassCSP: true });

describe('a manager sets up a group and prints its invitation', () => {
  it('region → group with a new facilitator → invitation whose QR codes are the chat links', async () => {
    const page = await login(w.maya);
    await page.goto(`${base}/kelompok`);
    await page.getByRole('link', { name: 'Wilayah baru' }).click();
    await page.getByLabel('Kabupaten / kota').fill('Gunungkidul');
    await page.getByLabel('Kecamatan').fill('Wonosari');
    await screenshots(page, 'onboarding-region');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL(/\/kelompok\/baru\?n=wilayah&program=\d+&wilayah=\d+/);
    expect(await page.locator('[data-k="notice"]').textContent()).toContain('Wilayah sudah ditambahkan');
    expect(await page.getByLabel('Wilayah', { exact: true }).locator('option:checked').textContent()).toBe('Gunungkidul · Wonosari');

    // The group form, the region just made already chosen. First without a way to reach her.
    await page.getByLabel('Nama kelompok').fill('Anyelir');
    await page.getByLabel('Kuliner').check();
    await page.getByLabel('Desa / kelurahan').fill('Karangrejek');
    await page.getByLabel('Zona waktu').selectOption('WIB');
    await page.getByLabel('Pendamping', { exact: true }).selectOption('baru');
    await page.getByLabel('Nama pendamping').fill('Yuni');
    await page.getByRole('button', { name: 'Simpan' }).click();
    const error = page.locator('[data-k="error"]');
    await expect.poll(() => error.getAttribute('data-value')).toBe('contact_missing');
    expect(await error.getAttribute('data-field')).toBe('facilitatorPhone');
    expect(await page.getByLabel('Nama kelompok').inputValue()).toBe('Anyelir');
    expect(await page.getByLabel('Kuliner').isChecked()).toBe(true);
    expect(await page.getByLabel('Nomor HP').getAttribute('aria-invalid')).toBe('true');
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshots(page, 'onboarding-group-refused');

    await page.getByLabel('Nomor HP').fill('0812 7777 1234');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL(/\/kelompok\/\d+\?n=dibuat$/);
    const groupId = Number(/\/kelompok\/(\d+)/.exec(page.url())![1]);
    const group = (await sql<{ join_code: string; region: string; programme_id: number }>`select g.join_code, r.kabupaten as region, g.programme_id from groups g join regions r on r.id = g.region_id where g.id = ${groupId}`.execute(t.db)).rows[0]!;
    expect(group).toMatchObject({ region: 'Gunungkidul', programme_id: w.programmeA });

    await page.getByRole('link', { name: 'Undangan untuk anggota (cetak)' }).first().click();
    await page.waitForURL(`${base}/kelompok/${groupId}/undangan`);
    expect(await page.locator('[data-k="join-code"]').textContent()).toBe(group.join_code);
    const expected = { telegram: `https://t.me/dampingi_bot?start=${group.join_code}`, whatsapp: `https://wa.me/6281299990000?text=gabung%20${group.join_code}` };
    for (const [platform, url] of Object.entries(expected)) {
      const qr = page.locator(`[data-k="way"][data-platform="${platform}"] [data-k="qr"]`);
      expect(await qr.getAttribute('data-url')).toBe(url);
      // The drawn SVG is qrcode's drawing of exactly this link: the same modules (the paths'
      // `d`) in the same grid (the viewBox), as the browser parsed them.
      const drawn = await qr.evaluate((el) => ({ viewBox: el.querySelector('svg')?.getAttribute('viewBox'), d: [...el.querySelectorAll('path')].map((p) => p.getAttribute('d')) }));
      const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      expect(drawn).toEqual({ viewBox: /viewBox="([^"]+)"/.exec(svg)![1], d: [...svg.matchAll(/ d="([^"]+)"/g)].map((m) => m[1]) });
      expect(drawn.d.join('').length).toBeGreaterThan(500);
    }
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshots(page, 'onboarding-invitation');

    // As printed: A4, no console header.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').isVisible()).toBe(false);
    expect(await page.locator('[data-k="qr"] svg').first().isVisible()).toBe(true);
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: path.join(ARTEFACTS, 'onboarding-invitation-print.png'), fullPage: true });
    await page.close();
  });
});

describe('a facilitator added by phone gets in through a login link the manager makes', () => {
  it('at 360 px: add her → "make her a login link" → link and code shown once → she logs in with the link in her own browser', async () => {
    const page = await login(w.maya);
    page.setDefaultTimeout(15_000);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${base}/pendamping/baru`);
    await page.getByLabel('Nama pendamping').fill('Sari');
    await page.getByLabel('Nomor HP').fill('0812 5555 0077');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL(/\/kelompok\/baru\?n=pendamping&pendamping=\d+&orang=\d+$/);
    // The notice says how she really gets in: the link, or the bot first (/nomor), then /masuk.
    const notice = await page.locator('[data-k="notice"]').textContent();
    expect(notice).toContain('tautan masuk');
    expect(notice).toContain('/nomor');
    expect(notice).toContain('/masuk');
    await page.getByRole('link', { name: 'Buat tautan masuk untuknya' }).click();
    await page.waitForURL(/\/staf\/\d+\/tautan-masuk$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Tautan masuk untuk Sari');
    await page.getByRole('button', { name: 'Buat tautan masuk' }).click();
    const url = await page.locator('[data-k="login-url"]').textContent();
    const code = await page.locator('[data-k="login-code"]').textContent();
    expect(url).toMatch(new RegExp(`^${base}/masuk/tautan/[\\w-]{43}$`));
    expect(code).toMatch(/^\d{6}$/);
    expect(await page.locator('[data-k="login-until"]').textContent()).toBe('Berlaku sampai 10 Des 2026 12.10, satu kali saja.');
    expect(await accessibilityProblems(page)).toEqual([]);
    // Nothing spills past 360 px (the 43-character link wraps): screenshots() checks it.
    await screenshots(page, 'onboarding-login-link', { fits360: true });
    await page.close();

    // Her own browser: the link's button logs her in as a facilitator; the link then works no more.
    const hers = await browser.newPage({ bypassCSP: true });
    await hers.goto(url!);
    await hers.getByRole('button').click();
    await hers.waitForURL(`${base}/`);
    const personId = Number((await sql<{ id: string }>`select id from people where phone = '+6281255550077'`.execute(t.db)).rows[0]!.id);
    const session = (await sql<{ person_id: string }>`select person_id from console_sessions order by id desc limit 1`.execute(t.db)).rows[0]!;
    expect(Number(session.person_id)).toBe(personId);
    const again = await browser.newPage();
    await again.goto(url!);
    expect(await again.getByRole('button').count()).toBe(0);
    await again.close();
    await hers.close();

    // Maya's staff list holds her (no group yet, but Maya added her), now as logged in, with the link button.
    const staff = await login(w.maya);
    await staff.goto(`${base}/staf`);
    const row = staff.locator(`tr[data-person="${personId}"]`);
    expect(await row.getAttribute('data-role')).toBe('facilitator');
    expect(await row.locator('[data-k="login"]').getAttribute('data-value')).toBe('yes');
    expect(await row.locator('[data-k="make-login-link"]').count()).toBe(1);
    await staff.close();
  }, 120_000);
});
