/**
 * The flood decision alone (src/modules/flood/flood.ts): burst, pacing, order, one notice.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { admitLocally, emptyFloodState, FLOOD_POLICY, type FloodPolicy } from '../../../../src/modules/flood/flood.ts';

const policy: FloodPolicy = { burst: 10, intervalMs: 500, noticeEveryMs: 60_000, idleTtlMs: 3_600_000 };
const T0 = Date.parse('2026-11-20T03:00:00Z');

describe('flood decision', () => {
  it('takes a burst at once, then defers each further message one interval apart, with one notice', () => {
    const state = emptyFloodState();
    const out = Array.from({ length: 100 }, (_, i) => admitLocally(state, `m${i}`, T0, policy));
    expect(out.slice(0, 10).every((a) => a.delayMs === 0)).toBe(true);
    expect(out.slice(10).map((a) => a.delayMs)).toEqual(Array.from({ length: 90 }, (_, i) => (i + 1) * 500));
    expect(out.filter((a) => a.notice)).toHaveLength(1);
    expect(out[10]!.notice).toBe(true);
    expect(state.pending.size).toBe(90);
  });

  it('serves someone writing at a human pace without ever deferring her', () => {
    const state = emptyFloodState();
    for (let i = 0; i < 200; i++) expect(admitLocally(state, `m${i}`, T0 + i * 3000, policy).delayMs).toBe(0);
  });

  it('keeps her order: while deferred messages are pending, a new one goes behind them', () => {
    const state = emptyFloodState();
    for (let i = 0; i < 12; i++) admitLocally(state, `m${i}`, T0, policy);
    // Long after the schedule, but m10 and m11 are still pending (a busy shard).
    const late = admitLocally(state, 'late', T0 + 600_000, policy);
    expect(late.delayMs).toBeGreaterThan(0);
    state.pending.clear();
    expect(admitLocally(state, 'later', T0 + 600_000, policy).delayMs).toBe(0);
  });

  it('counts a redelivery of a deferred message once', () => {
    const state = emptyFloodState();
    for (let i = 0; i < 11; i++) admitLocally(state, `m${i}`, T0, policy);
    const size = state.pending.size;
    expect(admitLocally(state, 'm10', T0, policy)).toEqual({ delayMs: 1, notice: false });
    expect(state.pending.size).toBe(size);
  });

  it('sends at most one notice per minute however long the flood lasts', () => {
    const state = emptyFloodState();
    const notices: number[] = [];
    for (let i = 0; i < 600; i++) {
      const at = T0 + i * 200; // 5 a second for two minutes
      if (admitLocally(state, `m${i}`, at, policy).notice) notices.push(at);
    }
    expect(notices.length).toBeGreaterThanOrEqual(2);
    expect(notices.length).toBeLessThanOrEqual(3);
    for (let i = 1; i < notices.length; i++) expect(notices[i]! - notices[i - 1]!).toBeGreaterThanOrEqual(60_000);
  });

  it('property: delays of one person never go backwards in time (her order holds)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 1, maxLength: 200 }), (gaps) => {
        const state = emptyFloodState();
        let now = T0;
        let lastDue = -Infinity;
        gaps.forEach((gap, i) => {
          now += gap;
          const { delayMs } = admitLocally(state, `m${i}`, now, FLOOD_POLICY);
          const due = now + delayMs;
          if (delayMs > 0) {
            expect(due).toBeGreaterThan(lastDue);
            lastDue = due;
          } else {
            // Not deferred: nothing of hers is waiting.
            expect(state.pending.size).toBe(0);
          }
        });
      }),
      { numRuns: 200 },
    );
  });
});
