/**
 * The web console's routes (Hono). Handlers only read the request, call module services and
 * render a page: no SQL here, and no filtering either — what a viewer may see comes from her
 * Scope (src/modules/programmes/scope.ts), which every service takes.
 *
 * Security: the session cookie is HttpOnly and SameSite=Lax (Secure behind https); every
 * form carries a CSRF token (the session's own once logged in; before that a
 * double-submit cookie); responses forbid framing, inline and outside scripts (the one script,
 * print-script.ts, is served from here) and referrers (the link page's URL holds a one-time token).
 */
import { Hono, type Context } from 'hono';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import { timingSafeEqual } from 'node:crypto';
import type { Clock } from '../core/clock.ts';
import { businessDate } from '../core/dates.ts';
import type { Logger } from '../core/logger.ts';
import { requestedPage } from '../core/paging.ts';
import type { Db } from '../db/client.ts';
import { CODE_TTL_MS, isTokenShaped, newToken, sha256 } from '../modules/console-access/console-access.ts';
import { askCode, linkIsLive, loginWithCode, loginWithLink, logout, viewerOf, type Viewer } from '../modules/console-access/console-access.service.ts';
import { homeIndicators, loanIndicators } from '../modules/indicators/indicators.service.ts';
import { homePeriods } from '../modules/indicators/indicators.ts';
import { tradeNamer } from '../modules/groups/trade-names.ts';
import { leadList } from '../modules/leads/lead-list.service.ts';
import type { OutboxItem } from '../modules/outbox/outbox.repository.ts';
import { outstandingLoans } from '../modules/loans/portfolio.service.ts';
import { scopedGroups } from '../modules/programmes/scope.ts';
import { mayListStaff } from '../modules/programmes/staff-list.service.ts';
import type { JoinLinkSettings } from '../modules/groups/invitation.ts';
import { findProgramme } from '../modules/programmes/programmes.service.ts';
import { repliesFor } from '../conversation/replies/index.ts';
import { loadChartRenderer, renderDailyChart } from '../modules/charts/charts.render.ts';
import { memberChart, memberView } from '../modules/member-view/member-view.service.ts';
import { memberSearch } from '../modules/member-view/member-search.service.ts';
import { decodeCursor } from '../modules/audit/audit.ts';
import { auditLog } from '../modules/audit/audit.service.ts';
import { auditPage, kindOfSlug } from './pages/audit.ts';
import { mountGroupRoutes } from './group-routes.ts';
import { mountStaffRoutes } from './staff-routes.ts';
import { mountOnboardingRoutes } from './onboarding-routes.ts';
import { mountLoanRoutes } from './loan-routes.ts';
import { mountQuarterlyRoutes } from './quarterly-routes.ts';
import { mountMemberImportRoutes } from './member-import-routes.ts';
import { mountLeadRoutes } from './lead-routes.ts';
import { mountInboxRoutes } from './inbox-routes.ts';
import { mountDownloadRoutes } from './download-routes.ts';
import type { MediaSources } from '../core/media-source.ts';
import { waitingCount } from '../modules/media/media-inbox.service.ts';
import { homePage } from './pages/home.ts';
import { memberPage } from './pages/member.ts';
import { memberSearchPage } from './pages/member-search.ts';
import { notFoundPage } from './pages/not-found.ts';
import { leadsPage } from './pages/leads.ts';
import { loansPage } from './pages/loans.ts';
import { staffHeader, type Viewing } from './pages/nav.ts';
import { linkPage, loginPage, type LoginNotice } from './pages/login.ts';
import type { Fragment } from './pages/layout.ts';
import { textsFor, type ConsoleTexts } from './texts.ts';
import { idOf } from './path-ids.ts';
import { PRINT_SCRIPT, PRINT_SCRIPT_CACHE, PRINT_SCRIPT_PATH } from './print-script.ts';

