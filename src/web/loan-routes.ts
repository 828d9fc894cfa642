/**
 * Loans in the console: a group's collection sheet, a loan's page, creating a loan (with its
 * schedule shown first) and recording / confirming payments. Handlers read the request, call
 * the loans module's services with the viewer's Scope and render: no SQL, no filtering here.
 * A group or loan outside her scope answers exactly as a missing one (404). Every write needs
 * the session's CSRF token and ends in a 303 redirect.
 */
import type { Context, Hono } from 'hono';
import type { Clock } from '../core/clock.ts';
import type { Logger } from '../core/logger.ts';
import type { Db } from '../db/client.ts';
import type { Viewer } from '../modules/console-access/console-access.service.ts';
import { collectionSheet } from '../modules/loans/collection-sheet.service.ts';
import { collectionSheetPage } from './pages/collection-sheet.ts';
import { notFoundPage } from './pages/not-found.ts';
import type { Fragment } from './pages/layout.ts';
import type { Env } from './console-app.ts';

export interface LoanRouteDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  csrfMatches(sent: string, viewer: Viewer): boolean;
}

/** A positive database id from the path, else undefined (a plain 404). */
function idOf(raw: string): number | undefined {
  return /^[1-9]\d{0,15}$/.test(raw) && Number.isSafeInteger(Number(raw)) ? Number(raw) : undefined;
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
}
