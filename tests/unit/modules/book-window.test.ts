/** The console's one rule for which days of a member's books a viewer reads (src/modules/programmes/book-window.ts). */
import { describe, expect, it } from 'vitest';
import { bookWindow, clipRange, inWindow, lastVisibleDay, type WindowMembership } from '../../../src/modules/programmes/book-window.ts';

const TZ = 'Asia/Makassar'; // UTC+8: 1 Dec 17:00 UTC is 2 Dec there.
const m = (groupId: number, status: WindowMembership['status'], joinedAt: string, changedAt = joinedAt): WindowMembership => ({
  groupId,
  status,
  joinedAt: new Date(joinedAt),
  statusChangedAt: new Date(changedAt),
});

describe('bookWindow', () => {
  it('a pending membership opens nothing', () => {
    const pending = m(1, 'pending', '2026-12-01T03:00:00Z');
    expect(bookWindow([pending], [pending], TZ)).toBeUndefined();
  });

  it('an active first membership shows everything', () => {
    const active = m(1, 'active', '2026-12-01T03:00:00Z');
    expect(bookWindow([active], [active], TZ)).toEqual({ from: null, to: null });
  });

  it('a membership she left ends on the day she left, in her time zone', () => {
    const left = m(1, 'removed', '2026-11-01T03:00:00Z', '2026-12-01T17:00:00Z');
    expect(bookWindow([left], [left], TZ)).toEqual({ from: null, to: '2026-12-02' });
  });

  it('a group she joined after leaving another starts on the day she joined it', () => {
    const left = m(1, 'removed', '2026-11-01T03:00:00Z', '2026-12-01T05:00:00Z');
    const joined = m(2, 'active', '2026-12-03T17:30:00Z');
    expect(bookWindow([joined], [left, joined], TZ)).toEqual({ from: '2026-12-04', to: null });
    // Held alongside (she had not left the other when she joined): from the start.
    const both = m(3, 'active', '2026-11-15T03:00:00Z');
    expect(bookWindow([both], [left, both], TZ)).toEqual({ from: null, to: null });
  });

  it('two memberships in one scope give the span of both; a pending one beside them adds nothing', () => {
    const left = m(1, 'removed', '2026-11-01T03:00:00Z', '2026-12-01T05:00:00Z');
    const later = m(2, 'removed', '2026-12-03T03:00:00Z', '2026-12-08T05:00:00Z');
    const pending = m(3, 'pending', '2026-12-09T03:00:00Z');
    expect(bookWindow([left, later, pending], [left, later, pending], TZ)).toEqual({ from: null, to: '2026-12-08' });
    expect(bookWindow([later, pending], [left, later, pending], TZ)).toEqual({ from: '2026-12-03', to: '2026-12-08' });
  });
});

describe('using a window', () => {
  const w = { from: '2026-12-03', to: '2026-12-08' };
  it('clips ranges, days and today to it', () => {
    expect(clipRange({ from: '2026-12-01', to: '2026-12-31' }, w)).toEqual(w);
    expect(clipRange({ from: '2026-11-01', to: '2026-11-30' }, w)).toBeUndefined();
    expect(clipRange({ from: '2026-12-07', to: '2026-12-13' }, { from: null, to: null })).toEqual({ from: '2026-12-07', to: '2026-12-13' });
    expect([inWindow('2026-12-02', w), inWindow('2026-12-03', w), inWindow('2026-12-08', w), inWindow('2026-12-09', w)]).toEqual([false, true, true, false]);
    expect(lastVisibleDay('2026-12-10', w)).toBe('2026-12-08');
    expect(lastVisibleDay('2026-12-05', w)).toBe('2026-12-05');
  });
});
