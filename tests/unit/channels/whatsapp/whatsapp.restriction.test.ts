/**
 * Restrictions on the number from Baileys rc14's own reports: the reach-out time-lock
 * (ReachoutTimelockState), a 463 refusal, and the new-chat capping (NewChatMessageCapInfo).
 */
import { NewChatMessageCappingStatusType, ReachoutTimelockEnforcementType } from '@whiskeysockets/baileys';
import { describe, expect, it } from 'vitest';
import { Restrictions, UNKNOWN_END_MS } from '../../../../src/channels/whatsapp/whatsapp.restriction.ts';

const now = new Date('2026-11-20T03:00:00Z');
const at = (ms: number) => new Date(now.getTime() + ms);
const HOUR = 3600_000;

describe('the reach-out time-lock', () => {
  it('pauses until WhatsApp says it ends, told once; an inactive report ends it, told', () => {
    const r = new Restrictions();
    const ends = at(5 * HOUR);
    const began = r.timelock({ isActive: true, timeEnforcementEnds: ends, enforcementType: ReachoutTimelockEnforcementType.BIZ_QUALITY }, now);
    expect(began).toEqual([{ kind: 'began', restriction: expect.objectContaining({ kind: 'time-lock', until: ends, guessed: false }) }]);
    expect(r.timelock({ isActive: true, timeEnforcementEnds: ends }, at(1000))).toEqual([]);
    expect(r.current(at(HOUR))?.until).toEqual(ends);
    expect(r.timelock({ isActive: false, enforcementType: ReachoutTimelockEnforcementType.DEFAULT }, at(HOUR))).toEqual([
      { kind: 'ended', restriction: expect.objectContaining({ kind: 'time-lock' }) },
    ]);
    expect(r.current(at(HOUR))).toBeUndefined();
  });

  it('guesses an hour when WhatsApp gives no end (fetchAccountReachoutTimelock leaves it undefined for "0")', () => {
    const r = new Restrictions();
    r.timelock({ isActive: true, timeEnforcementEnds: undefined }, now);
    expect(r.current(now)).toMatchObject({ until: at(UNKNOWN_END_MS), guessed: true });
  });

  it('ends by itself when its time is up', () => {
    const r = new Restrictions();
    r.timelock({ isActive: true, timeEnforcementEnds: at(HOUR) }, now);
    expect(r.expire(at(HOUR - 1))).toEqual([]);
    expect(r.expire(at(HOUR))).toEqual([{ kind: 'ended', restriction: expect.objectContaining({ kind: 'time-lock' }) }]);
  });
});

describe('a 463 refusal', () => {
  it('pauses quietly while the time-lock is asked; "not active" ends it quietly (it was about one contact)', () => {
    const r = new Restrictions();
    expect(r.refused463(now)).toEqual([]);
    expect(r.current(now)).toMatchObject({ kind: 'refused-463' });
    expect(r.timelock({ isActive: false }, at(1000))).toEqual([]);
    expect(r.current(at(1000))).toBeUndefined();
  });

  it('becomes the time-lock when WhatsApp confirms it, told once with its end', () => {
    const r = new Restrictions();
    r.refused463(now);
    const changes = r.timelock({ isActive: true, timeEnforcementEnds: at(3 * HOUR) }, at(1000));
    expect(changes).toEqual([{ kind: 'began', restriction: expect.objectContaining({ kind: 'time-lock', until: at(3 * HOUR) }) }]);
  });

  it('is told itself when the time-lock cannot be asked', () => {
    const r = new Restrictions();
    r.refused463(now);
    expect(r.unexplained463(at(1000))).toEqual([{ kind: 'began', restriction: expect.objectContaining({ kind: 'refused-463' }) }]);
    expect(r.unexplained463(at(2000))).toEqual([]);
  });
});

describe('new-chat capping', () => {
  it('pauses when CAPPED until the cycle ends, and ends when WhatsApp says NONE', () => {
    const r = new Restrictions();
    const cycleEnd = Math.floor(at(20 * HOUR).getTime() / 1000);
    const changes = r.capping(
      { total_quota: 50, used_quota: 50, cycle_end_timestamp: String(cycleEnd), capping_status: NewChatMessageCappingStatusType.CAPPED },
      now,
    );
    expect(changes).toEqual([{ kind: 'began', restriction: expect.objectContaining({ kind: 'capped', until: new Date(cycleEnd * 1000) }) }]);
    expect(r.capping({ capping_status: NewChatMessageCappingStatusType.NONE, used_quota: 0, total_quota: 50 }, at(HOUR))).toEqual([
      { kind: 'ended', restriction: expect.objectContaining({ kind: 'capped' }) },
    ]);
  });

  it('counts a used-up quota as capped, and only tells of warnings (no pause)', () => {
    const r = new Restrictions();
    expect(r.capping({ capping_status: NewChatMessageCappingStatusType.SECOND_WARNING, used_quota: 45, total_quota: 50 }, now)).toEqual([]);
    expect(r.current(now)).toBeUndefined();
    r.capping({ used_quota: 50, total_quota: 50 }, now);
    expect(r.current(now)).toMatchObject({ kind: 'capped', guessed: true });
  });
});
