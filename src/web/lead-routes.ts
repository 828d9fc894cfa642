/**
 * Making and running a market lead from the console: the form and its reach preview
 * (/peluang/baru), a lead's page (/peluang/:id), choosing who gets the order and closing.
 * Handlers read the request, call the leads services (which take the viewer's Scope and do
 * the chat's own steps) and redirect (303) or render: no SQL and no rules here. A lead
 * outside her view, or an action on a lead not hers, answers 404 like a missing one.
 *
 * After a write commits: a new lead is handed to the lead-publishing job (the chat's own
 * path: deliveries + outbox rows there, then the send queues), and the messages an award or
 * a closing wrote to the outbox are dispatched. Either step lost (a crash, Redis away) is
 * made good by the sweeps: unpublished leads are re-handed, queued outbox rows re-queued.
 */
import type { Context, Hono } from 'hono';
import type { Clock } from '../core/clock.ts';
import type { Logger } from '../core/logger.ts';
import type { Db } from '../db/client.ts';
import type { Viewer } from '../modules/console-access/console-access.service.ts';
import { tradeNamer } from '../modules/groups/trade-names.ts';
import { formRequestOf, newToken } from '../modules/console-access/console-access.ts';
import { awardFromConsole, closeFromConsole, consoleLead, createConsoleLead, leadFormChoices, planLead, type LeadFormInput, type LeadPlan } from '../modules/leads/console-leads.service.ts';
import type { OutboxItem } from '../modules/outbox/outbox.repository.ts';
import { leadNotices } from '../conversation/notices/lead-decisions.ts';
import { leadPage, type LeadNotice } from './pages/lead.ts';
import { EMPTY_LEAD_FORM, leadNewPage } from './pages/lead-new.ts';
import type { Fragment } from './pages/layout.ts';
import { staffHeader } from './pages/nav.ts';
import { notFoundPage } from './pages/not-found.ts';
import type { Env } from './console-app.ts';
import { idOf } from './path-ids.ts';

export interface LeadRouteDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  csrfMatches(sent: string, viewer: Viewer): boolean;
  /** Hands a committed lead to the lead-publishing job. */
  publishLead(leadId: number): Promise<void>;
  /** Queues outbox rows written by a committed change. */
  dispatch(items: readonly OutboxItem[]): Promise<void>;
}

type Body = Record<string, string | File | (string | File)[]>;

const one = (body: Body, name: string): string => {
  const v = body[name];
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' ? first : '';
};
const many = (body: Body, name: string): string[] => {
  const v = body[name];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string').slice(0, 200);
};

function formInput(body: Body): LeadFormInput {
  return {
    text: one(body, 'text').slice(0, 2000),
    trades: many(body, 'trades'),
    quantity: one(body, 'quantity').slice(0, 20),
    downPayment: one(body, 'downPayment').slice(0, 10),
    deadline: one(body, 'deadline').slice(0, 30),
    villages: one(body, 'villages').slice(0, 500),
    districts: one(body, 'districts').slice(0, 500),
    groups: many(body, 'groups').filter((g) => idOf(g) !== undefined),
    sender: one(body, 'sender').slice(0, 20),
  };
}

/** What ?n=… on a lead's page says after an action. */
const NOTICES: Record<string, LeadNotice['kind']> = {
  dikirim: 'sent',
  dipilih: 'awarded',
  ditutup: 'closed',
  'sudah-ditutup': 'already_closed',
  jumlah: 'bad_quantity',
  'bukan-penjawab': 'not_a_responder',
};
const SLUG_OF = Object.fromEntries(Object.entries(NOTICES).map(([slug, kind]) => [kind, slug])) as Record<LeadNotice['kind'], string>;

