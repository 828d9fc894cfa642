/**
 * The staff list (/staf?hal=N): the programme's admins, managers and facilitators, with a
 * one-time login link to make for those the viewer may (the link page itself,
 * /staf/:id/tautan-masuk, is in onboarding-routes.ts and checks the same rule again). A
 * facilitator has no staff list: 404, as for the set-up forms. Read only: nothing is written
 * here (making a link is that page's POST, audited there).
 */
import type { Context, Hono } from 'hono';
import type { Db } from '../db/client.ts';
import { findProgramme } from '../modules/programmes/programmes.service.ts';
import { staffList } from '../modules/programmes/staff-list.service.ts';
import type { Env } from './console-app.ts';
import { notFoundPage } from './pages/not-found.ts';
import { staffPage } from './pages/staff.ts';

export interface StaffRouteDeps {
  db: Db;
}

export function mountStaffRoutes(app: Hono<Env>, deps: StaffRouteDeps): void {
  app.get('/staf', async (c: Context<Env>) => {
    const { viewer, viewing, t } = c.var;
    const list = await staffList(deps.db, viewer.scope, c.req.query('hal'));
    if (!list) return c.html(await notFoundPage(t), 404);
    const programme = viewer.scope.programmeId === null ? undefined : (await findProgramme(deps.db, viewer.scope.programmeId))?.name;
    return c.html(await staffPage(t, viewing, { list, programme, timeZone: viewer.person.timeZone, admin: viewer.scope.role === 'admin', viewerId: viewer.person.id }));
  });
}
