/**
 * The audit page in a real Chromium, against the whole bot (real Postgres, Redis, grammY on
 * the local fake Bot API): real actions happen through the chat — a facilitator records for
 * her member, a member tries a facilitator's command and is refused, the facilitator changes
 * a member's role, a manager logs in with /masuk's code — and each shows up as a row on
 * /audit, in plain words, with links to the member and the group. The manager of the other
 * programme sees none of it. Kind filter, paging links, the language switch, screenshots
 * at 360×740 and 1280×800 (test-artifacts/console/) and axe-core are checked too.
 */
import { sql } from 'kysely';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { groupsRepo } from '../../src/modules/groups/groups.service.ts';
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

/** Says something in her private chat and waits for the bot's answer (the first new message that matches). */
async function say(telegramId: string, name: string, text: string, answer: RegExp): Promise<string> {
  const chatId = Number(telegramId);
  const before = tg.botMessages(chatId).length;
  await tg.say(tg.client({ chatId, userId: chatId, firstName: name }), text);
  return (await eventually(() => tg.botMessages(chatId).slice(before).find((m) => answer.test(m.text)), { what: `the answer to ${text}` })).text;
}

const loginByLink = (personId: number, options: { bypassCSP?: boolean } = {}): Promise<Page> => world.loginAs(personId, options);

interface ShownRow {
  source: string;
  id: string;
  actor: string;
  subject: string;
  group: string;
  text: string;
}

async function rows(page: Page): Promise<ShownRow[]> {
  return page.locator('[data-k="audit-row"]').evaluateAll((trs) =>
    trs.map((tr) => ({
      source: tr.getAttribute('data-source') ?? '',
      id: tr.getAttribute('data-id') ?? '',
      actor: tr.getAttribute('data-actor') ?? '',
      subject: tr.getAttribute('data-subject') ?? '',
      group: tr.getAttribute('data-group') ?? '',
      text: (tr.textContent ?? '').replace(/\s+/g, ' ').trim(),
    })),
  );
}

