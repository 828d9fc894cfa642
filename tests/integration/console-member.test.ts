/**
 * The console's member page over HTTP against the real routes and Postgres (the browser test
 * is tests/e2e/console-member-browser.test.ts): who may see whom (the scope matrix, for the
 * page and its chart), that out of scope is byte for byte the page of an id nobody has, the
 * paging, the masked phone, the chart's PNG and its cache header, and that the recaps are the
 * chat's own numbers (the same `recap` the chat's "rekap minggu/bulan" answers with).
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { issueLogin, loginWithLink } from '../../src/modules/console-access/console-access.service.ts';
import { recap } from '../../src/modules/ledger/ledger.service.ts';
import { paging } from '../../src/modules/member-view/member-view.ts';
import { maskPhone } from '../../src/modules/people/phone.ts';
import { createConsoleApp, SESSION_COOKIE } from '../../src/web/console-app.ts';
import { seedMemberWorld, type MemberWorld } from '../helpers/console-member-world.ts';
import { seedConsoleWorld, type ConsoleWorld } from '../helpers/console-world.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

let t: TestDatabase;
let w: ConsoleWorld;
let mw: MemberWorld;
let fira: number;
const clock = fixedClock('2026-12-10T05:00:00Z');
let app: ReturnType<typeof createConsoleApp>;
const sessions = new Map<number, string>();

beforeAll(async () => {
  t = await createTestDatabase();
  w = await seedConsoleWorld(t.db);
  mw = await seedMemberWorld(t.db, w);
  fira = Number((await sql<{ id: string }>`select id from people where name = 'Fira'`.execute(t.db)).rows[0]!.id);
  app = createConsoleApp({ db: t.db, clock, log: silentLogger(), timeZone: 'Asia/Jakarta', secureCookies: false, sendLoginCode: async () => true, clientOf: () => 'test' });
});
afterAll(async () => t?.drop());

async function sessionOf(personId: number): Promise<string> {
  const known = sessions.get(personId);
  if (known) return known;
  const { token } = await issueLogin(t.db, personId, clock.now());
  const session = await loginWithLink(t.db, token, 'test', clock.now());
  if (typeof session === 'string') throw new Error(session);
  sessions.set(personId, session.token);
  return session.token;
}

async function get(path: string, personId?: number) {
  const headers: Record<string, string> = personId === undefined ? {} : { cookie: `${SESSION_COOKIE}=${await sessionOf(personId)}` };
  const res = await app.request(path, { headers });
  return { res, body: res.headers.get('content-type')?.startsWith('image/') ? '' : await res.text(), bytes: res.headers.get('content-type')?.startsWith('image/') ? new Uint8Array(await res.arrayBuffer()) : undefined };
}

describe('who may see whom (scope matrix)', () => {
  it('answers 200 in scope and 404 out of it, for the page and for the chart', async () => {
    const targets = { ani: w.members.ani, dewi: w.members.dewi, eka: w.members.eka, fira, nobody: 999_999 };
    type Target = keyof typeof targets;
    const matrix: { who: string; personId: number; sees: Target[] }[] = [
      { who: 'admin', personId: w.admin, sees: ['ani', 'dewi', 'eka', 'fira'] },
      { who: 'manager of programme A', personId: w.maya, sees: ['ani', 'dewi', 'fira'] },
      { who: 'manager of programme B', personId: w.nina, sees: ['dewi', 'eka'] },
      { who: "facilitator of Ani's group", personId: w.fitri.personId, sees: ['ani', 'fira'] },
      { who: 'another facilitator (Mawar)', personId: w.gita.personId, sees: ['dewi'] },
      { who: 'facilitator of Kenanga (programme B)', personId: w.hana.personId, sees: ['dewi', 'eka'] },
    ];
    const got: string[] = [];
    const want: string[] = [];
    for (const row of matrix) {
      for (const [name, id] of Object.entries(targets) as [Target, number][]) {
        const page = await get(`/anggota/${id}`, row.personId);
        const chart = await get(`/anggota/${id}/grafik.png?periode=bulan`, row.personId);
        got.push(`${row.who} → ${name}: page ${page.res.status}, chart ${chart.res.status}`);
        const status = row.sees.includes(name) ? 200 : 404;
        want.push(`${row.who} → ${name}: page ${status}, chart ${status}`);
      }
    }
    expect(got).toEqual(want);
  });

  it('without a role there is no session: the page sends to the login page, never shows a member', async () => {
    // Ani herself has no console role: a login link for her makes no session.
    const { token } = await issueLogin(t.db, w.members.ani, clock.now()).catch(() => ({ token: 'x'.repeat(43) }));
    expect(await loginWithLink(t.db, token, 'test', clock.now())).toBe('no_role');
    for (const path of [`/anggota/${w.members.ani}`, `/anggota/${w.members.eka}`, `/anggota/${w.members.ani}/grafik.png`]) {
      const res = await app.request(path);
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/masuk');
    }
  });

  it('out of scope is the very page of an id nobody has (nothing tells that she exists)', async () => {
    const outOfScope = await get(`/anggota/${w.members.eka}`, w.maya);
    const missing = await get('/anggota/999999', w.maya);
    expect(outOfScope.res.status).toBe(404);
    expect(outOfScope.body).toBe(missing.body);
    expect(outOfScope.body).not.toContain('Eka');
    const chartOut = await get(`/anggota/${w.members.eka}/grafik.png`, w.maya);
    const chartMissing = await get('/anggota/999999/grafik.png', w.maya);
    expect([chartOut.res.status, chartOut.body]).toEqual([chartMissing.res.status, chartMissing.body]);
  });

  it('shows a manager only the memberships in her programme (Dewi is in Mawar, A, and Kenanga, B)', async () => {
    const groupsShown = (body: string) => [...body.matchAll(/data-k="membership" data-group="(\d+)"/g)].map((m) => Number(m[1]));
    expect(groupsShown((await get(`/anggota/${w.members.dewi}`, w.maya)).body)).toEqual([w.mawar]);
    expect(groupsShown((await get(`/anggota/${w.members.dewi}`, w.nina)).body)).toEqual([w.kenanga]);
    expect(groupsShown((await get(`/anggota/${w.members.dewi}`, w.admin)).body).sort()).toEqual([w.mawar, w.kenanga].sort());
    // Fira left Melati: her facilitator still sees her, marked as having left.
    expect((await get(`/anggota/${fira}`, w.fitri.personId)).body).toMatch(/data-status="removed"[\s\S]*keluar 10 Des 2026/);
  });
});

describe('the page', () => {
  it('masks her phone number (staff screenshots travel) and names her chat', async () => {
    const { body } = await get(`/anggota/${w.members.ani}`, w.admin);
    expect(body).toContain('+62 812-••••-5678');
    expect(body).not.toMatch(/1234565678|812345/);
    expect(body).toMatch(/data-k="platforms">Telegram</);
    expect(maskPhone('+6281234565678')).toBe('+62 812-••••-5678');
    expect(maskPhone('not a phone')).toBeNull();
  });

  it('shows the same week and month figures as her chat recap, and last week beside this week', async () => {
    const { body } = await get(`/anggota/${w.members.ani}`, w.fitri.personId);
    const value = (key: string) => Number(new RegExp(`data-k="${key}" data-value="(-?\\d+)"`).exec(body)?.[1]);
    const week = await recap(t.db, w.members.ani, 'week', '2026-12-10');
    const lastWeek = await recap(t.db, w.members.ani, 'week', '2026-12-03');
    const month = await recap(t.db, w.members.ani, 'month', '2026-12-10');
    expect({ sales: value('sales-this-week'), expenses: value('expenses-this-week'), profit: value('profit-this-week') }).toEqual({ sales: week.sales, expenses: week.expenses, profit: week.profit });
    expect({ sales: value('sales-last-week'), expenses: value('expenses-last-week') }).toEqual({ sales: lastWeek.sales, expenses: lastWeek.expenses });
    expect({ sales: value('sales-this-month'), expenses: value('expenses-this-month'), profit: value('profit-this-month') }).toEqual({ sales: month.sales, expenses: month.expenses, profit: month.profit });
    // Hand-checked: this week 150.000 (8 Dec) + 300.000 (Bu Sri's down payment, 8 Dec) + 45.000 (9 Dec, by Fitri)
    // + 21.000 (7 Dec, the correction); the 999.000 and 12.000 are voided.
    expect(value('sales-this-week')).toBe(516_000);
    // Last week (30 Nov–6 Dec): the seeded kue lapis of 6 Dec back to 30 Nov, 1.000 × 1..7.
    expect(value('sales-last-week')).toBe(28_000);
  });

  it('pages her entries 30 at a time, newest first, and clamps a page past the end', async () => {
    const { rows } = await sql<{ id: string }>`select id from ledger_entries where person_id = ${w.members.ani} order by business_date desc, id desc`.execute(t.db);
    const all = rows.map((r) => Number(r.id));
    const ids = (body: string) => [...body.matchAll(/data-k="entry" data-id="(\d+)"/g)].map((m) => Number(m[1]));
    expect(all.length).toBe(73); // the world's 4, 64 kue lapis, 4 of this file, Bu Sri's down payment
    expect(ids((await get(`/anggota/${w.members.ani}`, w.admin)).body)).toEqual(all.slice(0, 30));
    expect(ids((await get(`/anggota/${w.members.ani}?hal=2`, w.admin)).body)).toEqual(all.slice(30, 60));
    const last = (await get(`/anggota/${w.members.ani}?hal=3`, w.admin)).body;
    expect(ids(last)).toEqual(all.slice(60));
    expect(ids((await get(`/anggota/${w.members.ani}?hal=99`, w.admin)).body)).toEqual(all.slice(60));
    expect(ids((await get(`/anggota/${w.members.ani}?hal=abc`, w.admin)).body)).toEqual(all.slice(0, 30));
    expect(last).toContain('rel="prev"');
    expect(last).not.toContain('rel="next"');
    expect(paging('2', 73)).toEqual({ page: 2, pages: 3, total: 73, offset: 30, limit: 30 });
    expect(paging(undefined, 0)).toEqual({ page: 1, pages: 1, total: 0, offset: 0, limit: 30 });
  });

  it('marks cancelled and corrected entries with a word and a strike, and names who wrote for her', async () => {
    const { body } = await get(`/anggota/${w.members.ani}`, w.admin);
    const row = (id: number) => new RegExp(`<tr data-k="entry" data-id="${id}"[\\s\\S]*?</tr>`).exec(body)?.[0] ?? '';
    expect(row(mw.cancelled)).toMatch(/data-voided="yes"/);
    expect(row(mw.cancelled)).toMatch(/<s>Belanja<\/s><span class="tag">batal<\/span>/);
    expect(row(mw.cancelled)).toContain('<s>Rp77.000</s>');
    expect(row(mw.corrected)).toMatch(/<span class="tag">diralat<\/span>/);
    expect(row(mw.onBehalf)).toContain('oleh Fitri');
    expect(row(mw.onBehalf)).toMatch(/data-voided="no"/);
  });

  it('lists her open order, who owes her, and her quarterly figures beside her books', async () => {
    const { body } = await get(`/anggota/${w.members.ani}`, w.admin);
    expect(body).toMatch(/data-k="order"[^>]*data-value="700000"[\s\S]*Bu Sri[\s\S]*50 kotak nasi kotak[\s\S]*20 Des 2026/);
    expect(body).toMatch(/data-k="owed-total" data-value="330000"/);
    expect(body.indexOf('Bu Tin')).toBeLessThan(body.indexOf('Pak Budi')); // biggest first
    const books = await sql<{ q4: string; q3: string }>`select
      coalesce(sum(amount) filter (where business_date between '2026-10-01' and '2026-12-31'), 0) as q4,
      coalesce(sum(amount) filter (where business_date between '2026-07-01' and '2026-09-30'), 0) as q3
      from ledger_entries where person_id = ${w.members.ani} and kind = 'sale' and voided_at is null`.execute(t.db);
    expect(body).toContain(`data-k="q-books-2026Q4" data-value="${books.rows[0]!.q4}"`);
    expect(body).toContain(`data-k="q-books-2026Q3" data-value="${books.rows[0]!.q3}"`);
    expect(body).toContain('data-k="q-turnover-2026Q4" data-value="4500000"');
    expect(body).toContain('data-k="q-assets-2026Q4" data-value=""');
    expect(body).toContain('data-k="q-assets-2026Q3" data-value="5000000"');
    expect(body).toContain('triwulan 4 (Okt–Des 2026)');
  });
});

describe('the chart', () => {
  it('is a PNG kept privately for a minute, for the week and the month; another period is not found', async () => {
    for (const periode of ['minggu', 'bulan']) {
      const { res, bytes } = await get(`/anggota/${w.members.ani}/grafik.png?periode=${periode}`, w.fitri.personId);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
      expect(res.headers.get('cache-control')).toBe('private, max-age=60');
      expect([...bytes!.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    }
    expect((await get(`/anggota/${w.members.ani}/grafik.png?periode=tahun`, w.fitri.personId)).res.status).toBe(404);
    // The page itself is never stored.
    expect((await get(`/anggota/${w.members.ani}`, w.fitri.personId)).res.headers.get('cache-control')).toBe('no-store');
  });
});
