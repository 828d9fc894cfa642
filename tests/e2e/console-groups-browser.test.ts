/**
 * The groups list and a group's page in a real Chromium (Debian's package, driven by
 * playwright-core), served by the real web console over HTTP against Postgres. Every number
 * the pages show is checked against plain SQL written here independently; the "stopped this
 * month" button, the group link, the rotate button, the language switch (which keeps the
 * list's order) are clicked; at 360 px nothing overflows sideways; screenshots at 360×740 and
 * 1280×800 go to test-artifacts/console/ (git-ignored); axe-core finds no serious problem.
 */
import { sql } from 'kysely';
import { type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { addMember, createGroup, groupsRepo, requireGroup } from '../../src/modules/groups/groups.service.ts';
import { insertEntries } from '../../src/modules/ledger/ledger.repository.ts';
import { accessibilityProblems, screenshots as takeScreenshots } from '../helpers/console-browser.ts';
import { startConsoleBrowserWorld, type ConsoleBrowserWorld } from '../helpers/console-browser-world.ts';
import { type ConsoleWorld } from '../helpers/console-world.ts';
import { type TestDatabase } from '../helpers/database.ts';

const clock = fixedClock('2026-12-10T05:00:00Z');
const TODAY = '2026-12-10';
const WEEK_FROM = '2026-12-07';
const MONTH_FROM = '2026-12-01';

let world: ConsoleBrowserWorld;
let t: TestDatabase;
let w: ConsoleWorld;
let base: string;
let anggrek: number;

beforeAll(async () => {
  world = await startConsoleBrowserWorld({
    clock,
    seed: async ({ db, w }) => {
      // A group of programme A that stopped recording: its one member last wrote in November.
      anggrek = (await createGroup(db, { name: 'Anggrek', trades: ['kuliner', 'jahit'], facilitatorId: w.fitri.facilitatorId, village: 'Cikaret', district: 'Cibeber', timeZone: 'Asia/Jakarta' })).id;
      const gina = (await addMember(db, anggrek, { name: 'Gina', telegramId: '1010', timeZone: 'Asia/Jakarta' }, clock.now())).person.id;
      await insertEntries(db, gina, '2026-11-25', [{ kind: 'sale', amount: 25_000, item: null, quantity: null, unit: null, unitPrice: null }], { messageId: null, rawText: 'x' });
      await groupsRepo.linkChat(db, { groupId: w.melati, platform: 'whatsapp', chatId: '120363000000000001@g.us', byPersonId: w.fitri.personId });
    },
  });
  ({ database: t, w, base } = world);
});
afterAll(() => world?.stop());

const login = (personId: number, options: { bypassCSP?: boolean } = {}): Promise<Page> => world.loginAs(personId, options);

/** The shared screenshots; a groups page must not scroll sideways on a 360 px phone either. */
const screenshots = (page: Page, name: string) => takeScreenshots(page, name, { fits360: true });

/** The list's figures for these groups, in plain SQL (today 10 Dec 2026 in Jakarta: every group here is on Jakarta time). */
async function expectedRows(groupIds: number[]) {
  const { rows } = await sql<{ id: string; members: string; week: string; month: string; last_day: string | null; overdue: string; late: string }>`
    with m as (select group_id, person_id from memberships where status = 'active' and group_id = any(${groupIds}::bigint[])),
    e as (select m.group_id, e.person_id, e.business_date from ledger_entries e join m on m.person_id = e.person_id where e.voided_at is null and e.business_date <= ${TODAY}),
    loan_group as (
      select id as loan_id, group_id from loans where group_id = any(${groupIds}::bigint[])
      union all select l.id, m.group_id from loans l join m on m.person_id = l.person_id),
    owed as (
      select lg.group_id, lg.loan_id, greatest(0, least(i.total,
        (select sum(j.total) from loan_instalments j where j.loan_id = i.loan_id and j.number <= i.number)
        - (select coalesce(sum(p.amount), 0) from loan_payments p where p.loan_id = i.loan_id and p.status = 'confirmed' and p.paid_on <= ${TODAY}))) as left_to_pay
      from loan_group lg join loan_instalments i on i.loan_id = lg.loan_id where i.due_date < ${TODAY})
    select g.id,
      (select count(*) from m where m.group_id = g.id) as members,
      (select count(distinct person_id) from e where e.group_id = g.id and business_date >= ${WEEK_FROM}) as week,
      (select count(distinct person_id) from e where e.group_id = g.id and business_date >= ${MONTH_FROM}) as month,
      (select max(business_date)::text from e where e.group_id = g.id) as last_day,
      (select coalesce(sum(left_to_pay), 0) from owed where owed.group_id = g.id) as overdue,
      (select count(distinct loan_id) from owed where owed.group_id = g.id and left_to_pay > 0) as late
    from groups g where g.id = any(${groupIds}::bigint[]) order by g.id`.execute(t.db);
  return rows.map((r) => ({ id: Number(r.id), members: String(r.members), week: String(r.week), month: String(r.month), lastDay: r.last_day ?? '', overdue: String(r.overdue), late: String(r.late) }));
}

async function shownRows(page: Page) {
  return page.locator('tr[data-group]').evaluateAll((trs) =>
    trs
      .map((tr) => {
        const v = (k: string) => tr.querySelector(`[data-k="${k}"]`)!;
        return {
          id: Number(tr.getAttribute('data-group')),
          members: v('members').getAttribute('data-value')!,
          week: v('recording-week').getAttribute('data-count')!,
          month: v('recording-month').getAttribute('data-count')!,
          lastDay: v('last-day').getAttribute('data-value')!,
          overdue: v('arrears').getAttribute('data-value')!,
          late: v('arrears').getAttribute('data-count')!,
        };
      })
      .sort((a, b) => a.id - b.id),
  );
}

describe('groups list', () => {
  it("shows each viewer's groups with figures equal to plain SQL, and the stopped groups behind the first button", { timeout: 90_000 }, async () => {
    for (const [personId, groups] of [
      [w.admin, [w.melati, w.mawar, w.kenanga, anggrek]],
      [w.maya, [w.melati, w.mawar, anggrek]],
      [w.hana.personId, [w.kenanga]],
    ] as const) {
      const page = await login(personId);
      await page.goto(`${base}/kelompok`);
      expect(await shownRows(page)).toEqual(await expectedRows([...groups]));
      await page.close();
    }
    const page = await login(w.maya);
    await page.getByRole('link', { name: 'Kelompok', exact: true }).click();
    await page.waitForURL(`${base}/kelompok`);
    const button = page.locator('[data-k="silent-count"]');
    expect(await button.textContent()).toBe('Berhenti mencatat bulan ini: 1 kelompok');
    // Trades by their names in her language (the trades table), not their codes, in code order.
    expect(await page.locator(`tr[data-group="${anggrek}"] td[data-label="Usaha"]`).textContent()).toBe('Jahit, Kuliner');
    await screenshots(page, 'groups');
    await button.click();
    await page.waitForURL(`${base}/kelompok?saring=berhenti`);
    expect(await page.locator('h1').textContent()).toBe('Kelompok yang berhenti mencatat bulan ini');
    expect((await shownRows(page)).map((r) => r.id)).toEqual([anggrek]);
    await page.selectOption('#urut', 'tunggakan');
    await page.getByRole('button', { name: 'Urutkan' }).click();
    await page.waitForURL(`${base}/kelompok?urut=tunggakan&saring=berhenti`);
    await page.getByRole('link', { name: 'Anggrek' }).click();
    await page.waitForURL(`${base}/kelompok/${anggrek}`);
    expect(await page.locator('h1').textContent()).toBe('Kelompok Anggrek');
    await page.close();
  });

  it('switches language and keeps the order', { timeout: 60_000 }, async () => {
    const page = await login(w.admin);
    await page.goto(`${base}/kelompok?urut=catat`);
    await page.click('[data-k="lang-switch"]');
    await page.waitForURL(`${base}/kelompok?urut=catat`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('Groups');
    expect(await page.locator('[data-k="silent-count"]').textContent()).toBe('Stopped recording this month: 1 group');
    // Least recording first: Anggrek (0 of 1 this month) leads.
    expect(await page.locator('tr[data-group]').first().getAttribute('data-group')).toBe(String(anggrek));
    expect(await page.locator(`tr[data-group="${anggrek}"] td[data-label="Trade"]`).textContent()).toBe('Tailoring, Food stalls');
    await screenshots(page, 'groups-en');
    await page.click('[data-k="lang-switch"]');
    await page.waitForURL(`${base}/kelompok?urut=catat`);
    await page.close();
  });
});

describe('group page', () => {
  it('shows members, calendar, month totals and loans equal to plain SQL, and rotates the join code', { timeout: 90_000 }, async () => {
    const page = await login(w.fitri.personId);
    await page.goto(`${base}/kelompok/${w.melati}`);

    // Members: everyone who was in it, with role and status; the removed one too.
    const people = await page.locator('tr[data-person]').evaluateAll((trs) =>
      trs.map((tr) => ({
        person: tr.getAttribute('data-person'),
        status: tr.getAttribute('data-status'),
        sales: tr.querySelector('[data-k="sales"]')?.getAttribute('data-value') ?? null,
        expenses: tr.querySelector('[data-k="expenses"]')?.getAttribute('data-value') ?? null,
        profit: tr.querySelector('[data-k="profit"]')?.getAttribute('data-value') ?? null,
        href: tr.querySelector('a')?.getAttribute('href') ?? null,
      })),
    );
    const { rows: books } = await sql<{ person_id: string; status: string; sales: string; expenses: string }>`
      select m.person_id, m.status,
        (select coalesce(sum(amount), 0) from ledger_entries e where e.person_id = m.person_id and e.kind = 'sale' and e.voided_at is null and e.business_date between ${MONTH_FROM} and ${TODAY}) as sales,
        (select coalesce(sum(amount), 0) from ledger_entries e where e.person_id = m.person_id and e.kind = 'expense' and e.voided_at is null and e.business_date between ${MONTH_FROM} and ${TODAY}) as expenses
      from memberships m where m.group_id = ${w.melati}`.execute(t.db);
    for (const b of books) {
      const row = people.find((p) => p.person === String(b.person_id))!;
      expect(row.href).toBe(`/anggota/${b.person_id}`);
      expect(row.status).toBe(b.status);
      if (b.status === 'active') expect([row.sales, row.expenses, row.profit]).toEqual([String(b.sales), String(b.expenses), String(Number(b.sales) - Number(b.expenses))]);
      else expect(row.sales).toBeNull();
    }
    const total = people.find((p) => p.person === 'total')!;
    const active = books.filter((b) => b.status === 'active');
    expect(Number(total.sales)).toBe(active.reduce((s, b) => s + Number(b.sales), 0));
    expect(total.sales).toBe('220000'); // hand-checked: Ani 150.000 + Budi 90.000 − 20.000
    expect(await page.locator(`tr[data-person="${w.members.ani}"] [data-k="role"]`).textContent()).toBe('Anggota');
    expect(await page.locator('tr[data-status="removed"] [data-k="status"]').textContent()).toBe('Keluar');

    // Calendar: 6 weeks from Monday 2 Nov to Sunday 13 Dec; days after today are blank.
    const days = await page.locator('[data-k^="day-"]').evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-k')!.slice(4), td.getAttribute('data-value')!]));
    expect(days).toHaveLength(42);
    expect([days[0]![0], days.at(-1)![0]]).toEqual(['2026-11-02', '2026-12-13']);
    const { rows: daily } = await sql<{ day: string; n: string }>`
      select e.business_date::text as day, count(distinct e.person_id) as n from ledger_entries e
      join memberships m on m.person_id = e.person_id and m.group_id = ${w.melati} and m.status = 'active'
      where e.voided_at is null and e.business_date between '2026-11-02' and ${TODAY} group by 1`.execute(t.db);
    const perDay = new Map(daily.map((d) => [d.day, String(d.n)]));
    for (const [day, value] of days) expect([day, value]).toEqual([day, day! > TODAY ? '' : (perDay.get(day!) ?? '0')]);
    expect(perDay.get('2026-12-08')).toBe('1'); // Ani; Fira's entry that day does not count (she left), nor the voided one

    // Loans: Ani's 300.000 with 150.000 confirmed; Oct's half and Nov's instalment late since 5 Oct.
    const loan = page.locator('tr[data-loan]');
    expect(await loan.evaluate((tr) => ['principal', 'outstanding', 'overdue', 'instalments-late', 'days-late'].map((k) => tr.querySelector(`[data-k="${k}"]`)!.getAttribute('data-value')))).toEqual([
      '300000',
      '150000',
      '150000',
      '2',
      '66',
    ]);
    expect(await page.locator('[data-k="chats"]').textContent()).toContain('120363000000000001@g.us');
    expect(await page.locator('[data-k="recording-week"]').getAttribute('data-count')).toBe('2');
    // On a phone the members come before the calendar, and the top links reach each part.
    await page.setViewportSize({ width: 360, height: 740 });
    const top = (selector: string) => page.locator(selector).evaluate((e) => (e as unknown as { getBoundingClientRect(): { top: number } }).getBoundingClientRect().top);
    expect(await top('#h-members')).toBeLessThan(await top('#h-cal'));
    expect(await page.locator('nav.jump a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['#h-members', '#h-cal', '#h-loans', '#h-chats', '#h-code']);
    await screenshots(page, 'group');

    // The rotate button: a new code on the page and in the database.
    const before = await page.locator('[data-k="join-code"]').getAttribute('data-value');
    await page.getByRole('button', { name: 'Ganti kode gabung' }).click();
    await page.waitForURL(`${base}/kelompok/${w.melati}?n=kode`);
    const after = await page.locator('[data-k="join-code"]').getAttribute('data-value');
    expect(after).not.toBe(before);
    expect(after).toBe((await requireGroup(t.db, w.melati)).joinCode);
    expect(await page.locator('[data-k="notice"]').textContent()).toContain('Kode lama tidak berlaku');
    await page.close();
  });

  it('answers a group outside her scope with the not-found page', async () => {
    const page = await login(w.fitri.personId);
    const res = await page.goto(`${base}/kelompok/${w.kenanga}`);
    expect(res!.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Tidak ditemukan');
    await page.close();
  });

  it('has no serious accessibility problems (axe-core), in both languages', { timeout: 90_000 }, async () => {
    const page = await login(w.admin, { bypassCSP: true });
    for (const url of ['/kelompok', `/kelompok/${w.melati}`, '/kelompok?saring=berhenti']) {
      await page.goto(`${base}${url}`);
      expect({ url, problems: await accessibilityProblems(page) }).toEqual({ url, problems: [] });
    }
    await page.goto(`${base}/kelompok/${w.melati}`);
    await page.click('[data-k="lang-switch"]');
    await page.waitForURL(`${base}/kelompok/${w.melati}`);
    expect(await page.locator('h1').textContent()).toBe('Group Melati');
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshots(page, 'group-en');
    await page.click('[data-k="lang-switch"]');
    await page.close();
  });
});