export const SESSION_COOKIE = 'dampingi_sesi';
const CSRF_COOKIE = 'dampingi_csrf';
const LANG_COOKIE = 'dampingi_bahasa';

export interface WebDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  /** The day shown as "today" is taken in this zone. */
  timeZone: string;
  /** WEB_PUBLIC_URL (no trailing slash): the origin of the login links made on a page; else the request's own. */
  publicUrl?: string | undefined;
  /** Mark cookies Secure (the console is reached over https). */
  secureCookies: boolean;
  /** Sends her the login code privately (outbox → her chat); false when she has no chat to reach. */
  sendLoginCode(personId: number, code: string, minutes: number, key: string): Promise<boolean>;
  /** The client's address (rate limits and the attempt log). */
  clientOf(c: Context): string;
  /**
   * A lead made here, handed to the lead-publishing job (src/web/lead-routes.ts). Unset (tests
   * of pages only): nothing is handed, and the job's sweep publishes the lead a little later.
   */
  publishLead?: ((leadId: number) => Promise<void>) | undefined;
  /** Queues outbox rows a console write made (an award's, a closing's); unset: the outbox sweep queues them. */
  dispatch?: ((items: readonly OutboxItem[]) => Promise<void>) | undefined;
  /** Hands a download asked for here to the downloads job; unset: its sweep picks the request up within a minute or two. */
  requestDownload?: ((downloadId: number) => Promise<void>) | undefined;
  /** Where the help inbox fetches members' voice notes and photos from, by platform (core/media-source.ts). */
  mediaSources?: MediaSources | undefined;
  /** What a group's printed invitation links to (config JoinLinks); unset: no chat link, the code alone. */
  joinLinks?: JoinLinkSettings | undefined;
}

/** `viewing`: who she is as every page's header shows her, made once by the session middleware below. */
export type Env = { Variables: { viewer: Viewer; viewing: Viewing; t: ConsoleTexts } };

const NOTICES: readonly LoginNotice[] = ['sent', 'wrongCode', 'rateLimited', 'noRole', 'badLink', 'expired', 'loggedOut'];
const REFUSAL_NOTICE = { wrong_code: 'wrongCode', rate_limited: 'rateLimited', no_role: 'noRole', bad_link: 'badLink' } as const;

function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

