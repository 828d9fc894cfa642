/**
 * Importing members from a file: the upload form, the upload (→ its dry run), the dry run,
 * leaving out rows with problems, and the confirmation. Handlers read the request, call the
 * member-import service with the viewer's Scope and render: no SQL, no filtering here. Every
 * write needs the session's CSRF token; an import that is not hers (or expired, or made up)
 * answers one 404 page whatever the reason.
 */
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Clock } from '../core/clock.ts';
import type { Logger } from '../core/logger.ts';
import type { Db } from '../db/client.ts';
import type { Viewer } from '../modules/console-access/console-access.service.ts';
import { confirmImport, dropImportRows, importPreview, uploadMemberFile } from '../modules/member-import/member-import.service.ts';
import { memberImportFormPage, memberImportGonePage, memberImportPreviewPage } from './pages/member-import.ts';
import type { Fragment } from './pages/layout.ts';
import type { Env } from './console-app.ts';

export interface MemberImportRouteDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  csrfMatches(sent: string, viewer: Viewer): boolean;
}

/** An upload larger than this is refused before it is read: 5,000 rows take a few hundred kilobytes. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export function mountMemberImportRoutes(app: Hono<Env>, deps: MemberImportRouteDeps): void {
  const html = async (c: Context<Env>, fragment: Fragment, status: 200 | 404 | 413 | 422 = 200) => c.html(await fragment, status);
  const gone = (c: Context<Env>) => html(c, memberImportGonePage(c.var.t, c.var.viewing), 404);
  const csrfOk = (c: Context<Env>, body: Record<string, unknown>) => deps.csrfMatches(typeof body.csrf === 'string' ? body.csrf : '', c.var.viewer);

  // "?kelompok=12" from a group page: only its number, echoed as a hint (the file names each row's group).
  app.get('/anggota/impor', (c) => {
    const forGroup = /^\d{1,12}$/.test(c.req.query('kelompok') ?? '') ? Number(c.req.query('kelompok')) : undefined;
    return html(c, memberImportFormPage(c.var.t, c.var.viewing, undefined, forGroup));
  });

  app.post(
    '/anggota/impor',
    bodyLimit({ maxSize: MAX_UPLOAD_BYTES, onError: async (c) => c.html(await memberImportFormPage(c.var.t, c.var.viewing, { problem: 'too_large' }), 413) }),
    async (c) => {
      const body = await c.req.parseBody();
      if (!csrfOk(c, body)) return c.text('Forbidden', 403);
      const file = body.berkas;
      if (!(file instanceof File) || file.size === 0) return html(c, memberImportFormPage(c.var.t, c.var.viewing, { problem: 'empty' }), 422);
      const result = await uploadMemberFile(deps.db, c.var.viewer.scope, { name: file.name || 'berkas', bytes: new Uint8Array(await file.arrayBuffer()) }, deps.clock.now());
      if ('problem' in result) return html(c, memberImportFormPage(c.var.t, c.var.viewing, result), 422);
      return c.redirect(`/anggota/impor/${result.token}`, 303);
    },
  );

  app.get('/anggota/impor/:token', async (c) => {
    const preview = await importPreview(deps.db, c.var.viewer.scope, c.req.param('token'), deps.clock.now());
    if (!preview) return gone(c);
    return html(c, memberImportPreviewPage(c.var.t, c.var.viewing, c.req.param('token'), preview, c.req.query('n') === 'berubah', c.req.query('hal')));
  });

  app.post('/anggota/impor/:token/hapus', async (c) => {
    const body = await c.req.parseBody({ all: true });
    if (!csrfOk(c, body)) return c.text('Forbidden', 403);
    const raw = body.baris;
    const lines = (Array.isArray(raw) ? raw : [raw]).filter((l): l is string => typeof l === 'string' && /^\d{1,7}$/.test(l)).map(Number);
    const token = c.req.param('token');
    if (!(await dropImportRows(deps.db, c.var.viewer.scope, token, lines, deps.clock.now()))) return gone(c);
    return c.redirect(`/anggota/impor/${token}`, 303);
  });

  app.post('/anggota/impor/:token', async (c) => {
    const body = await c.req.parseBody();
    if (!csrfOk(c, body)) return c.text('Forbidden', 403);
    const token = c.req.param('token');
    const result = await confirmImport(deps.db, c.var.viewer.scope, token, deps.clock.now());
    if (!result) return gone(c);
    if ('refused' in result) return c.redirect(`/anggota/impor/${token}?n=berubah`, 303);
    // Counts only in the log: the audit table holds who was added, by whom, when.
    deps.log.info({ person: c.var.viewer.person.id, role: c.var.viewer.scope.role, ...result.done }, 'members imported from the console');
    return c.redirect(`/anggota/impor/${token}`, 303);
  });
}
