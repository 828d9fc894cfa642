/**
 * Issue #20's "done when", walked end to end as the people in it would, through the pages
 * only: "a facilitator new to the console onboards a group of 25 from a spreadsheet, sends a
 * lead to it, and prints its collection sheet, without the command line". The whole bot runs
 * in this process on an injected clock (startApp: real Postgres, Redis, queues, the inbound
 * and send workers, grammY on the local fake Bot API, the web console); the staff use a real
 * Chromium; the members use the fake Telegram.
 *
 * 1. The deployment's admin (in with the one-time link `npm start` prints) adds Ratna as a
 *    facilitator by her phone, makes her group Anggrek (kuliner); Ratna sends /nomor on
 *    Telegram and shares her number (her chat is linked to her row before her first console
 *    login: after it, a number alone never links a used staff account); the admin makes her a
 *    one-time login link from the group page; she opens it in her own browser.
 * 2. Ratna imports a 25-row XLSX from the group page: the dry run lists its 3 bad rows with
 *    their reasons (a phone that is no phone, a group that does not exist, a phone twice);
 *    she leaves them out and saves; the group page counts 22 members.
 * 3. Four members join on Telegram as the printed invitation tells them (one by its QR
 *    link's /start, three with /gabung and the code on the page) and share their number, so
 *    their Telegram account becomes the imported person (still 22 members).
 * 4. Ratna makes a kuliner lead; the preview counts the 4 who can receive it and the 18 who
 *    cannot yet; she sends it; it arrives in the four chats; Sri answers "ikut 20" and the
 *    answer with its 20 shows on the lead page.
 * 5. She gives Sri a loan from the group page. Six weeks pass on the clock: Sri misses her
 *    first instalment. Ratna logs in again through the bot (/masuk); the group's
 *    collection sheet lists Sri's arrears and prints on one A4 page.
 *
 * Two steps failed when this was first walked: once the admin had made the group, nothing
 * offered Ratna's login link any more (now beside her name on the group page), and her
 * number, shared on Telegram, was refused as "taken" because she is staff, so "/nomor, then
 * /masuk" (the guide's way back in) never worked (now it links her, as WhatsApp does, as
 * long as she has not used the console yet).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { issueLogin } from '../../src/modules/console-access/console-access.service.ts';
import { insertPerson } from '../../src/modules/people/people.repository.ts';
import { makeAdmin } from '../../src/modules/programmes/programmes.service.ts';
import { ARTEFACTS, accessibilityProblems, screenshots } from '../helpers/console-browser.ts';
import { startConsoleBrowserWorld, type BotBrowserWorld } from '../helpers/console-browser-world.ts';
import { type TestDatabase } from '../helpers/database.ts';
import { type FakeTelegram } from '../helpers/fake-telegram.ts';
import { pdfPages, pdfText } from '../helpers/pdf.ts';
import { eventually } from '../helpers/wait.ts';

/** Thursday 10 Dec 2026, 10.00 in Jakarta. */
const clock = fixedClock('2026-12-10T03:00:00Z');
const RATNA_TELEGRAM = 7700;
const RATNA_PHONE = '0812 7000 0001';

/** The spreadsheet's 25 members; the four who join on Telegram come first. */
const NAMES = [
  'Sri Wahyuni', 'Tuti Alawiyah', 'Umi Kulsum', 'Wati Susilawati', 'Yanti Rahayu', 'Siti Fatimah', 'Nur Aini', 'Lilis Suryani', 'Euis Komariah', 'Dede Rosita',
  'Ani Maryani', 'Rina Marlina', 'Enok Sumiati', 'Iis Aisyah', 'Neneng Hasanah', 'Popon Rohimah', 'Cucu Cahyati', 'Yayah Rokayah', 'Imas Masitoh', 'Elis Nurhayati',
  'Ida Farida', 'Ikah Atikah', 'Omah Rohmah', 'Entin Kartini', 'Mimin Mintarsih',
];
const phoneOf = (i: number) => `0813 6600 ${String(i + 1).padStart(4, '0')}`;
/** Bad rows (file lines, the header being line 1): 7 a phone that is no phone, 13 a group nobody has, 21 row 4's phone again. */
const BAD = { 7: 'phone_invalid', 13: 'group_unknown', 21: 'duplicate_row' } as const;
/** The members who join on Telegram: their index in NAMES and their Telegram id. */
const JOINERS = [0, 1, 2, 3].map((i) => ({ i, name: NAMES[i]!, telegram: 7801 + i, phone: phoneOf(i) }));
const SRI = JOINERS[0]!;

