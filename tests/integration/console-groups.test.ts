/**
 * The console's groups list and group page over HTTP against the real routes and Postgres
 * (tests/e2e/console-groups-browser.test.ts has the browser): who may see and rotate what
 * (the scope matrix), the join-code rotation (the old code stops working for the chat's
 * join service, and the rotation is logged), the "stopped recording this month" filter in
 * each group's own time zone, the orders and the paging; the arrears SQL against the loans
 * module's own `standing()` loan by loan; every group's recording figures (from the rollups
 * of migrations 024 and 027) against plain SQL over entries, also when a member has entries
 * dated after her group's today and when the writer's session has another TimeZone.
 */
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { DomainError } from '../../src/core/errors.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { issueLogin, loginWithLink } from '../../src/modules/console-access/console-access.service.ts';
import { auditLog } from '../../src/modules/audit/audit.service.ts';
import { addFacilitator, addMember, createGroup, groupsRepo, joinByCode, requireGroup } from '../../src/modules/groups/groups.service.ts';
import { groupList } from '../../src/modules/indicators/group-list.service.ts';
import { insertEntries } from '../../src/modules/ledger/ledger.repository.ts';
import { arrearsOfGroups } from '../../src/modules/loans/group-loans.repository.ts';
import { standing } from '../../src/modules/loans/loans.ts';
import { createLoan, recordPayment } from '../../src/modules/loans/loans.service.ts';
import { loanBooksOf } from '../../src/modules/loans/portfolio.repository.ts';
import { insertPerson } from '../../src/modules/people/people.repository.ts';
import { createProgramme, makeManager, moveGroupToProgramme } from '../../src/modules/programmes/programmes.service.ts';
import { resolveScope, scopedGroups, type Scope } from '../../src/modules/programmes/scope.ts';
import { createConsoleApp, SESSION_COOKIE } from '../../src/web/console-app.ts';
import { seedConsoleWorld, type ConsoleWorld } from '../helpers/console-world.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

let t: TestDatabase;
let w: ConsoleWorld;
const clock = fixedClock('2026-12-10T05:00:00Z');
let app: ReturnType<typeof createConsoleApp>;
/** Extra groups of programme A: Anggrek (Fitri's; its one member last recorded in November) and a group loan in arrears. */
let anggrek: number;
let gina: number;
const AT = new Date('2026-12-10T05:00:00Z');

async function entry(personId: number, date: string, kind: 'sale' | 'expense', amount: number) {
  await insertEntries(t.db, personId, date, [{ kind, amount, item: null, quantity: null, unit: null, unitPrice: null }], { messageId: null, rawText: 'test' });
}

beforeAll(async () => {
  t = await createTestDatabase();
  w = await seedConsoleWorld(t.db);
  anggrek = (await createGroup(t.db, { name: 'Anggrek', trades: ['kuliner'], facilitatorId: w.fitri.facilitatorId, district: 'Cibeber', timeZone: 'Asia/Jakarta' })).id;
  gina = (await addMember(t.db, anggrek, { name: 'Gina', telegramId: '1010', timeZone: 'Asia/Jakarta' }, AT)).person.id;
  await entry(gina, '2026-11-25', 'sale', 25_000);
  // A group loan of 600.000 over 6 months from 1 Jul (100.000 due the 1st of Aug … Jan): 250.000 paid.
  const loan = await createLoan(t.db, { groupId: anggrek }, { principal: 600_000, annualRatePercent: 0, months: 6, method: 'flat', disbursed: '2026-07-01', dueDay: 1 }, AT);
  await recordPayment(t.db, loan.id, 250_000, '2026-09-01', { status: 'confirmed', at: AT });
  await groupsRepo.linkChat(t.db, { groupId: w.melati, platform: 'telegram', chatId: '-100123', byPersonId: w.fitri.personId });
  app = createConsoleApp({ db: t.db, clock, log: silentLogger(), timeZone: 'Asia/Jakarta', secureCookies: false, sendLoginCode: async () => true, clientOf: () => 'test' });
});
afterAll(async () => t?.drop());

