import { describe, expect, it } from 'vitest';
import { groupOrderOf, pageOf, sortGroups, type GroupFigures } from '../../../../src/modules/indicators/group-list.ts';

const g = (id: number, name: string, members: number) => ({ id, name, members });
const f = (month: number, overdue = 0, loansLate = 0): GroupFigures => ({ recordersThisWeek: 0, recordersThisMonth: month, lastDay: null, loansLate, overdue });

describe('groups list rules', () => {
  it('reads the order and the page from the query string, falling back safely', () => {
    expect(['nama', 'anggota', 'catat', 'tunggakan', 'x', undefined, "'; drop"].map(groupOrderOf)).toEqual(['nama', 'anggota', 'catat', 'tunggakan', 'nama', 'nama', 'nama']);
    expect(pageOf(undefined, 120)).toEqual({ page: 1, pages: 3 });
    expect(pageOf('3', 120)).toEqual({ page: 3, pages: 3 });
    expect(pageOf('4', 120)).toEqual({ page: 3, pages: 3 });
    expect(pageOf('0', 120)).toEqual({ page: 1, pages: 3 });
    expect(pageOf('-2', 120)).toEqual({ page: 1, pages: 3 });
    expect(pageOf('2.5', 120)).toEqual({ page: 1, pages: 3 });
    expect(pageOf('1', 0)).toEqual({ page: 1, pages: 1 });
    expect(pageOf('2', 50)).toEqual({ page: 1, pages: 1 });
  });

  it('sorts by name (Indonesian, case and numbers aside), members, least recording, largest arrears', () => {
    const groups = () => [g(1, 'mawar 10', 4), g(2, 'Mawar 9', 2), g(3, 'Anggrek', 0), g(4, 'Melati', 4)];
    const figures = new Map([
      [1, f(1, 500_000, 2)],
      [2, f(2, 500_000, 3)],
      [3, f(0)],
      [4, f(4, 10_000, 1)],
    ]);
    expect(sortGroups(groups(), 'nama', figures).map((x) => x.id)).toEqual([3, 2, 1, 4]);
    expect(sortGroups(groups(), 'anggota', figures).map((x) => x.id)).toEqual([1, 4, 2, 3]);
    // No members (no share) first, then 1 of 4 (25 %), 2 of 2 and 4 of 4 (100 %, by name).
    expect(sortGroups(groups(), 'catat', figures).map((x) => x.id)).toEqual([3, 1, 2, 4]);
    expect(sortGroups(groups(), 'tunggakan', figures).map((x) => x.id)).toEqual([2, 1, 4, 3]);
  });
});
