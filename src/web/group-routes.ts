/**
 * The groups list, a group's page and its join-code rotation. Handlers read the request,
 * call the indicators services (which take the viewer's Scope) and render: no SQL and no
 * filtering here. A group outside her scope answers exactly as a missing one (404).
 */
import type { Context, Hono } from 'hono';
import type { Logger } from '../core/logger.ts';
import type { Clock } from '../core/clock.ts';
import type { Db } from '../db/client.ts';
import type { Viewer } from '../modules/console-access/console-access.service.ts';
import { tradeNamer } from '../modules/groups/trade-names.ts';
import { groupOrderOf } from '../modules/indicators/group-list.ts';
import { groupList } from '../modules/indicators/group-list.service.ts';
import { groupPage, rotateGroupJoinCode } from '../modules/indicators/group-page.service.ts';
import { loginLinkTarget } from '../modules/programmes/login-link.service.ts';
import { groupPageView } from './pages/group.ts';
import { notFoundPage } from './pages/not-found.ts';
import { groupsPage } from './pages/groups.ts';
import type { Fragment } from './pages/layout.ts';
import type { Env } from './console-app.ts';
import { idOf } from './path-ids.ts';

export interface GroupRouteDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  /** The form's CSRF token is the session's own (compared in constant time). */
  csrfMatches(sent: string, viewer: Viewer): boolean;
}

export function mountGroupRoutes(app: Hono<Env>, deps: GroupRouteDeps): void {
  const html = async (c: Context<Env>, fragment: Fragment, status: 200 | 404 = 200) => c.html(await fragment, status);
  const notFound = (c: Context<Env>) => html(c, notFoundPage(c.var.t), 404);

  app.get('/kelompok', async (c) => {
    const [list, tradeName] = await Promise.all([
      groupList(deps.db, c.var.viewer.scope, {
        order: groupOrderOf(c.req.query('urut')),
        silentOnly: c.req.query('saring') === 'berhenti',
        page: c.req.query('hal'),
        now: deps.clock.now(),
      }),
      tradeNamer(deps.db, c.var.t.lang),
    ]);
    const { role } = c.var.viewer.scope;
    return html(c, groupsPage(c.var.t, c.var.viewing, list, tradeName, role === 'facilitator' ? undefined : { programme: role === 'admin' }));
  });

  app.get('/kelompok/:id', async (c) => {
    const id = idOf(c.req.param('id'));
    const found = id === undefined ? undefined : await groupPage(deps.db, c.var.viewer.scope, id, deps.clock.now());
    if (!found) return notFound(c);
    const offerLogin = (await loginLinkTarget(deps.db, c.var.viewer.scope, found.group.facilitatorPersonId)) !== undefined;
    const notice = c.req.query('n') === 'kode' ? 'rotated' : c.req.query('n') === 'dibuat' ? 'created' : undefined;
    return html(c, groupPageView(c.var.t, c.var.viewing, found, await tradeNamer(deps.db, c.var.t.lang), notice, offerLogin));
  });

  app.post('/kelompok/:id/kode-gabung', async (c) => {
    const body = await c.req.parseBody();
    if (!deps.csrfMatches(typeof body.csrf === 'string' ? body.csrf : '', c.var.viewer)) return c.text('Forbidden', 403);
    const id = idOf(c.req.param('id'));
    const code = id === undefined ? undefined : await rotateGroupJoinCode(deps.db, c.var.viewer.scope, id, deps.clock.now());
    if (code === undefined) return notFound(c);
    // Ids only in the log (the audit table holds who and when; the code is never logged).
    deps.log.info({ person: c.var.viewer.person.id, group: id, role: c.var.viewer.scope.role }, 'join code rotated from the console');
    return c.redirect(`/kelompok/${String(id)}?n=kode`, 303);
  });
}
