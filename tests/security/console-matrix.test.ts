/**
 * Who may open what in the web console, as one matrix: every page and every action × every
 * role (admin, a programme's manager, another programme's manager, a group's facilitator,
 * another facilitator, a member with no console role, nobody) × her own and someone else's.
 * Over HTTP against the real routes and Postgres; the world is tests/helpers/console-world.ts.
 *
 * A page outside her scope answers 404, the same as a missing id, so it never tells her that
 * the group or member exists. A list page answers 200 to every role but names nothing from
 * outside her scope. An action needs the session's CSRF token (403 without it) and is refused
 * out of scope like a page (404).
 *
 * A new console route must be added here: the last test fails for a route the app serves
 * that this table does not name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { issueLogin, loginWithLink } from '../../src/modules/console-access/console-access.service.ts';
import { createConsoleApp, SESSION_COOKIE } from '../../src/web/console-app.ts';
import { seedConsoleWorld, type ConsoleWorld } from '../helpers/console-world.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

type Viewer = 'admin' | 'maya' | 'nina' | 'fitri' | 'gita' | 'member' | 'nobody';
const VIEWERS: readonly Viewer[] = ['admin', 'maya', 'nina', 'fitri', 'gita', 'member', 'nobody'];

let t: TestDatabase;
let w: ConsoleWorld;
let app: ReturnType<typeof createConsoleApp>;
const clock = fixedClock('2026-12-10T05:00:00Z');
const sessions = new Map<Viewer, { cookie: string; csrf: string }>();

beforeAll(async () => {
  t = await createTestDatabase();
  w = await seedConsoleWorld(t.db);
  app = createConsoleApp({ db: t.db, clock, log: silentLogger(), timeZone: 'Asia/Jakarta', secureCookies: false, sendLoginCode: async () => true, clientOf: () => 'matrix' });
  const people: Record<Exclude<Viewer, 'nobody'>, number> = {
    admin: w.admin,
    maya: w.maya,
    nina: w.nina,
    fitri: w.fitri.personId,
    gita: w.gita.personId,
    member: w.members.ani,
  };
  for (const [viewer, personId] of Object.entries(people) as [Viewer, number][]) {
    if (viewer === 'member') {
      sessions.set(viewer, { cookie: `${SESSION_COOKIE}=not-a-session`, csrf: '' });
      continue;
    }
    const { token } = await issueLogin(t.db, personId, clock.now());
    const session = await loginWithLink(t.db, token, 'matrix', clock.now());
    if (typeof session === 'string') throw new Error(`${viewer}: ${session}`);
    const home = await app.request('/', { headers: { cookie: `${SESSION_COOKIE}=${session.token}` } });
    const csrf = /name="csrf" value="([^"]+)"/.exec(await home.text())?.[1] ?? '';
    sessions.set(viewer, { cookie: `${SESSION_COOKIE}=${session.token}`, csrf });
  }
});
afterAll(async () => t?.drop());

const get = (viewer: Viewer, path: string) => app.request(path, { headers: viewer === 'nobody' ? {} : { cookie: sessions.get(viewer)!.cookie }, redirect: 'manual' });
const post = (viewer: Viewer, path: string, withCsrf: boolean) => {
  const s = sessions.get(viewer);
  const body = new URLSearchParams(withCsrf && s ? { csrf: s.csrf } : {});
  return app.request(path, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(viewer === 'nobody' || !s ? {} : { cookie: s.cookie }) },
    redirect: 'manual',
  });
};

/** Who sees which group: by the world's programmes and facilitators. */
function seesGroup(viewer: Viewer, group: 'melati' | 'mawar' | 'kenanga'): boolean {
  switch (viewer) {
    case 'admin':
      return true;
    case 'maya':
      return group !== 'kenanga';
    case 'nina':
      return group === 'kenanga';
    case 'fitri':
      return group === 'melati';
    case 'gita':
      return group === 'mawar';
    default:
      return false;
  }
}
const GROUP_OF_MEMBER = { ani: 'melati', dewi: 'mawar', eka: 'kenanga' } as const;

/** A viewer without a console session is sent to the login page, whatever she asked for. */
async function expectLogin(res: Response) {
  expect(res.status).toBe(303);
  expect(res.headers.get('location')).toMatch(/^\/masuk/);
}

