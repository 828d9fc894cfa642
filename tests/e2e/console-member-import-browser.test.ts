/**
 * The member import in a real Chromium (Debian's package, driven by playwright-core), served
 * by the real web console over HTTP against Postgres: Fitri uploads a 25-row spreadsheet
 * (XLSX) for her new group Kenari with 2 bad rows (a phone that is no phone, and a group
 * that is not hers), reads the dry run with the reasons, leaves the 2 rows out, confirms,
 * and Kenari's page lists the 23 members. Nothing is written before the confirmation. At
 * 360 px nothing scrolls sideways; screenshots at 360×740 and 1280×800 go to
 * test-artifacts/console/ (git-ignored); axe-core finds no serious problem; the language
 * switch turns the page English.
 */
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { createGroup } from '../../src/modules/groups/groups.service.ts';
import { accessibilityProblems, screenshots } from '../helpers/console-browser.ts';
import { startConsoleBrowserWorld, type ConsoleBrowserWorld } from '../helpers/console-browser-world.ts';
import { type ConsoleWorld } from '../helpers/console-world.ts';
import { type TestDatabase } from '../helpers/database.ts';

const clock = fixedClock('2026-12-10T05:00:00Z');
let world: ConsoleBrowserWorld;
let t: TestDatabase;
let w: ConsoleWorld;
let base: string;
let kenari: number;

beforeAll(async () => {
  world = await startConsoleBrowserWorld({
    clock,
    seed: async ({ db, w }) => void (kenari = (await createGroup(db, { name: 'Kenari', trades: ['kuliner'], facilitatorId: w.fitri.facilitatorId, timeZone: 'Asia/Jakarta' })).id),
  });
  ({ database: t, w, base } = world);
});
afterAll(() => world?.stop());

// bypassCSP: axe-core is injected as a script, which the console's CSP (rightly) forbids.
const login = (personId: number): Promise<Page> => world.loginAs(personId, { bypassCSP: true });

