/**
 * The collection sheet (/kelompok/:id/penagihan) on real Postgres, on the hand-computed loans
 * of tests/helpers/loan-portfolio-world.ts (today Thursday 10 Dec 2026): each loan's row,
 * the totals against plain SQL sums over the stored schedules and confirmed payments, and
 * the page over HTTP (404 outside the scope, the print stylesheet). Then a loan's page and its
 * payments: recorded as reported by the viewer, never confirmed by whoever recorded it (the
 * loans module's maker ≠ checker rule), confirmed by the group's facilitator or bendahara,
 * refused and unwritten out of scope.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { issueLogin, loginWithLink } from '../../src/modules/console-access/console-access.service.ts';
import { newToken } from '../../src/modules/console-access/console-access.ts';
import { collectionSheet } from '../../src/modules/loans/collection-sheet.service.ts';
import { resolveScope, type Scope } from '../../src/modules/programmes/scope.ts';
import { createConsoleApp, SESSION_COOKIE } from '../../src/web/console-app.ts';
import { consoleSessions } from '../helpers/console-request-world.ts';
import { PRINT_SCRIPT, PRINT_SCRIPT_PATH } from '../../src/web/print-script.ts';
import { seedConsoleWorld, type ConsoleWorld } from '../helpers/console-world.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { addLoanPortfolio, type LoanPortfolioWorld } from '../helpers/loan-portfolio-world.ts';

let t: TestDatabase;
let w: ConsoleWorld;
let lw: LoanPortfolioWorld;
const clock = fixedClock('2026-12-10T05:00:00Z');

beforeAll(async () => {
  t = await createTestDatabase();
  w = await seedConsoleWorld(t.db);
  lw = await addLoanPortfolio(t.db, w);
});
afterAll(async () => t?.drop());

const scopeOf = async (personId: number): Promise<Scope> => (await resolveScope(t.db, personId))!;

/** What plain SQL says the sheet must total: per loan given in the group, against its confirmed payments up to today. */
async function sqlTotals(groupId: number, today: string, monthEnd: string) {
  const { rows } = await sql<{ arrears: string; to_collect: string }>`
    with l as (
      select l.id,
             (select coalesce(sum(total), 0) from loan_instalments i where i.loan_id = l.id and i.due_date < ${today}::date) as late,
             (select coalesce(sum(total), 0) from loan_instalments i where i.loan_id = l.id and i.due_date <= ${monthEnd}::date) as by_month_end,
             (select coalesce(sum(amount), 0) from loan_payments p where p.loan_id = l.id and p.status = 'confirmed' and p.paid_on <= ${today}::date) as paid
        from loans l where l.given_in_group_id = ${groupId})
    select coalesce(sum(greatest(late - paid, 0)), 0) as arrears, coalesce(sum(greatest(by_month_end - paid, 0)), 0) as to_collect from l`.execute(t.db);
  const arrears = Number(rows[0]!.arrears);
  const toCollect = Number(rows[0]!.to_collect);
  return { arrears, toCollect, instalmentDue: toCollect - arrears };
}

