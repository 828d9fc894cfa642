/**
 * The loans page (/pinjaman), the leads page (/peluang) and the home page's links to them,
 * in a real Chromium (playwright-core, Debian's package) against the real web console on
 * real Postgres, seeded with the console world and the hand-computed loans of
 * tests/helpers/loan-portfolio-world.ts. Checked: each viewer's numbers against SQL written
 * independently here, the home page and the loans page showing the same loan numbers, the
 * PAR30 filter and its order, a borrower who left her group staying in it, the scope matrix
 * (admin, manager of A, manager of B, facilitator of Melati, facilitator of Mawar, nobody),
 * the language switch keeping the page and its filter, every home card opening its page,
 * screenshots at 360×740 and 1280×800 (test-artifacts/console/), and axe-core.
 */
import { sql } from 'kysely';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { accessibilityProblems, screenshots } from '../helpers/console-browser.ts';
import { startConsoleBrowserWorld, type ConsoleBrowserWorld } from '../helpers/console-browser-world.ts';
import { type ConsoleWorld } from '../helpers/console-world.ts';
import { type TestDatabase } from '../helpers/database.ts';
import { addLoanPortfolio, type LoanPortfolioWorld } from '../helpers/loan-portfolio-world.ts';

// A real browser on a shared machine: a page and its checks can take seconds.
vi.setConfig({ testTimeout: 120_000 });

const clock = fixedClock('2026-12-10T05:00:00Z');
const TODAY = '2026-12-10';

let world: ConsoleBrowserWorld;
let t: TestDatabase;
let w: ConsoleWorld;
let lw: LoanPortfolioWorld;
let browser: Browser;
let base: string;

beforeAll(async () => {
  world = await startConsoleBrowserWorld({ clock, seed: async ({ db, w }) => void (lw = await addLoanPortfolio(db, w)) });
  ({ database: t, w, browser, base } = world);
});
afterAll(() => world?.stop());

/**
 * Written apart from the code under test: what each instalment has received is the
 * confirmed money up to today less everything owed on the instalments before it (a
 * correlated sum, not a window), clamped to the instalment.
 */
async function expectedLoans(groupIds: number[]) {
  const { rows } = await sql<{ id: string; outstanding: string; at_risk: boolean; due: string; on_time: string }>`
    with inst as (
      select i.loan_id, i.number, i.due_date, i.principal, i.total,
             (select coalesce(sum(j.total), 0) from loan_instalments j where j.loan_id = i.loan_id and j.number < i.number) as before,
             (select coalesce(sum(p.amount), 0) from loan_payments p where p.loan_id = i.loan_id and p.status = 'confirmed' and p.paid_on <= ${TODAY}) as paid
        from loan_instalments i join loans l on l.id = i.loan_id where l.given_in_group_id = any(${groupIds}::bigint[])
    ), got as (select *, greatest(0, least(total, paid - before)) as received from inst)
    select loan_id as id, sum(least(principal, total - received)) as outstanding,
           bool_or(received < total and due_date < ${TODAY}::date - 30) as at_risk,
           count(*) filter (where due_date between ${TODAY}::date - 89 and ${TODAY}::date) as due,
           count(*) filter (where due_date between ${TODAY}::date - 89 and ${TODAY}::date and received = total and
             (select min(p.paid_on) from loan_payments p where p.loan_id = got.loan_id and p.status = 'confirmed' and
                (select sum(q.amount) from loan_payments q where q.loan_id = got.loan_id and q.status = 'confirmed' and (q.paid_on, q.id) <= (p.paid_on, p.id)) >= before + total) <= due_date) as on_time
      from got group by loan_id`.execute(t.db);
  const loans = rows.map((r) => ({ id: Number(r.id), outstanding: Number(r.outstanding), atRisk: r.at_risk, due: Number(r.due), onTime: Number(r.on_time) }));
  const outstanding = loans.reduce((s, l) => s + l.outstanding, 0);
  const atRisk = loans.filter((l) => l.atRisk).reduce((s, l) => s + l.outstanding, 0);
  const due = loans.reduce((s, l) => s + l.due, 0);
  const onTime = loans.reduce((s, l) => s + l.onTime, 0);
  return {
    outstanding,
    atRisk,
    par30: outstanding > 0 ? atRisk / outstanding : null,
    onTimeRate: due > 0 ? onTime / due : null,
    listed: loans.filter((l) => l.outstanding > 0).map((l) => l.id).sort((a, b) => a - b),
    atRiskIds: loans.filter((l) => l.outstanding > 0 && l.atRisk).map((l) => l.id).sort((a, b) => a - b),
  };
}

