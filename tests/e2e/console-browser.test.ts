/**
 * The web console in a real Chromium (Debian's package, driven by playwright-core; nothing
 * is downloaded), against the whole bot: real Postgres, Redis, grammY on the local fake Bot
 * API. A programme manager sends /masuk in her private chat and logs in with the code the
 * bot sends; another asks for a code on the login page and gets it in her chat. The home
 * page's numbers are checked against plain SQL sums for each viewer's groups; the language
 * switch, logout and a removed role are exercised; screenshots at 360×740 and 1280×800 go
 * to test-artifacts/console/ (git-ignored); axe-core finds no serious accessibility problem.
 */
import { sql } from 'kysely';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { removeStaffRole } from '../../src/modules/programmes/programmes.service.ts';
import { startConsoleBrowserWorld, type BotBrowserWorld } from '../helpers/console-browser-world.ts';
import { type ConsoleWorld } from '../helpers/console-world.ts';
import { type TestDatabase } from '../helpers/database.ts';
import { type FakeTelegram } from '../helpers/fake-telegram.ts';
import { eventually } from '../helpers/wait.ts';
import { accessibilityProblems, screenshots } from '../helpers/console-browser.ts';

const clock = fixedClock('2026-12-10T05:00:00Z');

let world: BotBrowserWorld;
let t: TestDatabase;
let tg: FakeTelegram;
let w: ConsoleWorld;
let browser: Browser;
let base: string;

beforeAll(async () => {
  world = await startConsoleBrowserWorld({ clock, bot: {} });
  ({ database: t, tg, w, browser, base } = world);
});
afterAll(() => world?.stop());

/** Plain SQL over the given groups: what the home page must show. */
async function expected(groupIds: number[]) {
  const { rows } = await sql<{ members: string; sales: string; expenses: string; last_sales: string }>`
    with m as (select distinct person_id from memberships where status = 'active' and group_id = any(${groupIds}::bigint[]))
    select (select count(*) from m) as members,
      (select coalesce(sum(amount), 0) from ledger_entries where kind = 'sale' and voided_at is null
         and business_date between '2026-12-01' and '2026-12-10' and person_id in (select person_id from m)) as sales,
      (select coalesce(sum(amount), 0) from ledger_entries where kind = 'expense' and voided_at is null
         and business_date between '2026-12-01' and '2026-12-10' and person_id in (select person_id from m)) as expenses,
      (select coalesce(sum(amount), 0) from ledger_entries where kind = 'sale' and voided_at is null
         and business_date between '2026-11-01' and '2026-11-30' and person_id in (select person_id from m)) as last_sales`.execute(t.db);
  const row = rows[0]!;
  return { members: Number(row.members), sales: Number(row.sales), expenses: Number(row.expenses), lastSales: Number(row.last_sales) };
}

const value = async (page: Page, key: string) => page.locator(`[data-k="${key}"]`).first().getAttribute('data-value');

async function shown(page: Page) {
  return {
    members: Number(await value(page, 'members')),
    sales: Number(await value(page, 'sales-this-month')),
    expenses: Number(await value(page, 'expenses-this-month')),
    lastSales: Number(await value(page, 'sales-last-month')),
  };
}

/** Logs a person in through a one-time link, as the terminal's admin link or /masuk's link does. */
const loginByLink = (personId: number, options: { bypassCSP?: boolean } = {}): Promise<Page> => world.loginAs(personId, options);

