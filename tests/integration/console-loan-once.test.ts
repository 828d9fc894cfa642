/**
 * Giving a loan and recording a payment in the console happen once per form, however often
 * its button is pressed (a double click, the back button and press again, a form resent after
 * a lost response), as a lead is sent once per preview: each render carries a one-time token
 * that the row keeps (migration 039), and a second press of the same token answers with the
 * first's loan or payment. Both presses at once too (two requests in flight, as from two bot
 * copies): the advisory lock makes the second wait for the first and find its row. A form
 * with no token (an old page) writes nothing and asks again; another's token is not hers.
 * Then the refusal notice, which must read only its own texts (no "function Object()"), and
 * the borrower rule of the preview, which lives in the service.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { newLoanForm, previewLoan } from '../../src/modules/loans/console-new-loan.service.ts';
import { resolveScope } from '../../src/modules/programmes/scope.ts';
import { loanPageId } from '../../src/web/texts/collection.ts';
import { startConsoleRequestWorld, type ConsoleRequestWorld } from '../helpers/console-request-world.ts';
import { type ConsoleWorld } from '../helpers/console-world.ts';
import { type TestDatabase } from '../helpers/database.ts';

let world: ConsoleRequestWorld;
let t: TestDatabase;
let w: ConsoleWorld;
const clock = fixedClock('2026-12-10T05:00:00Z');

beforeAll(async () => {
  world = await startConsoleRequestWorld({ clock, client: 'loan-once' });
  ({ database: t, w } = world);
});
afterAll(() => world?.stop());

const open: ConsoleRequestWorld['open'] = (personId, path) => world.open(personId, path);
const post: ConsoleRequestWorld['post'] = (personId, path, form) => world.post(personId, path, form);
const requestIn = (page: string) => /name="request" value="([^"]+)"/.exec(page)?.[1];
const count = async (table: 'loans' | 'loan_payments') => Number((await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(t.db)).rows[0]!.n);

const TERMS = { peminjam: 'kelompok', pokok: '1000000', bunga: '12', bulan: '10', metode: 'flat', jatuh: '5', cair: '2026-12-10' };
const newLoanPath = `/kelompok/{id}/pinjaman-baru`;
const formOf = (groupId: number) => newLoanPath.replace('{id}', String(groupId));

/** The preview of TERMS in Melati, as Fitri sees it: its give button's token. */
async function previewToken(personId = w.fitri.personId, groupId = w.melati): Promise<string> {
  const page = await open(personId, `${formOf(groupId)}?${new URLSearchParams(TERMS).toString()}`);
  expect(page.status).toBe(200);
  const request = requestIn(page.body);
  if (!request) throw new Error('no give button on the preview');
  return request;
}