async function expectedLeads(groupIds: number[]) {
  const { rows } = await sql<{ id: string; answers: string; quantity: string }>`
    select l.id, (select count(*) from lead_responses r where r.lead_id = l.id) as answers,
           (select coalesce(sum(r.quantity), 0) from lead_responses r where r.lead_id = l.id) as quantity
      from leads l
     where l.facilitator_id in (select facilitator_id from groups where id = any(${groupIds}::bigint[]))
       and (l.created_at at time zone l.time_zone)::date between '2026-12-01' and ${TODAY}`.execute(t.db);
  return {
    ids: rows.map((r) => Number(r.id)).sort((a, b) => a - b),
    interested: rows.reduce((s, r) => s + Number(r.answers), 0),
    quantity: rows.reduce((s, r) => s + Number(r.quantity), 0),
  };
}

const value = async (page: Page, key: string) => page.locator(`[data-k="${key}"]`).first().getAttribute('data-value');
const ratio = (v: string | null) => (v === '' || v === null ? null : Number(v));
const ids = async (page: Page, attribute: string) => (await page.locator(`[${attribute}]`).evaluateAll((els, a) => els.map((e) => Number(e.getAttribute(a))), attribute)).sort((a, b) => a - b);

/** One logged-in page per viewer for the whole file (logins from one address are rate limited). */
const loginByLink = (personId: number, options: { bypassCSP?: boolean } = {}): Promise<Page> => world.sessionAs(personId, options);