export function mountLeadRoutes(app: Hono<Env>, deps: LeadRouteDeps): void {
  const html = async (c: Context<Env>, fragment: Fragment, status: 200 | 404 = 200) => c.html(await fragment, status);
  const notFound = (c: Context<Env>) => html(c, notFoundPage(c.var.t), 404);
  const header = (c: Context<Env>) => staffHeader(c.var.t, c.var.viewing, 'leads');
  /** The posted form, or undefined when its CSRF token is not the session's. */
  const postedForm = async (c: Context<Env>): Promise<Body | undefined> => {
    const body = (await c.req.parseBody({ all: true })) as Body;
    return deps.csrfMatches(one(body, 'csrf'), c.var.viewer) ? body : undefined;
  };
  const formPage = async (c: Context<Env>, input: LeadFormInput, extra: Pick<Parameters<typeof leadNewPage>[1], 'error' | 'reach' | 'message' | 'request'> = {}) => {
    const { viewer } = c.var;
    const choices = await leadFormChoices(deps.db, viewer.scope);
    return html(c, leadNewPage(c.var.t, { header: header(c), csrf: viewer.csrfToken, choices, input, ...extra }));
  };
  /** The preview, with a fresh one-time token for its send button (one lead per token). */
  const previewOf = (plan: LeadPlan) => ({ reach: plan.reach, message: leadNotices.broadcast(plan.draft), request: newToken() });

  app.get('/peluang/baru', (c) => formPage(c, EMPTY_LEAD_FORM));

  // The preview: nothing is written; the page counts whom it would reach, as "/peluang" does in chat.
  app.post('/peluang/baru/pratinjau', async (c) => {
    const body = await postedForm(c);
    if (!body) return c.text('Forbidden', 403);
    const input = formInput(body);
    const plan = await planLead(deps.db, c.var.viewer.scope, input, deps.clock.now());
    if (!plan) return notFound(c);
    return formPage(c, input, 'error' in plan ? { error: plan.error } : previewOf(plan));
  });

  app.post('/peluang/baru', async (c) => {
    const body = await postedForm(c);
    if (!body) return c.text('Forbidden', 403);
    const input = formInput(body);
    const request = formRequestOf(one(body, 'request'));
    if (request === undefined) {
      // Not sent from a preview: she sees the preview (and its send button) first.
      const plan = await planLead(deps.db, c.var.viewer.scope, input, deps.clock.now());
      if (!plan) return notFound(c);
      return formPage(c, input, 'error' in plan ? { error: plan.error } : previewOf(plan));
    }
    const created = await createConsoleLead(deps.db, c.var.viewer.scope, input, request, deps.clock.now());
    if (!created) return notFound(c);
    if ('error' in created) return formPage(c, input, { error: created.error });
    // Committed: now its publication (the sweep re-hands it should this fail; handing it again is one job).
    await deps.publishLead(created.lead.id).catch((error: unknown) => deps.log.warn({ lead: created.lead.id, err: String(error) }, 'lead hand-off failed: the sweep will publish it'));
    if (!created.again) deps.log.info({ person: c.var.viewer.person.id, lead: created.lead.id, role: c.var.viewer.scope.role }, 'lead made from the console');
    return c.redirect(`/peluang/${String(created.lead.id)}?n=${SLUG_OF.sent}`, 303);
  });

  app.get('/peluang/:id{[0-9]{1,15}}', async (c) => {
    const { viewer, t } = c.var;
    const id = idOf(c.req.param('id'));
    const view = id === undefined ? undefined : await consoleLead(deps.db, viewer.scope, id);
    if (!view) return notFound(c);
    // Own keys only: "?n=constructor" must not find Object's.
    const slug = c.req.query('n') ?? '';
    const kind = Object.hasOwn(NOTICES, slug) ? NOTICES[slug] : undefined;
    let notice: LeadNotice | undefined;
    if (kind === 'awarded') {
      const chosen = view.answers.find((a) => String(a.personId) === c.req.query('p'));
      notice = chosen?.awarded != null ? { kind, name: chosen.name, quantity: chosen.awarded } : undefined;
    } else if (kind) notice = { kind };
    return html(c, leadPage(t, { header: header(c), csrf: viewer.csrfToken, view, tradeName: await tradeNamer(deps.db, t.lang), notice }));
  });

  app.post('/peluang/:id{[0-9]{1,15}}/pilih', async (c) => {
    const body = await postedForm(c);
    if (!body) return c.text('Forbidden', 403);
    const id = idOf(c.req.param('id'));
    const person = idOf(one(body, 'person'));
    const done =
      id !== undefined && person !== undefined
        ? await awardFromConsole(deps.db, c.var.viewer.scope, { leadId: id, personId: person, quantity: one(body, 'quantity').slice(0, 20) }, deps.clock.now(), leadNotices.awarded)
        : undefined;
    if (!done) return notFound(c);
    if (done.outcome !== 'awarded') return c.redirect(`/peluang/${String(id)}?n=${SLUG_OF[done.outcome]}`, 303);
    await deps.dispatch(done.outbox).catch((error: unknown) => deps.log.warn({ lead: id, err: String(error) }, 'award notice not queued: the outbox sweep will'));
    deps.log.info({ person: c.var.viewer.person.id, lead: id, awarded: person }, 'lead awarded from the console');
    return c.redirect(`/peluang/${String(id)}?n=${SLUG_OF.awarded}&p=${String(person)}`, 303);
  });

  app.post('/peluang/:id{[0-9]{1,15}}/tutup', async (c) => {
    const body = await postedForm(c);
    if (!body) return c.text('Forbidden', 403);
    const id = idOf(c.req.param('id'));
    const done = id === undefined ? undefined : await closeFromConsole(deps.db, c.var.viewer.scope, id, deps.clock.now(), leadNotices.closed);
    if (!done) return notFound(c);
    if (done.outcome === 'closed') {
      await deps.dispatch(done.outbox).catch((error: unknown) => deps.log.warn({ lead: id, err: String(error) }, 'closing notices not queued: the outbox sweep will'));
      deps.log.info({ person: c.var.viewer.person.id, lead: id }, 'lead closed from the console');
    }
    return c.redirect(`/peluang/${String(id)}?n=${done.outcome === 'closed' ? SLUG_OF.closed : SLUG_OF.already_closed}`, 303);
  });
}
