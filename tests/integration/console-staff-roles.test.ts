/**
 * Giving and taking console roles from the console (issue #20), on real Postgres: the
 * service's rules (the command line's, shared), then the pages over the real routes.
 * World (tests/helpers/console-world.ts): Admin; Maya manages programme A (Melati: Fitri,
 * Mawar: Gita), Nina programme B (Kenanga: Hana). Added here: Rani, a person with a phone and
 * no console role.
 *
 * Checked: making a facilitator a manager, moving her to another programme, making her an
 * admin, taking the role away (a facilitator keeps her groups' view and her session; anyone
 * else is logged out at once); the last admin cannot end or lower her own role, by the
 * console or the command line's service, not even two admins ending each other at once;
 * an unknown person, phone or programme and an unknown role are refused next to their
 * field; giving a role she holds writes nothing; a manager and a facilitator may do none of
 * it. Each change is kept with the admin who made it, and the audit page shows it. A change
 * retires her unused logins and ends the sessions a wider role would upgrade; an admin whose
 * role is taken while her change waits is refused; a double submit is taken once. The races
 * meet at the lock every time: a third transaction holds it until they all wait on it.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { DomainError } from '../../src/core/errors.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { Db } from '../../src/db/client.ts';
import { issueLogin, loginWithLink, viewerOf } from '../../src/modules/console-access/console-access.service.ts';
import { insertPerson } from '../../src/modules/people/people.repository.ts';
import { grantConsoleRole, lockRoles, removeStaffRole } from '../../src/modules/programmes/programmes.service.ts';
import { liveStaffRole } from '../../src/modules/programmes/programmes.repository.ts';
import { resolveScope, type Scope } from '../../src/modules/programmes/scope.ts';
import { changeRoleAs, personByPhoneAs, roleTarget } from '../../src/modules/programmes/staff-roles.service.ts';
import { createConsoleApp, SESSION_COOKIE } from '../../src/web/console-app.ts';
import { staffRolesId } from '../../src/web/texts/staff-roles.ts';
import { seedConsoleWorld, type ConsoleWorld } from '../helpers/console-world.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { eventually } from '../helpers/wait.ts';

let t: TestDatabase;
let w: ConsoleWorld;
let rani: number;
let admin: Scope;
const clock = fixedClock('2026-12-10T05:00:00Z');
const TZ = 'Asia/Jakarta';

beforeAll(async () => {
  t = await createTestDatabase();
  w = await seedConsoleWorld(t.db);
  rani = (await insertPerson(t.db, { name: 'Rani', phone: '+6281300000555', timeZone: TZ })).id;
  admin = (await resolveScope(t.db, w.admin))!;
});
afterAll(async () => t?.drop());

/** Her staff_roles rows, oldest first: role, programme, by whom given and ended. */
async function rowsOf(personId: number) {
  const { rows } = await sql<{ role: string; programme_id: string | null; granted_by: string | null; removed_by: string | null; ended: boolean }>`
    select role, programme_id, granted_by_person_id as granted_by, removed_by_person_id as removed_by, removed_at is not null as ended
      from staff_roles where person_id = ${personId} order by id`.execute(t.db);
  const id = (v: string | null) => (v === null ? null : Number(v));
  return rows.map((r) => ({ role: r.role, programme: id(r.programme_id), grantedBy: id(r.granted_by), removedBy: id(r.removed_by), ended: r.ended }));
}

/** A live console session for her, as a login link makes one. */
async function sessionOf(personId: number): Promise<string> {
  const { token } = await issueLogin(t.db, personId, clock.now());
  const session = await loginWithLink(t.db, token, 'roles', clock.now());
  if (typeof session === 'string') throw new Error(session);
  return session.token;
}
/** Her sessions not ended, by why they ended (null: live). */
async function sessionsOf(personId: number) {
  const { rows } = await sql<{ end_reason: string | null }>`select end_reason from console_sessions where person_id = ${personId} order by id`.execute(t.db);
  return rows.map((r) => r.end_reason);
}
const liveSession = async (token: string) => (await viewerOf(t.db, token, clock.now())) !== undefined;