describe('the collection sheet', () => {
  it("Melati's sheet: a row per loan with something to collect, the longest late first, hand-computed", async () => {
    const sheet = (await collectionSheet(t.db, await scopeOf(w.fitri.personId), w.melati, clock.now()))!;
    expect(sheet.group).toMatchObject({ name: 'Melati', facilitatorName: 'Fitri' });
    expect({ today: sheet.today, monthEnd: sheet.monthEnd }).toEqual({ today: '2026-12-10', monthEnd: '2026-12-31' });
    expect(sheet.rows.map(({ loanId, borrower, instalmentDue, dueDate, arrears, daysLate, toCollect }) => ({ loanId, who: borrower?.name ?? null, instalmentDue, dueDate, arrears, daysLate, toCollect }))).toEqual([
      { loanId: lw.loans.sari, who: 'Sari', instalmentDue: 0, dueDate: null, arrears: 200_000, daysLate: 70, toCollect: 200_000 },
      { loanId: lw.loans.ani, who: 'Ani', instalmentDue: 0, dueDate: null, arrears: 150_000, daysLate: 66, toCollect: 150_000 },
      // Due today (10 Dec) is this month's instalment, not arrears; 76.000 of 10 Nov is late.
      { loanId: lw.loans.melati, who: null, instalmentDue: 106_000, dueDate: '2026-12-10', arrears: 76_000, daysLate: 30, toCollect: 182_000 },
    ]);
    expect(sheet.totals).toEqual({ instalmentDue: 106_000, arrears: 426_000, toCollect: 532_000 });
  });

  it.each(['melati', 'mawar', 'kenanga'] as const)("%s: the sheet's totals are the SQL sums", async (group) => {
    const sheet = (await collectionSheet(t.db, await scopeOf(w.admin), w[group], clock.now()))!;
    expect(sheet.totals).toEqual(await sqlTotals(w[group], sheet.today, sheet.monthEnd));
  });

  it('is undefined outside the scope, as for a missing group', async () => {
    expect(await collectionSheet(t.db, await scopeOf(w.gita.personId), w.melati, clock.now())).toBeUndefined();
    expect(await collectionSheet(t.db, await scopeOf(w.nina), w.melati, clock.now())).toBeUndefined();
    expect(await collectionSheet(t.db, await scopeOf(w.admin), 999_999, clock.now())).toBeUndefined();
  });

  it('the page: totals in the table, the print stylesheet, linked from the group and loans pages; 404 for another facilitator', async () => {
    const app = createConsoleApp({ db: t.db, clock, log: silentLogger(), timeZone: 'Asia/Jakarta', secureCookies: false, sendLoginCode: async () => true, clientOf: () => 'test' });
    const cookieOf = async (personId: number) => {
      const session = await loginWithLink(t.db, (await issueLogin(t.db, personId, clock.now())).token, 'test', clock.now());
      if (typeof session === 'string') throw new Error(session);
      return `${SESSION_COOKIE}=${session.token}`;
    };
    const fitri = await cookieOf(w.fitri.personId);
    const res = await app.request(`/kelompok/${w.melati}/penagihan`, { headers: { cookie: fitri } });
    expect(res.status).toBe(200);
    const page = await res.text();
    const value = (k: string) => new RegExp(`data-k="${k}" data-value="([^"]*)"`).exec(page)?.[1];
    expect([value('total-instalment-due'), value('total-arrears'), value('total-to-collect')]).toEqual(['106000', '426000', '532000']);
    expect(page).toContain('Rp532.000');
    expect(page).toMatch(/@media print\{\s*header,nav/);
    expect(page).toContain('size:A4 portrait');
    for (const from of [`/kelompok/${w.melati}`, '/pinjaman']) {
      expect(await (await app.request(from, { headers: { cookie: fitri } })).text(), from).toContain(`href="/kelompok/${w.melati}/penagihan"`);
    }
    const gita = await cookieOf(w.gita.personId);
    expect((await app.request(`/kelompok/${w.melati}/penagihan`, { headers: { cookie: gita } })).status).toBe(404);

    // The print button: rendered hidden (shown by the script), the script a same-origin file the CSP allows.
    expect(page).toContain('<button type="button" class="btn" data-print data-k="print" hidden>Cetak</button>');
    expect(page).toContain(`<script src="${PRINT_SCRIPT_PATH}" defer></script>`);
    expect(page).not.toMatch(/<script>|<script [^>]*>[^<]/);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    // A page with nothing to print loads no script.
    expect(await (await app.request(`/kelompok/${w.melati}`, { headers: { cookie: fitri } })).text()).not.toContain('<script');
  });

  it("the print script: served to anyone (nothing personal in it), kept a year under a name that changes with its text", async () => {
    const app = createConsoleApp({ db: t.db, clock, log: silentLogger(), timeZone: 'Asia/Jakarta', secureCookies: false, sendLoginCode: async () => true, clientOf: () => 'test' });
    expect(PRINT_SCRIPT_PATH).toMatch(/^\/js\/cetak-[0-9a-f]{10}\.js$/);
    const res = await app.request(PRINT_SCRIPT_PATH);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe(PRINT_SCRIPT);
    // Another name is no script: the login page, as for any page before login.
    expect((await app.request('/js/cetak-0000000000.js', { redirect: 'manual' })).status).toBe(303);
  });
});

describe("a loan's page, recording and confirming payments", () => {
  let app: ReturnType<typeof createConsoleApp>;
  let session: ReturnType<typeof consoleSessions>;
  const open = async (personId: number, path: string) => app.request(path, { headers: { cookie: (await session(personId)).cookie } });
  const post = async (personId: number, path: string, form: Record<string, string>) => {
    const s = await session(personId);
    // A fresh one-time token per press, as each render of the loan page gives (tests/integration/console-loan-once.test.ts presses one twice).
    return app.request(path, { method: 'POST', body: new URLSearchParams({ csrf: s.csrf, request: newToken(), ...form }), headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' }, redirect: 'manual' });
  };
  const paymentsOf = async (loanId: number) =>
    (await sql<{ id: string; amount: string; status: string; reported_by_person_id: string | null; confirmed_by_person_id: string | null }>`
      select id, amount, status, reported_by_person_id, confirmed_by_person_id from loan_payments where loan_id = ${loanId} order by id`.execute(t.db)).rows.map((r) => ({
      id: Number(r.id), amount: Number(r.amount), status: r.status, by: r.reported_by_person_id === null ? null : Number(r.reported_by_person_id), checker: r.confirmed_by_person_id === null ? null : Number(r.confirmed_by_person_id),
    }));

  beforeAll(() => {
    app = createConsoleApp({ db: t.db, clock, log: silentLogger(), timeZone: 'Asia/Jakarta', secureCookies: false, sendLoginCode: async () => true, clientOf: () => 'loan-page' });
    session = consoleSessions(app, t.db, clock);
  });

  it("shows the schedule, the payments and who made them, the streak and the reward", async () => {
    const res = await open(w.fitri.personId, `/pinjaman/${lw.loans.melati}`);
    expect(res.status).toBe(200);
    const page = await res.text();
    const value = (k: string) => new RegExp(`data-k="${k}" data-value="([^"]*)"`).exec(page)?.[1];
    expect({ arrears: value('arrears'), streak: value('streak'), eligible: value('eligible'), next: value('next-due'), schedule: value('schedule'), payments: value('payments') }).toEqual({
      arrears: '76000', streak: '0', eligible: '0', next: '76000', schedule: '6', payments: '3',
    });
    expect(page).toContain('baris perintah admin');
    // Its first unpaid instalment fell due before today: named late, not "next".
    expect(page).toContain('<h2>Cicilan terlambat, jatuh tempo</h2>');
    expect(page).not.toContain('<h2>Cicilan berikutnya</h2>');
  });

  it("facilitator A records a payment; she cannot confirm it herself; the group's bendahara can", async () => {
    const before = await paymentsOf(lw.loans.ani);
    const recorded = await post(w.fitri.personId, `/pinjaman/${lw.loans.ani}/bayar`, { jumlah: 'Rp50.000', tanggal: '2026-12-09' });
    expect(recorded.status).toBe(303);
    expect(recorded.headers.get('location')).toBe(`/pinjaman/${lw.loans.ani}?n=dicatat`);
    const after = await paymentsOf(lw.loans.ani);
    const mine = after.at(-1)!;
    expect(after.length).toBe(before.length + 1);
    expect(mine).toMatchObject({ amount: 50_000, status: 'reported', by: w.fitri.personId, checker: null });

    const own = await post(w.fitri.personId, `/pinjaman/${lw.loans.ani}/konfirmasi`, { pembayaran: String(mine.id) });
    expect(own.headers.get('location')).toBe(`/pinjaman/${lw.loans.ani}?n=tolak-confirm_own_payment`);
    expect((await paymentsOf(lw.loans.ani)).at(-1)).toEqual(mine);
    const page = await (await open(w.fitri.personId, own.headers.get('location')!)).text();
    expect(page).toContain('Ibu sendiri yang mencatat pembayaran ini');

    // The manager is neither the bendahara nor the facilitator: the module refuses her too.
    const manager = await post(w.maya, `/pinjaman/${lw.loans.ani}/konfirmasi`, { pembayaran: String(mine.id) });
    expect(manager.headers.get('location')).toBe(`/pinjaman/${lw.loans.ani}?n=tolak-confirm_not_allowed`);

    // Both refusals are in the audit as the chat's are: who, what, the rule, the loan's group.
    const refused = await sql<{ person_id: number; action: string; reason: string; group_id: number }>`
      select person_id::int, action, reason, group_id::int from permission_refusals where action = 'confirm_payment' order by id`.execute(t.db);
    expect(refused.rows).toEqual([
      { person_id: w.fitri.personId, action: 'confirm_payment', reason: 'confirm_own_payment', group_id: w.melati },
      { person_id: w.maya, action: 'confirm_payment', reason: 'confirm_not_allowed', group_id: w.melati },
    ]);
    const audit = await (await open(w.fitri.personId, '/audit?jenis=penolakan')).text();
    expect(audit).toContain('Ditolak: mengonfirmasi pembayaran pinjaman (pembayaran yang ia catat sendiri)');
    expect(audit).toContain('Ditolak: mengonfirmasi pembayaran pinjaman (bukan bendahara atau pendamping)');

    // The bendahara (Budi, made so here) confirms it, as the chat's /konfirmasi does.
    await sql`update memberships set role = 'bendahara' where person_id = ${w.members.budi} and group_id = ${w.melati}`.execute(t.db);
    const { confirmPayment } = await import('../../src/modules/loans/loans.service.ts');
    expect((await confirmPayment(t.db, mine.id, w.members.budi, clock.now())).changed).toBe(true);
    expect((await paymentsOf(lw.loans.ani)).at(-1)).toMatchObject({ status: 'confirmed', by: w.fitri.personId, checker: w.members.budi });

    // A payment Ani reported (the world's 100.000 of 1 Nov): the facilitator confirms it.
    const anis = (await paymentsOf(lw.loans.ani)).find((p) => p.status === 'reported' && p.by === w.members.ani)!;
    const confirmed = await post(w.fitri.personId, `/pinjaman/${lw.loans.ani}/konfirmasi`, { pembayaran: String(anis.id) });
    expect(confirmed.headers.get('location')).toBe(`/pinjaman/${lw.loans.ani}?n=dikonfirmasi`);
    const again = await post(w.fitri.personId, `/pinjaman/${lw.loans.ani}/konfirmasi`, { pembayaran: String(anis.id) });
    expect(again.headers.get('location')).toBe(`/pinjaman/${lw.loans.ani}?n=sudah`);
  });

  it('bad amounts and dates are refused with their words, and write nothing', async () => {
    const before = await paymentsOf(lw.loans.melati);
    for (const [form, notice] of [
      [{ jumlah: 'lima puluh', tanggal: '2026-12-09' }, 'jumlah'],
      [{ jumlah: '0', tanggal: '2026-12-09' }, 'jumlah'],
      [{ jumlah: '50000', tanggal: '2026-12-11' }, 'tolak-payment_date_invalid'],
      [{ jumlah: '50000', tanggal: '2026-02-30' }, 'tolak-payment_date_invalid'],
    ] as const) {
      const res = await post(w.fitri.personId, `/pinjaman/${lw.loans.melati}/bayar`, form);
      expect(res.headers.get('location'), JSON.stringify(form)).toBe(`/pinjaman/${lw.loans.melati}?n=${notice}`);
    }
    expect(await paymentsOf(lw.loans.melati)).toEqual(before);
    // The two the loans module refused are logged as refusals; the form's own checks ('jumlah') write nothing anywhere.
    const { rows } = await sql<{ n: string }>`select count(*) as n from permission_refusals where action = 'record_payment' and reason = 'payment_date_invalid'`.execute(t.db);
    expect(Number(rows[0]!.n)).toBe(2);
  });

  it("another facilitator's and another programme's staff: 404 for the page and every write, nothing written", async () => {
    const before = await paymentsOf(lw.loans.ani);
    const reported = before.find((p) => p.status === 'reported') ?? before[0]!;
    for (const personId of [w.gita.personId, w.nina]) {
      expect((await open(personId, `/pinjaman/${lw.loans.ani}`)).status).toBe(404);
      expect((await post(personId, `/pinjaman/${lw.loans.ani}/bayar`, { jumlah: '1000', tanggal: '2026-12-09' })).status).toBe(404);
      expect((await post(personId, `/pinjaman/${lw.loans.ani}/konfirmasi`, { pembayaran: String(reported.id) })).status).toBe(404);
    }
    // A payment of another loan, named on a loan of hers: not found, not confirmed.
    const eka = (await paymentsOf(lw.loans.eka))[0]!;
    expect((await post(w.hana.personId, `/pinjaman/${lw.loans.eka}/konfirmasi`, { pembayaran: String(reported.id) })).headers.get('location')).toBe(`/pinjaman/${lw.loans.eka}?n=tolak-payment_not_found`);
    expect(eka.status).toBe('reported');
    expect(await paymentsOf(lw.loans.ani)).toEqual(before);
    expect((await open(w.admin, '/pinjaman/999999')).status).toBe(404);
  });
});

describe('giving a loan from the console, with its schedule first', () => {
  let app: ReturnType<typeof createConsoleApp>;
  let session: ReturnType<typeof consoleSessions>;
  const terms = (borrower: string) => ({ peminjam: borrower, pokok: '1.200.000', bunga: '6,5', bulan: '7', metode: 'declining', jatuh: '31', cair: '2026-12-10' });
  const loans = async () => Number((await sql<{ n: string }>`select count(*) as n from loans`.execute(t.db)).rows[0]!.n);
  const give = async (personId: number, groupId: number, form: Record<string, string>) => {
    const s = await session(personId);
    return app.request(`/kelompok/${groupId}/pinjaman-baru`, { method: 'POST', body: new URLSearchParams({ csrf: s.csrf, request: newToken(), ...form }), headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' }, redirect: 'manual' });
  };

  beforeAll(() => {
    app = createConsoleApp({ db: t.db, clock, log: silentLogger(), timeZone: 'Asia/Jakarta', secureCookies: false, sendLoginCode: async () => true, clientOf: () => 'new-loan' });
    session = consoleSessions(app, t.db, clock);
  });

  it("the preview is the command line's schedule, and giving it stores exactly that, given in the group", async () => {
    const { cookie } = await session(w.fitri.personId);
    const query = new URLSearchParams(terms(String(w.members.budi))).toString();
    const res = await app.request(`/kelompok/${w.melati}/pinjaman-baru?${query}`, { headers: { cookie } });
    expect(res.status).toBe(200);
    const page = await res.text();
    // The fields' attributes are markup, not text: escaped twice, the date field is a text box
    // and phones show a full keyboard.
    expect(page).not.toContain('&quot;');
    expect(page).toMatch(/id="f-pokok"[^>]* inputmode="numeric"/);
    expect(page).toMatch(/id="f-bunga"[^>]* inputmode="decimal"/);
    expect(page).toMatch(/id="f-cair"[^>]* type="date"/);
    const shown = [...page.matchAll(/<tr data-instalment="(\d+)">[^]*?data-k="due-date" data-value="([^"]+)"[^]*?data-k="principal" data-value="(\d+)"[^]*?data-k="interest" data-value="(\d+)"[^]*?data-k="total" data-value="(\d+)"/g)].map((m) => ({
      number: Number(m[1]), dueDate: m[2], principal: Number(m[3]), interest: Number(m[4]), total: Number(m[5]),
    }));
    const { schedule } = await import('../../src/cli/admin/loan.ts');
    const cli = schedule({ principal: '1200000', rate: '6.5', months: '7', method: 'declining', disbursed: '2026-12-10', dueDay: '31' });
    expect(shown).toEqual(cli);
    expect(shown.at(-1)!.dueDate).toBe('2027-07-31');
    expect(shown[1]!.dueDate).toBe('2027-02-28');

    const before = await loans();
    const given = await give(w.fitri.personId, w.melati, terms(String(w.members.budi)));
    expect(given.status).toBe(303);
    const loanId = Number(/^\/pinjaman\/(\d+)\?n=baru$/.exec(given.headers.get('location')!)![1]);
    expect(await loans()).toBe(before + 1);
    const stored = await t.db.selectFrom('loans').select(['person_id', 'group_id', 'given_in_group_id', 'principal', 'annual_rate_bp', 'method', 'months', 'due_day']).where('id', '=', loanId).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ person_id: w.members.budi, group_id: null, given_in_group_id: w.melati, principal: 1_200_000, annual_rate_bp: 650, method: 'declining', months: 7, due_day: 31 });
    const instalments = await t.db.selectFrom('loan_instalments').select(['number', 'due_date as dueDate', 'principal', 'interest', 'total']).where('loan_id', '=', loanId).orderBy('number').execute();
    expect(instalments.map((i) => ({ ...i, principal: Number(i.principal), interest: Number(i.interest), total: Number(i.total) }))).toEqual(cli);
    const loanPage = await (await app.request(`/pinjaman/${loanId}?n=baru`, { headers: { cookie } })).text();
    expect(loanPage).toContain('Pinjaman dicatat');
    // Indonesian writes a percentage without a space.
    expect(loanPage).toMatch(/6,5% per tahun/);

    // The group's own loan, by the manager of its programme.
    const group = await give(w.maya, w.melati, terms('kelompok'));
    expect(group.status).toBe(303);
  });

  it('bad terms are named on the form and give nothing', async () => {
    const { cookie } = await session(w.fitri.personId);
    for (const [change, invalid] of [[{ bulan: '0' }, 'months'], [{ bunga: '6,555' }, 'annualRatePercent'], [{ pokok: 'satu juta' }, 'principal'], [{ jatuh: '32' }, 'dueDay'], [{ cair: '2026-02-30' }, 'disbursed'], [{ peminjam: String(w.members.dewi) }, 'borrower']] as const) {
      const query = new URLSearchParams({ ...terms('kelompok'), ...change }).toString();
      const page = await (await app.request(`/kelompok/${w.melati}/pinjaman-baru?${query}`, { headers: { cookie } })).text();
      expect(/data-k="invalid" data-value="([^"]+)"/.exec(page)?.[1], JSON.stringify(change)).toBe(invalid);
      expect(page).not.toContain('data-k="give"');
    }
    const before = await loans();
    expect((await give(w.fitri.personId, w.melati, { ...terms('kelompok'), bulan: '0' })).status).toBe(303);
    expect(await loans()).toBe(before);
  });

  it("another group's facilitator, another programme's manager, a borrower from another group: 404, nothing given", async () => {
    const before = await loans();
    for (const personId of [w.gita.personId, w.nina]) {
      const { cookie } = await session(personId);
      expect((await app.request(`/kelompok/${w.melati}/pinjaman-baru`, { headers: { cookie } })).status).toBe(404);
      expect((await give(personId, w.melati, terms('kelompok'))).status).toBe(404);
    }
    expect((await give(w.fitri.personId, w.melati, terms(String(w.members.dewi)))).status).toBe(404);
    expect((await give(w.fitri.personId, w.melati, terms(String(w.members.eka)))).status).toBe(404);
    expect(await loans()).toBe(before);
  });
});