describe('login through the chat', () => {
  it('a manager sends /masuk, types the code the bot sent her, and sees her programme', async () => {
    const maya = tg.client({ chatId: 9101, userId: 9101, firstName: 'Maya' });
    await tg.say(maya, '/masuk');
    const reply = await eventually(() => tg.botMessages(9101).find((m) => /\b\d{6}\b/.test(m.text)), { what: 'the login code in chat' });
    expect(reply.text).toContain(`${base}/masuk/tautan/`);
    const code = /\b(\d{6})\b/.exec(reply.text)![1]!;

    const page = await browser.newPage();
    await page.goto(`${base}/masuk`);
    await screenshots(page, 'login');
    await page.fill('#code', code);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL(`${base}/`);
    expect(await page.locator('[data-k="viewer"]').textContent()).toContain('Maya');
    expect(await shown(page)).toEqual(await expected([w.melati, w.mawar]));
    expect(await page.locator('[data-k="par30"]').textContent()).toContain('100,0 %');
    // The key figures come first, each a link to its card; on a phone PAR30 is on the first screen.
    await page.setViewportSize({ width: 360, height: 740 });
    const par30Link = page.locator('[data-k="summary-par30"]');
    expect([await par30Link.getAttribute('href'), await par30Link.textContent()]).toEqual(['#par30', 'PAR30: 100,0 %']);
    expect((await par30Link.boundingBox())!.y + 20).toBeLessThan(740);
    expect(await page.locator('#par30').getAttribute('data-k')).toBe('par30');
    await screenshots(page, 'home');

    // The code was used: typing it again in another browser fails.
    const again = await browser.newPage();
    await again.goto(`${base}/masuk`);
    await again.fill('#code', code);
    await again.getByRole('button', { name: 'Masuk', exact: true }).click();
    await again.waitForURL(/n=wrongCode/);
    await again.close();
    await page.close();
  });

  it('the login page sends a code to her chat when she types her phone', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/masuk`);
    await page.fill('#contact', '0812 0000 0102');
    await page.getByRole('button', { name: 'Kirim kode' }).click();
    await page.waitForURL(/n=sent/);
    const message = await eventually(() => tg.botMessages(9102).find((m) => /\b\d{6}\b/.test(m.text)), { what: "Nina's code in her chat" });
    await page.fill('#code', /\b(\d{6})\b/.exec(message.text)![1]!);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL(`${base}/`);
    expect(await shown(page)).toEqual(await expected([w.kenanga]));
    await page.close();
  });

  it('or her Telegram @username, which her private messages told the bot', async () => {
    const before = tg.botMessages(9101).length;
    const page = await browser.newPage();
    await page.goto(`${base}/masuk`);
    await page.fill('#contact', '@Maya');
    await page.getByRole('button', { name: 'Kirim kode' }).click();
    await page.waitForURL(/n=sent/);
    const message = await eventually(() => tg.botMessages(9101).slice(before).find((m) => /\b\d{6}\b/.test(m.text)), { what: "Maya's code in her chat" });
    expect(message.text).toContain('Kode masuk konsol');
    await page.fill('#code', /\b(\d{6})\b/.exec(message.text)![1]!);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL(`${base}/`);
    expect(await page.locator('[data-k="viewer"]').textContent()).toContain('Maya');
    await page.close();
  });
});

describe('home page', () => {
  it('switches to English and back', async () => {
    const page = await loginByLink(w.admin);
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    await page.click('[data-k="lang-switch"]');
    await page.waitForURL(`${base}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('Overview');
    expect(await page.locator('[data-k="par30"] details').textContent()).toContain('CGAP');
    await screenshots(page, 'home-en');
    await page.click('[data-k="lang-switch"]');
    await page.waitForURL(`${base}/`);
    expect(await page.locator('h1').textContent()).toBe('Ringkasan');
    await page.close();
  });

  it('shows each viewer only her groups (role matrix)', async () => {
    const matrix: { who: string; personId: number; groups: number[] }[] = [
      { who: 'admin', personId: w.admin, groups: [w.melati, w.mawar, w.kenanga] },
      { who: 'manager of this programme', personId: w.maya, groups: [w.melati, w.mawar] },
      { who: 'manager of another programme', personId: w.nina, groups: [w.kenanga] },
      { who: 'facilitator, own group', personId: w.fitri.personId, groups: [w.melati] },
      { who: 'facilitator of another group', personId: w.gita.personId, groups: [w.mawar] },
    ];
    for (const row of matrix) {
      const page = await loginByLink(row.personId);
      expect({ who: row.who, ...(await shown(page)) }).toEqual({ who: row.who, ...(await expected(row.groups)) });
      await page.close();
    }
    // Hand-checked: Melati's sales are only in the views that include Melati.
    expect((await expected([w.melati])).sales).toBe(220_000);
    expect((await expected([w.mawar])).sales).toBe(30_000);
  });

  it('has no serious accessibility problems (axe-core), on the login page and home, in both languages', { timeout: 90_000 }, async () => {
    const login = await browser.newPage({ bypassCSP: true });
    await login.goto(`${base}/masuk?n=wrongCode`);
    expect(await accessibilityProblems(login)).toEqual([]);
    await login.close();
    const home = await loginByLink(w.admin, { bypassCSP: true });
    expect(await accessibilityProblems(home)).toEqual([]);
    await home.click('[data-k="lang-switch"]');
    await home.waitForURL(`${base}/`);
    expect(await accessibilityProblems(home)).toEqual([]);
    await home.click('[data-k="lang-switch"]');
    await home.close();
  });

  it('logout ends the session; a removed role ends it too', async () => {
    const page = await loginByLink(w.fitri.personId);
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.waitForURL(/n=loggedOut/);
    await page.goto(`${base}/`);
    expect(page.url()).toBe(`${base}/masuk`);
    await page.close();

    const maya = await loginByLink(w.maya);
    await t.db.transaction().execute((trx) => removeStaffRole(trx, w.maya, clock.now()));
    await maya.reload();
    expect(maya.url()).toBe(`${base}/masuk?n=expired`);
    await maya.close();
  });
});