const backendPid = async (db: Db) => (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db)).rows[0]!.pid;
/** How many backends wait, directly or behind another waiter, on this one's locks. */
async function waitingOn(pid: number): Promise<number> {
  const { rows } = await sql<{ n: string }>`
    with recursive waiting(pid) as (
      select pid from pg_stat_activity where ${pid}::int = any(pg_blocking_pids(pid))
      union select a.pid from pg_stat_activity a join waiting on waiting.pid = any(pg_blocking_pids(a.pid)))
    select count(*) as n from waiting`.execute(t.db);
  return Number(rows[0]!.n);
}
/**
 * Starts `race` while a third transaction holds the live admins' rows and hers locked, and
 * lets go only once `waiters` of its requests wait on them: they meet at the lock every time.
 */
async function whileRolesLocked<T>(personId: number, waiters: number, race: () => Promise<T>[]): Promise<T[]> {
  let started: Promise<T>[] = [];
  await t.db.transaction().execute(async (trx) => {
    await lockRoles(trx, personId);
    const pid = await backendPid(trx);
    started = race();
    for (const p of started) p.catch(() => undefined);
    await eventually(async () => (await waitingOn(pid)) >= waiters, { what: `${waiters} requests to wait on the roles' locks` });
  });
  return Promise.all(started);
}

