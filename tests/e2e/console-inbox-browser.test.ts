/**
 * The help inbox in a real Chromium against the whole bot (real Postgres, Redis, queues and
 * send workers; grammY on the local fake Bot API): Ani sends a voice note in Telegram; it
 * appears in her facilitator Fitri's inbox and the home page counts it; its page has an
 * audio player whose source answers 200 with the note's bytes (fetched from the fake Bot
 * API's getFile and file download); Fitri records "laku 5 bros @15rb" for Ani from it; the
 * entry is in Ani's books with the on-behalf marks, Ani gets the chat's notice, the item is
 * done and the home count drops. Screenshots at 360×740 and 1280×800 go to
 * test-artifacts/console/ (git-ignored); nothing scrolls sideways at 360 px; axe-core finds
 * no serious problem.
 */
import { sql } from 'kysely';
import { type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { startConsoleBrowserWorld, type BotBrowserWorld } from '../helpers/console-browser-world.ts';
import { type ConsoleWorld } from '../helpers/console-world.ts';
import { type TestDatabase } from '../helpers/database.ts';
import { type FakeTelegram } from '../helpers/fake-telegram.ts';
import { eventually } from '../helpers/wait.ts';
import { accessibilityProblems, screenshots } from '../helpers/console-browser.ts';

const clock = fixedClock('2026-12-10T05:00:00Z');
/** The world's members' Telegram ids are their private chats; Fitri's is 9001. */
const ANI = 1001;
const FITRI = 9001;
const VOICE = Buffer.from('OggS\0\x02 a voice note from Ani, as Telegram would serve it');

let world: BotBrowserWorld;
let t: TestDatabase;
let tg: FakeTelegram;
let w: ConsoleWorld;
let base: string;

beforeAll(async () => {
  world = await startConsoleBrowserWorld({
    clock,
    bot: {},
    // The world's leads are written as already sent: left unpublished, the publishing sweep would send them now.
    seed: async ({ db }) => void (await sql`update leads set published_at = created_at`.execute(db)),
  });
  ({ database: t, tg, w, base } = world);
});
afterAll(() => world?.stop());

// Past the page's CSP only so that axe-core's script can be injected.
const loginByLink = (personId: number): Promise<Page> => world.loginAs(personId, { bypassCSP: true });

const arrives = (chatId: number, pattern: RegExp) => eventually(() => tg.botMessages(chatId).find((m) => pattern.test(m.text)), { what: `${String(pattern)} in chat ${chatId}` });

async function checkPage(page: Page, name: string) {
  await screenshots(page, name);
  expect(await accessibilityProblems(page)).toEqual([]);
}

const homeCount = async (page: Page) => {
  await page.goto(`${base}/`);
  return page.locator('[data-k="inbox-waiting"]').getAttribute('data-value');
};

describe('a voice note in the help inbox', () => {
  it('is played in the page and recorded on her behalf from there', { timeout: 120_000 }, async () => {
    await tg.sendMedia(tg.client({ chatId: ANI, userId: ANI, firstName: 'Ani' }), { kind: 'voice', fileId: 'voice-ani-1', bytes: VOICE });
    // The chat's media flow: she is told, Fitri gets it forwarded.
    await arrives(ANI, /sudah diteruskan ke pendamping/);
    await eventually(() => tg.botMedia(FITRI).find((m) => m.file_id === 'voice-ani-1'), { what: 'the voice note forwarded to Fitri' });

    const page = await loginByLink(w.fitri.personId);
    expect(await homeCount(page)).toBe('1');
    await page.locator('[data-k="inbox-waiting"] a').click();
    await page.waitForURL(`${base}/kotak-bantuan`);
    const row = page.locator('tr[data-k="inbox-item"]');
    expect(await row.count()).toBe(1);
    expect(await row.locator('td').first().textContent()).toBe('Ani');
    expect(await row.locator('[data-k="kind"]').textContent()).toBe('Pesan suara');
    await checkPage(page, 'inbox-list');

    await row.getByRole('link', { name: 'Ani' }).click();
    await page.waitForURL(/\/kotak-bantuan\/\d+$/);
    const audio = page.locator('audio[data-k="media"]');
    expect(await audio.getAttribute('controls')).not.toBeNull();
    const src = new URL((await audio.getAttribute('src'))!, page.url()).toString();
    // The player's source, fetched as the browser does (her session cookie): the note's bytes.
    const file = await page.request.get(src);
    expect(file.status()).toBe(200);
    expect(file.headers()['cache-control']).toBe('private, max-age=3600');
    expect(Buffer.from(await file.body())).toEqual(VOICE);
    expect(tg.downloads.get('voice-ani-1')).toBeGreaterThanOrEqual(1);
    await checkPage(page, 'inbox-item');

    // Check first: what would be written, nothing written yet.
    await page.getByLabel('Yang dicatat').fill('laku 5 bros @15rb');
    await page.getByRole('button', { name: 'Periksa' }).click();
    expect(await page.locator('[data-k="preview-entry"]').allTextContents()).toEqual(['Jualan: 5 bros × Rp15.000 = Rp75.000']);
    await checkPage(page, 'inbox-preview');
    await page.getByRole('button', { name: 'Catat', exact: true }).click();
    await page.waitForURL(/n=recorded$/);
    expect(await page.locator('[data-k="notice"]').textContent()).toBe('Sudah dicatat untuk Ani; ia diberi tahu lewat chat.');
    expect(await page.locator('[data-k="done"]').textContent()).toMatch(/^Selesai: Fitri, /);

    // In her books, written by Fitri on her behalf, from this item.
    const { rows } = await sql<{ amount: number; entered_by_person_id: number; on_behalf_group_id: number; media_message_id: number | null }>`
      select amount, entered_by_person_id, on_behalf_group_id, media_message_id from ledger_entries where person_id = ${w.members.ani} and raw_text = 'laku 5 bros @15rb'`.execute(t.db);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ amount: 75_000, entered_by_person_id: w.fitri.personId, on_behalf_group_id: w.melati });
    expect(rows[0]!.media_message_id).not.toBeNull();
    // Ani is told in chat, in the chat's own words.
    const told = await arrives(ANI, /Fitri mencatat untuk Ibu/);
    expect(told.text).toContain('5 bros');

    expect(await homeCount(page)).toBe('0');
    await page.goto(`${base}/kotak-bantuan`);
    expect(await page.locator('[data-k="inbox-empty"]').count()).toBe(1);
  });
});
