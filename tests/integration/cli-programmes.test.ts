/**
 * The admin command line for the programme office: programmes, regions, moving a group,
 * granting and removing console roles (removal ends her sessions), a one-time login link;
 * bad input is refused with exit code 2 and changes nothing.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { loginWithLink, viewerOf } from '../../src/modules/console-access/console-access.service.ts';
import { resolveScope } from '../../src/modules/programmes/scope.ts';
import { runAdminCommand } from '../helpers/admin-cli.ts';
import { seedConsoleWorld, type ConsoleWorld } from '../helpers/console-world.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

let t: TestDatabase;
let w: ConsoleWorld;
const clock = fixedClock('2026-12-10T05:00:00Z');
const cli = (args: string[]) => runAdminCommand(t.db, clock, args);
async function ok<T = Record<string, unknown>>(args: string[]): Promise<T> {
  const run = await cli(args);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.json<T>();
}

beforeAll(async () => {
  t = await createTestDatabase();
  w = await seedConsoleWorld(t.db);
});
afterAll(async () => t?.drop());

describe('programme', () => {
  it('adds a programme with a region and moves a group into it', async () => {
    const p = await ok<{ id: number; name: string; partner: string }>(['programme', 'add', '--name', 'Program Barat', '--partner', 'Yayasan X']);
    expect(p).toMatchObject({ name: 'Program Barat', partner: 'Yayasan X' });
    const region = await ok<{ id: number }>(['programme', 'region', '--programme', String(p.id), '--kabupaten', 'Bantul', '--kecamatan', 'Imogiri']);
    expect(await ok(['programme', 'move-group', '--group', String(w.mawar), '--programme', String(p.id), '--region', String(region.id)])).toEqual({
      groupId: w.mawar,
      programmeId: p.id,
      regionId: region.id,
    });
    const { rows } = await sql<{ programme_id: string }>`select programme_id from groups where id = ${w.mawar}`.execute(t.db);
    expect(Number(rows[0]!.programme_id)).toBe(p.id);
    const list = await ok<{ name: string }[]>(['programme', 'list']);
    expect(list.map((x) => x.name)).toEqual(['Program utama', 'Program Timur', 'Program Barat']);
  });

  it('refuses an unknown programme or group and changes nothing', async () => {
    const run = await cli(['programme', 'move-group', '--group', String(w.melati), '--programme', '9999']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('programme_not_found');
    expect((await cli(['programme', 'region', '--programme', '9999', '--kabupaten', 'Sleman'])).code).toBe(2);
    expect((await cli(['programme', 'move-group', '--group', '9999', '--programme', String(w.programmeA)])).stderr).toContain('group_not_found');
  });

  it('refuses a kecamatan that is not printable (once dropped silently) and adds no region', async () => {
    const before = (await sql<{ n: string }>`select count(*) as n from regions`.execute(t.db)).rows[0]!.n;
    const run = await cli(['programme', 'region', '--programme', String(w.programmeA), '--kabupaten', 'Sleman', '--kecamatan', '\u200b']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('district_invalid');
    expect((await sql<{ n: string }>`select count(*) as n from regions`.execute(t.db)).rows[0]!.n).toBe(before);
  });

  it("refuses a region of another programme (the service checks it) and leaves the group where it was", async () => {
    const regionOfB = await ok<{ id: number }>(['programme', 'region', '--programme', String(w.programmeB), '--kabupaten', 'Sikka']);
    const run = await cli(['programme', 'move-group', '--group', String(w.melati), '--programme', String(w.programmeA), '--region', String(regionOfB.id)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('region_not_in_programme');
    // A region that does not exist is no region of the programme either.
    expect((await cli(['programme', 'move-group', '--group', String(w.melati), '--programme', String(w.programmeA), '--region', '99999'])).stderr).toContain('region_not_in_programme');
    const { rows } = await sql<{ programme_id: string; region_id: string | null }>`select programme_id, region_id from groups where id = ${w.melati}`.execute(t.db);
    expect({ programme: Number(rows[0]!.programme_id), region: rows[0]!.region_id }).toEqual({ programme: w.programmeA, region: null });
    // The same region with its own programme is fine.
    await ok(['programme', 'move-group', '--group', String(w.kenanga), '--programme', String(w.programmeB), '--region', String(regionOfB.id)]);
  });
});

describe('group create in a programme', () => {
  it('puts the new group in the programme and region given; a region of another programme creates nothing', async () => {
    const region = await ok<{ id: number }>(['programme', 'region', '--programme', String(w.programmeB), '--kabupaten', 'Ende']);
    const create = (name: string, ...more: string[]) =>
      cli(['group', 'create', '--name', name, '--trades', 'asesoris', '--facilitator', String(w.gita.facilitatorId), ...more]);
    const placed = await create('Anggrek', '--programme', String(w.programmeB), '--region', String(region.id));
    expect(placed.stderr).toBe('');
    expect(placed.json()).toMatchObject({ name: 'Anggrek', programmeId: w.programmeB, regionId: region.id });
    const { rows } = await sql<{ programme_id: string; region_id: string }>`select programme_id, region_id from groups where name = 'Anggrek'`.execute(t.db);
    expect(rows.map((r) => [Number(r.programme_id), Number(r.region_id)])).toEqual([[w.programmeB, region.id]]);
    expect((await create('Tulip', '--programme', String(w.programmeB))).json()).toMatchObject({ programmeId: w.programmeB, regionId: null });
    // Without --programme: the programme every new group starts in, as before.
    expect((await create('Dahlia')).json()).not.toHaveProperty('programmeId');
    const { rows: dahlia } = await sql<{ programme_id: string }>`select programme_id from groups where name = 'Dahlia'`.execute(t.db);
    expect(Number(dahlia[0]!.programme_id)).toBe(w.programmeA);

    const wrong = await create('Lili', '--programme', String(w.programmeA), '--region', String(region.id));
    expect([wrong.code, wrong.stderr]).toEqual([2, expect.stringContaining('region_not_in_programme')]);
    expect((await create('Lili', '--region', String(region.id))).stderr).toContain('programme_not_found');
    expect((await create('Lili', '--programme', '9999')).stderr).toContain('programme_not_found');
    const { rows: lili } = await sql`select id from groups where name = 'Lili'`.execute(t.db);
    expect(lili).toEqual([]);
  });
});

describe('staff', () => {
  it('grants a manager, makes a link that logs her in, and removal ends her session', async () => {
    const { rows } = await sql<{ id: string }>`insert into people (name, time_zone) values ('Rani', 'Asia/Jakarta') returning id`.execute(t.db);
    const rani = Number(rows[0]!.id);
    expect(await ok(['staff', 'link', '--person', String(rani)])).toEqual({ personId: rani, role: null });
    expect(await ok(['staff', 'grant', '--person', String(rani), '--role', 'manager', '--programme', String(w.programmeB)])).toEqual({
      personId: rani,
      role: 'manager',
      programmeId: w.programmeB,
    });
    const link = await ok<{ path: string; code: string }>(['staff', 'link', '--person', String(rani)]);
    expect(link.code).toMatch(/^\d{6}$/);
    const session = await loginWithLink(t.db, link.path.split('/').at(-1)!, 'cli-test', clock.now());
    if (typeof session === 'string') throw new Error(session);
    expect((await viewerOf(t.db, session.token, clock.now()))?.scope.role).toBe('manager');

    expect(await ok(['staff', 'remove', '--person', String(rani)])).toEqual({ personId: rani, removed: true, sessionsEnded: 1 });
    expect(await viewerOf(t.db, session.token, clock.now())).toBeUndefined();
  });

  it('a facilitator made an admin: what was made for the facilitator opens nothing; when she loses it she keeps her own groups', async () => {
    // Her session as a facilitator, and a link made for her then (as a manager may) and kept unused.
    const asFacilitator = await ok<{ path: string }>(['staff', 'link', '--person', String(w.gita.personId)]);
    const session = await loginWithLink(t.db, asFacilitator.path.split('/').at(-1)!, 'cli-test', clock.now());
    if (typeof session === 'string') throw new Error(session);
    const kept = await ok<{ path: string }>(['staff', 'link', '--person', String(w.gita.personId)]);
    await ok(['staff', 'grant', '--person', String(w.gita.personId), '--role', 'admin']);
    expect((await resolveScope(t.db, w.gita.personId))?.role).toBe('admin');
    expect(await viewerOf(t.db, session.token, clock.now())).toBeUndefined();
    expect(await loginWithLink(t.db, kept.path.split('/').at(-1)!, 'cli-test', clock.now())).toBe('bad_link');
    expect(await ok(['staff', 'remove', '--person', String(w.gita.personId)])).toMatchObject({ removed: true, sessionsEnded: 0 });
    expect((await resolveScope(t.db, w.gita.personId))?.role).toBe('facilitator');
  });

  it('refuses a manager without a programme, an unknown role or person', async () => {
    expect((await cli(['staff', 'grant', '--person', String(w.maya), '--role', 'manager'])).stderr).toContain('programme_not_found');
    expect((await cli(['staff', 'grant', '--person', String(w.maya), '--role', 'boss'])).stderr).toContain('role_invalid');
    expect((await cli(['staff', 'grant', '--person', '99999', '--role', 'admin'])).stderr).toContain('person_not_found');
    expect((await resolveScope(t.db, w.maya))?.role).toBe('manager');
  });

  it('keeps the last admin: removing or lowering her role is refused, as in the console', async () => {
    const removed = await cli(['staff', 'remove', '--person', String(w.admin)]);
    expect(removed.stderr).toContain('last_admin');
    expect((await cli(['staff', 'grant', '--person', String(w.admin), '--role', 'manager', '--programme', String(w.programmeA)])).stderr).toContain('last_admin');
    expect((await resolveScope(t.db, w.admin))?.role).toBe('admin');
  });
});

describe('naming a person without her id', () => {
  it('staff grant, link and remove take her phone, Telegram id or @username, matched as facilitator add matches', async () => {
    const f = await ok<{ personId: number }>(['facilitator', 'add', '--name', 'Dewi Lestari', '--phone', '0812 7000 1234', '--telegram-id', '70001234']);
    await sql`update identities set username = 'dewi_l' where platform = 'telegram' and external_id = '70001234'`.execute(t.db);
    expect(await ok(['staff', 'grant', '--phone', '+62 812-7000-1234', '--role', 'manager', '--programme', String(w.programmeA)])).toEqual({
      personId: f.personId,
      role: 'manager',
      programmeId: w.programmeA,
    });
    expect(await ok(['staff', 'link', '--telegram-username', '@Dewi_L'])).toMatchObject({ code: expect.stringMatching(/^\d{6}$/) });
    expect(await ok(['staff', 'remove', '--telegram-id', '70001234'])).toMatchObject({ personId: f.personId, removed: true });
    // Details that name two people, no one, or no details at all: refused, nothing changed.
    await ok(['facilitator', 'add', '--name', 'Wulan', '--telegram-id', '70005555']);
    expect((await cli(['staff', 'grant', '--phone', '0812 7000 1234', '--telegram-id', '70005555', '--role', 'admin'])).stderr).toContain('phone_taken');
    expect((await cli(['staff', 'grant', '--phone', '0812 9999 0000', '--role', 'admin'])).stderr).toContain('person_not_found: no person with phone 0812 9999 0000');
    const neither = await cli(['staff', 'grant', '--role', 'admin']);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain('person_which');
    expect((await cli(['staff', 'grant', '--person', String(f.personId), '--phone', '0812 7000 1234', '--role', 'admin'])).stderr).toContain('person_which');
    expect(await resolveScope(t.db, f.personId)).toMatchObject({ role: 'facilitator' });
  });

  it('person find prints ids, names, masked phones and groups', async () => {
    const found = await ok<{ id: number; name: string; phone: string | null; groups: { id: number; name: string }[] }[]>(['person', 'find', '--name', 'lestari']);
    expect(found).toEqual([{ id: expect.any(Number), name: 'Dewi Lestari', phone: '+62 812-••••-1234', groups: [] }]);
    expect(await ok(['person', 'find', '--phone', '081270001234'])).toEqual(found);
    expect(await ok(['person', 'find', '--name', '%'])).toEqual([]);
    expect((await cli(['person', 'find'])).stderr).toContain('person_which');
  });
});