describe('giving and taking console roles', () => {
  it('makes a facilitator a programme manager, moves her to another programme, makes her an admin, then takes the role away', async () => {
    const fitri = w.fitri.personId;
    const session = await sessionOf(fitri);
    // Each of these sees more than the last: her session, opened as a facilitator, ends with the first.
    expect(await changeRoleAs(t.db, admin, fitri, { role: 'manager', programmeId: String(w.programmeA) }, clock.now())).toEqual({ changed: true, sessionsEnded: 1 });
    expect(await resolveScope(t.db, fitri)).toMatchObject({ role: 'manager', programmeId: w.programmeA });
    expect(await liveSession(session)).toBe(false);
    expect(await changeRoleAs(t.db, admin, fitri, { role: 'manager', programmeId: String(w.programmeB) }, clock.now())).toEqual({ changed: true, sessionsEnded: 0 });
    expect(await resolveScope(t.db, fitri)).toMatchObject({ role: 'manager', programmeId: w.programmeB });
    expect(await changeRoleAs(t.db, admin, fitri, { role: 'admin', programmeId: '' }, clock.now())).toEqual({ changed: true, sessionsEnded: 0 });
    expect(await resolveScope(t.db, fitri)).toMatchObject({ role: 'admin' });
    // Taken away: she is a facilitator still, so her groups' view and her session (narrowed) stay.
    const asAdmin = await sessionOf(fitri);
    expect(await changeRoleAs(t.db, admin, fitri, { role: 'none', programmeId: '' }, clock.now())).toEqual({ changed: true, sessionsEnded: 0 });
    expect(await resolveScope(t.db, fitri)).toMatchObject({ role: 'facilitator', facilitatorId: w.fitri.facilitatorId });
    expect(await liveSession(asAdmin)).toBe(true);
    expect(await sessionsOf(fitri)).toEqual(['role_changed', null]);
    // Every step kept with the admin who made it: the old role ended and the new one given.
    expect(await rowsOf(fitri)).toEqual([
      { role: 'manager', programme: w.programmeA, grantedBy: w.admin, removedBy: w.admin, ended: true },
      { role: 'manager', programme: w.programmeB, grantedBy: w.admin, removedBy: w.admin, ended: true },
      { role: 'admin', programme: null, grantedBy: w.admin, removedBy: w.admin, ended: true },
    ]);
  });

  it('retires her unused logins on every change, and ends her sessions whenever the new role sees more', async () => {
    const sari = (await insertPerson(t.db, { name: 'Sari', phone: '+6281300000556', timeZone: TZ })).id;
    const now = clock.now();
    expect(await changeRoleAs(t.db, admin, sari, { role: 'manager', programmeId: String(w.programmeA) }, now)).toEqual({ changed: true, sessionsEnded: 0 });
    // A session of hers as manager, and a one-time link made for her (as a manager may make one for a facilitator) and kept unused.
    const asManager = await sessionOf(sari);
    const kept = await issueLogin(t.db, sari, now);
    expect(await changeRoleAs(t.db, admin, sari, { role: 'admin', programmeId: '' }, now)).toEqual({ changed: true, sessionsEnded: 1 });
    expect(await loginWithLink(t.db, kept.token, 'roles', now)).toBe('bad_link');
    expect(await liveSession(asManager)).toBe(false);
    // Narrower (admin to manager): her session stays, but a link made for the admin she was does not.
    const asAdmin = await sessionOf(sari);
    const keptAsAdmin = await issueLogin(t.db, sari, now);
    expect(await changeRoleAs(t.db, admin, sari, { role: 'manager', programmeId: String(w.programmeB) }, now)).toEqual({ changed: true, sessionsEnded: 0 });
    expect(await loginWithLink(t.db, keptAsAdmin.token, 'roles', now)).toBe('bad_link');
    expect((await viewerOf(t.db, asAdmin, now))?.scope).toMatchObject({ role: 'manager', programmeId: w.programmeB });
    // Another programme: what she sees is not what the session was opened for.
    expect(await changeRoleAs(t.db, admin, sari, { role: 'manager', programmeId: String(w.programmeA) }, now)).toEqual({ changed: true, sessionsEnded: 1 });
    expect(await liveSession(asAdmin)).toBe(false);
    // No role left: out, as before.
    const last = await sessionOf(sari);
    expect(await changeRoleAs(t.db, admin, sari, { role: 'none', programmeId: '' }, now)).toEqual({ changed: true, sessionsEnded: 1 });
    expect(await liveSession(last)).toBe(false);
    expect(await sessionsOf(sari)).toEqual(['role_changed', 'role_changed', 'role_removed']);
    // Giving a role she holds changes nothing, so her logins stay usable.
    await changeRoleAs(t.db, admin, sari, { role: 'manager', programmeId: String(w.programmeA) }, now);
    const fresh = await issueLogin(t.db, sari, now);
    expect(await changeRoleAs(t.db, admin, sari, { role: 'manager', programmeId: String(w.programmeA) }, now)).toEqual({ changed: false, sessionsEnded: 0 });
    expect(typeof (await loginWithLink(t.db, fresh.token, 'roles', now))).toBe('object');
    await changeRoleAs(t.db, admin, sari, { role: 'none', programmeId: '' }, now);
  });

  it('logs out at once someone left with no console role at all', async () => {
    expect(await changeRoleAs(t.db, admin, rani, { role: 'manager', programmeId: String(w.programmeA) }, clock.now())).toEqual({ changed: true, sessionsEnded: 0 });
    const session = await sessionOf(rani);
    expect(await liveSession(session)).toBe(true);
    expect(await changeRoleAs(t.db, admin, rani, { role: 'none', programmeId: '' }, clock.now())).toEqual({ changed: true, sessionsEnded: 1 });
    expect(await liveSession(session)).toBe(false);
    expect(await sessionsOf(rani)).toEqual(['role_removed']);
    expect(await resolveScope(t.db, rani)).toBeUndefined();
    // Nothing left to take: no change, nothing written.
    expect(await changeRoleAs(t.db, admin, rani, { role: 'none', programmeId: '' }, clock.now())).toEqual({ changed: false, sessionsEnded: 0 });
    expect(await rowsOf(rani)).toHaveLength(1);
  });

  it('writes nothing when she holds that role already', async () => {
    const before = await rowsOf(w.maya);
    expect(await changeRoleAs(t.db, admin, w.maya, { role: 'manager', programmeId: String(w.programmeA) }, clock.now())).toEqual({ changed: false, sessionsEnded: 0 });
    expect(await rowsOf(w.maya)).toEqual(before);
  });

  it('refuses to end or lower the last admin’s role, in the console and through the command line’s service', async () => {
    for (const role of ['none', 'manager']) {
      expect(await changeRoleAs(t.db, admin, w.admin, { role, programmeId: String(w.programmeA) }, clock.now())).toEqual({ error: { field: 'role', code: 'last_admin' } });
    }
    await expect(t.db.transaction().execute((trx) => removeStaffRole(trx, w.admin, clock.now()))).rejects.toSatisfy((e) => e instanceof DomainError && e.code === 'last_admin');
    expect(await liveStaffRole(t.db, w.admin)).toEqual({ role: 'admin', programmeId: null });
  });

  it('lets one of two admins step down, and never both at once', async () => {
    await changeRoleAs(t.db, admin, rani, { role: 'admin', programmeId: '' }, clock.now());
    const raniScope = (await resolveScope(t.db, rani))!;
    // Each ends the other's role at the same moment: both wait on the live admins, then go one after the other.
    const results = await whileRolesLocked(rani, 2, () => [
      changeRoleAs(t.db, admin, rani, { role: 'none', programmeId: '' }, clock.now()),
      changeRoleAs(t.db, raniScope, w.admin, { role: 'none', programmeId: '' }, clock.now()),
    ]);
    // The first ends the other's role; the second finds its admin is one no more.
    expect(results.filter((r) => r === undefined)).toHaveLength(1);
    expect(results.filter((r) => r && !('error' in r) && r.changed)).toHaveLength(1);
    const { rows } = await sql<{ n: string }>`select count(*) as n from staff_roles where role = 'admin' and removed_at is null`.execute(t.db);
    expect(Number(rows[0]!.n)).toBe(1);
    // Put the world back: the first admin is the admin, Rani has no role.
    if (!(await liveStaffRole(t.db, w.admin))) {
      await changeRoleAs(t.db, raniScope, w.admin, { role: 'admin', programmeId: '' }, clock.now());
      await changeRoleAs(t.db, admin, rani, { role: 'none', programmeId: '' }, clock.now());
    }
    expect(await liveStaffRole(t.db, w.admin)).toEqual({ role: 'admin', programmeId: null });
    expect(await liveStaffRole(t.db, rani)).toBeUndefined();
  });

  it('refuses a change by an admin whose own role is being taken while it waits', async () => {
    const tari = (await insertPerson(t.db, { name: 'Tari', phone: null, timeZone: TZ })).id;
    await changeRoleAs(t.db, admin, tari, { role: 'admin', programmeId: '' }, clock.now());
    const tariScope = (await resolveScope(t.db, tari))!;
    const gita = w.gita.personId;
    // Her role is taken in a transaction not yet committed; her change (begun under her admin page) waits on it.
    let change: Promise<Awaited<ReturnType<typeof changeRoleAs>>> | undefined;
    await t.db.transaction().execute(async (trx) => {
      expect(await removeStaffRole(trx, tari, clock.now(), w.admin)).toBe(true);
      const pid = await backendPid(trx);
      change = changeRoleAs(t.db, tariScope, gita, { role: 'manager', programmeId: String(w.programmeA) }, clock.now());
      change.catch(() => undefined);
      await eventually(async () => (await waitingOn(pid)) >= 1, { what: 'her change to wait on the lock' });
    });
    expect(await change).toBeUndefined();
    expect(await liveStaffRole(t.db, gita)).toBeUndefined();
  });

  it('takes a double submit of the same change once: one live row, one change in the audit, in the console and the command line', async () => {
    const uli = (await insertPerson(t.db, { name: 'Uli', phone: null, timeZone: TZ })).id;
    const makeAdmin = () => changeRoleAs(t.db, admin, uli, { role: 'admin', programmeId: '' }, clock.now());
    expect(await whileRolesLocked(uli, 2, () => [makeAdmin(), makeAdmin()])).toEqual(expect.arrayContaining([{ changed: true, sessionsEnded: 0 }, { changed: false, sessionsEnded: 0 }]));
    // The command line's `staff grant`, twice at once.
    const grant = () => t.db.transaction().execute((trx) => grantConsoleRole(trx, uli, 'manager', w.programmeB, clock.now()));
    expect((await whileRolesLocked(uli, 2, () => [grant(), grant()])).sort()).toEqual([false, true]);
    expect(await rowsOf(uli)).toEqual([
      { role: 'admin', programme: null, grantedBy: w.admin, removedBy: null, ended: true },
      { role: 'manager', programme: w.programmeB, grantedBy: null, removedBy: null, ended: false },
    ]);
    await t.db.transaction().execute((trx) => removeStaffRole(trx, uli, clock.now()));
  });

  it('changes roles only inside a transaction (outside one, the locks that keep an admin would guard nothing)', async () => {
    await expect(removeStaffRole(t.db, rani, clock.now())).rejects.toThrow(/inside a transaction/);
    await expect(grantConsoleRole(t.db, rani, 'admin', undefined, clock.now())).rejects.toThrow(/inside a transaction/);
    expect(await liveStaffRole(t.db, rani)).toBeUndefined();
  });

  it('refuses an unknown programme or role next to its field, and an unknown person', async () => {
    const gita = w.gita.personId;
    expect(await changeRoleAs(t.db, admin, gita, { role: 'manager', programmeId: '999999' }, clock.now())).toEqual({ error: { field: 'programmeId', code: 'programme_not_found' } });
    expect(await changeRoleAs(t.db, admin, gita, { role: 'manager', programmeId: '' }, clock.now())).toEqual({ error: { field: 'programmeId', code: 'programme_not_found' } });
    expect(await changeRoleAs(t.db, admin, gita, { role: 'boss', programmeId: '' }, clock.now())).toEqual({ error: { field: 'role', code: 'role_invalid' } });
    expect(await rowsOf(gita)).toEqual([]);
    expect(await changeRoleAs(t.db, admin, 999_999, { role: 'admin', programmeId: '' }, clock.now())).toBeUndefined();
    expect(await roleTarget(t.db, admin, 999_999)).toBeUndefined();
  });

  it('finds a person by her phone, however it is written', async () => {
    expect(await personByPhoneAs(t.db, admin, '0813 0000 0555')).toEqual({ personId: rani });
    expect(await personByPhoneAs(t.db, admin, '+62 813-0000-0555')).toEqual({ personId: rani });
    expect(await personByPhoneAs(t.db, admin, '0813 9999 9999')).toEqual({ error: { field: 'phone', code: 'person_not_found' } });
    expect(await personByPhoneAs(t.db, admin, 'abc')).toEqual({ error: { field: 'phone', code: 'phone_invalid' } });
    expect(await personByPhoneAs(t.db, admin, '  ')).toEqual({ error: { field: 'phone', code: 'phone_missing' } });
    expect(await roleTarget(t.db, admin, w.hana.personId)).toEqual({ personId: w.hana.personId, name: 'Hana', staff: null, facilitator: true, self: false });
    expect(await roleTarget(t.db, admin, w.nina)).toEqual({ personId: w.nina, name: 'Nina', staff: { role: 'manager', programmeId: w.programmeB }, facilitator: false, self: false });
  });

  it('lets a manager or a facilitator do none of it', async () => {
    for (const personId of [w.maya, w.gita.personId]) {
      const scope = (await resolveScope(t.db, personId))!;
      expect(await roleTarget(t.db, scope, rani)).toBeUndefined();
      expect(await personByPhoneAs(t.db, scope, '0813 0000 0555')).toBeUndefined();
      expect(await changeRoleAs(t.db, scope, rani, { role: 'admin', programmeId: '' }, clock.now())).toBeUndefined();
      expect(await changeRoleAs(t.db, scope, personId, { role: 'admin', programmeId: '' }, clock.now())).toBeUndefined();
    }
    expect(await liveStaffRole(t.db, rani)).toBeUndefined();
    expect(await liveStaffRole(t.db, w.gita.personId)).toBeUndefined();
  });
});

