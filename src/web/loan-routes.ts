/**
 * Loans in the console: a group's collection sheet, a loan's page, creating a loan (with its
 * schedule shown first) and recording / confirming payments. Handlers read the request, call
 * the loans module's services with the viewer's Scope and render: no SQL, no filtering here.
 * A group or loan outside her scope answers exactly as a missing one (404). Every write needs
 * the session's CSRF token and ends in a 303 redirect. Giving a loan and recording a payment
 * also need the one-time token of the form they came from (`request`, fresh on every render):
 * a second press of the same form answers with the first's loan or payment, writing nothing.
 */
import type { Context, Hono } from 'hono';
import type { Clock } from '../core/clock.ts';
import type { Logger } from '../core/logger.ts';
import { parseRupiahInput } from '../core/money.ts';
import type { Db } from '../db/client.ts';
import { businessDate } from '../core/dates.ts';
import type { Viewer } from '../modules/console-access/console-access.service.ts';
import { collectionSheet } from '../modules/loans/collection-sheet.service.ts';
import { formRequestOf, newToken } from '../modules/console-access/console-access.ts';
import { confirmConsolePayment, consoleLoan, loanInScope, recordConsolePayment, type ConsoleLoanWrite } from '../modules/loans/console-loans.service.ts';
import { collectionSheetPage } from './pages/collection-sheet.ts';
import { loanPage, type LoanNotice } from './pages/loan.ts';
import { newLoanPage, type NewLoanFields } from './pages/new-loan.ts';
import { createConsoleLoan, newLoanForm, previewLoan } from '../modules/loans/console-new-loan.service.ts';
import type { LoanTerms } from '../modules/loans/schedule.ts';
import { notFoundPage } from './pages/not-found.ts';
import type { Fragment } from './pages/layout.ts';
import type { Env } from './console-app.ts';
import { idOf } from './path-ids.ts';

export interface LoanRouteDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  csrfMatches(sent: string, viewer: Viewer): boolean;
}

/** ?n=… after a write: what happened, in the address (no session state), words chosen by the page. */
const NOTICES: Readonly<Record<string, LoanNotice>> = { baru: 'created', dicatat: 'recorded', dikonfirmasi: 'confirmed', sudah: 'alreadyConfirmed', jumlah: 'amountInvalid', ulang: 'stale' };
function noticeOf(raw: string | undefined): LoanNotice | undefined {
  if (raw === undefined) return undefined;
  if (raw.startsWith('tolak-') && /^[a-z_]{1,40}$/.test(raw.slice(6))) return { refused: raw.slice(6) };
  // Own keys only: "?n=constructor" must not find Object's (the page looks refusals up the same way).
  return Object.hasOwn(NOTICES, raw) ? NOTICES[raw] : undefined;
}


/** Whole rupiah as staff type them, by the console's one rule ("150.000", "Rp150.000", "2jt", "750rb"); more than 0; else undefined. */
export function rupiahOf(raw: string): number | undefined {
  const n = parseRupiahInput(raw);
  return n !== undefined && n > 0 ? n : undefined;
}

const FIELDS: readonly (keyof NewLoanFields)[] = ['peminjam', 'pokok', 'bunga', 'bulan', 'metode', 'jatuh', 'cair'];

/**
 * The borrower and the terms as typed, checked only for their form (numbers are numbers);
 * what they must be is the loans module's (`scheduleFor` names the term to correct).
 */
function termsOf(f: NewLoanFields): { personId: number | null; terms: LoanTerms } | { invalid: 'borrower' | 'principal' | 'annualRatePercent' | 'months' | 'dueDay' } {
  const personId = f.peminjam === 'kelompok' ? null : idOf(f.peminjam);
  if (personId === undefined) return { invalid: 'borrower' };
  const principal = rupiahOf(f.pokok);
  if (principal === undefined) return { invalid: 'principal' };
  const rate = /^\s*\d{1,3}(?:[.,]\d{1,6})?\s*$/.test(f.bunga) ? Number(f.bunga.trim().replace(',', '.')) : NaN;
  if (Number.isNaN(rate)) return { invalid: 'annualRatePercent' };
  const whole = (raw: string) => (/^\s*\d{1,4}\s*$/.test(raw) ? Number(raw) : NaN);
  if (Number.isNaN(whole(f.bulan))) return { invalid: 'months' };
  if (Number.isNaN(whole(f.jatuh))) return { invalid: 'dueDay' };
  return { personId, terms: { principal, annualRatePercent: rate, months: whole(f.bulan), method: f.metode as LoanTerms['method'], disbursed: f.cair, dueDay: whole(f.jatuh) } };
}