let world: BotBrowserWorld;
let t: TestDatabase;
let tg: FakeTelegram;
let browser: Browser;
let base: string;
let adminId: number;

beforeAll(async () => {
  world = await startConsoleBrowserWorld({
    clock,
    bot: { env: { TELEGRAM_BOT_USERNAME: 'dampingi_bot' } },
    // A new deployment: no console world, only its admin, as `npm start` makes its first one.
    consoleWorld: false,
    seed: async ({ db }) => {
      adminId = (await insertPerson(db, { name: 'Admin Program', phone: null, timeZone: 'Asia/Jakarta' })).id;
      await makeAdmin(db, adminId, clock.now());
    },
  });
  ({ database: t, tg, browser, base } = world);
});
afterAll(() => world?.stop());

/** Waits for a message in the chat whose text matches. */
const arrives = (chatId: number, pattern: RegExp) =>
  eventually(() => tg.botMessages(chatId).find((m) => pattern.test(m.text)), { what: `${String(pattern)} in chat ${chatId}`, timeoutMs: 20_000 });

async function checkPage(page: Page, name: string) {
  expect(await accessibilityProblems(page)).toEqual([]);
  await screenshots(page, name);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Opens a one-time login link in a fresh browser (bypassCSP: axe-core is injected as a script). */
async function openLoginLink(url: string): Promise<Page> {
  const page = await browser.newPage({ bypassCSP: true });
  page.setDefaultTimeout(20_000);
  await page.goto(url);
  await page.getByRole('button').click();
  await page.waitForURL(`${base}/`);
  return page;
}

async function spreadsheet(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Anggota');
  sheet.addRow(['Nama', 'No. HP', 'Kelompok', 'Peran']);
  NAMES.forEach((name, i) => {
    const line = i + 2;
    const phone = line === 7 ? '0813-66' : line === 21 ? phoneOf(3) : phoneOf(i);
    sheet.addRow([name, phone, line === 13 ? 'Anggrek Jaya' : 'Anggrek', i === 0 ? 'ketua' : i === 1 ? 'bendahara' : '']);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const groupMembers = async (page: Page, groupId: number) => {
  await page.goto(`${base}/kelompok/${groupId}`);
  return Number(await page.locator('[data-k="members"]').getAttribute('data-value'));
};

describe("issue #20's done-when: a new facilitator onboards 25 from a spreadsheet, sends a lead, prints the collection sheet", () => {
  let groupId = 0;
  let ratna: Page;

  it('the admin adds Ratna and her group, and gives her a login link she opens', { timeout: 180_000 }, async () => {
    const { token } = await issueLogin(t.db, adminId, clock.now());
    const admin = await openLoginLink(`${base}/masuk/tautan/${token}`);
    await admin.getByRole('link', { name: 'Kelompok', exact: true }).first().click();
    await admin.getByRole('link', { name: 'Pendamping baru' }).click();
    await admin.getByLabel('Nama pendamping').fill('Ratna');
    await admin.getByLabel('Nomor HP').fill(RATNA_PHONE);
    await admin.getByRole('button', { name: 'Simpan' }).click();
    await admin.waitForURL(/\/kelompok\/baru\?n=pendamping/);

    // Her group, on the form the facilitator notice leads to (Ratna already chosen).
    await admin.getByLabel('Nama kelompok').fill('Anggrek');
    await admin.getByLabel('Kuliner').check();
    await admin.getByLabel('Desa / kelurahan').fill('Cibodas');
    await admin.getByLabel('Zona waktu').selectOption('WIB');
    expect(await admin.getByLabel('Pendamping', { exact: true }).locator('option:checked').textContent()).toContain('Ratna');
    await admin.getByRole('button', { name: 'Simpan' }).click();
    await admin.waitForURL(/\/kelompok\/\d+\?n=dibuat$/);
    groupId = Number(/\/kelompok\/(\d+)/.exec(admin.url())![1]);

    // As the notice tells her, she sends /nomor on Telegram before she first logs in: once she
    // has used the console, a number alone never links her row (a recycled number's new
    // holder would take her account over), so her way back in later (/masuk) is set up now.
    const own = tg.client({ chatId: RATNA_TELEGRAM, userId: RATNA_TELEGRAM, firstName: 'Ratna' });
    await tg.say(own, '/nomor');
    await eventually(() => tg.botMessages(RATNA_TELEGRAM).find((m) => m.reply_markup?.keyboard?.[0]?.[0]?.request_contact), { what: 'the share-number button', timeoutMs: 20_000 });
    await tg.sendContact(own, { phone: RATNA_PHONE.replace(/^0/, '62').replace(/ /g, ''), userId: RATNA_TELEGRAM });
    // The number the admin added her by: the bot knows her now (one person, her facilitator row's).
    const known = await arrives(RATNA_TELEGRAM, /Terima kasih, Bu Ratna/);
    expect(known.text).toBe('✅ Terima kasih, Bu Ratna. Nomor Ibu cocok dengan data Ibu di program: chat ini sekarang terhubung dengan Ibu. Kirim /masuk untuk masuk ke konsol program.');

    // Her login link, from her group's page (the admin hands it over).
    await admin.locator('[data-k="facilitator-login-link"]').click();
    await admin.waitForURL(/\/staf\/\d+\/tautan-masuk$/);
    expect(await admin.getByRole('heading', { level: 1 }).textContent()).toBe('Tautan masuk untuk Ratna');
    await admin.getByRole('button', { name: 'Buat tautan masuk' }).click();
    const url = (await admin.locator('[data-k="login-url"]').textContent())!;
    await admin.close();

    ratna = await openLoginLink(url);
    expect(await ratna.locator('header').textContent()).toContain('Ratna');
    await ratna.getByRole('link', { name: 'Kelompok', exact: true }).first().click();
    await ratna.getByRole('link', { name: 'Anggrek' }).first().click();
    await ratna.waitForURL(`${base}/kelompok/${groupId}`);
    // A facilitator makes nobody a login, herself included.
    expect(await ratna.locator('[data-k="facilitator-login-link"]').count()).toBe(0);
  });

  it('Ratna imports 25 rows from an XLSX: the 3 bad ones listed with reasons, 22 saved', { timeout: 180_000 }, async () => {
    await ratna.locator('[data-k="import-link"]').click();
    await ratna.waitForURL(`${base}/anggota/impor?kelompok=${groupId}`);
    await ratna.setInputFiles('#berkas', { name: 'anggota-anggrek.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await spreadsheet() });
    await ratna.getByRole('button', { name: 'Unggah dan periksa' }).click();
    await ratna.waitForURL(/\/anggota\/impor\/[\w-]{43}$/);
    expect(await ratna.locator('[data-k="new"]').getAttribute('data-value')).toBe('22');
    expect(await ratna.locator('[data-k="errors"]').getAttribute('data-value')).toBe('3');
    const problems = ratna.locator('table[data-k="problems"] tbody tr');
    expect(await problems.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-line')))).toEqual(['7', '13', '21']);
    expect(await problems.nth(0).textContent()).toContain('Nomor HP tidak benar');
    expect(await problems.nth(1).textContent()).toContain('Kelompok tidak dikenal');
    expect(await problems.nth(2).textContent()).toMatch(/sama|dua kali|ganda/i);
    // The dry run writes nothing.
    expect((await sql<{ n: number }>`select count(*)::int as n from memberships where group_id = ${groupId}`.execute(t.db)).rows[0]!.n).toEqual(0);
    await checkPage(ratna, 'walk-import-dry-run');

    await ratna.getByRole('button', { name: 'Buang 3 baris bermasalah dan periksa lagi' }).click();
    await ratna.getByRole('button', { name: 'Simpan 22 baris' }).click();
    const done = ratna.locator('[data-k="import-done"]');
    await expect.poll(() => done.getAttribute('data-added')).toBe('22');
    expect(await ratna.locator('[data-k="dropped"] li').evaluateAll((li) => li.map((l) => [l.getAttribute('data-line'), l.getAttribute('data-problem')]))).toEqual(
      Object.entries(BAD).map(([line, problem]) => [line, problem]),
    );
    expect(await groupMembers(ratna, groupId)).toBe(22);
  });

  it('four members join on Telegram from the invitation and share their number: still 22, now reachable', { timeout: 180_000 }, async () => {
    await ratna.locator('[data-k="invitation-link"]').first().click();
    await ratna.waitForURL(`${base}/kelompok/${groupId}/undangan`);
    const code = (await ratna.locator('[data-k="join-code"]').textContent())!.trim();
    const telegramLink = (await ratna.locator('[data-k="way"][data-platform="telegram"] [data-k="qr"]').getAttribute('data-url'))!;
    expect(telegramLink).toBe(`https://t.me/dampingi_bot?start=${code}`);

    for (const [n, m] of JOINERS.entries()) {
      const chat = tg.client({ chatId: m.telegram, userId: m.telegram, firstName: m.name.split(' ')[0]! });
      // The first scans the QR code (Telegram sends /start CODE); the others type the code.
      await tg.say(chat, n === 0 ? `/start ${new URL(telegramLink).searchParams.get('start')}` : `/gabung ${code}`);
      const joined = await arrives(m.telegram, /Selamat bergabung di kelompok Anggrek/);
      expect(joined.reply_markup?.keyboard?.[0]?.[0]?.request_contact).toBe(true);
      await tg.sendContact(chat, { phone: m.phone.replace(/^0/, '62').replace(/ /g, ''), userId: m.telegram });
      await arrives(m.telegram, /cocok dengan data dari pendamping/);
    }
    const linked = await sql<{ name: string }>`select p.name from people p join identities i on i.person_id = p.id and i.platform = 'telegram'
      join memberships m on m.person_id = p.id and m.group_id = ${groupId} where m.status = 'active' order by p.name`.execute(t.db);
    expect(linked.rows.map((x) => x.name)).toEqual(JOINERS.map((m) => m.name).sort());
    expect(await groupMembers(ratna, groupId)).toBe(22);
  });

  it('Ratna sends a kuliner lead: the preview counts its reach, it arrives in the four chats, Sri answers "ikut 20" and the page shows it', { timeout: 180_000 }, async () => {
    // Some minutes after they joined: a broadcast keeps Telegram's spacing per chat, reckoned on this clock.
    clock.advance(10 * 60_000);
    await ratna.getByRole('link', { name: 'Peluang', exact: true }).click();
    await ratna.getByRole('link', { name: 'Buat peluang baru' }).click();
    await ratna.fill('#lead-text', 'Hajatan di balai desa butuh 150 kotak nasi, Rp15.000/kotak, DP 30%');
    await ratna.getByLabel('Kuliner').check();
    await ratna.getByLabel('Jumlah dibutuhkan').fill('150');
    await ratna.getByLabel('Batas waktu').fill('2026-12-17');
    await ratna.getByRole('button', { name: 'Lihat jangkauan' }).click();
    await expect.poll(() => ratna.locator('[data-k="reach"]').textContent()).toBe('Dikirim ke 1 kelompok (0 grup chat) dan 4 anggota.');
    expect(await ratna.locator('[data-k="without-chat"]').getAttribute('data-value')).toBe('18');
    await checkPage(ratna, 'walk-lead-preview');

    await ratna.getByRole('button', { name: 'Kirim peluang' }).click();
    await ratna.waitForURL(/\/peluang\/\d+\?n=dikirim$/);
    const leadUrl = ratna.url().replace(/\?.*$/, '');
    const code = /^(P\d+) ·/.exec((await ratna.locator('h1').textContent()) ?? '')![1]!;
    for (const m of JOINERS) expect((await arrives(m.telegram, new RegExp(`📢 Peluang ${code}`))).text).toContain('150 kotak nasi');

    const sri = tg.client({ chatId: SRI.telegram, userId: SRI.telegram, firstName: 'Sri' });
    await tg.say(sri, 'ikut 20');
    await arrives(SRI.telegram, new RegExp(`${code}.*20|20.*${code}`, 's'));
    const sriId = Number((await sql<{ id: string }>`select id from people where name = ${SRI.name}`.execute(t.db)).rows[0]!.id);
    await eventually(
      async () => {
        await ratna.goto(leadUrl);
        return (await ratna.locator(`tr[data-answer="${sriId}"] [data-k="offered"]`).getAttribute('data-value', { timeout: 1_000 })) === '20';
      },
      { what: "Sri's answer on the lead page", timeoutMs: 20_000 },
    );
    await checkPage(ratna, 'walk-lead-answered');
  });

  it('Sri misses her first instalment; Ratna logs in again through the bot; the collection sheet lists Sri and prints on one A4 page', { timeout: 180_000 }, async () => {
    await ratna.goto(`${base}/kelompok/${groupId}`);
    await ratna.locator('[data-k="new-loan"]').click();
    await ratna.getByLabel('Peminjam').selectOption({ label: SRI.name });
    await ratna.getByLabel('Pokok (Rp)').fill('1jt');
    await ratna.getByLabel('Bunga per tahun (%)').fill('12');
    await ratna.getByLabel('Lama (bulan)').fill('10');
    await ratna.getByLabel('Cara bunga').selectOption('flat');
    await ratna.getByLabel('Tanggal jatuh tempo tiap bulan').fill('10');
    await ratna.locator('[data-k="preview"]').click();
    await ratna.waitForSelector('[data-k="preview-schedule"]');
    await ratna.locator('[data-k="give"]').click();
    await ratna.waitForURL(/\/pinjaman\/\d+\?n=baru$/);
    const loanId = Number(/\/pinjaman\/(\d+)/.exec(ratna.url())![1]);

    // Six weeks on (21 Jan 2027): the first instalment, due 10 Jan, is late and nothing was paid.
    clock.advance(42 * 24 * 3600_000);
    await ratna.goto(`${base}/kelompok/${groupId}`);
    await ratna.waitForURL(/\/masuk/);

    // Her console session ended; she logs in herself now, through the bot as the guide says
    // (her chat was linked before her first console login, in step 1).
    const own = tg.client({ chatId: RATNA_TELEGRAM, userId: RATNA_TELEGRAM, firstName: 'Ratna' });
    await tg.say(own, '/masuk');
    const masuk = await arrives(RATNA_TELEGRAM, /\/masuk\/tautan\//);
    const link = /(https?:\/\/\S+\/masuk\/tautan\/[\w-]+)/.exec(masuk.text)![1]!;
    await ratna.close();
    expect(link.startsWith(`${base}/masuk/tautan/`)).toBe(true);
    ratna = await openLoginLink(link);

    await ratna.goto(`${base}/kelompok/${groupId}`);
    await ratna.locator('[data-k="collection-sheet"]').click();
    await ratna.waitForURL(`${base}/kelompok/${groupId}/penagihan`);
    const rows = ratna.locator('table.sheet tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-loan')).toBe(String(loanId));
    expect(await rows.first().textContent()).toContain(SRI.name);
    // 1.000.000 at 12 % flat over 10 months: 110.000 a month; January's is late, February's due this month.
    expect(await ratna.locator('[data-k="total-arrears"]').getAttribute('data-value')).toBe('110000');
    expect(await rows.first().locator('[data-k="days-late"]').getAttribute('data-value')).toBe('11');
    await checkPage(ratna, 'walk-collection-sheet');

    await ratna.emulateMedia({ media: 'print' });
    expect(await ratna.locator('header').isVisible()).toBe(false);
    const pdf = await ratna.pdf({ preferCSSPageSize: true, printBackground: true });
    await writeFile(path.join(ARTEFACTS, 'walk-collection-sheet.pdf'), pdf);
    expect(await pdfPages(pdf)).toBe(1);
    const text = await pdfText(pdf);
    expect(text).toContain('Lembar penagihan');
    expect(text).toContain(SRI.name);
    expect(text).toContain('Rp110.000');
    await ratna.close();
  });
});