/** A logged-in viewer: her session cookie and her session's CSRF token (read from a page). */
async function session(personId: number) {
  const { token } = await issueLogin(t.db, personId, clock.now());
  const s = await loginWithLink(t.db, token, 'test', clock.now());
  if (typeof s === 'string') throw new Error(s);
  const cookie = `${SESSION_COOKIE}=${s.token}`;
  const get = async (path: string) => {
    const res = await app.request(path, { headers: { cookie } });
    return { status: res.status, location: res.headers.get('location'), body: await res.text() };
  };
  const csrf = /name="csrf" value="([^"]+)"/.exec((await get('/')).body)![1]!;
  const post = async (path: string, fields: Record<string, string>) => {
    const res = await app.request(path, { method: 'POST', body: new URLSearchParams(fields), headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' } });
    return { status: res.status, location: res.headers.get('location') };
  };
  return { get, post, csrf };
}

/** The list's rows: group id → its data-k values (and data-count where given). */
function listed(body: string): Map<number, Record<string, { value: string; count?: string }>> {
  const rows = new Map<number, Record<string, { value: string; count?: string }>>();
  for (const m of body.matchAll(/<tr data-group="(\d+)">([\s\S]*?)<\/tr>/g)) {
    const cells: Record<string, { value: string; count?: string }> = {};
    for (const c of m[2]!.matchAll(/data-k="([\w-]+)"(?: data-value="([^"]*)")?(?: data-count="(\d+)")?/g)) cells[c[1]!] = { value: c[2] ?? '', ...(c[3] ? { count: c[3] } : {}) };
    rows.set(Number(m[1]), cells);
  }
  return rows;
}
const attr = (body: string, key: string) => new RegExp(`data-k="${key}" data-value="([^"]*)"`).exec(body)?.[1];

describe('who sees and rotates what (scope matrix)', () => {
  it('own group and another programme’s group: 200 or 404, rotation 303 or 404, no CSRF 403', async () => {
    const matrix: { who: string; personId: number; melati: 200 | 404; kenanga: 200 | 404; list: number[] }[] = [
      { who: 'admin', personId: w.admin, melati: 200, kenanga: 200, list: [w.melati, w.mawar, w.kenanga, anggrek] },
      { who: 'manager of programme A', personId: w.maya, melati: 200, kenanga: 404, list: [w.melati, w.mawar, anggrek] },
      { who: 'manager of programme B', personId: w.nina, melati: 404, kenanga: 200, list: [w.kenanga] },
      { who: 'facilitator of the group', personId: w.fitri.personId, melati: 200, kenanga: 404, list: [w.melati, anggrek] },
      { who: 'another facilitator', personId: w.gita.personId, melati: 404, kenanga: 404, list: [w.mawar] },
    ];
    for (const row of matrix) {
      const s = await session(row.personId);
      const seen = [...listed((await s.get('/kelompok')).body).keys()].sort((a, b) => a - b);
      expect({ who: row.who, seen }).toEqual({ who: row.who, seen: [...row.list].sort((a, b) => a - b) });
      for (const [groupId, expected] of [
        [w.melati, row.melati],
        [w.kenanga, row.kenanga],
      ] as const) {
        const page = await s.get(`/kelompok/${groupId}`);
        expect({ who: row.who, groupId, status: page.status }).toEqual({ who: row.who, groupId, status: expected });
        // Out of scope is the very page a missing id gets: it reveals nothing.
        if (expected === 404) expect(page.body).toBe((await s.get('/kelompok/987654')).body);
        const before = (await requireGroup(t.db, groupId)).joinCode;
        expect((await s.post(`/kelompok/${groupId}/kode-gabung`, {})).status).toBe(403);
        expect((await s.post(`/kelompok/${groupId}/kode-gabung`, { csrf: 'x'.repeat(43) })).status).toBe(403);
        expect((await requireGroup(t.db, groupId)).joinCode).toBe(before);
        const rotated = await s.post(`/kelompok/${groupId}/kode-gabung`, { csrf: s.csrf });
        expect({ who: row.who, groupId, status: rotated.status }).toEqual({ who: row.who, groupId, status: expected === 200 ? 303 : 404 });
        const after = (await requireGroup(t.db, groupId)).joinCode;
        expect(after === before).toBe(expected === 404);
      }
    }
  });

  it('without a session (no role can have one): to the login page, nothing rotated', async () => {
    const before = (await requireGroup(t.db, w.melati)).joinCode;
    for (const path of ['/kelompok', `/kelompok/${w.melati}`]) {
      const res = await app.request(path);
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/masuk');
    }
    const res = await app.request(`/kelompok/${w.melati}/kode-gabung`, { method: 'POST', body: new URLSearchParams({ csrf: 'x' }), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(res.status).toBe(303);
    expect((await requireGroup(t.db, w.melati)).joinCode).toBe(before);
    // A member without a console role cannot log in at all.
    const { token } = await issueLogin(t.db, w.members.ani, clock.now());
    expect(await loginWithLink(t.db, token, 'test', clock.now())).toBe('no_role');
  });
});

describe('join code rotation', () => {
  it('the old code stops working for the chat’s /gabung; the new one works; the rotation is logged', async () => {
    const s = await session(w.maya);
    const oldCode = attr((await s.get(`/kelompok/${w.mawar}`)).body, 'join-code')!;
    expect(oldCode).toBe((await requireGroup(t.db, w.mawar)).joinCode);
    const res = await s.post(`/kelompok/${w.mawar}/kode-gabung`, { csrf: s.csrf });
    expect(res.location).toBe(`/kelompok/${w.mawar}?n=kode`);
    const page = (await s.get(res.location!)).body;
    const newCode = attr(page, 'join-code')!;
    expect(page).toContain('data-k="notice"');
    expect(newCode).not.toBe(oldCode);

    const newcomer = await insertPerson(t.db, { name: 'Lina', phone: null, timeZone: 'Asia/Jakarta' });
    await expect(joinByCode(t.db, newcomer.id, oldCode, AT)).rejects.toSatisfy((e) => e instanceof DomainError && e.code === 'code_unknown');
    expect((await joinByCode(t.db, newcomer.id, newCode, AT)).group.id).toBe(w.mawar);

    // The rotation is in the audit log, in the same transaction as the new code.
    const log = await auditLog(t.db, (await resolveScope(t.db, w.maya))!, { kind: 'join_code' });
    expect(log.rows[0]).toMatchObject({ source: 'join_code_rotated', groupId: w.mawar, actor: w.maya, at: clock.now() });
    // Nina (programme B) does not see programme A's rotations.
    expect((await auditLog(t.db, (await resolveScope(t.db, w.nina))!, { kind: 'join_code' })).rows.map((r) => r.groupId)).not.toContain(w.mawar);
  });
});

describe('the list', () => {
  it('shows the silent groups’ count at the top and filters on it', async () => {
    const s = await session(w.maya);
    const all = (await s.get('/kelompok')).body;
    expect(attr(all, 'silent-count')).toBe('1');
    expect(all).toContain('href="/kelompok?saring=berhenti"');
    const rows = listed(all);
    expect(rows.get(anggrek)!.silent).toBeDefined();
    expect(rows.get(w.melati)!.silent).toBeUndefined();
    const silent = (await s.get('/kelompok?saring=berhenti')).body;
    expect([...listed(silent).keys()]).toEqual([anggrek]);
    expect(attr(silent, 'show-all')).toBe('3');
  });

  it('shows members, recording, last day and arrears (hand-checked for Melati and Anggrek)', async () => {
    const rows = listed((await (await session(w.fitri.personId)).get('/kelompok')).body);
    // Melati: Ani (8 Dec), Budi (9 Dec), Citra (3 Dec, last week): 2 of 3 this week, 3 of 3 this month.
    expect(rows.get(w.melati)).toMatchObject({
      members: { value: '3' },
      'recording-week': { count: '2' },
      'recording-month': { count: '3' },
      'last-day': { value: '2026-12-09' },
      // Ani's loan: 100.000 due 5 Oct half paid, 100.000 due 5 Nov unpaid.
      arrears: { value: '150000', count: '1' },
    });
    // Anggrek: Gina last recorded 25 Nov; the group loan's 250.000 paid Aug, Sep and half of Oct: it owes
    // 50.000 of Oct and 100.000 each of Nov and Dec (due the 1st).
    expect(rows.get(anggrek)).toMatchObject({ members: { value: '1' }, 'recording-month': { count: '0' }, 'last-day': { value: '2026-11-25' }, arrears: { value: '250000', count: '1' } });
  });

  it('computes arrears as the loans module does, loan by loan', async () => {
    const scope = (await resolveScope(t.db, w.admin))!;
    const ids = [w.melati, w.mawar, w.kenanga, anggrek];
    const sqlArrears = new Map((await arrearsOfGroups(t.db, scopedGroups(scope), ids, clock.now())).map((a) => [a.groupId, a.overdue]));
    const { rows } = await sql<{ id: string; group_id: string | null; person_id: string | null }>`select id, group_id, person_id from loans`.execute(t.db);
    const books = await loanBooksOf(t.db, rows.map((r) => Number(r.id)));
    const expected = new Map<number, number>();
    for (const loan of rows) {
      const owed = standing(books.get(Number(loan.id))!.schedule, books.get(Number(loan.id))!.payments, '2026-12-10').arrears;
      const groups = loan.group_id
        ? [Number(loan.group_id)]
        : (await sql<{ group_id: string }>`select group_id from memberships where person_id = ${loan.person_id} and status = 'active'`.execute(t.db)).rows.map((r) => Number(r.group_id));
      for (const g of groups) if (owed > 0) expected.set(g, (expected.get(g) ?? 0) + owed);
    }
    expect(sqlArrears).toEqual(expected);
  });

  it('takes "this month" in each group’s own time zone', async () => {
    // 30 Nov 23:30 in Jakarta is already 1 Dec 01:30 in Jayapura.
    const now = new Date('2026-11-30T16:30:00Z');
    const hana = await addFacilitator(t.db, { name: 'Hani', telegramId: '9301', timeZone: 'Asia/Jayapura' });
    const east = (await createGroup(t.db, { name: 'Timur', trades: ['jahit'], facilitatorId: hana.id, timeZone: 'Asia/Jayapura' })).id;
    const west = (await createGroup(t.db, { name: 'Barat', trades: ['jahit'], facilitatorId: hana.id, timeZone: 'Asia/Jakarta' })).id;
    const e1 = (await addMember(t.db, east, { name: 'Ira', timeZone: 'Asia/Jayapura' }, AT)).person.id;
    const w1 = (await addMember(t.db, west, { name: 'Ina', timeZone: 'Asia/Jakarta' }, AT)).person.id;
    await entry(e1, '2026-11-30', 'sale', 10_000);
    await entry(w1, '2026-11-30', 'sale', 10_000);
    const scope = (await resolveScope(t.db, hana.person.id))!;
    const list = await groupList(t.db, scope, { order: 'nama', silentOnly: true, page: undefined, now });
    expect(list.rows.map((r) => r.name)).toEqual(['Timur']);
    const all = await groupList(t.db, scope, { order: 'nama', silentOnly: false, page: undefined, now });
    // Both recorded on Monday 30 Nov: this week for both; this month only for Barat, where it is still November.
    expect(all.rows.map((r) => [r.name, r.recordersThisMonth, r.recordersThisWeek])).toEqual([
      ['Barat', 1, 1],
      ['Timur', 0, 1],
    ]);
  });
});

describe('orders and pages (a programme of 120 groups)', () => {
  let olga: Scope;
  let cIds: number[];
  beforeAll(async () => {
    const programme = (await createProgramme(t.db, { name: 'Program C' })).id;
    const f = await addFacilitator(t.db, { name: 'Pendamping C', timeZone: 'Asia/Jakarta' });
    // Group k (1…120): k % 5 members; they recorded this month when k % 3 = 0 (else in October);
    // k % 4 = 0 has a group loan of k × 10.000 due 1 Nov, unpaid.
    cIds = [];
    for (let k = 1; k <= 120; k++) {
      const { id } = await createGroup(t.db, { name: `C${String(k).padStart(3, '0')}`, trades: ['jahit'], facilitatorId: f.id, timeZone: 'Asia/Jakarta' });
      await moveGroupToProgramme(t.db, id, programme);
      cIds.push(id);
    }
    await sql`
      with p as (insert into people (name, time_zone) select 'C-' || g || '-' || n, 'Asia/Jakarta' from generate_series(1, 120) g, generate_series(1, 4) n where n <= g % 5 returning id, name),
      m as (insert into memberships (group_id, person_id) select (${cIds}::bigint[])[split_part(p.name, '-', 2)::int], p.id from p returning group_id, person_id)
      insert into ledger_entries (person_id, kind, amount, business_date, raw_text)
      select m.person_id, 'sale', 1000, case when array_position(${cIds}::bigint[], m.group_id) % 3 = 0 then date '2026-12-02' else date '2026-10-02' end, 'x' from m`.execute(t.db);
    for (let k = 4; k <= 120; k += 4) {
      await createLoan(t.db, { groupId: cIds[k - 1]! }, { principal: k * 10_000, annualRatePercent: 0, months: 1, method: 'flat', disbursed: '2026-10-01', dueDay: 1 }, AT);
    }
    const manager = await insertPerson(t.db, { name: 'Olga', phone: null, timeZone: 'Asia/Jakarta' });
    await makeManager(t.db, manager.id, programme, AT);
    olga = (await resolveScope(t.db, manager.id))!;
  });
  const list = (order: 'nama' | 'anggota' | 'catat' | 'tunggakan', page?: string, silentOnly = false) => groupList(t.db, olga, { order, silentOnly, page, now: clock.now() });

  it('pages 50 at a time; a page past the end is the last', async () => {
    expect((await list('nama')).rows.map((r) => r.name)).toEqual(Array.from({ length: 50 }, (_, i) => `C${String(i + 1).padStart(3, '0')}`));
    const third = await list('nama', '3');
    expect([third.page, third.pages, third.total, third.rows.length, third.rows[0]!.name]).toEqual([3, 3, 120, 20, 'C101']);
    expect((await list('nama', '99')).page).toBe(3);
    expect((await list('nama', 'abc')).page).toBe(1);
  });

  it('sorts by members, by recording (least first) and by arrears (largest first), across pages', async () => {
    const all = async (order: 'anggota' | 'catat' | 'tunggakan') => [...(await list(order, '1')).rows, ...(await list(order, '2')).rows, ...(await list(order, '3')).rows];
    const byMembers = await all('anggota');
    expect(byMembers.map((r) => r.members)).toEqual([...byMembers.map((r) => r.members)].sort((a, b) => b - a));
    expect(byMembers[0]!.members).toBe(4);
    const byRecording = await all('catat');
    const monthShare = (r: { members: number; recordersThisMonth: number }) => (r.members ? r.recordersThisMonth / r.members : -1);
    expect(byRecording.map(monthShare)).toEqual([...byRecording.map(monthShare)].sort((a, b) => a - b));
    expect(byRecording.at(-1)!.recordersThisMonth).toBeGreaterThan(0);
    const byArrears = await all('tunggakan');
    expect(byArrears.slice(0, 3).map((r) => [r.name, r.overdue, r.loansLate])).toEqual([
      ['C120', 1_200_000, 1],
      ['C116', 1_160_000, 1],
      ['C112', 1_120_000, 1],
    ]);
    expect(byArrears.filter((r) => r.overdue > 0)).toHaveLength(30);
  });

  it('a full page of 50 groups is well under 100 KB', async () => {
    const s = await session(olga.personId);
    const { status, body } = await s.get('/kelompok?urut=tunggakan&hal=2');
    expect(status).toBe(200);
    expect(listed(body).size).toBe(50);
    expect(Buffer.byteLength(body)).toBeLessThan(100_000);
    expect(body).toContain('href="/kelompok?urut=tunggakan&amp;hal=3"');
  });

  it('counts and lists the silent groups (nobody recorded since 1 Dec, or no members)', async () => {
    const silent = await list('nama', undefined, true);
    const expected = cIds.filter((_, i) => (i + 1) % 3 !== 0 || (i + 1) % 5 === 0).length;
    expect([silent.silentGroups, silent.total]).toEqual([expected, expected]);
    expect(silent.rows.every((r) => r.silent && r.recordersThisMonth === 0)).toBe(true);
  });
});

/**
 * Every group's recording figures as the list shows them, against plain SQL over entries and
 * memberships (no rollup, no date_trunc: the Monday and the 1st spelled from the day's
 * fields), each group in its own time zone at `now`, over all pages of the admin's list, in
 * the recording order (which computes them for every group) and the name order (the page's).
 */
async function expectListMatchesEntries(now: Date): Promise<void> {
  const admin = (await resolveScope(t.db, w.admin))!;
  const { rows } = await sql<{ id: string; members: number; week: number; month: number; last_day: string | null }>`
    with g as (select id, (${now}::timestamptz at time zone time_zone)::date as today from groups),
    d as (select g.id, g.today, g.today - (extract(isodow from g.today)::int - 1) as monday,
                 make_date(extract(year from g.today)::int, extract(month from g.today)::int, 1) as first from g),
    m as (select d.*, ms.person_id from d join memberships ms on ms.group_id = d.id and ms.status = 'active'),
    e as (select m.id, m.person_id, m.monday, m.first, e.business_date from m
            join ledger_entries e on e.person_id = m.person_id and e.voided_at is null and e.business_date <= m.today)
    select d.id,
      (select count(*) from m where m.id = d.id)::int as members,
      (select count(distinct person_id) from e where e.id = d.id and e.business_date >= e.monday)::int as week,
      (select count(distinct person_id) from e where e.id = d.id and e.business_date >= e.first)::int as month,
      (select max(business_date) from e where e.id = d.id)::text as last_day
    from d`.execute(t.db);
  const expected = new Map(rows.map((r) => [Number(r.id), { members: r.members, week: r.week, month: r.month, lastDay: r.last_day, silent: r.month === 0 }]));
  for (const order of ['catat', 'nama'] as const) {
    const first = await groupList(t.db, admin, { order, silentOnly: false, page: '1', now });
    const pages = [first];
    for (let p = 2; p <= first.pages; p++) pages.push(await groupList(t.db, admin, { order, silentOnly: false, page: String(p), now }));
    const shown = pages.flatMap((l) => l.rows);
    expect(shown).toHaveLength(expected.size);
    for (const r of shown) {
      expect({ order, id: r.id, members: r.members, week: r.recordersThisWeek, month: r.recordersThisMonth, lastDay: r.lastDay, silent: r.silent }).toEqual({ order, id: r.id, ...expected.get(r.id) });
    }
    expect(first.silentGroups).toBe([...expected.values()].filter((x) => x.silent).length);
  }
}

describe('the recording figures against plain SQL over entries', () => {
  it('equal the raw counts for every group (the world, the 120 groups, two time zones)', async () => {
    await expectListMatchesEntries(clock.now());
    // A Monday morning in Jakarta, the last day of November in Jayapura's evening: other weeks and months.
    await expectListMatchesEntries(new Date('2026-11-30T01:00:00Z'));
    await expectListMatchesEntries(new Date('2026-12-31T16:30:00Z'));
  });

  it('count "up to today" when members have entries dated after their group\'s today', async () => {
    const f = await addFacilitator(t.db, { name: 'Pendamping Depan', timeZone: 'Asia/Jakarta' });
    const ahead = (await createGroup(t.db, { name: 'Depan', trades: ['jahit'], facilitatorId: f.id, timeZone: 'Asia/Jakarta' })).id;
    const only = (await addMember(t.db, ahead, { name: 'Yuni', timeZone: 'Asia/Jakarta' }, AT)).person.id;
    const both = (await addMember(t.db, ahead, { name: 'Zahra', timeZone: 'Asia/Jakarta' }, AT)).person.id;
    // Today is Thursday 10 Dec: Yuni's only entry is on Saturday (this week and month, after today);
    // Zahra recorded on Tuesday and on the 20th.
    await entry(only, '2026-12-12', 'sale', 10_000);
    await entry(both, '2026-12-08', 'sale', 10_000);
    await entry(both, '2026-12-20', 'sale', 10_000);
    const row = (await groupList(t.db, (await resolveScope(t.db, f.person.id))!, { order: 'catat', silentOnly: false, page: undefined, now: clock.now() })).rows[0]!;
    expect([row.members, row.recordersThisWeek, row.recordersThisMonth, row.lastDay, row.silent]).toEqual([2, 1, 1, '2026-12-08', false]);
    await expectListMatchesEntries(clock.now());
  });

  it('put entries in the same weeks and months whatever TimeZone the writing session has', async () => {
    const f = await addFacilitator(t.db, { name: 'Pendamping Zona', timeZone: 'Asia/Jakarta' });
    const group = (await createGroup(t.db, { name: 'Zona', trades: ['jahit'], facilitatorId: f.id, timeZone: 'Asia/Jakarta' })).id;
    const people = [await insertPerson(t.db, { name: 'Kiri', phone: null, timeZone: 'Asia/Jakarta' }), await insertPerson(t.db, { name: 'Adak', phone: null, timeZone: 'Asia/Jakarta' })];
    // Sessions 14 hours ahead of UTC and 10 behind: entries on a Sunday, a Monday and a 1st, and her membership, written there.
    for (const [zone, person] of [
      ['Pacific/Kiritimati', people[0]!.id],
      ['America/Adak', people[1]!.id],
    ] as const) {
      const client = new pg.Client({ connectionString: t.url });
      await client.connect();
      try {
        await client.query(`set TimeZone = '${zone}'`);
        await client.query(`insert into ledger_entries (person_id, kind, amount, business_date, raw_text)
                            select $1, 'sale', 1000, d::date, 'zone' from unnest(array['2026-11-29', '2026-11-30', '2026-12-01']) d`, [person]);
        await client.query(`insert into memberships (group_id, person_id) values ($1, $2)`, [group, person]);
      } finally {
        await client.end();
      }
    }
    for (const person of people) {
      const weeks = await sql<{ week: string; entries: number }>`select week::text, entries from book_person_weeks where person_id = ${person.id} and entries <> 0 order by 1`.execute(t.db);
      expect(weeks.rows).toEqual([
        { week: '2026-11-23', entries: 1 },
        { week: '2026-11-30', entries: 2 },
      ]);
      const months = await sql<{ month: string; entries: number }>`select month::text, entries from book_person_months where person_id = ${person.id} and entries <> 0 order by 1`.execute(t.db);
      expect(months.rows).toEqual([
        { month: '2026-11-01', entries: 2 },
        { month: '2026-12-01', entries: 1 },
      ]);
    }
    const groupRows = async (table: string, key: string, value: string) =>
      (await sql.raw<Record<string, unknown>>(`select ${key}::text as k, ${value} as v from ${table} where group_id = ${group} and ${value} <> 0 order by 1`).execute(t.db)).rows;
    expect(await groupRows('book_group_weeks', 'week', 'recorders')).toEqual([
      { k: '2026-11-23', v: 2 },
      { k: '2026-11-30', v: 2 },
    ]);
    expect(await groupRows('book_group_month_recorders', 'month', 'recorders')).toEqual([
      { k: '2026-11-01', v: 2 },
      { k: '2026-12-01', v: 2 },
    ]);
    expect(await groupRows('book_group_months', 'month', 'entries')).toEqual([
      { k: '2026-11-01', v: 4 },
      { k: '2026-12-01', v: 2 },
    ]);
    // Tuesday 1 Dec in Jakarta: both recorded this week (Monday 30 Nov, 1 Dec) and this month (1 Dec).
    const row = (await groupList(t.db, (await resolveScope(t.db, f.person.id))!, { order: 'nama', silentOnly: false, page: undefined, now: new Date('2026-12-01T05:00:00Z') })).rows[0]!;
    expect([row.members, row.recordersThisWeek, row.recordersThisMonth, row.lastDay]).toEqual([2, 2, 2, '2026-12-01']);
    await expectListMatchesEntries(new Date('2026-12-01T05:00:00Z'));
  });
});