describe('the role pages', () => {
  let app: ReturnType<typeof createConsoleApp>;
  let cookie: string;
  let csrf: string;
  beforeAll(async () => {
    app = createConsoleApp({ db: t.db, clock, log: silentLogger(), timeZone: TZ, secureCookies: false, sendLoginCode: async () => true, clientOf: () => 'roles' });
    cookie = `${SESSION_COOKIE}=${await sessionOf(w.admin)}`;
    csrf = /name="csrf" value="([^"]+)"/.exec(await (await app.request('/', { headers: { cookie } })).text())![1]!;
  });
  const get = async (path: string) => {
    const res = await app.request(path, { headers: { cookie } });
    return { status: res.status, body: await res.text() };
  };
  const post = (path: string, fields: Record<string, string>) =>
    app.request(path, { method: 'POST', body: new URLSearchParams({ csrf, ...fields }), headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, redirect: 'manual' });
  const errorOf = (body: string) => /data-k="error" data-field="([^"]+)" data-value="([^"]+)"/.exec(body)?.slice(1, 3) ?? null;

  it('the staff list offers an admin each person’s role page and "Beri peran"', async () => {
    const list = await get('/staf');
    expect(list.body).toContain('href="/staf/peran" data-k="give-role"');
    expect(list.body).toContain(`href="/staf/${w.hana.personId}/peran" data-k="change-role"`);
    expect(list.body).toContain(`href="/staf/${w.admin}/peran" data-k="change-role"`);
  });

  it('finds her by phone, refusing an unknown or malformed number next to the field', async () => {
    const found = await post('/staf/peran', { phone: '0813-0000-0555' });
    expect(found.status).toBe(303);
    expect(found.headers.get('location')).toBe(`/staf/${rani}/peran`);
    for (const [phone, code] of [['0813 1111 2222', 'person_not_found'], ['12', 'phone_invalid'], ['', 'phone_missing']] as const) {
      const res = await post('/staf/peran', { phone });
      expect(res.status).toBe(422);
      const body = await res.text();
      expect(errorOf(body)).toEqual(['phone', code]);
      expect(body).toContain(staffRolesId.errors[code]);
      expect(body).toContain('aria-invalid="true"');
    }
  });

  it('makes Hana a manager of programme B from her page, shows it saved, and the audit names the admin', async () => {
    const page = await get(`/staf/${w.hana.personId}/peran`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('data-k="role-now" data-role="facilitator"');
    // No staff role yet: nothing to take away, nothing chosen, no programme picked (one press of Simpan grants nothing).
    expect(page.body).not.toContain('data-k="role-none"');
    expect(page.body).not.toMatch(/name="role"[^>]* checked/);
    expect(page.body).toMatch(/<select id="f-programmeId" name="programmeId">\s*<option value="">/);
    expect(page.body).not.toMatch(/<option [^>]*selected/);
    // She is a facilitator: a staff role would replace her own groups' view, and the form says so.
    expect(page.body).toContain('data-k="facilitator-warning"');
    expect(page.body).toContain(staffRolesId.facilitatorWarning);
    const nothingChosen = await post(`/staf/${w.hana.personId}/peran`, {});
    expect(nothingChosen.status).toBe(422);
    expect(errorOf(await nothingChosen.text())).toEqual(['role', 'role_invalid']);
    expect(await liveStaffRole(t.db, w.hana.personId)).toBeUndefined();
    const saved = await post(`/staf/${w.hana.personId}/peran`, { role: 'manager', programmeId: String(w.programmeB) });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/staf/${w.hana.personId}/peran?n=diubah`);
    const after = await get(saved.headers.get('location')!);
    expect(after.body).toContain('data-k="notice" data-value="saved"');
    expect(after.body).toContain('data-k="role-now" data-role="manager"');
    expect(after.body).toContain('Program Timur');
    expect(after.body).toContain('data-k="role-none"');
    // The same again: nothing changes, and the page says so.
    expect((await post(`/staf/${w.hana.personId}/peran`, { role: 'manager', programmeId: String(w.programmeB) })).headers.get('location')).toBe(`/staf/${w.hana.personId}/peran?n=sama`);

    const audit = await get('/audit?jenis=peran');
    const row = new RegExp(`<tr data-k="audit-row" data-source="staff_granted"[^>]*data-actor="${w.admin}" data-subject="${w.hana.personId}"[^]*?</tr>`).exec(audit.body)?.[0] ?? '';
    expect(row).toContain('Diberi peran manajer program · Program Timur');
    // Taken away: the ended row, by the admin too.
    expect((await post(`/staf/${w.hana.personId}/peran`, { role: 'none' })).status).toBe(303);
    const ended = (await get('/audit?jenis=peran')).body;
    expect(ended).toMatch(new RegExp(`data-source="staff_ended"[^>]*data-actor="${w.admin}" data-subject="${w.hana.personId}"`));
  });

  it('refuses a missing programme and the last admin next to their fields, writing nothing', async () => {
    const noProgramme = await post(`/staf/${w.gita.personId}/peran`, { role: 'manager', programmeId: '' });
    expect(noProgramme.status).toBe(422);
    expect(errorOf(await noProgramme.text())).toEqual(['programmeId', 'programme_not_found']);
    const self = await post(`/staf/${w.admin}/peran`, { role: 'none' });
    expect(self.status).toBe(422);
    const body = await self.text();
    expect(errorOf(body)).toEqual(['role', 'last_admin']);
    expect(body).toContain(staffRolesId.errors.last_admin);
    expect(body).toContain('data-k="self"');
    expect(await liveStaffRole(t.db, w.admin)).toEqual({ role: 'admin', programmeId: null });
    expect(await liveStaffRole(t.db, w.gita.personId)).toBeUndefined();
  });

  it('shows a notice only for the two the address may name', async () => {
    for (const n of ['constructor', 'toString', '__proto__']) {
      const res = await get(`/staf/${rani}/peran?n=${n}`);
      expect(res.status).toBe(200);
      expect(res.body).not.toContain('data-k="notice"');
    }
    // Not a facilitator: no warning about her own groups.
    expect((await get(`/staf/${rani}/peran`)).body).not.toContain('data-k="facilitator-warning"');
  });

  it('answers 404 for someone who does not exist, and 403 without the CSRF token', async () => {
    expect((await get('/staf/999999/peran')).status).toBe(404);
    expect((await post('/staf/999999/peran', { role: 'admin' })).status).toBe(404);
    const forged = await app.request(`/staf/${rani}/peran`, { method: 'POST', body: new URLSearchParams({ role: 'admin' }), headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' } });
    expect(forged.status).toBe(403);
    expect(await liveStaffRole(t.db, rani)).toBeUndefined();
  });
});