describe('giving a loan: one loan per preview', () => {
  it('reads "2jt" as the chat does: the preview offers a loan of Rp2.000.000 (10 × Rp200.000)', async () => {
    for (const pokok of ['2jt', '2 juta', 'Rp2.000.000', '2000rb']) {
      const page = await open(w.fitri.personId, `${formOf(w.melati)}?${new URLSearchParams({ ...TERMS, pokok }).toString()}`);
      expect(page.status, pokok).toBe(200);
      expect(page.body.match(/data-k="principal" data-value="200000"/g)?.length, pokok).toBe(10);
      expect(requestIn(page.body), pokok).toBeTruthy();
    }
    // What is not an amount still asks again, with no give button.
    const wrong = await open(w.fitri.personId, `${formOf(w.melati)}?${new URLSearchParams({ ...TERMS, pokok: '2,5' }).toString()}`);
    expect(requestIn(wrong.body)).toBeFalsy();
  });

  let loanId = 0;

  it('two presses of the same preview at once give one loan; both land on it', async () => {
    const request = await previewToken();
    const before = await count('loans');
    const [a, b] = await Promise.all([post(w.fitri.personId, formOf(w.melati), { ...TERMS, request }), post(w.fitri.personId, formOf(w.melati), { ...TERMS, request })]);
    expect([a.status, b.status]).toEqual([303, 303]);
    expect(a.location).toMatch(/^\/pinjaman\/\d+\?n=baru$/);
    expect(b.location).toBe(a.location);
    expect(await count('loans')).toBe(before + 1);
    loanId = Number(/\/pinjaman\/(\d+)/.exec(a.location!)![1]);
    const stored = await t.db.selectFrom('loans').select(['console_request', 'given_in_group_id']).where('id', '=', loanId).executeTakeFirstOrThrow();
    expect(stored).toEqual({ console_request: request, given_in_group_id: w.melati });
    // One audit row, however often it was pressed: given by Fitri, to the group, in Melati.
    const audit = await t.db.selectFrom('audit_events').select(['actor_person_id', 'subject_person_id', 'group_id', 'detail']).where('kind', '=', 'loan_given').execute();
    expect(audit.filter((a) => (a.detail as unknown as { loan: string }).loan === String(loanId))).toEqual([
      { actor_person_id: w.fitri.personId, subject_person_id: null, group_id: w.melati, detail: { loan: String(loanId), principal: '1000000' } },
    ]);
    // The audit page says so, under its own kind.
    const page = await open(w.fitri.personId, '/audit?jenis=pinjaman');
    expect(page.body).toContain('Memberi pinjaman Rp1.000.000 kepada kelompok');
    expect(page.body).toContain('data-source="loan_given"');
  });

  it('pressed again later (the back button), even with other terms: the same loan, nothing given', async () => {
    const request = (await t.db.selectFrom('loans').select('console_request').where('id', '=', loanId).executeTakeFirstOrThrow()).console_request!;
    const before = await count('loans');
    clock.advance(60_000);
    const again = await post(w.fitri.personId, formOf(w.melati), { ...TERMS, pokok: '2000000', request });
    expect(again.location).toBe(`/pinjaman/${loanId}?n=baru`);
    expect(await count('loans')).toBe(before);
    // A new preview is a new token: a second loan is a second, deliberate, preview.
    const fresh = await previewToken();
    expect(fresh).not.toBe(request);
    expect((await post(w.fitri.personId, formOf(w.melati), { ...TERMS, request: fresh })).location).not.toBe(`/pinjaman/${loanId}?n=baru`);
    expect(await count('loans')).toBe(before + 1);
  });

  it('a give button from no preview (no token, or a malformed one) gives nothing and shows the preview again', async () => {
    const before = await count('loans');
    for (const request of [undefined, 'x', 'a'.repeat(44)]) {
      const res = await post(w.fitri.personId, formOf(w.melati), request === undefined ? TERMS : { ...TERMS, request });
      expect(res.status).toBe(303);
      expect(res.location).toBe(`${formOf(w.melati)}?${new URLSearchParams(TERMS).toString()}&n=ulang`);
    }
    expect(await count('loans')).toBe(before);
    const page = await open(w.fitri.personId, (await post(w.fitri.personId, formOf(w.melati), TERMS)).location!);
    expect(page.body).toContain('data-k="stale"');
    expect(page.body).toContain('Halaman itu sudah lama');
    expect(requestIn(page.body)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Not hers: 404 with or without a token, nothing given.
    expect((await post(w.gita.personId, formOf(w.melati), TERMS)).status).toBe(404);
    expect(await count('loans')).toBe(before);
  });

  it("a token that gave a loan in another group is not hers there: 404, nothing given", async () => {
    const request = (await t.db.selectFrom('loans').select('console_request').where('id', '=', loanId).executeTakeFirstOrThrow()).console_request!;
    const before = await count('loans');
    expect((await post(w.gita.personId, formOf(w.mawar), { ...TERMS, request })).status).toBe(404);
    expect((await post(w.admin, formOf(w.mawar), { ...TERMS, request })).status).toBe(404);
    expect(await count('loans')).toBe(before);
  });

  it('the borrower rule of the preview is the service\'s: a member of another group is named to correct', async () => {
    const scope = (await resolveScope(t.db, w.fitri.personId))!;
    const form = (await newLoanForm(t.db, scope, w.melati))!;
    const terms = { principal: 1_000_000, annualRatePercent: 12, months: 10, method: 'flat' as const, disbursed: '2026-12-10', dueDay: 5 };
    expect(previewLoan(form, w.members.dewi, terms)).toEqual({ invalid: 'borrower' });
    expect(previewLoan(form, w.members.ani, { ...terms, months: 0 })).toEqual({ invalid: 'months' });
    expect('schedule' in previewLoan(form, w.members.ani, terms)).toBe(true);
    expect('schedule' in previewLoan(form, null, terms)).toBe(true);
  });
});

describe('recording a payment: one payment per form', () => {
  let loanId = 0;
  const payments = async () =>
    (await sql<{ id: string; amount: string; reported_by_person_id: string; console_request: string | null }>`
      select id, amount, reported_by_person_id, console_request from loan_payments where loan_id = ${loanId} order by id`.execute(t.db)).rows;

  beforeAll(async () => {
    const given = await post(w.fitri.personId, formOf(w.melati), { ...TERMS, request: await previewToken() });
    loanId = Number(/\/pinjaman\/(\d+)/.exec(given.location!)![1]);
  });

  it('two presses of the same form at once record one payment; both land on the loan', async () => {
    const request = requestIn((await open(w.fitri.personId, `/pinjaman/${loanId}`)).body)!;
    expect(request).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const form = { jumlah: '110000', tanggal: '2026-12-10', request };
    const [a, b] = await Promise.all([post(w.fitri.personId, `/pinjaman/${loanId}/bayar`, form), post(w.fitri.personId, `/pinjaman/${loanId}/bayar`, form)]);
    expect([a.location, b.location]).toEqual([`/pinjaman/${loanId}?n=dicatat`, `/pinjaman/${loanId}?n=dicatat`]);
    const rows = await payments();
    expect(rows.map((r) => ({ amount: Number(r.amount), by: Number(r.reported_by_person_id), request: r.console_request }))).toEqual([{ amount: 110_000, by: w.fitri.personId, request }]);

    // Sent again later: still that one payment.
    clock.advance(60_000);
    expect((await post(w.fitri.personId, `/pinjaman/${loanId}/bayar`, form)).location).toBe(`/pinjaman/${loanId}?n=dicatat`);
    expect(await payments()).toEqual(rows);
    // The page after it carries a new token: a second payment is a second form.
    const next = requestIn((await open(w.fitri.personId, `/pinjaman/${loanId}?n=dicatat`)).body)!;
    expect(next).not.toBe(request);
    expect((await post(w.fitri.personId, `/pinjaman/${loanId}/bayar`, { ...form, request: next })).location).toBe(`/pinjaman/${loanId}?n=dicatat`);
    expect((await payments()).length).toBe(2);
  });

  it("another's token is not hers: her manager sending Fitri's form gets 404, nothing recorded", async () => {
    const [first] = await payments();
    const before = await payments();
    expect((await post(w.maya, `/pinjaman/${loanId}/bayar`, { jumlah: '5000', tanggal: '2026-12-10', request: first!.console_request! })).status).toBe(404);
    expect(await payments()).toEqual(before);
  });

  it('a form with no token (an old page) records nothing and says so; out of scope it is a plain 404', async () => {
    const before = await payments();
    const res = await post(w.fitri.personId, `/pinjaman/${loanId}/bayar`, { jumlah: '5000', tanggal: '2026-12-10' });
    expect(res.location).toBe(`/pinjaman/${loanId}?n=ulang`);
    expect((await open(w.fitri.personId, res.location!)).body).toContain(loanPageId.notices.stale);
    for (const personId of [w.gita.personId, w.nina]) {
      expect((await post(personId, `/pinjaman/${loanId}/bayar`, { jumlah: '5000', tanggal: '2026-12-10' })).status).toBe(404);
      // A bad amount out of scope is the same 404: the answer does not tell the loan exists.
      expect((await post(personId, `/pinjaman/${loanId}/bayar`, { jumlah: 'x', tanggal: '2026-12-10', request: 'b'.repeat(43) })).status).toBe(404);
    }
    expect(await payments()).toEqual(before);
  });

  it('the notice after a write reads only its own words: no inherited property of an object', async () => {
    const notice = async (n: string) => /data-k="notice"[^>]*>([^<]*)</.exec((await open(w.fitri.personId, `/pinjaman/${loanId}?n=${n}`)).body)?.[1];
    for (const n of ['tolak-constructor', 'tolak-__proto__', 'tolak-hasownproperty', 'tolak-tostring', 'tolak-no_such_code']) {
      expect(await notice(n), n).toBe(loanPageId.refusedOther);
    }
    expect(await notice('tolak-payment_date_invalid')).toBe(loanPageId.refused.payment_date_invalid);
    for (const n of ['constructor', '__proto__', 'toString', 'valueOf']) {
      const page = await open(w.fitri.personId, `/pinjaman/${loanId}?n=${n}`);
      expect(page.status, n).toBe(200);
      expect(page.body, n).not.toContain('data-k="notice"');
      expect(page.body, n).not.toContain('function');
    }
  });
});
