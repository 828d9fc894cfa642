/**
 * Setting up a programme from the console: the forms for a programme, a region, a
 * facilitator and a group, and a group's printable invitation. Handlers read the form, call
 * the onboarding services (which take the viewer's Scope, apply the command line's rules and
 * write the audit row in the same transaction) and redirect (303) or show the form again
 * with the refusal next to its field. A role that may not answers 404, like a missing page.
 */
import { idOf } from './path-ids.ts';
import type { Context, Hono } from 'hono';
import type { Clock } from '../core/clock.ts';
import type { Logger } from '../core/logger.ts';
import type { Db } from '../db/client.ts';
import type { Viewer } from '../modules/console-access/console-access.service.ts';
import { joinLinks, type JoinLinkSettings } from '../modules/groups/invitation.ts';
import {
  addFacilitatorAs,
  addRegionAs,
  createGroupAs,
  createProgrammeAs,
  EMPTY_GROUP_FORM,
  groupFormChoices,
  invitationOf,
  mayCreateProgramme,
  mayOnboard,
  programmesFor,
  type FacilitatorForm,
  type GroupForm,
  type ProgrammeForm,
  type RegionForm,
} from '../modules/programmes/onboarding.service.ts';
import { loginLinkTarget, makeLoginLinkAs } from '../modules/programmes/login-link.service.ts';
import { invitationPage } from './pages/invitation.ts';
import { loginLinkPage } from './pages/login-link.ts';
import type { Fragment } from './pages/layout.ts';
import { staffHeader } from './pages/nav.ts';
import { notFoundPage } from './pages/not-found.ts';
import { facilitatorFormPage, groupFormPage, programmeFormPage, regionFormPage } from './pages/onboarding.ts';
import type { Env } from './console-app.ts';

export interface OnboardingRouteDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  csrfMatches(sent: string, viewer: Viewer): boolean;
  /** A new facilitator's time zone when the form gives none (DEFAULT_TIMEZONE); a group's own zone otherwise. */
  defaultTimeZone: string;
  /** What the invitations link to (the bot's Telegram @username, its WhatsApp number). */
  joinLinks: JoinLinkSettings;
  /** WEB_PUBLIC_URL: where a login link made here points (as the chat's /masuk links); else the request's origin. */
  publicUrl?: string | undefined;
}

type MadeNotice = 'programme' | 'region' | 'facilitator';
/** What ?n=… on the group form says: the step just done. */
const MADE: Record<string, MadeNotice> = { program: 'programme', wilayah: 'region', pendamping: 'facilitator' };

type Body = Record<string, string | File | (string | File)[]>;
const one = (body: Body, name: string): string => {
  const v = body[name];
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' ? first.slice(0, 200) : '';
};
const many = (body: Body, name: string): string[] => {
  const v = body[name];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string').slice(0, 50).map((x) => x.slice(0, 40));
};

function groupFormOf(body: Body): GroupForm {
  return {
    name: one(body, 'name'),
    trades: many(body, 'trades'),
    village: one(body, 'village'),
    district: one(body, 'district'),
    timeZone: one(body, 'timeZone'),
    programmeId: one(body, 'programmeId'),
    regionId: one(body, 'regionId'),
    facilitatorId: one(body, 'facilitatorId'),
    facilitatorName: one(body, 'facilitatorName'),
    facilitatorPhone: one(body, 'facilitatorPhone'),
    facilitatorTelegram: one(body, 'facilitatorTelegram'),
  };
}

