/**
 * The groups list's rules (pure): its orders, its paging, and the shares it shows.
 *
 * - `nama`: by name (Indonesian collation, case aside), then id.
 * - `anggota`: most active members first.
 * - `catat`: lowest share of members recording this month first (the groups to call first);
 *   a group without members (no share) comes before all.
 * - `tunggakan`: the largest overdue amount first, then the most loans late.
 */
import { pageWithin } from '../../core/paging.ts';
import { share } from './indicators.ts';

export const GROUP_ORDERS = ['nama', 'anggota', 'catat', 'tunggakan'] as const;
export type GroupOrder = (typeof GROUP_ORDERS)[number];
export const GROUPS_PER_PAGE = 50;

export function groupOrderOf(raw: string | undefined): GroupOrder {
  return (GROUP_ORDERS as readonly string[]).includes(raw ?? '') ? (raw as GroupOrder) : 'nama';
}

/** A page number from the query string: a whole number ≥ 1, else 1; beyond the last page, the last (core/paging.ts). */
export function pageOf(raw: string | undefined, total: number, perPage = GROUPS_PER_PAGE): { page: number; pages: number } {
  return pageWithin(raw, total, perPage);
}

export interface SortableGroup {
  id: number;
  name: string;
  members: number;
}

export interface GroupFigures {
  recordersThisWeek: number;
  recordersThisMonth: number;
  lastDay: string | null;
  loansLate: number;
  overdue: number;
}

const byName = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

/** Sorts in place by `order`; `figures` must hold every group when the order needs them (catat, tunggakan). */
export function sortGroups<G extends SortableGroup>(groups: G[], order: GroupOrder, figures: ReadonlyMap<number, GroupFigures>): G[] {
  const name = (a: G, b: G) => byName.compare(a.name, b.name) || a.id - b.id;
  const monthShare = (g: G) => share(figures.get(g.id)?.recordersThisMonth ?? 0, g.members) ?? -1;
  const compare: Record<GroupOrder, (a: G, b: G) => number> = {
    nama: name,
    anggota: (a, b) => b.members - a.members || name(a, b),
    catat: (a, b) => monthShare(a) - monthShare(b) || name(a, b),
    tunggakan: (a, b) =>
      (figures.get(b.id)?.overdue ?? 0) - (figures.get(a.id)?.overdue ?? 0) || (figures.get(b.id)?.loansLate ?? 0) - (figures.get(a.id)?.loansLate ?? 0) || name(a, b),
  };
  return groups.sort(compare[order]);
}