/** 25 members of Kenari; row 8's phone is no phone, row 19 names Gita's group Mawar. */
async function spreadsheet(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Anggota');
  sheet.addRow(['Nama', 'No. HP', 'Kelompok', 'Peran']);
  for (let i = 1; i <= 25; i++) {
    const phone = i === 7 ? '0812-12' : `0813 5500 ${String(i).padStart(4, '0')}`;
    const group = i === 18 ? 'Mawar' : i % 2 ? 'Kenari' : kenari;
    sheet.addRow([`Ibu Kenari ${String(i).padStart(2, '0')}`, phone, group, i === 1 ? 'ketua' : i === 2 ? 'Bendahara' : '']);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const memberships = async () => Number((await sql<{ n: string }>`select count(*) as n from memberships where group_id = ${kenari}`.execute(t.db)).rows[0]!.n);

describe('importing members in the browser', () => {
  it('a facilitator uploads 25 rows, sees the 2 bad ones with their reasons, leaves them out, confirms, and her group lists 23', { timeout: 120_000 }, async () => {
    const page = await login(w.fitri.personId);
    // Kenari's page links to the import, which names nothing for her but the group's number.
    await page.goto(`${base}/kelompok/${kenari}`);
    await page.click('[data-k="import-link"]');
    await expect.poll(() => page.url()).toBe(`${base}/anggota/impor?kelompok=${kenari}`);
    expect(await page.locator('[data-k="for-group"]').textContent()).toContain(`(${kenari})`);
    await page.getByRole('link', { name: 'Cari anggota', exact: true }).click();
    await page.getByRole('link', { name: /Impor anggota dari berkas/ }).click();
    await expect.poll(() => page.url()).toBe(`${base}/anggota/impor`);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshots(page, 'member-import-form');

    await page.setInputFiles('#berkas', { name: 'anggota-kenari.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await spreadsheet() });
    await page.getByRole('button', { name: 'Unggah dan periksa' }).click();
    await page.waitForURL(/\/anggota\/impor\/[\w-]{43}$/);
    const dryRun = page.url();

    // The dry run: 23 new, 2 with their reasons in words; nothing written yet.
    await expect.poll(() => page.locator('h1').textContent()).toBe('Hasil pemeriksaan: anggota-kenari.xlsx');
    expect(await page.locator('[data-k="new"]').getAttribute('data-value')).toBe('23');
    expect(await page.locator('[data-k="errors"]').getAttribute('data-value')).toBe('2');
    const problems = page.locator('table[data-k="problems"] tbody tr');
    expect(await problems.count()).toBe(2);
    expect(await problems.nth(0).getAttribute('data-line')).toBe('8');
    expect(await problems.nth(0).textContent()).toContain('Nomor HP tidak benar');
    expect(await problems.nth(0).textContent()).toContain('0812-12');
    expect(await problems.nth(1).getAttribute('data-line')).toBe('19');
    expect(await problems.nth(1).textContent()).toContain('Kelompok tidak dikenal atau bukan kelompok Ibu.');
    expect(await page.locator('[data-k="confirm"]').count()).toBe(0);
    expect(await memberships()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshots(page, 'member-import-dry-run');
    // At 360 px each card's labels ("Hasil", "Telepon") break only between words, never inside one.
    await page.setViewportSize({ width: 360, height: 740 });
    const labelWraps = await page.locator('table[data-k="problems"] td').evaluateAll((cells) =>
      cells.map((c) => {
        const b = (globalThis as unknown as { getComputedStyle(e: unknown, p: string): { overflowWrap: string; wordBreak: string } }).getComputedStyle(c, '::before');
        return `${b.overflowWrap}/${b.wordBreak}`;
      }),
    );
    expect(new Set(labelWraps)).toEqual(new Set(['normal/normal']));
    await page.setViewportSize({ width: 1280, height: 800 });

    // The same page in English, and back.
    await page.click('[data-k="lang-switch"]');
    await page.waitForURL(dryRun);
    expect(await page.locator('table[data-k="problems"]').textContent()).toContain('Unknown group, or not one of yours.');
    await screenshots(page, 'member-import-dry-run-en');
    await page.click('[data-k="lang-switch"]');
    await page.waitForURL(dryRun);

    await page.getByRole('button', { name: 'Buang 2 baris bermasalah dan periksa lagi' }).click();
    await page.waitForURL(dryRun);
    expect(await page.locator('[data-k="errors"]').getAttribute('data-value')).toBe('0');
    expect(await page.locator('table[data-k="fine"] tbody tr').count()).toBe(23);
    // The heading counts what the button saves.
    expect(await page.locator('[data-k="fine-heading"]').textContent()).toBe('Baris yang akan disimpan (23)');
    // The rows left out are still listed, with their reasons, to fix later.
    const dropped = page.locator('[data-k="dropped"] li');
    expect(await dropped.evaluateAll((li) => li.map((l) => [l.getAttribute('data-line'), l.getAttribute('data-problem')]))).toEqual([
      ['8', 'phone_invalid'],
      ['19', 'group_unknown'],
    ]);
    expect(await dropped.nth(0).textContent()).toBe('Baris 8 · Ibu Kenari 07: Nomor HP tidak benar (contoh: 0812 3456 7890 atau +62 812 3456 7890).');
    expect(await memberships()).toBe(0);

    await page.getByRole('button', { name: 'Simpan 23 baris' }).click();
    await page.waitForURL(dryRun);
    const done = page.locator('[data-k="import-done"]');
    expect(await done.getAttribute('data-added')).toBe('23');
    expect(await done.textContent()).toContain('Tersimpan: 23 anggota baru');
    // Where to send them next: Kenari's invitation page, and how they join.
    expect(await page.locator('[data-k="invitation-link"]').evaluateAll((a) => a.map((l) => l.getAttribute('href')))).toEqual([`/kelompok/${kenari}/undangan`]);
    expect(await page.locator('[data-k="join-hint"]').textContent()).toContain('/gabung KODE');
    expect(await page.locator('[data-k="dropped"] li').count()).toBe(2);
    await screenshots(page, 'member-import-done');

    await page.goto(`${base}/kelompok/${kenari}`);
    const listed = await page.locator('tr[data-person][data-status="active"]').allTextContents();
    expect(listed).toHaveLength(23);
    expect(listed.filter((r) => r.includes('Ibu Kenari')).map((r) => /Ibu Kenari (\d\d)/.exec(r)![1])).toEqual(
      Array.from({ length: 25 }, (_, i) => String(i + 1).padStart(2, '0')).filter((n) => n !== '07' && n !== '18'),
    );
    const roles = await sql<{ name: string; role: string }>`select p.name, m.role from memberships m join people p on p.id = m.person_id
      where m.group_id = ${kenari} and m.role <> 'anggota' order by p.name`.execute(t.db);
    expect(roles.rows).toEqual([
      { name: 'Ibu Kenari 01', role: 'ketua' },
      { name: 'Ibu Kenari 02', role: 'bendahara' },
    ]);
    await page.close();
  });
});