describe('the audit page after real actions', () => {
  beforeAll(async () => {
    // A facilitator records for her member, through the chat.
    await say(w.fitri.telegramId, 'Fitri', 'catat untuk Ani: laku 5 bros @15rb', /Dicatat untuk Bu Ani/);
    // A member tries a facilitator's command: refused and logged.
    await say('1001', 'Ani', '/peran @Budi ketua', /hanya untuk pendamping/);
    // The facilitator changes a member's role.
    await say(w.fitri.telegramId, 'Fitri', '/peran @Budi bendahara', /bendahara/);
    // A manager logs in with the code /masuk sent her.
    const reply = await say(w.telegram.maya, 'Maya', '/masuk', /\b\d{6}\b/);
    const code = /\b(\d{6})\b/.exec(reply)![1]!;
    const page = await browser.newPage();
    await page.goto(`${base}/masuk`);
    await page.fill('#code', code);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL(`${base}/`);
    await page.close();
  });

  it('shows each action as a row, newest first, in plain words with links (admin)', async () => {
    const page = await loginByLink(w.admin);
    await page.goto(`${base}/audit`);
    const shown = await rows(page);
    const onBehalf = shown.find((x) => x.source === 'on_behalf');
    expect(onBehalf).toMatchObject({ actor: String(w.fitri.personId), subject: String(w.members.ani) });
    expect(onBehalf!.text).toContain('Fitri');
    expect(onBehalf!.text).toContain('Mencatat jualan Rp75.000 atas nama anggota');
    const refused = shown.find((x) => x.source === 'refusal');
    expect(refused).toMatchObject({ actor: String(w.members.ani) });
    expect(refused!.text).toContain('Ditolak: mengatur peran (bukan pendamping)');
    const role = shown.find((x) => x.source === 'member_role');
    expect(role).toMatchObject({ actor: String(w.fitri.personId), subject: String(w.members.budi), group: String(w.melati) });
    expect(role!.text).toContain('dari anggota menjadi bendahara');
    const logins = shown.filter((x) => x.source === 'login' && x.actor === String(w.maya));
    expect(logins.map((x) => x.text).join(' | ')).toContain('Masuk konsol: dengan kode');
    // Links to the member and the group the row is about.
    const row = page.locator(`[data-k="audit-row"][data-source="member_role"]`).first();
    expect(await row.locator('[data-k="about-member"]').getAttribute('href')).toBe(`/anggota/${w.members.budi}`);
    expect(await row.locator('[data-k="about-group"]').getAttribute('href')).toBe(`/kelompok/${w.melati}`);
    // Newest first: the datetime attributes never go up.
    const times = await page.locator('[data-k="audit-row"] time').evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute('datetime')!)));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    await screenshots(page, 'audit');
    await page.close();
  });

  it('filters by kind', async () => {
    const page = await loginByLink(w.admin);
    await page.goto(`${base}/audit`);
    await page.selectOption('#jenis', 'peran');
    await page.getByRole('button', { name: 'Tampilkan' }).click();
    await page.waitForURL(`${base}/audit?jenis=peran`);
    const sources = new Set((await rows(page)).map((x) => x.source));
    expect(sources.has('member_role')).toBe(true);
    expect([...sources].every((s) => ['staff_granted', 'staff_ended', 'facilitator_assigned', 'member_role'].includes(s))).toBe(true);
    await page.close();
  });

  it('the manager of the other programme sees none of it; the manager of this one sees it', async () => {
    const nina = await loginByLink(w.nina);
    await nina.goto(`${base}/audit`);
    const seen = await rows(nina);
    const programmeA = new Set([w.melati, w.mawar].map(String));
    const peopleA = new Set([w.members.ani, w.members.budi, w.members.citra, w.members.dewi, w.fitri.personId, w.gita.personId, w.maya].map(String));
    expect(seen.filter((x) => programmeA.has(x.group) || peopleA.has(x.actor) || peopleA.has(x.subject))).toEqual([]);
    await nina.close();

    const maya = await loginByLink(w.maya);
    await maya.goto(`${base}/audit`);
    const hers = await rows(maya);
    expect(hers.some((x) => x.source === 'on_behalf' && x.subject === String(w.members.ani))).toBe(true);
    expect(hers.some((x) => x.source === 'refusal' && x.actor === String(w.members.ani))).toBe(true);
    expect(hers.some((x) => x.source === 'member_role' && x.group === String(w.melati))).toBe(true);
    await maya.close();
  });

  it('pages 50 rows at a time, older pages by a link', async () => {
    // Enough refusals for three pages (written as the chat writes them; one came from the chat above).
    for (let i = 0; i < 110; i++) await groupsRepo.recordRefusal(t.db, { personId: w.members.budi, action: 'set_role', reason: 'not_facilitator', groupId: null });
    const page = await loginByLink(w.admin);
    await page.goto(`${base}/audit?jenis=penolakan`);
    const first = await rows(page);
    expect(first).toHaveLength(50);
    await page.click('[data-k="audit-older"]');
    const second = await rows(page);
    expect(second).toHaveLength(50);
    expect(page.url()).toContain('jenis=penolakan');
    await page.click('[data-k="audit-older"]');
    const third = await rows(page);
    // Every refusal once, counted independently: the chat's and the console's refused logins.
    const { rows: counted } = await sql<{ n: string }>`select (select count(*) from permission_refusals)
      + (select count(*) from console_login_attempts where outcome not in ('ok', 'issued')) as n`.execute(t.db);
    const all = [...first, ...second, ...third].map((x) => `${x.source}:${x.id}`);
    expect(all.length).toBe(Number(counted[0]!.n));
    expect(new Set(all).size).toBe(all.length);
    expect(third.length).toBe(all.length - 100);
    expect(await page.locator('[data-k="audit-older"]').count()).toBe(0);
    expect(await page.locator('[data-k="audit-newest"]').count()).toBe(1);
    const bytes = (await page.content()).length;
    expect(bytes).toBeLessThan(100_000);
    await page.close();
  }, 120_000);

  it('switches to English, and has no serious accessibility problems in either language', { timeout: 90_000 }, async () => {
    const page = await loginByLink(w.admin, { bypassCSP: true });
    await page.goto(`${base}/audit`);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.click('[data-k="lang-switch"]');
    await page.waitForURL(`${base}/audit`);
    expect(await page.locator('h1').textContent()).toBe('Activity log');
    expect((await rows(page)).find((x) => x.source === 'member_role')!.text).toContain("Changed the member's role from member to treasurer");
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshots(page, 'audit-en');
    await page.click('[data-k="lang-switch"]');
    await page.close();
  });
});
