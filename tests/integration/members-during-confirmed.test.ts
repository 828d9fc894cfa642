/**
 * membersDuring counts a pending member from the day she was confirmed, not the day she was
 * first noticed (groups.repository.ts: joined_at moves to the pending → active change), both
 * when a facilitator confirms her (updateMembership) and when she is added again
 * (upsertMembership's on-conflict update). A removed member taken up again keeps her first join.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { membersDuring, updateMembership, upsertMembership } from '../../src/modules/groups/groups.repository.ts';
import { addFacilitator, createGroup } from '../../src/modules/groups/groups.service.ts';
import { insertPerson } from '../../src/modules/people/people.repository.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

let t: TestDatabase;
let groupId: number;
const TZ = 'Asia/Jakarta';
const Q2 = { from: '2026-04-01', to: '2026-06-30' };
const Q3 = { from: '2026-07-01', to: '2026-09-30' };
const Q4 = { from: '2026-10-01', to: '2026-12-31' };
const MAY = new Date('2026-05-10T03:00:00Z');
const NOV = new Date('2026-11-10T03:00:00Z');

beforeAll(async () => {
  t = await createTestDatabase();
  const f = await addFacilitator(t.db, { name: 'Rina', phone: '+6281200003001', timeZone: TZ });
  groupId = (await createGroup(t.db, { name: 'Melati', trades: ['kuliner'], facilitatorId: f.id, timeZone: TZ })).id;
});
afterAll(async () => t?.drop());

const listed = async (period: { from: string; to: string }) => (await membersDuring(t.db, groupId, period, TZ)).map((m) => m.name);

describe('a member noticed pending in Q2 and confirmed in Q4', () => {
  it('is listed from Q4 only, confirmed by her facilitator (updateMembership)', async () => {
    const ani = await insertPerson(t.db, { name: 'Ani', phone: null, timeZone: TZ });
    await upsertMembership(t.db, { groupId, personId: ani.id, status: 'pending', at: MAY });
    await updateMembership(t.db, groupId, ani.id, { status: 'active', at: NOV });
    expect(await listed(Q2)).not.toContain('Ani');
    expect(await listed(Q3)).not.toContain('Ani');
    expect(await listed(Q4)).toContain('Ani');
  });

  it('is listed from Q4 only, confirmed by adding her again (upsertMembership)', async () => {
    const bunga = await insertPerson(t.db, { name: 'Bunga', phone: null, timeZone: TZ });
    await upsertMembership(t.db, { groupId, personId: bunga.id, status: 'pending', at: MAY });
    await upsertMembership(t.db, { groupId, personId: bunga.id, status: 'active', at: NOV });
    expect(await listed(Q3)).not.toContain('Bunga');
    expect(await listed(Q4)).toContain('Bunga');
  });

  it('a member active since Q2, removed and taken up again in Q4, keeps her first join', async () => {
    const citra = await insertPerson(t.db, { name: 'Citra', phone: null, timeZone: TZ });
    await upsertMembership(t.db, { groupId, personId: citra.id, status: 'active', at: MAY });
    await updateMembership(t.db, groupId, citra.id, { status: 'removed', at: new Date('2026-10-02T03:00:00Z') });
    await upsertMembership(t.db, { groupId, personId: citra.id, status: 'active', at: NOV });
    expect(await listed(Q3)).toContain('Citra');
  });
});
