/**
 * The help inbox: the list, one item, its file (played or shown in the page), and its two
 * writes — record on the member's behalf (after a check that shows what would be written)
 * and mark done. Handlers read the request, call the media-inbox service (which takes the
 * viewer's Scope: an item out of it is the same 404 as a missing one) and render.
 */
import { idOf } from './path-ids.ts';
import type { Context, Hono } from 'hono';
import type { Clock } from '../core/clock.ts';
import type { Logger } from '../core/logger.ts';
import type { MediaSources } from '../core/media-source.ts';
import type { Platform } from '../core/messages.ts';
import type { Db } from '../db/client.ts';
import type { Viewer } from '../modules/console-access/console-access.service.ts';
import { readOnBehalf, toldMember } from '../conversation/notices/on-behalf.ts';
import { inboxItem, inboxPage, markItemDone, recordFromItem } from '../modules/media/media-inbox.service.ts';
import type { OutboxItem } from '../modules/outbox/outbox.repository.ts';
import type { Env } from './console-app.ts';
import { inboxItemPage, inboxListPage, itemHref, type ItemNotice } from './pages/inbox.ts';
import type { Fragment } from './pages/layout.ts';
import { notFoundPage } from './pages/not-found.ts';

export interface InboxRouteDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  csrfMatches(sent: string, viewer: Viewer): boolean;
  /** Where each platform's files are fetched from; a platform missing: the item cannot be played here. */
  mediaSources: MediaSources;
  /** Queues the member's notice (written to the outbox with the record); a failure leaves it to the outbox sweep. */
  dispatch(items: readonly OutboxItem[]): Promise<void>;
}

const NOTICES: readonly ItemNotice[] = ['done', 'already', 'recorded', 'alreadyDone'];
/** What a browser is told a file is when the platform does not say. */
const DEFAULT_TYPE = { voice: 'audio/ogg', audio: 'audio/mpeg', photo: 'image/jpeg' } as const;

export function mountInboxRoutes(app: Hono<Env>, deps: InboxRouteDeps): void {
  const html = async (c: Context<Env>, fragment: Fragment, status: 200 | 404 = 200) => c.html(await fragment, status);
  const notFound = (c: Context<Env>) => html(c, notFoundPage(c.var.t), 404);
  const textOf = (body: Record<string, unknown>) => (typeof body.text === 'string' ? body.text.slice(0, 500) : '');
  const csrfOk = (c: Context<Env>, body: Record<string, unknown>) => deps.csrfMatches(typeof body.csrf === 'string' ? body.csrf : '', c.var.viewer);

  app.get('/kotak-bantuan', async (c) => {
    const list = await inboxPage(deps.db, c.var.viewer.scope, c.req.query('hal'));
    return html(c, inboxListPage(c.var.t, c.var.viewing, list, c.var.viewer.person.timeZone));
  });

  app.get('/kotak-bantuan/:id', async (c) => {
    const id = idOf(c.req.param('id'));
    const item = id === undefined ? undefined : await inboxItem(deps.db, c.var.viewer.scope, id);
    if (!item) return notFound(c);
    const n = c.req.query('n') as ItemNotice | undefined;
    return html(c, inboxItemPage(c.var.t, c.var.viewing, { item, notice: n && NOTICES.includes(n) ? n : undefined, timeZone: c.var.viewer.person.timeZone }));
  });

  // The file itself, fetched from her platform each time (the bot keeps no copy: see
  // media_messages.ref). Kept by this browser only, for an hour: a page reload replays it
  // without asking the platform again.
  app.get('/kotak-bantuan/:id/berkas', async (c) => {
    const id = idOf(c.req.param('id'));
    const item = id === undefined ? undefined : await inboxItem(deps.db, c.var.viewer.scope, id);
    if (!item) return notFound(c);
    const source = deps.mediaSources[item.platform as Platform];
    const file = source ? await source.fetchMedia(item.ref).catch((error: unknown) => {
      deps.log.warn({ media: item.id, platform: item.platform, err: String(error) }, 'help inbox: media not fetched');
      return null;
    }) : undefined;
    if (file === null) return c.text(c.var.t.inbox.unavailable, 502);
    if (!file) return c.text(c.var.t.inbox.unavailable, 404);
    c.header('Cache-Control', 'private, max-age=3600');
    c.header('Vary', 'Cookie');
    const type = (file.contentType ?? item.mimeType ?? DEFAULT_TYPE[item.kind]).replace(/[^\w/.+-;= ]/g, '');
    return c.body(file.bytes, 200, { 'Content-Type': type, 'Content-Length': String(file.bytes.length) });
  });

  // "Check": what the text would record, shown back for her to confirm. Writes nothing.
  app.post('/kotak-bantuan/:id/periksa', async (c) => {
    const body = await c.req.parseBody();
    if (!csrfOk(c, body)) return c.text('Forbidden', 403);
    const id = idOf(c.req.param('id'));
    const item = id === undefined ? undefined : await inboxItem(deps.db, c.var.viewer.scope, id);
    if (!item) return notFound(c);
    const text = textOf(body);
    const reading = item.doneAt ? undefined : readOnBehalf(text, item);
    return html(c, inboxItemPage(c.var.t, c.var.viewing, { item, text, reading, timeZone: c.var.viewer.person.timeZone }));
  });

  app.post('/kotak-bantuan/:id/catat', async (c) => {
    const body = await c.req.parseBody();
    if (!csrfOk(c, body)) return c.text('Forbidden', 403);
    const id = idOf(c.req.param('id'));
    const viewer = c.var.viewer;
    const text = textOf(body);
    // Her notice in her words, from the chat's catalogue: the same sentence the chat's
    // "catat untuk <member>: …" sends, through her private chat (preferring the platform the
    // item came from).
    const writer = viewer.person.name;
    const done = id === undefined
      ? undefined
      : await recordFromItem(deps.db, viewer.scope, { id, text }, deps.clock.now(), readOnBehalf, (db, item, entries, date, today) =>
          toldMember(db, item.personId, { writer, entries, date, today, prefer: item.platform as Platform }),
        );
    if (!done) return notFound(c);
    if (done.outcome === 'refused') {
      return html(c, inboxItemPage(c.var.t, c.var.viewing, { item: done.item, text, reading: done.reading, timeZone: viewer.person.timeZone }));
    }
    if (done.outcome === 'already_done') return c.redirect(`${itemHref(done.item.id)}?n=alreadyDone`, 303);
    deps.log.info({ person: viewer.person.id, media: done.item.id, member: done.item.personId, entries: done.entries.length }, 'recorded on behalf from the help inbox');
    await deps.dispatch(done.outbox).catch((error: unknown) => deps.log.warn({ media: done.item.id, err: String(error) }, 'on-behalf notice not queued: the outbox sweep will'));
    return c.redirect(`${itemHref(done.item.id)}?n=recorded`, 303);
  });

  app.post('/kotak-bantuan/:id/selesai', async (c) => {
    const body = await c.req.parseBody();
    if (!csrfOk(c, body)) return c.text('Forbidden', 403);
    const id = idOf(c.req.param('id'));
    const done = id === undefined ? undefined : await markItemDone(deps.db, c.var.viewer.scope, id, deps.clock.now());
    if (!done) return notFound(c);
    deps.log.info({ person: c.var.viewer.person.id, media: id, outcome: done }, 'help inbox item marked done');
    return c.redirect(`${itemHref(id!)}?n=${done}`, 303);
  });
}
