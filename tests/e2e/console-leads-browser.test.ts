/**
 * A market lead made and run from the web console, in a real Chromium against the whole bot
 * (real Postgres, Redis, queues and send workers; grammY on the local fake Bot API): Fitri
 * fills the form, sees its reach before sending, sends it; the lead message arrives in
 * Melati's group chat and in each member's private chat on the fake Bot API (the chat's own
 * publishing job and send queues); Ani answers in chat and her answer appears on the lead's
 * page; Fitri chooses her for the order (Ani is told in chat) and closes the lead (Ani is
 * told). Screenshots at 360×740 and 1280×800 go to test-artifacts/console/ (git-ignored);
 * nothing scrolls sideways at 360 px; axe-core finds no serious problem.
 */
import { sql } from 'kysely';
import { type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { addMember, createGroup, groupsRepo } from '../../src/modules/groups/groups.service.ts';
import { addIdentity } from '../../src/modules/people/people.repository.ts';
import { startConsoleBrowserWorld, type BotBrowserWorld } from '../helpers/console-browser-world.ts';
import { type ConsoleWorld } from '../helpers/console-world.ts';
import { type TestDatabase } from '../helpers/database.ts';
import { type FakeTelegram } from '../helpers/fake-telegram.ts';
import { eventually } from '../helpers/wait.ts';
import { accessibilityProblems, screenshots } from '../helpers/console-browser.ts';

const clock = fixedClock('2026-12-10T05:00:00Z');
const MELATI_CHAT = -1008800;
/** The world's members' Telegram ids are their private chats (Ani 1001, Budi 1002, Citra 1003). */
const ANI = 1001;
const BUDI = 1002;
const CITRA = 1003;
const DEWI = 1004; // Gita's Mawar: not Fitri's to reach

let world: BotBrowserWorld;
let t: TestDatabase;
let tg: FakeTelegram;
let w: ConsoleWorld;
let base: string;

beforeAll(async () => {
  world = await startConsoleBrowserWorld({
    clock,
    bot: {},
    seed: async ({ db, w }) => {
      await groupsRepo.linkChat(db, { groupId: w.melati, platform: 'telegram', chatId: String(MELATI_CHAT), byPersonId: w.fitri.personId });
      // The world's leads are written as already sent: left unpublished, the publishing sweep would send them now.
      await sql`update leads set published_at = created_at`.execute(db);
    },
  });
  ({ database: t, tg, w, base } = world);
});
afterAll(() => world?.stop());

// Past the page's CSP only so that axe-core's script can be injected.
const loginByLink = (personId: number): Promise<Page> => world.loginAs(personId, { bypassCSP: true });

/** Waits for a message in the chat whose text matches. */
const arrives = (chatId: number, pattern: RegExp) => eventually(() => tg.botMessages(chatId).find((m) => pattern.test(m.text)), { what: `${String(pattern)} in chat ${chatId}` });

async function checkPage(page: Page, name: string) {
  await screenshots(page, name);
  expect(await accessibilityProblems(page)).toEqual([]);
}

describe('a lead made in the console', () => {
  it('is previewed, sent to the chats, answered in chat, awarded and closed', { timeout: 120_000 }, async () => {
    const page = await loginByLink(w.fitri.personId);
    await page.getByRole('link', { name: 'Peluang', exact: true }).click();
    await page.getByRole('link', { name: 'Buat peluang baru' }).click();
    await page.waitForURL(`${base}/peluang/baru`);
    await page.fill('#lead-text', 'Kenduri 300 kotak kue, harga Rp10.000/kotak, DP 50%');
    await page.getByLabel('Kuliner').check();
    await page.getByLabel('Jumlah dibutuhkan').fill('300');
    await page.getByLabel('Batas waktu').fill('2026-12-20');
    await checkPage(page, 'lead-new');

    // The preview: Melati's chat and its three members (Fira was removed); Gita's Mawar is not hers.
    await page.getByRole('button', { name: 'Lihat jangkauan' }).click();
    await expect.poll(() => page.locator('[data-k="reach"]').textContent()).toBe('Dikirim ke 1 kelompok (1 grup chat) dan 3 anggota.');
    expect(await page.locator('[data-k="message"]').textContent()).toMatch(/^📢 Peluang P… — Kuliner\nKenduri 300 kotak kue/);
    await checkPage(page, 'lead-preview');
    expect(tg.botMessages(MELATI_CHAT).map((m) => m.text)).toEqual([]);

    await page.getByRole('button', { name: 'Kirim peluang' }).click();
    await page.waitForURL(/\/peluang\/\d+\?n=dikirim$/);
    const code = /^(P\d+) ·/.exec((await page.locator('h1').textContent()) ?? '')![1]!;
    expect(await page.locator('[data-k="notice"]').textContent()).toBe(`Peluang ${code} dibuat dan sedang dikirim.`);

    // The chat's publishing job and send queues deliver it, as for a lead made in chat.
    const inGroup = await arrives(MELATI_CHAT, new RegExp(`📢 Peluang ${code}`));
    expect(inGroup.text).toContain('Kenduri 300 kotak kue');
    for (const member of [ANI, BUDI, CITRA]) await arrives(member, new RegExp(`📢 Peluang ${code}`));
    expect(tg.botMessages(DEWI).some((m) => m.text.includes(code))).toBe(false);

    // Its page names each chat's delivery as the send step recorded it.
    await eventually(
      async () => {
        await page.reload();
        const states = await page.locator('tr[data-delivery]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-state')));
        return states.length === 4 && states.every((s) => s === 'sent');
      },
      { what: 'every delivery shown as sent' },
    );
    expect(await page.locator('tr[data-delivery="group_chat"] td').nth(1).textContent()).toBe('Terkirim');

    // Ani answers in her chat; her answer and quantity appear on the page.
    await tg.say(tg.client({ chatId: ANI, userId: ANI, firstName: 'Ani' }), `minat ${code} 40`);
    await arrives(ANI, /dicatat/);
    await page.reload();
    const aniRow = page.locator(`tr[data-answer="${w.members.ani}"]`);
    expect(await aniRow.locator('[data-k="offered"]').getAttribute('data-value')).toBe('40');
    await checkPage(page, 'lead-page');

    // Fitri gives her 35 of the order: Ani is told in chat.
    await page.getByLabel('Jumlah untuk Ani').fill('35');
    await page.locator(`form[data-person="${w.members.ani}"]`).getByRole('button', { name: 'Pilih untuk pesanan' }).click();
    await page.waitForURL(/n=dipilih/);
    expect(await page.locator('[data-k="notice"]').textContent()).toBe('Ani dipilih untuk 35; ia sudah diberi tahu.');
    expect(await aniRow.locator('[data-k="awarded"]').getAttribute('data-value')).toBe('35');
    await arrives(ANI, new RegExp(`🎉 Ibu terpilih untuk peluang .*\\(${code}\\): 35\\.`));

    // She closes it: Ani, who answered, is told.
    await page.getByRole('button', { name: 'Tutup peluang' }).click();
    await page.waitForURL(/n=ditutup/);
    expect(await page.locator('[data-k="state"]').textContent()).toBe('Ditutup oleh pendamping');
    await arrives(ANI, new RegExp(`Peluang .*\\(${code}\\) sudah ditutup`));
    await checkPage(page, 'lead-closed');
    await page.close();
  });

  it('a programme manager sends one as Fitri: it reaches Melati, and Ani\'s answer reaches Fitri in chat', { timeout: 120_000 }, async () => {
    const FITRI = Number(w.fitri.telegramId);
    // A minute on: the group chat's send pacing (reckoned on this clock) lets its next message go.
    clock.advance(60_000);
    const page = await loginByLink(w.maya);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${base}/peluang/baru`);
    await page.fill('#lead-text', 'Arisan RT butuh 60 bungkus nasi kuning, Rp12.000/bungkus');
    await page.getByLabel('Kuliner').check();
    await page.getByLabel('Melati').check();
    await page.getByLabel('Kirim atas nama').selectOption({ label: 'Fitri' });
    await page.getByRole('button', { name: 'Lihat jangkauan' }).click();
    await expect.poll(() => page.locator('[data-k="preview-sender"]').textContent()).toBe('Dikirim atas nama Fitri: jawaban anggota masuk ke chat Fitri.');
    expect(await page.locator('[data-k="reach"]').textContent()).toBe('Dikirim ke 1 kelompok (1 grup chat) dan 3 anggota.');
    await checkPage(page, 'lead-preview-manager');

    await page.getByRole('button', { name: 'Kirim peluang' }).click();
    await page.waitForURL(/\/peluang\/\d+\?n=dikirim$/);
    const code = /^(P\d+) ·/.exec((await page.locator('h1').textContent()) ?? '')![1]!;
    expect(await page.locator('[data-k="owner"]').textContent()).toBe('Pendamping: Fitri');
    expect(await page.locator('[data-k="sent-by"]').textContent()).toBe('Dikirim dari konsol oleh: Maya');
    await arrives(MELATI_CHAT, new RegExp(`📢 Peluang ${code}`));
    await arrives(ANI, new RegExp(`📢 Peluang ${code}`));

    // Ani answers in chat: the tally goes to Fitri, whose lead it is, as for a lead she made in chat.
    await tg.say(tg.client({ chatId: ANI, userId: ANI, firstName: 'Ani' }), `minat ${code} 20`);
    const tally = await arrives(FITRI, new RegExp(`📥 Peluang .*\\(${code}\\).*Ani minat 20`));
    expect(tally.text).toContain('Total 1 orang');
    await page.reload();
    expect(await page.locator(`tr[data-answer="${w.members.ani}"] [data-k="offered"]`).getAttribute('data-value')).toBe('20');
    await checkPage(page, 'lead-page-manager');
    await page.close();
  });
});

describe('a lead that no member can receive yet', () => {
  it('at 360 px: says so, why, and what to do, with a link to the group\'s invitation; no send button', { timeout: 120_000 }, async () => {
    // A group onboarded from a spreadsheet: nobody has joined by chat; one only through the terminal chat.
    const dahlia = (await createGroup(t.db, { name: 'Dahlia', trades: ['asesoris'], facilitatorId: w.fitri.facilitatorId, timeZone: 'Asia/Jakarta' })).id;
    for (const name of ['Gina', 'Hani']) await addMember(t.db, dahlia, { name, timeZone: 'Asia/Jakarta' }, clock.now());
    const ira = (await addMember(t.db, dahlia, { name: 'Ira', timeZone: 'Asia/Jakarta' }, clock.now())).person.id;
    await addIdentity(t.db, ira, { platform: 'console', externalId: 'terminal-ira' }, null);
    const page = await loginByLink(w.fitri.personId);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${base}/peluang/baru`);
    await page.fill('#lead-text', 'Butuh 40 bros untuk wisuda');
    await page.getByLabel('Dahlia').check();
    await page.getByRole('button', { name: 'Lihat jangkauan' }).click();
    await expect.poll(() => page.locator('[data-k="reach"]').textContent()).toBe('Dikirim ke 1 kelompok (0 grup chat) dan 0 anggota.');
    expect(await page.locator('[data-k="nobody-yet"]').textContent()).toBe('Belum ada yang bisa menerima peluang ini, jadi belum bisa dikirim.');
    expect(await page.locator('[data-k="without-chat"]').getAttribute('data-value')).toBe('3');
    expect(await page.locator('[data-k="without-chat"]').textContent()).toContain('/gabung KODE');
    expect(await page.locator('[data-k="send"]').count()).toBe(0);
    await checkPage(page, 'lead-preview-nobody');
    await page.getByRole('link', { name: 'Undangan kelompok Dahlia' }).click();
    await page.waitForURL(`${base}/kelompok/${dahlia}/undangan`);
    await page.close();
  });
});
