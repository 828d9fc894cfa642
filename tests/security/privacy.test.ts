/**
 * Nobody sees another person's books: a member's recap and chart sum only her own entries
 * even when others in her group recorded the same day (in the same group chat too), and a
 * group's export holds only its own active members' entries.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entriesQuery, memberTotals } from '../../src/modules/exports/exports.repository.ts';
import { ANI, createWorld, EKA, MELATI_CHAT, SRI, type World } from '../fuzz/world.ts';

let w: World;
beforeAll(async () => {
  w = await createWorld();
  // Everyone sells on the same day, some in Melati's group chat.
  await w.send(w.dm(ANI, 'laku 3 bros @77rb')); // Rp231.000
  await w.send(w.inChat(MELATI_CHAT, ANI, 'laku 1 kalung @19rb', { addressedToBot: true })); // Rp19.000
  await w.send(w.dm(SRI, 'laku 2 gelang @10rb')); // Rp20.000
  await w.send(w.inChat(MELATI_CHAT, SRI, 'beli manik 5rb', { addressedToBot: true })); // Rp5.000
  await w.send(w.dm(EKA, 'laku 4 keripik @13rb')); // Rp52.000 (Mawar)
  await w.send(w.inChat(MELATI_CHAT, '555', 'laku 9 bros @11rb', { addressedToBot: true })); // a pending writer
});
afterAll(async () => w?.t.drop());

describe('recaps and charts', () => {
  it("a member's recap sums only her own entries", async () => {
    const sri = (await w.send(w.dm(SRI, 'rekap'))).replies[0]!.text;
    expect(sri).toContain('Jualan: Rp20.000');
    expect(sri).toContain('Belanja: Rp5.000');
    expect(sri).not.toMatch(/231\.000|19\.000|52\.000|99\.000|bros|kalung|keripik/);
    const ani = (await w.send(w.dm(ANI, 'rekap'))).replies[0]!.text;
    expect(ani).toContain('Jualan: Rp250.000');
    expect(ani).not.toMatch(/20\.000|gelang|manik/);
  });

  it('a recap asked in the group chat is still only hers', async () => {
    const { replies } = await w.send(w.inChat(MELATI_CHAT, SRI, '/rekap', { addressedToBot: true }));
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toContain('Jualan: Rp20.000');
    expect(replies[0]!.text).not.toMatch(/231\.000|250\.000/);
  });

  it("a member's chart shows only her own totals", async () => {
    const { replies } = await w.send(w.dm(SRI, 'grafik'));
    expect(replies[0]!.image?.caption).toContain('Rp20.000');
    expect(replies[0]!.image?.caption).not.toMatch(/231\.000|250\.000|52\.000/);
  });
});

describe('exports', () => {
  it("a group's export holds only its own active members' entries", async () => {
    const range = { from: '2026-11-01', to: '2026-11-30' };
    const rows = (await entriesQuery(w.melati.id, range, 'Asia/Jakarta').execute(w.t.db)).rows;
    expect(new Set(rows.map((r) => r.member))).toEqual(new Set(['Ani', 'Sri']));
    expect(rows.map((r) => r.amount).sort((a, b) => a - b)).toEqual([5_000, 19_000, 20_000, 231_000]);
    const totals = await memberTotals(w.t.db, w.mawar.id, range);
    expect(totals.map((m) => [m.name, m.sales])).toEqual([['Eka', 52_000]]);
  });
});
