/**
 * The audit log's rows and who sees them, against real Postgres: each source (entries on a
 * member's behalf, refusals, staff roles, facilitators, member role changes, join code
 * rotations, console logins) appears after its action; each viewer sees only her scope's
 * rows (a scope matrix: the manager of programme B never sees a row of programme A, nor A
 * hers); keyset paging walks every row once, newest first, even with rows at one instant,
 * also for a facilitator of two groups, whose rows are read group by group.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, type AuditRow } from '../../src/modules/audit/audit.service.ts';
import { decodeCursor, type AuditKind } from '../../src/modules/audit/audit.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { issueLogin, loginFromChat, loginWithCode, loginWithLink } from '../../src/modules/console-access/console-access.service.ts';
import { createConsoleApp, SESSION_COOKIE } from '../../src/web/console-app.ts';
import { recordAudit } from '../../src/modules/audit/record-audit.ts';
import { createGroup, groupsRepo, rotateJoinCode, setRole } from '../../src/modules/groups/groups.service.ts';
import { insertEntries } from '../../src/modules/ledger/ledger.repository.ts';
import { removeStaffRole, makeManager } from '../../src/modules/programmes/programmes.service.ts';
import { resolveScope, type Scope } from '../../src/modules/programmes/scope.ts';
import { seedConsoleWorld, type ConsoleWorld } from '../helpers/console-world.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

let t: TestDatabase;
let w: ConsoleWorld;
const AT = new Date('2026-12-10T06:00:00Z');

async function scopeOf(personId: number): Promise<Scope> {
  return (await resolveScope(t.db, personId))!;
}

/** Every row a viewer sees, walking the pages `size` at a time. */
async function allRows(personId: number, kind?: AuditKind, size = 50): Promise<AuditRow[]> {
  const scope = await scopeOf(personId);
  const rows: AuditRow[] = [];
  let before: string | undefined;
  for (let i = 0; i < 1000; i++) {
    const page = await auditLog(t.db, scope, { kind, before: decodeCursor(before), pageSize: size });
    rows.push(...page.rows);
    if (!page.next) return rows;
    before = page.next;
  }
  throw new Error('paging did not end');
}

let ekaSale: number;
let aniSale: number;

beforeAll(async () => {
  t = await createTestDatabase();
  w = await seedConsoleWorld(t.db);
  // On-behalf entries: Fitri for Ani (programme A), Hana for Eka (programme B).
  aniSale = (await insertEntries(t.db, w.members.ani, '2026-12-10', [{ kind: 'sale', amount: 25_000, item: null, quantity: null, unit: null, unitPrice: null }], { messageId: null, rawText: 'x', enteredByPersonId: w.fitri.personId }))[0]!.id;
  ekaSale = (await insertEntries(t.db, w.members.eka, '2026-12-10', [{ kind: 'expense', amount: 7_000, item: null, quantity: null, unit: null, unitPrice: null }], { messageId: null, rawText: 'x', enteredByPersonId: w.hana.personId }))[0]!.id;
  // Her own entry is no on-behalf entry.
  await insertEntries(t.db, w.members.budi, '2026-12-10', [{ kind: 'sale', amount: 1_000, item: null, quantity: null, unit: null, unitPrice: null }], { messageId: null, rawText: 'x', enteredByPersonId: w.members.budi });
  // Refusals: one in Melati, one in Kenanga, one without a group by Eka (B's member), one by a stranger.
  await groupsRepo.recordRefusal(t.db, { personId: w.members.ani, action: 'set_role', reason: 'not_facilitator', groupId: w.melati });
  await groupsRepo.recordRefusal(t.db, { personId: w.members.eka, action: 'set_role', reason: 'not_facilitator', groupId: w.kenanga });
  await groupsRepo.recordRefusal(t.db, { personId: w.members.eka, action: 'on_behalf', reason: 'not_facilitator', groupId: null });
  await groupsRepo.recordRefusal(t.db, { personId: null, action: 'export', reason: 'not_facilitator', groupId: null });
  // Role changes in each programme; setting the same role again is no change.
  await setRole(t.db, w.melati, w.members.budi, 'bendahara', AT, w.fitri.personId);
  await setRole(t.db, w.kenanga, w.members.eka, 'ketua', AT, w.hana.personId);
  await setRole(t.db, w.kenanga, w.members.eka, 'ketua', AT, w.hana.personId);
  await rotateJoinCode(t.db, w.kenanga, { actorPersonId: w.nina, at: AT });
  // A second manager of B comes and goes.
  const { rows } = await sql<{ id: string }>`insert into people (name, time_zone) values ('Oki', 'Asia/Jakarta') returning id`.execute(t.db);
  const oki = Number(rows[0]!.id);
  await makeManager(t.db, oki, w.programmeB, AT);
  await t.db.transaction().execute((trx) => removeStaffRole(trx, oki, new Date(AT.getTime() + 60_000)));
  // Logins: each manager and facilitator asks in chat; a wrong code from nowhere.
  for (const personId of [w.maya, w.nina, w.fitri.personId, w.gita.personId, w.hana.personId]) await loginFromChat(t.db, personId, AT);
  await loginWithCode(t.db, '000000', 'somewhere', AT, undefined);
});
afterAll(async () => {
  await t?.drop();
});