describe('the console permission matrix', () => {
  const lists = ['/', '/kelompok', '/kelompok?saring=berhenti', '/anggota', '/anggota?cari=a', '/anggota?cari=e&hal=2', '/pinjaman', '/pinjaman?saring=par30', '/peluang', '/audit'];

  it.each(VIEWERS)('list pages for %s: open to staff, naming nothing outside her scope', async (viewer) => {
    for (const path of lists) {
      const res = await get(viewer, path);
      if (viewer === 'member' || viewer === 'nobody') {
        await expectLogin(res);
        continue;
      }
      expect(res.status, `${viewer} ${path}`).toBe(200);
      const page = await res.text();
      // Each group's name and one member of it: present only where she may see the group.
      for (const [group, name] of [['kenanga', 'Eka'], ['mawar', 'Dewi']] as const) {
        if (!seesGroup(viewer, group)) {
          expect(page, `${viewer} ${path} shows ${group}`).not.toMatch(new RegExp(`\\b(${group}|${name})\\b`, 'i'));
        }
      }
    }
  });

  it.each(VIEWERS)('group pages for %s: her own open, another\'s 404', async (viewer) => {
    for (const group of ['melati', 'mawar', 'kenanga'] as const) {
      const res = await get(viewer, `/kelompok/${w[group]}`);
      if (viewer === 'member' || viewer === 'nobody') await expectLogin(res);
      else expect(res.status, `${viewer} /kelompok/${group}`).toBe(seesGroup(viewer, group) ? 200 : 404);
    }
    const missing = await get(viewer, '/kelompok/999999');
    if (viewer !== 'member' && viewer !== 'nobody') expect(missing.status).toBe(404);
  });

  it.each(VIEWERS)('member pages and charts for %s: her groups\' members open, others 404', async (viewer) => {
    for (const [member, group] of Object.entries(GROUP_OF_MEMBER) as [keyof typeof GROUP_OF_MEMBER, 'melati' | 'mawar' | 'kenanga'][]) {
      for (const path of [`/anggota/${w.members[member]}`, `/anggota/${w.members[member]}/grafik.png?periode=bulan`]) {
        const res = await get(viewer, path);
        if (viewer === 'member' || viewer === 'nobody') await expectLogin(res);
        else expect(res.status, `${viewer} ${path} (${member})`).toBe(seesGroup(viewer, group) ? 200 : 404);
      }
    }
  });

  it.each(VIEWERS)('the member search for %s finds the members whose page she may open, and no one else', async (viewer) => {
    for (const [member, group] of Object.entries(GROUP_OF_MEMBER) as [keyof typeof GROUP_OF_MEMBER, 'melati' | 'mawar' | 'kenanga'][]) {
      const name = member[0]!.toUpperCase() + member.slice(1);
      const res = await get(viewer, `/anggota?cari=${name.toLowerCase()}`);
      if (viewer === 'member' || viewer === 'nobody') {
        await expectLogin(res);
        continue;
      }
      expect(res.status).toBe(200);
      const found = [...(await res.text()).matchAll(/<a href="\/anggota\/(\d+)" data-k="member">([^<]*)<\/a>/g)].map((m) => ({ id: Number(m[1]), name: m[2] }));
      expect(found.some((f) => f.id === w.members[member]), `${viewer} finds ${name}`).toBe(seesGroup(viewer, group));
      // Every member the search names opens for her: the search and the member page share one rule.
      for (const f of found) expect((await get(viewer, `/anggota/${f.id}`)).status, `${viewer} opens ${f.name}`).toBe(200);
    }
  });

  it.each(VIEWERS)('rotating a join code for %s: needs the CSRF token and her own group', async (viewer) => {
    for (const group of ['melati', 'mawar', 'kenanga'] as const) {
      const path = `/kelompok/${w[group]}/kode-gabung`;
      const forged = await post(viewer, path, false);
      if (viewer === 'member' || viewer === 'nobody') {
        await expectLogin(forged);
        continue;
      }
      expect(forged.status, `${viewer} ${path} without CSRF`).toBe(403);
      const res = await post(viewer, path, true);
      if (seesGroup(viewer, group)) expect([200, 303], `${viewer} ${path}`).toContain(res.status);
      else expect(res.status, `${viewer} ${path}`).toBe(404);
    }
  });

  it('names every route the console serves', () => {
    const known = new Set([
      'GET /masuk',
      'POST /masuk/kode',
      'POST /masuk/kirim-kode',
      'GET /masuk/tautan/:token',
      'POST /masuk/tautan',
      'GET /bahasa/:lang',
      'POST /keluar',
      'GET /',
      'GET /kelompok',
      'GET /kelompok/:id',
      'POST /kelompok/:id/kode-gabung',
      'GET /anggota',
      'GET /anggota/:id',
      'GET /anggota/:id/grafik.png',
      'GET /pinjaman',
      'GET /peluang',
      'GET /audit',
    ]);
    const served = app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path.replace(/\{[^/]*\}/g, '').replace(/:\w+/g, ':id').replace('/masuk/tautan/:id', '/masuk/tautan/:token').replace('/bahasa/:id', '/bahasa/:lang')}`);
    expect([...new Set(served)].filter((r) => !known.has(r))).toEqual([]);
  });
});
