/**
 * The staff list (/staf), on real Postgres over the real routes. World
 * (tests/helpers/console-world.ts): Admin; Maya manages programme A (Melati: Fitri, Mawar:
 * Gita), Nina programme B (Kenanga: Hana). Added here: Sinta runs a group in each programme
 * (Anggrek in A, Dahlia in B), Wulan is a facilitator with no group yet. Fitri has logged in.
 *
 * Checked: who each role sees, once each and in order (admins, managers, facilitators, by
 * name), a manager also the groupless facilitators she added herself (not an admin's nor
 * another manager's); each row's programme/region, her groups (only the viewer's) and whether she has
 * logged in; the login-link button exactly where the link page allows one (Maya: not for
 * Sinta, who also runs programme B's group; nobody for herself); a facilitator gets 404 and no
 * menu entry; paging by 30 with the common pager; a link made from the list is audited, and
 * once used the list says she has logged in.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { issueLogin, loginWithLink } from '../../src/modules/console-access/console-access.service.ts';
import { addFacilitator, createGroup } from '../../src/modules/groups/groups.service.ts';
import { addFacilitatorAs } from '../../src/modules/programmes/onboarding.service.ts';
import { addRegion, moveGroupToProgramme } from '../../src/modules/programmes/programmes.service.ts';
import { resolveScope } from '../../src/modules/programmes/scope.ts';
import { staffList, STAFF_PER_PAGE } from '../../src/modules/programmes/staff-list.service.ts';
import { createConsoleApp, SESSION_COOKIE } from '../../src/web/console-app.ts';
import { staffId } from '../../src/web/texts/staff.ts';
import { seedConsoleWorld, type ConsoleWorld } from '../helpers/console-world.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

let t: TestDatabase;
let w: ConsoleWorld;
let app: ReturnType<typeof createConsoleApp>;
let sinta: number;
let wulan: number;
let anggrek: number;
const clock = fixedClock('2026-12-10T05:00:00Z');
const TZ = 'Asia/Jakarta';

beforeAll(async () => {
  t = await createTestDatabase();
  w = await seedConsoleWorld(t.db);
  app = createConsoleApp({ db: t.db, clock, log: silentLogger(), timeZone: TZ, secureCookies: false, sendLoginCode: async () => true, clientOf: () => 'staff' });
  const s = await addFacilitator(t.db, { name: 'Sinta', telegramId: '9004', timeZone: TZ });
  sinta = s.person.id;
  anggrek = (await createGroup(t.db, { name: 'Anggrek', trades: ['kuliner'], facilitatorId: s.id, timeZone: TZ })).id;
  const region = await addRegion(t.db, w.programmeA, 'Bogor', 'Cibinong');
  await moveGroupToProgramme(t.db, anggrek, w.programmeA, region);
  const dahlia = (await createGroup(t.db, { name: 'Dahlia', trades: ['jahit'], facilitatorId: s.id, timeZone: TZ })).id;
  await moveGroupToProgramme(t.db, dahlia, w.programmeB);
  wulan = (await addFacilitator(t.db, { name: 'Wulan', phone: '+6281200000777', timeZone: TZ })).person.id;
});
afterAll(async () => t?.drop());

const sessions = new Map<number, string>();
async function cookieOf(personId: number) {
  let cookie = sessions.get(personId);
  if (!cookie) {
    const made = await loginWithLink(t.db, (await issueLogin(t.db, personId, clock.now())).token, 'test', clock.now());
    if (typeof made === 'string') throw new Error(made);
    cookie = `${SESSION_COOKIE}=${made.token}`;
    sessions.set(personId, cookie);
  }
  return cookie;
}
const open = async (personId: number, path: string) => {
  const res = await app.request(path, { headers: { cookie: await cookieOf(personId) } });
  return { status: res.status, body: await res.text() };
};
/** The rows of the page as [person id, role, groups, logged in, link?]. */
const rowsOf = (page: string) =>
  [...page.matchAll(/<tr data-person="(\d+)" data-role="(\w+)">([\s\S]*?)<\/tr>/g)].map(([, id, role, cells]) => ({
    id: Number(id),
    role,
    groups: [...cells!.matchAll(/<a href="\/kelompok\/\d+">([^<]+)<\/a>/g)].map((m) => m[1]),
    login: /data-k="login" data-value="(\w+)"/.exec(cells!)![1],
    link: cells!.includes(`href="/staf/${id}/tautan-masuk" data-k="make-login-link"`),
  }));

