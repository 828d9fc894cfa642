import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../../src/core/clock.ts';
import { startOfNextLocalDay, WhatsappPacer } from '../../../../src/channels/whatsapp/whatsapp.pacer.ts';

const JAKARTA = 'Asia/Jakarta';
const MINUTE = 60_000;

function pacer(over: Partial<ConstructorParameters<typeof WhatsappPacer>[0]> = {}) {
  return new WhatsappPacer({ perMinute: 5, dailyCap: 200, timeZone: JAKARTA, random: () => 0, ...over });
}

/** Sends as fast as the pacer allows, from `start`, and returns when each went. */
function drain(p: WhatsappPacer, start: Date, count: number): Date[] {
  const clock = fixedClock(start);
  const sent: Date[] = [];
  for (let i = 0; i < count; i++) {
    clock.set(p.nextSendAt(clock.now()));
    p.record(clock.now());
    sent.push(clock.now());
  }
  return sent;
}

describe('WhatsappPacer', () => {
  it('lets the first message go at once', () => {
    const now = new Date('2026-11-20T03:00:00Z');
    expect(pacer().nextSendAt(now)).toEqual(now);
  });

  it('spaces sends 12 s apart at 5 a minute, plus up to half that again of jitter', () => {
    const now = new Date('2026-11-20T03:00:00Z');
    const low = pacer({ random: () => 0 });
    low.record(now);
    expect(low.nextSendAt(now).getTime() - now.getTime()).toBe(12_000);

    const high = pacer({ random: () => 0.999999 });
    high.record(now);
    const gap = high.nextSendAt(now).getTime() - now.getTime();
    expect(gap).toBeGreaterThanOrEqual(12_000);
    expect(gap).toBeLessThan(18_000);
  });

  it('says how long to wait, and nothing once the gap has passed', () => {
    const clock = fixedClock('2026-11-20T03:00:00Z');
    const p = pacer({ random: () => 0.5 });
    p.record(clock.now());
    expect(p.waitMs(clock.now())).toBe(15_000);
    clock.advance(10_000);
    expect(p.waitMs(clock.now())).toBe(5_000);
    clock.advance(5_000);
    expect(p.waitMs(clock.now())).toBe(0);
  });

  it('never lets more than `perMinute` go in any minute, whatever the jitter', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.array(fc.double({ min: 0, max: 0.999999, noNaN: true }), { minLength: 40, maxLength: 40 }), (perMinute, randoms) => {
        let i = 0;
        const p = pacer({ perMinute, random: () => randoms[i++ % randoms.length]! });
        const sent = drain(p, new Date('2026-11-20T03:00:00Z'), 40).map((d) => d.getTime());
        for (const [k, t] of sent.entries()) {
          const inWindow = sent.slice(k).filter((u) => u < t + MINUTE).length;
          expect(inWindow).toBeLessThanOrEqual(perMinute);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('stops at the daily cap until local midnight, then starts counting again', () => {
    const p = pacer({ dailyCap: 3 });
    // 22:00 WIB on 20 November.
    const sent = drain(p, new Date('2026-11-20T15:00:00Z'), 3);
    const last = sent[2]!;
    expect(p.countOn(last)).toBe(3);
    const midnightWib = new Date('2026-11-20T17:00:00Z');
    expect(p.nextSendAt(last)).toEqual(midnightWib);
    expect(p.nextSendAt(new Date('2026-11-20T16:59:59Z'))).toEqual(midnightWib);

    expect(p.countOn(midnightWib)).toBe(0);
    expect(p.nextSendAt(midnightWib)).toEqual(midnightWib);
    p.record(midnightWib);
    expect(p.countOn(midnightWib)).toBe(1);
  });

  it('counts the day in the configured time zone, not UTC', () => {
    // 06:30 WIT (UTC+9) on 21 November is still 20 November in UTC.
    const p = pacer({ dailyCap: 1, timeZone: 'Asia/Jayapura' });
    p.record(new Date('2026-11-20T21:00:00Z')); // 06:00 WIT on the 21st
    expect(p.nextSendAt(new Date('2026-11-20T21:30:00Z'))).toEqual(new Date('2026-11-21T15:00:00Z'));
  });

  it('remembers the day’s sends across a restart', () => {
    const before = pacer({ dailyCap: 2 });
    const sent = drain(before, new Date('2026-11-20T03:00:00Z'), 2);
    const after = pacer({ dailyCap: 2 });
    after.restore([...sent].reverse());
    expect(after.countOn(sent[1]!)).toBe(2);
    expect(after.nextSendAt(sent[1]!)).toEqual(new Date('2026-11-20T17:00:00Z'));
  });

  it('refuses limits below one', () => {
    expect(() => pacer({ perMinute: 0 })).toThrow(RangeError);
    expect(() => pacer({ dailyCap: 0 })).toThrow(RangeError);
  });
});

describe('startOfNextLocalDay', () => {
  it.each([
    ['2026-11-20T03:00:00Z', 'Asia/Jakarta', '2026-11-20T17:00:00.000Z'],
    ['2026-11-20T17:00:00Z', 'Asia/Jakarta', '2026-11-21T17:00:00.000Z'],
    ['2026-11-20T16:59:59Z', 'Asia/Jakarta', '2026-11-20T17:00:00.000Z'],
    ['2026-11-20T03:00:00Z', 'Asia/Makassar', '2026-11-20T16:00:00.000Z'],
    ['2026-11-20T03:00:00Z', 'UTC', '2026-11-21T00:00:00.000Z'],
    // A DST night elsewhere: Europe/Berlin's clocks go back on 25 October 2026.
    ['2026-10-24T12:00:00Z', 'Europe/Berlin', '2026-10-24T22:00:00.000Z'],
    ['2026-10-25T12:00:00Z', 'Europe/Berlin', '2026-10-25T23:00:00.000Z'],
  ])('after %s in %s the next day starts at %s', (now, zone, expected) => {
    expect(startOfNextLocalDay(new Date(now), zone).toISOString()).toBe(expected);
  });
});

describe('a new number’s ramp-up', () => {
  const from = new Date('2026-11-02T03:00:00Z');
  const ramped = () => pacer({ dailyCap: 120, rampUp: { from, weeklyCaps: [20, 40, 80, 150] } });
  const WEEK = 7 * 24 * 60 * MINUTE;

  it('starts low and grows week by week, never above the configured cap', () => {
    const p = ramped();
    expect([0, 1, 2, 3, 4, 10].map((w) => p.capOn(new Date(from.getTime() + w * WEEK + MINUTE)))).toEqual([20, 40, 80, 120, 120, 120]);
  });

  it('holds the 21st message of the first week’s day until the next day', () => {
    const p = ramped();
    const start = new Date('2026-11-03T01:00:00Z'); // 08:00 in Jakarta, in week 1
    const sent = drain(p, start, 21);
    expect(sent[19]!.getTime()).toBeLessThan(Date.parse('2026-11-03T17:00:00Z'));
    expect(sent[20]).toEqual(new Date('2026-11-03T17:00:00Z')); // midnight in Jakarta
  });
});