export function mountLoanRoutes(app: Hono<Env>, deps: LoanRouteDeps): void {
  const html = async (c: Context<Env>, fragment: Fragment, status: 200 | 404 | 422 = 200) => c.html(await fragment, status);
  const notFound = (c: Context<Env>) => html(c, notFoundPage(c.var.t), 404);

  app.get('/kelompok/:id/penagihan', async (c) => {
    const id = idOf(c.req.param('id'));
    const sheet = id === undefined ? undefined : await collectionSheet(deps.db, c.var.viewer.scope, id, deps.clock.now());
    if (!sheet) return notFound(c);
    return html(c, collectionSheetPage(c.var.t, c.var.viewing, sheet));
  });

  // The form and, once its terms make a schedule, the preview: a GET, nothing is written.
  app.get('/kelompok/:id/pinjaman-baru', async (c) => {
    const id = idOf(c.req.param('id'));
    const form = id === undefined ? undefined : await newLoanForm(deps.db, c.var.viewer.scope, id);
    if (!form) return notFound(c);
    const today = businessDate(deps.clock.now(), form.group.timeZone);
    const typed = FIELDS.some((k) => c.req.query(k) !== undefined);
    const defaults: NewLoanFields = { peminjam: 'kelompok', pokok: '', bunga: '', bulan: '', metode: 'flat', jatuh: '5', cair: today };
    const fields = Object.fromEntries(FIELDS.map((k) => [k, (c.req.query(k) ?? defaults[k]).slice(0, 40)])) as NewLoanFields;
    if (!typed) return html(c, newLoanPage(c.var.t, c.var.viewing, { form, fields }));
    const parsed = termsOf(fields);
    const preview = 'invalid' in parsed ? parsed : previewLoan(form, parsed.personId, parsed.terms);
    if ('invalid' in preview) return html(c, newLoanPage(c.var.t, c.var.viewing, { form, fields, invalid: preview.invalid }), 422);
    // A fresh token for this preview's "give" button: one loan however often it is pressed.
    const n = c.req.query('n');
    return html(c, newLoanPage(c.var.t, c.var.viewing, { form, fields, schedule: preview.schedule, request: newToken(), refused: n === 'tolak', stale: n === 'ulang' }));
  });

  app.post('/kelompok/:id/pinjaman-baru', async (c) => {
    const body = await c.req.parseBody();
    const field = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
    if (!deps.csrfMatches(field('csrf'), c.var.viewer)) return c.text('Forbidden', 403);
    const id = idOf(c.req.param('id'));
    if (id === undefined) return notFound(c);
    const fields = Object.fromEntries(FIELDS.map((k) => [k, field(k).slice(0, 40)])) as NewLoanFields;
    const parsed = termsOf(fields);
    const back = `/kelompok/${String(id)}/pinjaman-baru?${new URLSearchParams(fields).toString()}`;
    const request = formRequestOf(field('request'));
    // Bad terms, or a button from no preview (an old page): back to the preview with them —
    // it names the term to correct, or shows the schedule with a fresh token. Not hers: 404.
    if ('invalid' in parsed || request === undefined) {
      if (!(await newLoanForm(deps.db, c.var.viewer.scope, id))) return notFound(c);
      return c.redirect('invalid' in parsed ? back : `${back}&n=ulang`, 303);
    }
    const result = await createConsoleLoan(deps.db, c.var.viewer.scope, id, parsed.personId, parsed.terms, request, deps.clock.now());
    if (result === undefined) return notFound(c);
    if ('refused' in result) return c.redirect(`${back}&n=tolak`, 303);
    if (!result.again) deps.log.info({ person: c.var.viewer.person.id, role: c.var.viewer.scope.role, group: id, loan: result.done.id }, 'loan given from the console');
    return c.redirect(`/pinjaman/${String(result.done.id)}?n=baru`, 303);
  });

  app.get('/pinjaman/:id', async (c) => {
    const id = idOf(c.req.param('id'));
    const loan = id === undefined ? undefined : await consoleLoan(deps.db, c.var.viewer.scope, id, deps.clock.now());
    if (!loan) return notFound(c);
    // A fresh token for the record form: one payment however often that form is sent.
    return html(c, loanPage(c.var.t, c.var.viewing, loan, newToken(), noticeOf(c.req.query('n'))));
  });

  /**
   * CSRF, then the loan id; a write out of scope (or on no loan) is the 404 page, nothing
   * written — also when the form itself is unfit ('jumlah', 'ulang'), so nobody learns from
   * the answer which loans exist outside her scope.
   */
  const writeRoute = (path: string, write: (c: Context<Env>, loanId: number, field: (name: string) => string) => Promise<ConsoleLoanWrite<unknown> | 'jumlah' | 'ulang'>, done: (result: unknown) => string) =>
    app.post(path, async (c) => {
      const body = await c.req.parseBody();
      const field = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
      if (!deps.csrfMatches(field('csrf'), c.var.viewer)) return c.text('Forbidden', 403);
      const loanId = idOf(c.req.param('id') ?? '');
      if (loanId === undefined) return notFound(c);
      const result = await write(c, loanId, field);
      if (result === undefined) return notFound(c);
      const back = `/pinjaman/${String(loanId)}`;
      if (typeof result === 'string') return (await loanInScope(deps.db, c.var.viewer.scope, loanId)) ? c.redirect(`${back}?n=${result}`, 303) : notFound(c);
      // Ids and codes only in the log: the payment row holds who recorded or confirmed it, and when.
      deps.log.info({ person: c.var.viewer.person.id, role: c.var.viewer.scope.role, loan: loanId, ...('refused' in result ? { refused: result.refused } : {}) }, `loan payment ${path.endsWith('bayar') ? 'recorded' : 'confirmed'} from the console`);
      if ('refused' in result) return c.redirect(`${back}?n=tolak-${result.refused}`, 303);
      return c.redirect(`${back}?n=${done(result.done)}`, 303);
    });

  writeRoute(
    '/pinjaman/:id/bayar',
    async (c, loanId, field) => {
      const request = formRequestOf(field('request'));
      if (request === undefined) return 'ulang';
      const amount = rupiahOf(field('jumlah'));
      if (amount === undefined) return 'jumlah';
      return recordConsolePayment(deps.db, c.var.viewer.scope, loanId, amount, field('tanggal'), request, deps.clock.now());
    },
    () => 'dicatat',
  );

  writeRoute(
    '/pinjaman/:id/konfirmasi',
    async (c, loanId, field) => {
      const paymentId = idOf(field('pembayaran'));
      return confirmConsolePayment(deps.db, c.var.viewer.scope, loanId, paymentId ?? 0, deps.clock.now());
    },
    (r) => ((r as { changed: boolean }).changed ? 'dikonfirmasi' : 'sudah'),
  );
}