describe('audit log rows', () => {
  it('shows each kind of action to the admin, in plain codes the page turns into words', async () => {
    const rows = await allRows(w.admin);
    const bySource = (s: string) => rows.filter((r) => r.source === s);
    expect(bySource('on_behalf').map((r) => [r.id, r.actor, r.subject, r.what, r.detail]).sort()).toEqual(
      [
        [aniSale, w.fitri.personId, w.members.ani, 'sale', '25000'],
        [ekaSale, w.hana.personId, w.members.eka, 'expense', '7000'],
      ].sort(),
    );
    expect(bySource('refusal')).toHaveLength(4);
    expect(bySource('member_role').map((r) => [r.actor, r.subject, r.groupId, JSON.parse(r.detail!)])).toEqual(
      expect.arrayContaining([
        [w.fitri.personId, w.members.budi, w.melati, { from: 'anggota', to: 'bendahara' }],
        [w.hana.personId, w.members.eka, w.kenanga, { from: 'anggota', to: 'ketua' }],
      ]),
    );
    expect(bySource('member_role')).toHaveLength(2);
    expect(bySource('join_code_rotated').map((r) => [r.actor, r.groupId, r.groupName])).toEqual([[w.nina, w.kenanga, 'Kenanga']]);
    expect(bySource('staff_granted').length).toBe(4);
    expect(bySource('staff_ended').map((r) => r.detail)).toEqual(['Program Timur']);
    expect(bySource('facilitator_assigned').map((r) => r.groupId).sort()).toEqual([w.melati, w.mawar, w.kenanga].sort());
    expect(bySource('login').length).toBe(5);
    expect(bySource('login_refused').map((r) => [r.actor, r.what, r.detail])).toEqual([[null, 'code', 'wrong_code']]);
    // Newest first.
    const times = rows.map((r) => r.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('filters by kind', async () => {
    expect(new Set((await allRows(w.admin, 'on_behalf')).map((r) => r.source))).toEqual(new Set(['on_behalf']));
    expect(new Set((await allRows(w.admin, 'role')).map((r) => r.source))).toEqual(new Set(['staff_granted', 'staff_ended', 'facilitator_assigned', 'member_role']));
    expect(new Set((await allRows(w.admin, 'login')).map((r) => r.source))).toEqual(new Set(['login', 'login_refused']));
    expect((await allRows(w.admin, 'join_code')).map((r) => r.source)).toEqual(['join_code_rotated']);
  });

  it('pages by keyset: every row once, in order, with many rows at one instant', async () => {
    const whole = await allRows(w.admin);
    const paged = await allRows(w.admin, undefined, 3);
    expect(paged.map((r) => `${r.source}:${r.id}`)).toEqual(whole.map((r) => `${r.source}:${r.id}`));
    expect(new Set(paged.map((r) => `${r.source}:${r.id}`)).size).toBe(paged.length);
    expect(whole.length).toBeGreaterThan(20);
  });
});

describe('audit scope matrix', () => {
  const programmeAGroups = () => new Set([w.melati, w.mawar]);
  const programmeAPeople = () => new Set([w.members.ani, w.members.budi, w.members.citra, w.members.dewi, w.fitri.personId, w.gita.personId, w.maya]);
  const programmeBPeople = () => new Set([w.members.eka, w.hana.personId, w.nina]);
  const touches = (r: AuditRow, groups: Set<number>, people: Set<number>) =>
    (r.groupId !== null && groups.has(r.groupId)) || (r.actor !== null && people.has(r.actor)) || (r.subject !== null && people.has(r.subject));

  it('manager of B never sees programme A, and sees B whole', async () => {
    const rows = await allRows(w.nina);
    expect(rows.filter((r) => touches(r, programmeAGroups(), programmeAPeople()))).toEqual([]);
    expect(rows.some((r) => r.source === 'on_behalf' && r.subject === w.members.eka)).toBe(true);
    expect(rows.filter((r) => r.source === 'refusal').map((r) => r.groupId).sort()).toEqual([null, w.kenanga].sort());
    expect(rows.some((r) => r.source === 'member_role' && r.groupId === w.kenanga)).toBe(true);
    expect(rows.some((r) => r.source === 'join_code_rotated')).toBe(true);
    expect(rows.filter((r) => r.source === 'login').map((r) => r.actor).sort()).toEqual([w.hana.personId, w.nina].sort());
    expect(rows.filter((r) => r.source === 'staff_granted' || r.source === 'staff_ended').every((r) => r.detail === 'Program Timur')).toBe(true);
    // The stranger's refusal and the wrong code from nowhere are the admin's alone.
    expect(rows.some((r) => r.actor === null && (r.source === 'refusal' || r.source === 'login_refused'))).toBe(false);
  });

  it('manager of A never sees programme B', async () => {
    const rows = await allRows(w.maya);
    expect(rows.filter((r) => touches(r, new Set([w.kenanga]), programmeBPeople()))).toEqual([]);
    expect(rows.some((r) => r.source === 'on_behalf' && r.subject === w.members.ani)).toBe(true);
    expect(rows.filter((r) => r.source === 'login').map((r) => r.actor).sort()).toEqual([w.maya, w.fitri.personId, w.gita.personId].sort());
  });

  it('a facilitator sees her own groups and her own logins only', async () => {
    const rows = await allRows(w.fitri.personId);
    expect(rows.filter((r) => r.groupId !== null && r.groupId !== w.melati)).toEqual([]);
    expect(rows.filter((r) => r.source === 'login').map((r) => r.actor)).toEqual([w.fitri.personId]);
    expect(rows.filter((r) => r.source === 'staff_granted' || r.source === 'staff_ended')).toEqual([]);
    expect(rows.some((r) => r.source === 'member_role' && r.subject === w.members.budi)).toBe(true);
    expect(rows.some((r) => r.source === 'on_behalf' && r.subject === w.members.ani)).toBe(true);
    const gita = await allRows(w.gita.personId);
    expect(gita.filter((r) => r.groupId !== null && r.groupId !== w.mawar)).toEqual([]);
    expect(gita.some((r) => r.source === 'on_behalf')).toBe(false);
    expect(gita.filter((r) => r.source === 'login').map((r) => r.actor)).toEqual([w.gita.personId]);
  });
});

describe('GET /audit by role (HTTP, the real routes)', () => {
  const clock = fixedClock('2026-12-10T07:00:00Z');
  const app = () => createConsoleApp({ db: t.db, clock, log: silentLogger(), timeZone: 'Asia/Jakarta', secureCookies: false, sendLoginCode: async () => true, clientOf: () => 'matrix' });

  async function page(personId: number, path = '/audit') {
    const { token } = await issueLogin(t.db, personId, clock.now());
    const session = await loginWithLink(t.db, token, 'matrix', clock.now());
    if (typeof session === 'string') return { status: session, body: '' };
    const res = await app().request(path, { headers: { cookie: `${SESSION_COOKIE}=${session.token}` } });
    return { status: res.status, body: await res.text() };
  }

  it('answers every role with her own rows; no role, no page', async () => {
    for (const personId of [w.admin, w.maya, w.nina, w.fitri.personId, w.gita.personId]) {
      const { status, body } = await page(personId);
      const shown = (body.match(/data-k="audit-row"/g) ?? []).length;
      const expected = Math.min(50, (await allRows(personId)).length);
      expect({ personId, status, shown }).toEqual({ personId, status: 200, shown: expected });
    }
    // Manager B's page names nothing of programme A.
    const nina = (await page(w.nina)).body;
    for (const name of ['Melati', 'Mawar', 'Ani', 'Budi', 'Fitri', 'Gita', 'Maya']) expect(nina).not.toContain(`>${name}<`);
    // A member without a console role never gets a session; without one, the page sends to login.
    expect((await page(w.members.ani)).status).toBe('no_role');
    const anonymous = await app().request('/audit');
    expect([anonymous.status, anonymous.headers.get('location')]).toEqual([303, '/masuk']);
  });

  it('shows the kind asked for, and ignores a made-up kind or cursor (first page of everything)', async () => {
    const roles = await page(w.admin, '/audit?jenis=peran');
    expect(roles.body).not.toContain('data-source="login"');
    expect(roles.body).toContain('data-source="member_role"');
    const junk = await page(w.admin, '/audit?jenis=apa&sebelum=%27%3B%20drop');
    expect(junk.status).toBe(200);
    expect((junk.body.match(/data-k="audit-row"/g) ?? []).length).toBe(Math.min(50, (await allRows(w.admin)).length));
  });
});

describe('a facilitator of several groups (read group by group)', () => {
  it('pages through her groups\' rows in one order, every row once, with rows of two groups at one instant', async () => {
    // Fitri takes a second group; refusals and role changes fall in both at the same instants.
    const anggrek = (await createGroup(t.db, { name: 'Anggrek', trades: ['kuliner'], facilitatorId: w.fitri.facilitatorId, timeZone: 'Asia/Jakarta' })).id;
    const at = ['2026-12-09T01:00:00Z', '2026-12-09T02:00:00Z', '2026-12-09T02:00:00Z', '2026-12-09T03:00:00Z'];
    for (const groupId of [w.melati, anggrek, w.mawar]) {
      for (const instant of at) {
        await sql`insert into permission_refusals (person_id, action, reason, group_id, at) values (null, 'set_role', 'not_facilitator', ${groupId}, ${instant})`.execute(t.db);
        await recordAudit(t.db, { kind: 'join_code_rotated', at: new Date(instant), actorPersonId: w.fitri.personId, groupId });
      }
    }
    const key = (r: AuditRow) => `${r.source}:${r.id}`;
    const whole = await allRows(w.fitri.personId);
    // Page by page, a page smaller than one group's rows: the same rows in the same order.
    expect((await allRows(w.fitri.personId, undefined, 3)).map(key)).toEqual(whole.map(key));
    expect((await allRows(w.fitri.personId, 'join_code', 1)).map(key)).toEqual(whole.filter((r) => r.source === 'join_code_rotated').map(key));
    // Exactly the admin's rows of her two groups, for each source read group by group.
    for (const source of ['refusal', 'join_code_rotated'] as const) {
      const admins = (await allRows(w.admin)).filter((r) => r.source === source && (r.groupId === w.melati || r.groupId === anggrek));
      expect(whole.filter((r) => r.source === source && r.groupId !== null).map(key), source).toEqual(admins.map(key));
    }
    expect(whole.filter((r) => r.groupId === anggrek && r.source === 'refusal')).toHaveLength(4);
    expect(whole.some((r) => r.groupId === w.mawar)).toBe(false);
  });
});
