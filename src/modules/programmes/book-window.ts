/**
 * Which days of a member's books a console viewer may read — the one rule every member-data
 * path takes (pure; scope.ts gives it her memberships, the services clip their dates with it):
 *
 * - a pending membership (invited, never accepted) opens nothing: staff may list her name
 *   on the group page, but see none of her books until she accepts;
 * - a membership she left (removed) shows her books up to the day she left, in her time
 *   zone, and nothing after;
 * - a membership she took after leaving another group shows her books from the day she
 *   joined it (what she wrote before belongs to the group she left); a first membership, or
 *   one held alongside another, shows her books from the start;
 * - several memberships in the viewer's scope give the span from the earliest first day to
 *   the latest last day (a member who moved between two groups of one programme stays that
 *   programme's member throughout).
 *
 * A membership that was removed and later re-activated keeps one row (joined_at is the first
 * join): it opens like an active one, so the gap between is shown — the database keeps no
 * history of the gap.
 */
import { businessDate, type IsoDate } from '../../core/dates.ts';
import type { DateRange } from '../ledger/ledger.ts';

/** The days a viewer may read, both ends included; null: open on that side. */
export interface BookWindow {
  from: IsoDate | null;
  to: IsoDate | null;
}

export interface WindowMembership {
  groupId: number;
  status: 'active' | 'pending' | 'removed';
  joinedAt: Date;
  statusChangedAt: Date;
}

/**
 * The window `inScope` (her memberships in the viewer's groups) opens, given `all` her
 * memberships (any group); undefined when it opens none (only pending ones, or none).
 */
export function bookWindow(inScope: readonly WindowMembership[], all: readonly WindowMembership[], timeZone: string): BookWindow | undefined {
  const spans = inScope
    .filter((m) => m.status !== 'pending')
    .map((m): BookWindow => {
      const movedIn = all.some((o) => o.groupId !== m.groupId && o.status === 'removed' && o.statusChangedAt.getTime() <= m.joinedAt.getTime());
      return {
        from: movedIn ? businessDate(m.joinedAt, timeZone) : null,
        to: m.status === 'removed' ? businessDate(m.statusChangedAt, timeZone) : null,
      };
    });
  if (spans.length === 0) return undefined;
  const earliest = (a: IsoDate | null, b: IsoDate | null) => (a === null || b === null ? null : a < b ? a : b);
  const latest = (a: IsoDate | null, b: IsoDate | null) => (a === null || b === null ? null : a > b ? a : b);
  return spans.reduce((w, s) => ({ from: earliest(w.from, s.from), to: latest(w.to, s.to) }));
}

/** The last day the viewer may read: today, or the day she left when that is earlier. */
export function lastVisibleDay(today: IsoDate, w: BookWindow): IsoDate {
  return w.to !== null && w.to < today ? w.to : today;
}

/** The part of `range` inside the window; undefined when none of it is. */
export function clipRange(range: DateRange, w: BookWindow): DateRange | undefined {
  const from = w.from !== null && w.from > range.from ? w.from : range.from;
  const to = w.to !== null && w.to < range.to ? w.to : range.to;
  return from <= to ? { from, to } : undefined;
}

export function inWindow(date: IsoDate, w: BookWindow): boolean {
  return (w.from === null || date >= w.from) && (w.to === null || date <= w.to);
}

/** The window as a range for SQL (both ends filled: the open ends as far as dates go). */
export function windowRange(w: BookWindow): DateRange {
  return { from: w.from ?? '0001-01-01', to: w.to ?? '9999-12-31' };
}