export function mountOnboardingRoutes(app: Hono<Env>, deps: OnboardingRouteDeps): void {
  const html = async (c: Context<Env>, fragment: Fragment, status: 200 | 404 | 422 = 200) => c.html(await fragment, status);
  const notFound = (c: Context<Env>) => html(c, notFoundPage(c.var.t), 404);
  const frame = (c: Context<Env>) => ({ header: staffHeader(c.var.t, c.var.viewing, 'groups'), csrf: c.var.viewer.csrfToken });
  const postedForm = async (c: Context<Env>): Promise<Body | undefined> => {
    const body = (await c.req.parseBody({ all: true })) as Body;
    return deps.csrfMatches(one(body, 'csrf'), c.var.viewer) ? body : undefined;
  };
  const logMade = (c: Context<Env>, what: string, id: number) => deps.log.info({ person: c.var.viewer.person.id, role: c.var.viewer.scope.role, what, id }, 'made from the console');

  // ── Programmes (admin) ──
  app.get('/program/baru', (c) => (mayCreateProgramme(c.var.viewer.scope) ? html(c, programmeFormPage(c.var.t, frame(c), { name: '', partner: '' })) : notFound(c)));
  app.post('/program/baru', async (c) => {
    const body = await postedForm(c);
    if (!body) return c.text('Forbidden', 403);
    const form: ProgrammeForm = { name: one(body, 'name'), partner: one(body, 'partner') };
    const made = await createProgrammeAs(deps.db, c.var.viewer.scope, form, deps.clock.now());
    if (!made) return notFound(c);
    if ('error' in made) return html(c, programmeFormPage(c.var.t, frame(c), form, made.error), 422);
    logMade(c, 'programme', made.id);
    return c.redirect(`/kelompok/baru?n=program&program=${String(made.id)}`, 303);
  });

  // ── Regions (admin; a manager her programme's) ──
  const regionForm = async (c: Context<Env>, form: RegionForm, error?: Parameters<typeof regionFormPage>[4], status: 200 | 422 = 200) =>
    html(c, regionFormPage(c.var.t, frame(c), await programmesFor(deps.db, c.var.viewer.scope), form, error), status);
  app.get('/wilayah/baru', (c) => (mayOnboard(c.var.viewer.scope) ? regionForm(c, { programmeId: c.req.query('program') ?? '', kabupaten: '', kecamatan: '' }) : notFound(c)));
  app.post('/wilayah/baru', async (c) => {
    const body = await postedForm(c);
    if (!body) return c.text('Forbidden', 403);
    const form: RegionForm = { programmeId: one(body, 'programmeId'), kabupaten: one(body, 'kabupaten'), kecamatan: one(body, 'kecamatan') };
    const made = await addRegionAs(deps.db, c.var.viewer.scope, form, deps.clock.now());
    if (!made) return notFound(c);
    if ('error' in made) return regionForm(c, form, made.error, 422);
    logMade(c, 'region', made.id);
    return c.redirect(`/kelompok/baru?n=wilayah&program=${String(made.programmeId)}&wilayah=${String(made.id)}`, 303);
  });

  // ── Facilitators (admin, manager) ──
  app.get('/pendamping/baru', (c) => (mayOnboard(c.var.viewer.scope) ? html(c, facilitatorFormPage(c.var.t, frame(c), { name: '', phone: '', telegram: '' })) : notFound(c)));
  app.post('/pendamping/baru', async (c) => {
    const body = await postedForm(c);
    if (!body) return c.text('Forbidden', 403);
    const form: FacilitatorForm = { name: one(body, 'name'), phone: one(body, 'phone'), telegram: one(body, 'telegram') };
    const made = await addFacilitatorAs(deps.db, c.var.viewer.scope, form, deps.clock.now(), deps.defaultTimeZone);
    if (!made) return notFound(c);
    if ('error' in made) return html(c, facilitatorFormPage(c.var.t, frame(c), form, made.error), 422);
    logMade(c, 'facilitator', made.id);
    return c.redirect(`/kelompok/baru?n=pendamping&pendamping=${String(made.id)}&orang=${String(made.personId)}`, 303);
  });

  // ── A one-time login for a staff member (what `staff link` does; admin, a manager for his programme's staff) ──
  const loginFrame = (c: Context<Env>, target: NonNullable<Awaited<ReturnType<typeof loginLinkTarget>>>) => ({ ...frame(c), target, timeZone: c.var.viewer.person.timeZone });
  app.get('/staf/:personId/tautan-masuk', async (c) => {
    const id = idOf(c.req.param('personId'));
    const target = id === undefined ? undefined : await loginLinkTarget(deps.db, c.var.viewer.scope, id);
    return target ? html(c, loginLinkPage(c.var.t, loginFrame(c, target))) : notFound(c);
  });
  app.post('/staf/:personId/tautan-masuk', async (c) => {
    const body = await postedForm(c);
    if (!body) return c.text('Forbidden', 403);
    const id = idOf(c.req.param('personId'));
    const made = id === undefined ? undefined : await makeLoginLinkAs(deps.db, c.var.viewer.scope, id, deps.clock.now());
    if (!made) return notFound(c);
    logMade(c, 'login_link', made.target.personId);
    // Shown once: neither the browser nor a proxy keeps the page.
    c.header('Cache-Control', 'no-store');
    const url = `${deps.publicUrl ?? new URL(c.req.url).origin}/masuk/tautan/${made.token}`;
    return html(c, loginLinkPage(c.var.t, loginFrame(c, made.target), { url, code: made.code, expiresAt: made.expiresAt }));
  });

  // ── Groups (admin; a manager in her programme) ──
  const groupForm = async (c: Context<Env>, form: GroupForm, error?: Parameters<typeof groupFormPage>[4], status: 200 | 422 = 200, made?: MadeNotice, loginFor?: number) => {
    const choices = await groupFormChoices(deps.db, c.var.viewer.scope);
    if (!choices) return notFound(c);
    return html(c, groupFormPage(c.var.t, frame(c), choices, form, error, made, loginFor), status);
  };
  // What the last step made is chosen already (the programme, region or facilitator just added).
  app.get('/kelompok/baru', (c) =>
    groupForm(c, {
      ...EMPTY_GROUP_FORM,
      programmeId: c.req.query('program') ?? '',
      regionId: c.req.query('wilayah') ?? '',
      facilitatorId: c.req.query('pendamping') ?? '',
    }, undefined, 200, MADE[c.req.query('n') ?? ''], idOf(c.req.query('orang') ?? '')),
  );
  app.post('/kelompok/baru', async (c) => {
    const body = await postedForm(c);
    if (!body) return c.text('Forbidden', 403);
    const form = groupFormOf(body);
    const made = await createGroupAs(deps.db, c.var.viewer.scope, form, deps.clock.now());
    if (!made) return notFound(c);
    if ('error' in made) return groupForm(c, form, made.error, 422);
    logMade(c, 'group', made.id);
    return c.redirect(`/kelompok/${String(made.id)}?n=dibuat`, 303);
  });

  // ── A group's printable invitation (scoped as its page) ──
  app.get('/kelompok/:id/undangan', async (c) => {
    const id = idOf(c.req.param('id'));
    const group = id === undefined ? undefined : await invitationOf(deps.db, c.var.viewer.scope, id);
    if (!group) return notFound(c);
    return html(c, await invitationPage(c.var.t, { header: staffHeader(c.var.t, c.var.viewing, 'groups'), group, links: joinLinks(group.joinCode, deps.joinLinks) }));
  });
}