describe('the staff list', () => {
  it('an admin sees everyone with a console role once, admins, managers then facilitators by name, with a link for all but himself', async () => {
    await cookieOf(w.fitri.personId); // Fitri has logged in once.
    const page = await open(w.admin, '/staf');
    expect(page.status).toBe(200);
    const rows = rowsOf(page.body);
    expect(rows.map((r) => [r.id, r.role])).toEqual([
      [w.admin, 'admin'],
      [w.maya, 'manager'],
      [w.nina, 'manager'],
      [w.fitri.personId, 'facilitator'],
      [w.gita.personId, 'facilitator'],
      [w.hana.personId, 'facilitator'],
      [sinta, 'facilitator'],
      [wulan, 'facilitator'],
    ]);
    expect(rows.filter((r) => !r.link).map((r) => r.id)).toEqual([w.admin]);
    expect(rows.find((r) => r.id === sinta)!.groups).toEqual(['Anggrek', 'Dahlia']);
    expect(rows.find((r) => r.id === wulan)!.groups).toEqual([]);
    // Logged in: the admin (this page) and Fitri; the others never.
    expect(rows.filter((r) => r.login === 'yes').map((r) => r.id).sort()).toEqual([w.admin, w.fitri.personId].sort());
    expect(page.body).toContain(staffId.lastLogin('10 Des 2026 12.00'));
    expect(page.body).toContain(`<li>Program Timur · ${staffId.noRegion}</li>`);
    expect(page.body).toContain('data-k="staff-count" data-value="8"');
    expect(page.body).toContain('href="/staf" aria-current="page" data-k="staff-link"');
  });

  it("a manager sees her programme's managers and its groups' facilitators, their groups in it only, and a link where the link page allows one", async () => {
    const maya = rowsOf((await open(w.maya, '/staf')).body);
    expect(maya.map((r) => r.id)).toEqual([w.maya, w.fitri.personId, w.gita.personId, sinta]);
    // Sinta also runs a group of programme B: only an admin makes her link; of her groups, Maya sees Anggrek.
    expect(maya.filter((r) => r.link).map((r) => r.id)).toEqual([w.fitri.personId, w.gita.personId]);
    expect(maya.find((r) => r.id === sinta)!.groups).toEqual(['Anggrek']);
    const page = (await open(w.maya, '/staf')).body;
    expect(page).toContain(`<li>${(await programmeName(w.programmeA))!} · Bogor · Cibinong</li>`);
    expect(page).not.toMatch(/Nina|Hana|Wulan|Dahlia|Kenanga/);
    const nina = rowsOf((await open(w.nina, '/staf')).body);
    expect(nina.map((r) => r.id)).toEqual([w.nina, w.hana.personId, sinta]);
    expect(nina.find((r) => r.id === sinta)!.groups).toEqual(['Dahlia']);
    // The list offers exactly what the link page allows.
    const admin = rowsOf((await open(w.admin, '/staf')).body);
    for (const [viewer, rows] of [[w.maya, maya], [w.nina, nina], [w.admin, admin]] as const) {
      for (const r of rows) expect((await open(viewer, `/staf/${r.id}/tautan-masuk`)).status, `${viewer} → ${r.id}`).toBe(r.link ? 200 : 404);
    }
  });

  it('a facilitator has no staff list (404) and no menu entry for it; staff have the entry', async () => {
    const fitri = await open(w.fitri.personId, '/staf');
    expect(fitri.status).toBe(404);
    expect((await open(w.fitri.personId, '/')).body).not.toContain('href="/staf"');
    expect((await open(w.maya, '/')).body).toContain('<a href="/staf" data-k="staff-link">Staf</a>');
    const scope = (await resolveScope(t.db, w.gita.personId))!;
    expect(await staffList(t.db, scope, undefined)).toBeUndefined();
  });

  it('pages by 30 with the common pager; a page past the end is the last', async () => {
    for (let i = 0; i < STAFF_PER_PAGE; i++) await addFacilitator(t.db, { name: `Zahra ${String(i).padStart(2, '0')}`, phone: `+62812000019${String(i).padStart(2, '0')}`, timeZone: TZ });
    const first = await open(w.admin, '/staf');
    expect(rowsOf(first.body)).toHaveLength(30);
    expect(first.body).toContain('href="/staf?hal=2" rel="next" data-k="page-next"');
    const second = await open(w.admin, '/staf?hal=2');
    expect(rowsOf(second.body).map((r) => r.id)).toHaveLength(8);
    expect(second.body).toContain('data-k="page" data-value="2"');
    expect((await open(w.admin, '/staf?hal=99')).body).toContain('data-k="page" data-value="2"');
    const all = [...rowsOf(first.body), ...rowsOf(second.body)].map((r) => r.id);
    expect(new Set(all).size).toBe(38);
  });

  it('a link made from the list is audited; once she has used it the list says she has logged in', async () => {
    const before = rowsOf((await open(w.maya, '/staf')).body).find((r) => r.id === w.gita.personId)!;
    expect(before.login).toBe('never');
    const form = await open(w.maya, `/staf/${w.gita.personId}/tautan-masuk`);
    const csrf = /name="csrf" value="([^"]+)"/.exec(form.body)![1]!;
    const made = await app.request(`/staf/${w.gita.personId}/tautan-masuk`, {
      method: 'POST',
      body: new URLSearchParams({ csrf }),
      headers: { cookie: await cookieOf(w.maya), 'content-type': 'application/x-www-form-urlencoded' },
    });
    const url = /data-k="login-url">([^<]+)</.exec(await made.text())![1]!;
    const audit = await sql<{ actor: string; subject: string }>`select actor_person_id as actor, subject_person_id as subject from audit_events where kind = 'onboarded' and detail->>'what' = 'login_link'`.execute(t.db);
    expect(audit.rows.map((r) => [Number(r.actor), Number(r.subject)])).toEqual([[w.maya, w.gita.personId]]);
    expect(await loginWithLink(t.db, url.split('/').at(-1)!, 'gita', clock.now())).toMatchObject({ personId: w.gita.personId });
    const after = rowsOf((await open(w.maya, '/staf')).body).find((r) => r.id === w.gita.personId)!;
    expect(after.login).toBe('yes');
    // Sessions are pruned after 30 days; that she has logged in is kept for good.
    await sql`delete from console_sessions where person_id = ${w.gita.personId}`.execute(t.db);
    const pruned = rowsOf((await open(w.maya, '/staf')).body).find((r) => r.id === w.gita.personId)!;
    expect(pruned.login).toBe('yes');
  });

  it('a manager lists the groupless facilitators she added herself, not those an admin or another manager added; the link page agrees', async () => {
    const scopeOf = async (personId: number) => (await resolveScope(t.db, personId))!;
    const add = async (by: number, name: string, phone: string) => {
      const made = await addFacilitatorAs(t.db, await scopeOf(by), { name, phone, telegram: '' }, clock.now(), TZ);
      if (!made || 'error' in made) throw new Error(`${name} not added`);
      return made;
    };
    const ratna = await add(w.maya, 'Ratna', '+6281200000881');
    const sari = await add(w.nina, 'Sari', '+6281200000882');
    const tari = await add(w.admin, 'Tari', '+6281200000883');
    const listOf = async (viewer: number) => {
      const page = (await open(viewer, '/staf')).body;
      return { rows: rowsOf(page), count: Number(/data-k="staff-count" data-value="(\d+)"/.exec(page)![1]) };
    };
    const maya = await listOf(w.maya);
    expect(maya.rows.map((r) => r.id)).toEqual([w.maya, w.fitri.personId, w.gita.personId, ratna.personId, sinta]);
    expect(maya.count).toBe(5);
    expect(maya.rows.find((r) => r.id === ratna.personId)).toMatchObject({ role: 'facilitator', groups: [], login: 'never', link: true });
    const nina = await listOf(w.nina);
    expect(nina.rows.map((r) => r.id)).toEqual([w.nina, w.hana.personId, sari.personId, sinta]);
    expect(nina.rows.find((r) => r.id === sari.personId)!.link).toBe(true);
    // Each row's button agrees with the link page; those off her list (Wulan, Tari, the other's) get 404 there too.
    for (const [viewer, rows] of [[w.maya, maya.rows], [w.nina, nina.rows]] as const) {
      for (const r of rows) expect((await open(viewer, `/staf/${r.id}/tautan-masuk`)).status, `${viewer} → ${r.id}`).toBe(r.link ? 200 : 404);
    }
    for (const off of [wulan, tari.personId, sari.personId]) expect((await open(w.maya, `/staf/${off}/tautan-masuk`)).status, `maya → ${off}`).toBe(404);

    // Once Ratna runs a group, the group decides: one of programme B's takes her off Maya's list (and its link), one of A's puts her back.
    const kamboja = (await createGroup(t.db, { name: 'Kamboja', trades: ['kuliner'], facilitatorId: ratna.id, timeZone: TZ })).id;
    await moveGroupToProgramme(t.db, kamboja, w.programmeB);
    expect((await listOf(w.maya)).rows.map((r) => r.id)).not.toContain(ratna.personId);
    expect((await open(w.maya, `/staf/${ratna.personId}/tautan-masuk`)).status).toBe(404);
    await moveGroupToProgramme(t.db, kamboja, w.programmeA);
    expect((await listOf(w.maya)).rows.find((r) => r.id === ratna.personId)).toMatchObject({ groups: ['Kamboja'], link: true });
  });
});

async function programmeName(id: number) {
  return (await sql<{ name: string }>`select name from programmes where id = ${id}`.execute(t.db)).rows[0]?.name;
}
