/**
 * The staff list (/staf?hal=N): the programme's admins, managers and facilitators, with a
 * one-time login link to make for those the viewer may (the link page itself,
 * /staf/:id/tautan-masuk, is in onboarding-routes.ts and checks the same rule again). A
 * facilitator has no staff list: 404, as for the set-up forms.
 *
 * An admin's role pages (issue #20, what `staff grant|remove` do): "Beri peran" (/staf/peran)
 * finds a person by her phone and opens her role form (/staf/:id/peran), whose POST gives or
 * takes the role through staff-roles.service.ts (its rules, its audit, her unused one-time
 * logins retired, and the end of her sessions when she is left with no console role or the
 * new one sees more; the admin's own session is kept when she changes herself). A manager and a facilitator get 404 for
 * the pages and their POSTs; a POST without the session's CSRF token gets 403.
 */
import type { Context, Hono } from 'hono';
import type { Clock } from '../core/clock.ts';
import type { Logger } from '../core/logger.ts';
import type { Db } from '../db/client.ts';
import type { Viewer } from '../modules/console-access/console-access.service.ts';
import { findProgramme } from '../modules/programmes/programmes.service.ts';
import { staffList } from '../modules/programmes/staff-list.service.ts';
import { changeRoleAs, mayGiveRoles, personByPhoneAs, roleChoices, roleTarget, type RoleForm } from '../modules/programmes/staff-roles.service.ts';
import type { Env } from './console-app.ts';
import type { Fragment } from './pages/layout.ts';
import { staffHeader } from './pages/nav.ts';
import { notFoundPage } from './pages/not-found.ts';
import { findPersonPage, formOf, rolePage, type RoleView } from './pages/staff-role.ts';
import { staffPage } from './pages/staff.ts';
import { idOf } from './path-ids.ts';

export interface StaffRouteDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  csrfMatches(sent: string, viewer: Viewer): boolean;
}

type Body = Record<string, string | File | (string | File)[]>;
const one = (body: Body, name: string): string => {
  const v = body[name];
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' ? first.slice(0, 200) : '';
};

/** What ?n=… on a role page says: the save just done. */
const NOTICES = { diubah: 'saved', sama: 'unchanged' } as const;
// Own keys only: "?n=constructor" must not find Object.prototype's.
const noticeOf = (n: string | undefined): RoleView['notice'] => (n !== undefined && Object.hasOwn(NOTICES, n) ? NOTICES[n as keyof typeof NOTICES] : undefined);

export function mountStaffRoutes(app: Hono<Env>, deps: StaffRouteDeps): void {
  const html = async (c: Context<Env>, fragment: Fragment, status: 200 | 404 | 422 = 200) => c.html(await fragment, status);
  const notFound = (c: Context<Env>) => html(c, notFoundPage(c.var.t), 404);
  const frame = (c: Context<Env>) => ({ header: staffHeader(c.var.t, c.var.viewing, 'staff'), csrf: c.var.viewer.csrfToken });
  const postedForm = async (c: Context<Env>): Promise<Body | undefined> => {
    const body = (await c.req.parseBody({ all: true })) as Body;
    return deps.csrfMatches(one(body, 'csrf'), c.var.viewer) ? body : undefined;
  };

  app.get('/staf', async (c: Context<Env>) => {
    const { viewer, viewing, t } = c.var;
    const list = await staffList(deps.db, viewer.scope, c.req.query('hal'));
    if (!list) return c.html(await notFoundPage(t), 404);
    const programme = viewer.scope.programmeId === null ? undefined : (await findProgramme(deps.db, viewer.scope.programmeId))?.name;
    return c.html(await staffPage(t, viewing, { list, programme, timeZone: viewer.person.timeZone, admin: viewer.scope.role === 'admin', viewerId: viewer.person.id }));
  });

  // ── "Beri peran": find her by her phone (a POST, so the number stays out of addresses and logs) ──
  app.get('/staf/peran', (c) => (mayGiveRoles(c.var.viewer.scope) ? html(c, findPersonPage(c.var.t, frame(c), '')) : notFound(c)));
  app.post('/staf/peran', async (c) => {
    const body = await postedForm(c);
    if (!body) return c.text('Forbidden', 403);
    const phone = one(body, 'phone');
    const found = await personByPhoneAs(deps.db, c.var.viewer.scope, phone);
    if (!found) return notFound(c);
    if ('error' in found) return html(c, findPersonPage(c.var.t, frame(c), phone, found.error), 422);
    return c.redirect(`/staf/${String(found.personId)}/peran`, 303);
  });

  // ── One person's console role ──
  const roleForm = async (c: Context<Env>, personId: number | undefined, view: (target: NonNullable<Awaited<ReturnType<typeof roleTarget>>>) => Omit<RoleView, 'target' | 'programmes'>, status: 200 | 422 = 200) => {
    const [target, programmes] = personId === undefined ? [undefined, undefined] : await Promise.all([roleTarget(deps.db, c.var.viewer.scope, personId), roleChoices(deps.db, c.var.viewer.scope)]);
    if (!target || !programmes) return notFound(c);
    return html(c, rolePage(c.var.t, frame(c), { target, programmes, ...view(target) }), status);
  };
  app.get('/staf/:personId/peran', (c) =>
    roleForm(c, idOf(c.req.param('personId')), (target) => ({ form: formOf(target), notice: noticeOf(c.req.query('n')) })),
  );
  app.post('/staf/:personId/peran', async (c) => {
    const body = await postedForm(c);
    if (!body) return c.text('Forbidden', 403);
    const personId = idOf(c.req.param('personId'));
    const form: RoleForm = { role: one(body, 'role'), programmeId: one(body, 'programmeId') };
    const done = personId === undefined ? undefined : await changeRoleAs(deps.db, c.var.viewer.scope, personId, form, deps.clock.now(), c.var.viewer.sessionId);
    if (!done) return notFound(c);
    if ('error' in done) return roleForm(c, personId, () => ({ form, error: done.error }), 422);
    deps.log.info({ person: c.var.viewer.person.id, subject: personId, role: form.role, changed: done.changed, sessionsEnded: done.sessionsEnded }, 'console role changed from the console');
    // Her own role changed: this page may no longer be hers to see.
    if (personId === c.var.viewer.person.id && done.changed) return c.redirect('/', 303);
    return c.redirect(`/staf/${String(personId)}/peran?n=${done.changed ? 'diubah' : 'sama'}`, 303);
  });
}
