/**
 * Downloads in the console: a group's form, asking for a file, her list and the file. The
 * handlers read the request and call the downloads module's services with the viewer's
 * Scope: no SQL, no filtering here. A group outside her scope answers as a missing one (404),
 * and so does a file whose group she no longer sees.
 *
 * Asking needs the session's CSRF token and the one-time token of the form it came from
 * (`request`, fresh on every render): a second press of the same form answers with the first
 * press's file (nothing made twice). The request commits first; then it is handed to the
 * downloads job (`handOff`); should that hand-off be lost, the job's sweep finds the row.
 */
import type { Context, Hono } from 'hono';
import type { Clock } from '../core/clock.ts';
import type { Logger } from '../core/logger.ts';
import type { Db } from '../db/client.ts';
import type { Viewer } from '../modules/console-access/console-access.service.ts';
import { formRequestOf, newToken } from '../modules/console-access/console-access.ts';
import { askOf, DOWNLOAD_MAX_UNFINISHED } from '../modules/downloads/downloads.ts';
import { downloadFile, downloadForm, myDownloads, requestDownload } from '../modules/downloads/downloads.service.ts';
import { downloadFormPage, downloadListPage, type DownloadFormNotice } from './pages/downloads.ts';
import type { Fragment } from './pages/layout.ts';
import { notFoundPage } from './pages/not-found.ts';
import type { Env } from './console-app.ts';
import { idOf } from './path-ids.ts';

export interface DownloadRouteDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  csrfMatches(sent: string, viewer: Viewer): boolean;
  /** Hands a committed request to the downloads job (a no-op where no queue is reachable: the sweep finds it). */
  handOff(downloadId: number): Promise<void>;
}


/** `?n=` of the form page after a refused press. */
const FORM_NOTICES: Readonly<Record<string, DownloadFormNotice>> = {
  jenis: { invalid: 'kind' },
  tanggal: { invalid: 'range' },
  triwulan: { invalid: 'quarter' },
  penuh: 'busy',
  ulang: 'stale',
};
const SLUG_OF_INVALID = { kind: 'jenis', range: 'tanggal', quarter: 'triwulan' } as const;

/** "ekspor-melati-2026-12-01-2026-12-10.xlsx": the chat's own names are ASCII; anything else is dropped from the header. */
function contentDisposition(fileName: string): string {
  const safe = fileName.replace(/[^A-Za-z0-9._-]/g, '_');
  return `attachment; filename="${safe}"`;
}

export function mountDownloadRoutes(app: Hono<Env>, deps: DownloadRouteDeps): void {
  const html = async (c: Context<Env>, fragment: Fragment, status: 200 | 404 = 200) => c.html(await fragment, status);
  const notFound = (c: Context<Env>) => html(c, notFoundPage(c.var.t), 404);

  app.get('/kelompok/:id/unduh', async (c) => {
    const id = idOf(c.req.param('id'));
    const form = id === undefined ? undefined : await downloadForm(deps.db, c.var.viewer.scope, id, deps.clock.now());
    if (!form) return notFound(c);
    const n = c.req.query('n');
    const notice = n !== undefined && Object.hasOwn(FORM_NOTICES, n) ? FORM_NOTICES[n] : undefined;
    return html(c, downloadFormPage(c.var.t, c.var.viewing, { form, requests: { books: newToken(), report: newToken() }, notice }, DOWNLOAD_MAX_UNFINISHED));
  });

  app.post('/kelompok/:id/unduh', async (c) => {
    const body = await c.req.parseBody();
    const field = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
    if (!deps.csrfMatches(field('csrf'), c.var.viewer)) return c.text('Forbidden', 403);
    const id = idOf(c.req.param('id'));
    if (id === undefined) return notFound(c);
    const back = `/kelompok/${String(id)}/unduh`;
    const short = (name: string) => field(name).slice(0, 40);
    const ask = askOf({ jenis: short('jenis'), dari: short('dari'), sampai: short('sampai'), triwulan: short('triwulan') });
    const request = formRequestOf(field('request'));
    // A form unfit to ask (bad fields, no token): back to a fresh form saying why — unless the group is not hers (404).
    if ('invalid' in ask || request === undefined) {
      if (!(await downloadForm(deps.db, c.var.viewer.scope, id, deps.clock.now()))) return notFound(c);
      return c.redirect(`${back}?n=${'invalid' in ask ? SLUG_OF_INVALID[ask.invalid] : 'ulang'}`, 303);
    }
    const { viewer } = c.var;
    const made = await requestDownload(deps.db, viewer.scope, id, ask, c.var.t.lang, request, deps.clock.now());
    if (made === undefined) return notFound(c);
    if ('refused' in made) return c.redirect(`${back}?n=${made.refused === 'quarter' ? 'triwulan' : 'penuh'}`, 303);
    if (!made.again) {
      deps.log.info({ person: viewer.person.id, role: viewer.scope.role, group: id, download: made.id, kind: ask.kind }, 'download asked for in the console');
      // After commit. A lost hand-off (Redis away) leaves the row waiting: the sweep hands it over.
      await deps.handOff(made.id).catch((error: unknown) => deps.log.warn({ download: made.id, err: (error as Error).message }, 'download hand-off failed; the sweep will pick it up'));
    }
    return c.redirect(`/unduhan?n=${made.again ? 'sudah' : 'baru'}`, 303);
  });

  app.get('/unduhan', async (c) => {
    const { viewer } = c.var;
    const downloads = await myDownloads(deps.db, viewer.scope);
    const n = c.req.query('n');
    return html(c, downloadListPage(c.var.t, c.var.viewing, { downloads, timeZone: viewer.person.timeZone, notice: n === 'baru' ? 'asked' : n === 'sudah' ? 'again' : undefined }));
  });

  // The file, to whoever's scope holds its group (asked again on every download).
  app.get('/unduhan/:id/berkas', async (c) => {
    const id = idOf(c.req.param('id'));
    const file = id === undefined ? undefined : await downloadFile(deps.db, c.var.viewer.scope, id);
    if (!file) return notFound(c);
    c.header('Content-Disposition', contentDisposition(file.fileName));
    // Personal data: kept by this browser only, never by a shared cache.
    c.header('Cache-Control', 'private, no-store');
    return c.body(new Uint8Array(file.bytes), 200, { 'Content-Type': file.mimeType, 'Content-Length': String(file.bytes.length) });
  });
}