export function createConsoleApp(deps: WebDeps): Hono<Env> {
  const app = new Hono<Env>();
  const cookie = { httpOnly: true, sameSite: 'Lax' as const, secure: deps.secureCookies, path: '/' };

  app.use(async (c, next) => {
    c.set('t', textsFor(getCookie(c, LANG_COOKIE)));
    await next();
    c.header('Content-Security-Policy', "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self'; media-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    // Pages hold personal data: never stored. A route that may be kept (a member's chart,
    // privately, for a minute) says so itself.
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  });

  const render = async (c: Context<Env>, fragment: Fragment) => c.html(await fragment);

  /** The pre-login CSRF token (double-submit cookie), made on first sight. */
  const preLoginCsrf = (c: Context<Env>): string => {
    const known = getCookie(c, CSRF_COOKIE);
    if (known && isTokenShaped(known)) return known;
    const token = newToken();
    setCookie(c, CSRF_COOKIE, token, { ...cookie, maxAge: 3600 });
    return token;
  };
  const formOf = async (c: Context<Env>) => {
    const body = await c.req.parseBody();
    const field = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
    return field;
  };
  const preLoginForm = async (c: Context<Env>) => {
    const field = await formOf(c);
    return sameToken(field('csrf'), getCookie(c, CSRF_COOKIE)) ? field : undefined;
  };
  const toLogin = (c: Context<Env>, notice: LoginNotice) => c.redirect(`/masuk?n=${notice}`, 303);
  const startSession = (c: Context<Env>, token: string) => {
    setCookie(c, SESSION_COOKIE, token, cookie);
    return c.redirect('/', 303);
  };
  const now = () => deps.clock.now();

  // The print buttons' script (print-script.ts): before login, nothing personal in it; kept a year.
  app.get(PRINT_SCRIPT_PATH, (c) => {
    c.header('Cache-Control', PRINT_SCRIPT_CACHE);
    return c.body(PRINT_SCRIPT, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
  });

  app.get('/masuk', (c) => {
    const n = c.req.query('n') as LoginNotice | undefined;
    return render(c, loginPage(c.var.t, preLoginCsrf(c), n && NOTICES.includes(n) ? n : undefined));
  });

  app.post('/masuk/kode', async (c) => {
    const field = await preLoginForm(c);
    if (!field) return c.text('Forbidden', 403);
    // The pre-login cookie (checked equal to the form's token above) names this browser: a
    // code asked for on another browser's login page does not work here.
    const result = await loginWithCode(deps.db, field('code'), deps.clientOf(c), now(), getCookie(c, CSRF_COOKIE));
    if (typeof result === 'string') {
      deps.log.info({ via: 'code', outcome: result }, 'console login refused');
      return toLogin(c, REFUSAL_NOTICE[result]);
    }
    deps.log.info({ person: result.personId, via: 'code' }, 'console login');
    return startSession(c, result.token);
  });

  app.post('/masuk/kirim-kode', async (c) => {
    const field = await preLoginForm(c);
    if (!field) return c.text('Forbidden', 403);
    // The code is bound to this browser (its pre-login cookie): see console-access.ts.
    const result = await askCode(deps.db, field('contact').slice(0, 40), deps.clientOf(c), now(), getCookie(c, CSRF_COOKIE)!);
    if (result === 'rate_limited') {
      deps.log.info({ via: 'ask_code', outcome: result }, 'console login refused');
      return toLogin(c, 'rateLimited');
    }
    if (typeof result === 'object') {
      await deps.sendLoginCode(result.person.id, result.code, CODE_TTL_MS / 60_000, `console-code-${sha256(result.token).slice(0, 16)}`);
    }
    // The same answer whether or not the number is known: the page tells strangers nothing.
    return toLogin(c, 'sent');
  });

  app.get('/masuk/tautan/:token', async (c) => {
    const token = c.req.param('token');
    const live = isTokenShaped(token) && (await linkIsLive(deps.db, token, now()));
    return render(c, linkPage(c.var.t, preLoginCsrf(c), token, live));
  });

  app.post('/masuk/tautan', async (c) => {
    const field = await preLoginForm(c);
    if (!field) return c.text('Forbidden', 403);
    const result = await loginWithLink(deps.db, field('token'), deps.clientOf(c), now());
    if (typeof result === 'string') {
      deps.log.info({ via: 'link', outcome: result }, 'console login refused');
      return toLogin(c, REFUSAL_NOTICE[result]);
    }
    deps.log.info({ person: result.personId, via: 'link' }, 'console login');
    return startSession(c, result.token);
  });

  app.get('/bahasa/:lang', (c) => {
    const lang = c.req.param('lang') === 'en' ? 'en' : 'id';
    setCookie(c, LANG_COOKIE, lang, { ...cookie, httpOnly: false, maxAge: 365 * 86_400 });
    const to = c.req.query('ke') ?? '/';
    // Only a path of this site: "//evil.example" and "https://…" are not.
    // A query string may follow (a list's order and page), made of plain URL characters only.
    return c.redirect(/^\/(?![/\\])[\w\-/]*(\?[\w\-=&%.]*)?$/.test(to) ? to : '/', 303);
  });

  /** "Admin · all programmes", "Programme manager · <name>" or "Facilitator · your groups". */
  const roleLabelOf = async (viewer: Viewer, t: ConsoleTexts): Promise<string> =>
    viewer.scope.role === 'admin'
      ? t.roles.admin
      : viewer.scope.role === 'manager'
        ? t.roles.manager((await findProgramme(deps.db, viewer.scope.programmeId!))?.name ?? '')
        : t.roles.facilitator;

  // Everything below needs a live session whose owner still has a console role. Her header
  // (name and role) is made here, once, for every page: a page cannot show less of it.
  app.use('*', async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const viewer = token ? await viewerOf(deps.db, token, now()) : undefined;
    if (!viewer) {
      if (token) deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.redirect(token ? '/masuk?n=expired' : '/masuk', 303);
    }
    c.set('viewer', viewer);
    c.set('viewing', { who: viewer.person.name, roleLabel: await roleLabelOf(viewer, c.var.t), csrf: viewer.csrfToken, seesStaff: mayListStaff(viewer.scope) });
    await next();
  });

  app.post('/keluar', async (c) => {
    const field = await formOf(c);
    if (!sameToken(field('csrf'), c.var.viewer.csrfToken)) return c.text('Forbidden', 403);
    await logout(deps.db, c.var.viewer.sessionId, now());
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return toLogin(c, 'loggedOut');
  });

  const todayOf = () => businessDate(now(), deps.timeZone);
  /** ?hal=N as a page number, by the rule of every paged list (core/paging.ts). */
  const pageOf = (c: Context<Env>) => requestedPage(c.req.query('hal'));

  app.get('/', async (c) => {
    const { viewer, viewing, t } = c.var;
    const [home, waitingMedia] = await Promise.all([homeIndicators(deps.db, viewer.scope, todayOf()), waitingCount(deps.db, viewer.scope)]);
    return render(c, homePage(t, { ...viewing, home, waitingMedia }));
  });

  // Finding a member by name (?cari=…, ?hal=N), within her scope: the member page's own rule.
  app.get('/anggota', async (c) => {
    const found = await memberSearch(deps.db, c.var.viewer.scope, { query: c.req.query('cari'), page: c.req.query('hal') }, now());
    return render(c, memberSearchPage(c.var.t, c.var.viewing, found));
  });

  // A member (/anggota/:id, ?hal=N pages her entries). Out of the viewer's scope it is the
  // same 404 page as an id nobody has: the page never tells that she exists elsewhere.
  app.get('/anggota/:personId{[0-9]{1,15}}', async (c) => {
    const { viewer, viewing, t } = c.var;
    const personId = idOf(c.req.param('personId'));
    const member = personId === undefined ? undefined : await memberView(deps.db, viewer.scope, personId, now(), c.req.query('hal'));
    if (!member) return notFound(c);
    return render(c, memberPage(t, { ...viewing, member }));
  });

  // Her chart as a PNG, drawn by the same renderer and with the same labels as the picture
  // she gets for "grafik" in chat, scoped like her page: the page draws the same chart inline
  // as SVG (see pages/member.ts for why) and links here for a picture to paste into a report.
  // Kept by the browser only (private), for a minute: rendering costs 0.1–1 s of CPU.
  app.get('/anggota/:personId{[0-9]{1,15}}/grafik.png', async (c) => {
    const periode = c.req.query('periode') ?? 'minggu';
    if (periode !== 'minggu' && periode !== 'bulan') return notFound(c);
    const personId = idOf(c.req.param('personId'));
    const chart = personId === undefined ? undefined : await memberChart(deps.db, c.var.viewer.scope, personId, periode === 'bulan' ? 'month' : 'week', now());
    if (!chart) return notFound(c);
    await loadChartRenderer();
    const png = renderDailyChart(chart.days, repliesFor(c.var.t.lang).chartLabels(chart));
    c.header('Cache-Control', 'private, max-age=60');
    c.header('Vary', 'Cookie');
    return c.body(new Uint8Array(png), 200, { 'Content-Type': 'image/png' });
  });

  const notFound = async (c: Context<Env>) => c.html(await notFoundPage(c.var.t), 404);
  app.notFound((c) => notFound(c as Context<Env>));

  // Who did what and when, within her scope; times in her own time zone.
  app.get('/audit', async (c) => {
    const { viewer, t } = c.var;
    const kind = kindOfSlug(c.req.query('jenis'));
    const before = decodeCursor(c.req.query('sebelum'));
    const log = await auditLog(deps.db, viewer.scope, { kind, before });
    const header = staffHeader(t, c.var.viewing, 'audit');
    return render(c, auditPage(t, { header, log, kind, paged: before !== undefined, timeZone: viewer.person.timeZone }));
  });
  // Before the group routes: "/kelompok/baru" is the form, not a group called "baru".
  mountOnboardingRoutes(app, {
    db: deps.db,
    clock: deps.clock,
    log: deps.log,
    csrfMatches: (sent, viewer) => sameToken(sent, viewer.csrfToken),
    defaultTimeZone: deps.timeZone,
    joinLinks: deps.joinLinks ?? {},
    publicUrl: deps.publicUrl,
  });
  mountStaffRoutes(app, { db: deps.db, clock: deps.clock, log: deps.log, csrfMatches: (sent, viewer) => sameToken(sent, viewer.csrfToken) });
  mountGroupRoutes(app, { db: deps.db, clock: deps.clock, log: deps.log, csrfMatches: (sent, viewer) => sameToken(sent, viewer.csrfToken) });
  mountMemberImportRoutes(app, { db: deps.db, clock: deps.clock, log: deps.log, csrfMatches: (sent, viewer) => sameToken(sent, viewer.csrfToken) });
  mountLoanRoutes(app, { db: deps.db, clock: deps.clock, log: deps.log, csrfMatches: (sent, viewer) => sameToken(sent, viewer.csrfToken) });
  mountQuarterlyRoutes(app, { db: deps.db, clock: deps.clock, log: deps.log, csrfMatches: (sent, viewer) => sameToken(sent, viewer.csrfToken) });

  // The loans page: the summary comes from the same service as the home page's loan cards.
  app.get('/pinjaman', async (c) => {
    const { viewer, t } = c.var;
    const today = todayOf();
    const scoped = scopedGroups(viewer.scope);
    const atRiskOnly = c.req.query('saring') === 'par30';
    const [summary, list] = await Promise.all([loanIndicators(deps.db, scoped, today), outstandingLoans(deps.db, scoped, today, { atRiskOnly, page: pageOf(c) })]);
    const header = staffHeader(t, c.var.viewing, 'loans');
    return render(c, loansPage(t, { header, today, atRiskOnly, summary, list }));
  });

  // The leads page: this month as on the home page's leads card.
  app.get('/peluang', async (c) => {
    const { viewer, t } = c.var;
    const today = todayOf();
    const [list, tradeName] = await Promise.all([leadList(deps.db, scopedGroups(viewer.scope), homePeriods(today).thisMonth, pageOf(c)), tradeNamer(deps.db, t.lang)]);
    const header = staffHeader(t, c.var.viewing, 'leads');
    return render(c, leadsPage(t, { header, today, list, tradeName }));
  });
  mountLeadRoutes(app, {
    db: deps.db,
    clock: deps.clock,
    log: deps.log,
    csrfMatches: (sent, viewer) => sameToken(sent, viewer.csrfToken),
    publishLead: deps.publishLead ?? (async () => undefined),
    dispatch: deps.dispatch ?? (async () => undefined),
  });
  mountInboxRoutes(app, {
    db: deps.db,
    clock: deps.clock,
    log: deps.log,
    csrfMatches: (sent, viewer) => sameToken(sent, viewer.csrfToken),
    mediaSources: deps.mediaSources ?? {},
    dispatch: deps.dispatch ?? (async () => undefined),
  });
  mountDownloadRoutes(app, {
    db: deps.db,
    clock: deps.clock,
    log: deps.log,
    csrfMatches: (sent, viewer) => sameToken(sent, viewer.csrfToken),
    handOff: deps.requestDownload ?? (async () => undefined),
  });

  return app;
}
