/**
 * The console's home numbers on real Postgres: every viewer (admin, manager of this
 * programme, manager of another, facilitator of her groups) gets the sums over her own
 * groups only, checked against hand-computed values and against plain SQL sums; a group
 * with no loans has no PAR30 (not 0 %); a removed staff role leaves no scope.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeIndicators } from '../../src/modules/indicators/indicators.service.ts';
import { makeManager, removeStaffRole } from '../../src/modules/programmes/programmes.service.ts';
import { resolveScope, type Scope } from '../../src/modules/programmes/scope.ts';
import { insertPerson } from '../../src/modules/people/people.repository.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { seedConsoleWorld, type ConsoleWorld } from '../helpers/console-world.ts';

let t: TestDatabase;
let w: ConsoleWorld;
const TODAY = '2026-12-10';

beforeAll(async () => {
  t = await createTestDatabase();
  w = await seedConsoleWorld(t.db);
});
afterAll(async () => t?.drop());

async function scopeOf(personId: number): Promise<Scope> {
  const scope = await resolveScope(t.db, personId);
  if (!scope) throw new Error(`no scope for ${personId}`);
  return scope;
}

describe('home indicators by viewer', () => {
  it('a facilitator sees her own group: hand-computed figures', async () => {
    const home = await homeIndicators(t.db, await scopeOf(w.fitri.personId), TODAY);
    expect(home.members).toBe(3);
    expect(home.recordersThisWeek).toBe(2); // Ani and Budi wrote this week, Citra last week
    expect(home.recordingShare).toBeCloseTo(2 / 3, 10);
    expect(home.thisMonth).toEqual({ sales: 150_000 + 90_000 - 20_000, expenses: 40_000, profit: 180_000 });
    expect(home.lastMonth).toEqual({ sales: 70_000, expenses: 10_000, profit: 60_000 });
    // Ani's loan: 3 × 100.000 due 5 Sep/Oct/Nov, 100.000 paid on time, 50.000 late → PAR30 = 1.
    expect(home.loans.outstandingPrincipal).toBe(150_000);
    expect(home.loans.par30).toBe(1);
    // P1 this month: Ani (10) and Budi (no number) interested, Citra's "no" is not interest.
    expect(home.leads).toEqual({ leads: 1, interested: 2, quantityOffered: 10 });
  });

  it('a group with no loans: nothing outstanding, no PAR30, no on-time rate', async () => {
    const home = await homeIndicators(t.db, await scopeOf(w.gita.personId), TODAY);
    expect(home.members).toBe(1);
    expect(home.loans).toMatchObject({ loans: 0, outstandingPrincipal: 0, par30: null, onTimeRate: null });
  });

  it('the manager of the programme sees both its groups, not the other programme', async () => {
    const home = await homeIndicators(t.db, await scopeOf(w.maya), TODAY);
    expect(home.members).toBe(4);
    expect(home.thisMonth.sales).toBe(220_000 + 30_000);
    expect(home.leads.leads).toBe(1);
  });

  it('the manager of another programme sees only that one', async () => {
    const home = await homeIndicators(t.db, await scopeOf(w.nina), TODAY);
    expect(home.members).toBe(1);
    expect(home.thisMonth.sales).toBe(500_000);
    // P3 was made at 00:30 on 1 Dec in Jakarta (its time zone): this month.
    expect(home.leads).toEqual({ leads: 1, interested: 0, quantityOffered: 0 });
  });

  it('the admin sees everything, equal to plain SQL sums over all active members', async () => {
    const home = await homeIndicators(t.db, await scopeOf(w.admin), TODAY);
    const { rows } = await sql<{ sales: string; members: string }>`
      select (select count(distinct person_id) from memberships where status = 'active') as members,
             (select coalesce(sum(amount), 0) from ledger_entries where kind = 'sale' and voided_at is null
                and business_date between '2026-12-01' and ${TODAY}
                and person_id in (select person_id from memberships where status = 'active')) as sales`.execute(t.db);
    expect(home.members).toBe(Number(rows[0]!.members));
    expect(home.thisMonth.sales).toBe(Number(rows[0]!.sales));
    expect(home.members).toBe(5);
    expect(home.leads).toEqual({ leads: 2, interested: 2, quantityOffered: 10 });
  });

  it("a facilitator of another group sees none of Melati's leads", async () => {
    const home = await homeIndicators(t.db, await scopeOf(w.gita.personId), TODAY);
    expect(home.leads).toEqual({ leads: 0, interested: 0, quantityOffered: 0 });
  });

  it('a removed staff role leaves no scope; a person with no role has none', async () => {
    const temp = await insertPerson(t.db, { name: 'Tari', phone: null, timeZone: 'Asia/Jakarta' });
    await makeManager(t.db, temp.id, w.programmeB, new Date());
    expect((await resolveScope(t.db, temp.id))?.role).toBe('manager');
    await t.db.transaction().execute((trx) => removeStaffRole(trx, temp.id, new Date()));
    expect(await resolveScope(t.db, temp.id)).toBeUndefined();
  });
});

