/**
 * A group's quarterly figures in the console: the page (/kelompok/:id/triwulan?q=2026-Q4)
 * and filling in a member's figures on her behalf (/kelompok/:id/triwulan/:personId). The
 * handlers read the request, check the typed figures' form, call the quarterly module's
 * console service with the viewer's Scope and render: no SQL here. A group out of her scope,
 * a quarter still to come and a person who is not an active member all answer 404. Saving
 * needs the session's CSRF token and the form's one-time token (`request`, fresh on every
 * render): a second press writes nothing more and lands on the same page.
 */
import type { Context, Hono } from 'hono';
import type { Clock } from '../core/clock.ts';
import type { Logger } from '../core/logger.ts';
import { parseRupiahInput } from '../core/money.ts';
import type { Db } from '../db/client.ts';
import type { Viewer } from '../modules/console-access/console-access.service.ts';
import { newToken } from '../modules/console-access/console-access.ts';
import { fillQuarterlyFigures, FIGURES, groupQuarter, quarterFillForm, type FigureName } from '../modules/quarterly/quarterly-console.service.ts';
import type { Env } from './console-app.ts';
import type { Fragment } from './pages/layout.ts';
import { notFoundPage } from './pages/not-found.ts';
import { FIELD_OF, groupQuarterPage, quarterFillPage, quarterParam, type FillFields, type FillView } from './pages/quarterly.ts';
import { idOf } from './path-ids.ts';

export interface QuarterlyRouteDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  csrfMatches(sent: string, viewer: Viewer): boolean;
}

/** "?q=2026-Q4" (or 2026Q4, any case) as a quarter label; absent: undefined (the latest ended quarter); anything else: null. */
export function quarterOfParam(raw: string | undefined): string | undefined | null {
  if (raw === undefined || raw === '') return undefined;
  const m = /^(\d{4})-?Q([1-4])$/i.exec(raw.trim());
  return m ? `${m[1]}Q${m[2]}` : null;
}

/** Whole rupiah as staff type them, 0 allowed, by the console's one rule ("5.000.000", "Rp5.000.000", "5jt", as the chat's `aset 5jt`); else undefined. */
export function figureRupiah(raw: string): number | undefined {
  return parseRupiahInput(raw);
}

/** Employees: a whole number of people from 0 to 1000; else undefined. */
export function figureEmployees(raw: string): number | undefined {
  const n = /^\s*\d{1,4}\s*$/.test(raw) ? Number(raw) : NaN;
  return Number.isInteger(n) && n >= 0 && n <= 1000 ? n : undefined;
}

/** The typed figures: each a number, null (left empty) or wrong (named in `invalid`). */
export function figuresOf(fields: FillFields): { values: Record<FigureName, number | null>; invalid: FigureName[] } {
  const values = { assets: null, turnover: null, employees: null } as Record<FigureName, number | null>;
  const invalid: FigureName[] = [];
  for (const f of FIGURES) {
    const raw = fields[FIELD_OF[f]];
    if (raw.trim() === '') continue;
    const n = f === 'employees' ? figureEmployees(raw) : figureRupiah(raw);
    if (n === undefined) invalid.push(f);
    else values[f] = n;
  }
  return { values, invalid };
}

/** A form's one-time token as newToken makes it; anything else came from no form of ours. */
const requestOf = (raw: string): string | undefined => (/^[A-Za-z0-9_-]{43}$/.test(raw) ? raw : undefined);

export function mountQuarterlyRoutes(app: Hono<Env>, deps: QuarterlyRouteDeps): void {
  const html = async (c: Context<Env>, fragment: Fragment, status: 200 | 404 | 422 = 200) => c.html(await fragment, status);
  const notFound = (c: Context<Env>) => html(c, notFoundPage(c.var.t), 404);

  app.get('/kelompok/:id/triwulan', async (c) => {
    const id = idOf(c.req.param('id'));
    const quarter = quarterOfParam(c.req.query('q'));
    const found = id === undefined || quarter === null ? undefined : await groupQuarter(deps.db, c.var.viewer.scope, id, quarter, deps.clock.now());
    if (!found) return notFound(c);
    // "?n=disimpan&anggota=<id>" after a save: her name from the page's own list (nothing to say about anyone else).
    const savedId = c.req.query('n') === 'disimpan' ? idOf(c.req.query('anggota') ?? '') : undefined;
    const saved = found.members.find((m) => m.personId === savedId)?.name;
    return html(c, groupQuarterPage(c.var.t, c.var.viewing, found, saved));
  });

  app.get('/kelompok/:id/triwulan/:personId', async (c) => {
    const id = idOf(c.req.param('id'));
    const personId = idOf(c.req.param('personId'));
    const quarter = quarterOfParam(c.req.query('q'));
    const form = id === undefined || personId === undefined || quarter === null ? undefined : await quarterFillForm(deps.db, c.var.viewer.scope, id, personId, quarter, deps.clock.now());
    if (!form) return notFound(c);
    return html(c, quarterFillPage(c.var.t, c.var.viewing, { form, fields: { aset: '', omset: '', karyawan: '' }, request: newToken() }));
  });

  app.post('/kelompok/:id/triwulan/:personId', async (c) => {
    const body = await c.req.parseBody();
    const field = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
    if (!deps.csrfMatches(field('csrf'), c.var.viewer)) return c.text('Forbidden', 403);
    const id = idOf(c.req.param('id'));
    const personId = idOf(c.req.param('personId'));
    const quarter = quarterOfParam(field('q'));
    if (id === undefined || personId === undefined || quarter === null) return notFound(c);
    const now = deps.clock.now();
    const form = await quarterFillForm(deps.db, c.var.viewer.scope, id, personId, quarter, now);
    if (!form) return notFound(c);
    const fields: FillFields = { aset: field('aset').slice(0, 40), omset: field('omset').slice(0, 40), karyawan: field('karyawan').slice(0, 40) };
    const request = requestOf(field('request'));
    // Nothing was written in any of these: the form again, with what she typed and its words.
    const again = (view: Omit<FillView, 'form' | 'fields' | 'request'>, token = request ?? newToken()) =>
      html(c, quarterFillPage(c.var.t, c.var.viewing, { form, fields, request: token, ...view }), 422);
    if (request === undefined) return again({ stale: true });
    const { values, invalid } = figuresOf(fields);
    if (invalid.length) return again({ errors: invalid });
    if (FIGURES.every((f) => values[f] === null)) return again({ errors: ['empty'] });
    const result = await fillQuarterlyFigures(deps.db, c.var.viewer.scope, { groupId: id, personId, quarter: form.quarter, ...values, request, now });
    if (result === undefined) return notFound(c);
    // The form is re-read so a figure she has just sent herself shows as hers.
    if ('refused' in result) {
      const fresh = await quarterFillForm(deps.db, c.var.viewer.scope, id, personId, quarter, now);
      if (!fresh) return notFound(c);
      return html(c, quarterFillPage(c.var.t, c.var.viewing, { form: fresh, fields, request, errors: [result.refused === 'report_empty' ? 'empty' : result.refused] }), 422);
    }
    // Ids and codes only in the log: the figures and who gave them are in quarterly_fills and the audit.
    if (!result.done.again) deps.log.info({ person: c.var.viewer.person.id, role: c.var.viewer.scope.role, group: id, member: personId, quarter: form.quarter }, 'quarterly figures filled in from the console');
    return c.redirect(`/kelompok/${String(id)}/triwulan?q=${quarterParam(form.quarter)}&n=disimpan&anggota=${String(personId)}#m-${String(personId)}`, 303);
  });
}