describe('the loans page', () => {
  it("Melati's facilitator: the hand-computed loans, most days late first, the same numbers as home", async () => {
    const page = await loginByLink(w.fitri.personId);
    const home = { out: await value(page, 'loans-outstanding'), par30: await value(page, 'par30'), onTime: await value(page, 'on-time') };
    await page.click('[data-k="loans-outstanding-link"]');
    await page.waitForURL(`${base}/pinjaman`);
    expect({ out: await value(page, 'loans-outstanding'), par30: await value(page, 'par30'), onTime: await value(page, 'on-time') }).toEqual(home);
    expect(Number(home.out)).toBe(726_000);
    expect(ratio(home.par30)).toBeCloseTo(350_000 / 726_000, 12);
    expect(ratio(home.onTime)).toBeCloseTo(1 / 8, 12);
    expect(await value(page, 'at-risk-principal')).toBe('350000');
    expect(await page.locator('[data-k="par30"] .num').textContent()).toBe('48,2 %');

    const rows = await page.locator('tr[data-loan]').evaluateAll((trs) =>
      trs.map((tr) => ({
        loan: Number(tr.getAttribute('data-loan')),
        borrower: tr.querySelector('[data-k="borrower"]')!.textContent,
        borrowerHref: tr.querySelector('[data-k="borrower"]')!.getAttribute('href'),
        group: tr.querySelector('[data-k="group"]')!.getAttribute('href'),
        out: Number(tr.querySelector('[data-k="outstanding"]')!.getAttribute('data-value')),
        late: Number(tr.querySelector('[data-k="late-instalments"]')!.getAttribute('data-value')),
        days: Number(tr.querySelector('[data-k="days-late"]')!.getAttribute('data-value')),
        risk: tr.querySelector('[data-k="at-risk"]')!.getAttribute('data-value'),
      })),
    );
    expect(rows).toEqual([
      // Sari left Melati after borrowing, and joined Mawar: her loan is still Melati's.
      { loan: lw.loans.sari, borrower: 'Sari', borrowerHref: `/anggota/${lw.sari}`, group: `/kelompok/${w.melati}`, out: 200_000, late: 2, days: 70, risk: '1' },
      { loan: lw.loans.ani, borrower: 'Ani', borrowerHref: `/anggota/${w.members.ani}`, group: `/kelompok/${w.melati}`, out: 150_000, late: 2, days: 66, risk: '1' },
      { loan: lw.loans.melati, borrower: 'Pinjaman kelompok', borrowerHref: null, group: `/kelompok/${w.melati}`, out: 376_000, late: 1, days: 30, risk: '0' },
    ]);
    expect(await page.locator('dl.defs').textContent()).toContain('lebih dari 30 hari');
    await screenshots(page, 'loans');

    await page.click('[data-k="filter-par30"]');
    await page.waitForURL(`${base}/pinjaman?saring=par30`);
    expect(await page.locator('tr[data-loan]').evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-loan'))))).toEqual([lw.loans.sari, lw.loans.ani]);
    expect(await page.getAttribute('[data-k="filter-par30"]', 'aria-current')).toBe('page');
    // On a phone each loan is a card: days late and at risk are on screen, named, without scrolling sideways.
    await page.setViewportSize({ width: 360, height: 740 });
    for (const key of ['days-late', 'at-risk']) {
      const cell = page.locator(`tr[data-loan="${lw.loans.ani}"] [data-k="${key}"]`);
      const box = await cell.boundingBox();
      expect(box!.x + box!.width, key).toBeLessThanOrEqual(360);
      expect(await cell.getAttribute('data-label')).toBe(key === 'days-late' ? 'Hari terlambat' : 'Berisiko');
    }
    await screenshots(page, 'loans-par30');

    // The language switch keeps the page and its filter.
    await page.click('[data-k="lang-switch"]');
    await page.waitForURL(`${base}/pinjaman?saring=par30`);
    expect(await page.locator('h1').textContent()).toBe('Loans');
    expect(await page.locator('[data-k="par30"] .num').textContent()).toBe('48.2%');
    await screenshots(page, 'loans-par30-en');
    await page.click('[data-k="lang-switch"]');
    await page.waitForURL(`${base}/pinjaman?saring=par30`);
  });

  it('the home page\'s PAR30 card opens the at-risk loans; each viewer sees her loans, equal to SQL (scope matrix)', async () => {
    const matrix: { who: string; personId: number; groups: number[] }[] = [
      { who: 'admin', personId: w.admin, groups: [w.melati, w.mawar, w.kenanga] },
      { who: 'manager of programme A', personId: w.maya, groups: [w.melati, w.mawar] },
      { who: 'manager of programme B', personId: w.nina, groups: [w.kenanga] },
      { who: 'facilitator of Melati', personId: w.fitri.personId, groups: [w.melati] },
      { who: 'facilitator of Mawar (no loans; Sari is hers now)', personId: w.gita.personId, groups: [w.mawar] },
    ];
    for (const row of matrix) {
      const want = await expectedLoans(row.groups);
      const page = await loginByLink(row.personId);
      await page.click('[data-k="par30-link"]');
      await page.waitForURL(`${base}/pinjaman?saring=par30`);
      expect({ who: row.who, atRisk: await ids(page, 'data-loan') }).toEqual({ who: row.who, atRisk: want.atRiskIds });
      await page.goto(`${base}/pinjaman`);
      const shown = {
        who: row.who,
        outstanding: Number(await value(page, 'loans-outstanding')),
        atRisk: Number(await value(page, 'at-risk-principal')),
        par30: ratio(await value(page, 'par30')),
        onTime: ratio(await value(page, 'on-time')),
        listed: await ids(page, 'data-loan'),
      };
      expect(shown).toEqual({ who: row.who, outstanding: want.outstanding, atRisk: want.atRisk, par30: want.par30, onTime: want.onTimeRate, listed: want.listed });
    }
    // Hand-checked against the fixture's comment: the SQL above is not vacuous.
    expect(await expectedLoans([w.melati])).toMatchObject({ outstanding: 726_000, atRisk: 350_000, listed: [lw.loans.ani, lw.loans.melati, lw.loans.sari].sort((a, b) => a - b) });
    expect(await expectedLoans([w.mawar])).toMatchObject({ outstanding: 0, par30: null, listed: [] });
    expect((await expectedLoans([w.melati])).onTimeRate).toBeCloseTo(1 / 8, 12);
  });

  it('without a session the pages send her to log in', async () => {
    const page = await browser.newPage();
    for (const path of ['/pinjaman', '/pinjaman?saring=par30', '/peluang']) {
      await page.goto(`${base}${path}`);
      expect(page.url()).toBe(`${base}/masuk`);
    }
    await page.close();
  });
});

describe('the leads page', () => {
  it('this month\'s leads of her groups, with the answers, the same numbers as the home card (scope matrix)', async () => {
    const matrix: { who: string; personId: number; groups: number[] }[] = [
      { who: 'admin', personId: w.admin, groups: [w.melati, w.mawar, w.kenanga] },
      { who: 'manager of programme A', personId: w.maya, groups: [w.melati, w.mawar] },
      { who: 'manager of programme B', personId: w.nina, groups: [w.kenanga] },
      { who: 'facilitator of Melati', personId: w.fitri.personId, groups: [w.melati] },
      { who: 'facilitator of Mawar', personId: w.gita.personId, groups: [w.mawar] },
    ];
    for (const row of matrix) {
      const want = await expectedLeads(row.groups);
      const page = await loginByLink(row.personId);
      const home = { leads: await value(page, 'leads'), text: await page.locator('[data-k="leads"] .sub').textContent() };
      await page.click('[data-k="leads-link"]');
      await page.waitForURL(`${base}/peluang`);
      expect(await value(page, 'leads')).toBe(home.leads);
      expect(home.text).toContain(`${want.interested} anggota berminat`);
      expect({ who: row.who, ids: await ids(page, 'data-lead'), interested: Number(await value(page, 'leads-interested')), quantity: Number(await value(page, 'leads-quantity')) }).toEqual({
        who: row.who,
        ids: want.ids,
        interested: want.interested,
        quantity: want.quantity,
      });
    }
  });

  it("P1's answers: Ani 10, Budi without a number; Citra's no is not there", async () => {
    const page = await loginByLink(w.fitri.personId);
    await page.goto(`${base}/peluang`);
    const lead = page.locator('article.lead').first();
    await lead.locator('summary').click();
    expect(await lead.locator('li[data-answer]').allTextContents()).toEqual(['Ani: 10', 'Budi: tanpa jumlah']);
    expect(await lead.locator('[data-k="state"]').getAttribute('data-value')).toBe('open');
    await screenshots(page, 'leads');
  });
});

describe('home links and accessibility', () => {
  it('every home card links to its detail page, and keeps its data-k', async () => {
    const page = await loginByLink(w.admin);
    const links = await page.locator('.grid section.card').evaluateAll((cards) => cards.map((c) => [c.getAttribute('data-k'), c.querySelector('.more a')?.getAttribute('href') ?? null]));
    expect(Object.fromEntries(links)).toEqual({
      members: '/kelompok?urut=catat',
      'recording-share': '/kelompok?urut=catat',
      'sales-this-month': '/kelompok',
      'expenses-this-month': '/kelompok',
      'profit-this-month': '/kelompok',
      'loans-outstanding': '/pinjaman',
      par30: '/pinjaman?saring=par30',
      'on-time': '/pinjaman',
      leads: '/peluang',
    });
    // The whole card is the link (a click on the number opens it); its definition still opens.
    // force: the number sits under the card's stretched link, which takes the click (Playwright
    // would otherwise wait for the number itself to be clickable).
    await page.locator('[data-k="par30"] .num').click({ force: true });
    await page.waitForURL(`${base}/pinjaman?saring=par30`);
    await page.goto(`${base}/`);
    // The definition's summary is above the stretched link: a tap there opens the definition.
    // (In view first: elementFromPoint sees only the viewport, and the header's navigation
    // pushes the last cards below the fold.)
    await page.locator('[data-k="leads"] summary').scrollIntoViewIfNeeded();
    const onTop = await page.locator('[data-k="leads"] summary').evaluate((el) => {
      const box = el.getBoundingClientRect();
      const hit = el.ownerDocument.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return hit === el || el.contains(hit);
    });
    expect(onTop).toBe(true);
    // Each link says which card it opens (hidden words after the visible "Lihat rincian").
    expect(await page.locator('[data-k="par30-link"]').textContent()).toBe('Lihat rincian: PAR30');
  });

  it('no serious accessibility problems on the loans and leads pages, in both languages', { timeout: 90_000 }, async () => {
    const page = await loginByLink(w.admin, { bypassCSP: true });
    for (const path of ['/', '/pinjaman', '/pinjaman?saring=par30', '/peluang']) {
      await page.goto(`${base}${path}`);
      expect({ path, problems: await accessibilityProblems(page) }).toEqual({ path, problems: [] });
    }
    await page.click('[data-k="lang-switch"]');
    await page.waitForURL(`${base}/peluang`);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.goto(`${base}/pinjaman`);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.click('[data-k="lang-switch"]');
  });
});
