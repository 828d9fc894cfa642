/**
 * A message that meets another transaction (SQLSTATE class 40) is run again inside its job
 * after short, growing, jittered waits (src/jobs/conflict-waits.ts, src/jobs/set-aside.ts),
 * taken through the injected sleep: nothing here waits on the wall. The error is pg's own
 * DatabaseError with the code a deadlock has, marked as the handling's failure as
 * processInbound marks it.
 */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/core/clock.ts';
import { createLogger } from '../../../src/core/logger.ts';
import { createDb } from '../../../src/db/client.ts';
import { CONFLICT_RUNS_AGAIN, CONFLICT_WAITS_MS, conflictWaitMs } from '../../../src/jobs/conflict-waits.ts';
import { asHandlingFailure } from '../../../src/jobs/handling-failure.ts';
import type { InboundDeps, InboundOutcome } from '../../../src/jobs/inbound.processor.ts';
import { runOrSetAside } from '../../../src/jobs/set-aside.ts';
import { privateMessage } from '../../helpers/messages.ts';

const deadlock = () => {
  const error = new pg.DatabaseError('deadlock detected', 0, 'error');
  error.code = '40P01';
  return error;
};

// Never reached: a conflict is neither counted nor cleared (attemptsMade 0).
const nowhere = createDb('postgres://nobody@127.0.0.1:9/none', { max: 1 });
afterAll(() => nowhere.destroy());

/** Deps whose sleep only notes the wait and moves the fixed clock on; `events` is the order of runs and waits. */
function world() {
  const clock = fixedClock('2026-11-20T03:00:00Z');
  const events: string[] = [];
  const waits: number[] = [];
  const lines: { level: number; msg: string; again?: number; waitMs?: number }[] = [];
  const deps: InboundDeps = {
    db: nowhere,
    clock,
    defaultTimeZone: 'Asia/Jakarta',
    dispatch: async () => {},
    log: createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line) as (typeof lines)[number]) }),
    sleep: async (ms) => {
      events.push(`wait ${ms}`);
      waits.push(ms);
      clock.advance(ms);
    },
  };
  /** A run that meets a deadlock `times` times, then is handled. */
  const conflicting = (times: number) => {
    let runs = 0;
    return async (): Promise<InboundOutcome> => {
      events.push('run');
      if (runs++ < times) throw asHandlingFailure(deadlock());
      return 'handled';
    };
  };
  return { clock, deps, events, waits, lines, conflicting };
}

const job = { message: privateMessage('laku 2 bros @15rb', { chatId: '9101', sender: { id: '9101', name: 'Bu Ani' } }) };

describe('a message that meets another transaction', () => {
  it('is run again at once, then after growing waits taken through the injected sleep, until it passes', async () => {
    const w = world();
    expect(await runOrSetAside(w.deps, undefined, job, 0, w.conflicting(3))).toBe('handled');
    // The first run again at once (no wait), then 25 ms and 50 ms, each jittered to between half and all of it.
    expect(w.events.filter((e) => e === 'run')).toHaveLength(4);
    expect(w.events[0]).toBe('run');
    expect(w.events[1]).toBe('run');
    expect(w.events.slice(2).map((e) => e.split(' ')[0])).toEqual(['wait', 'run', 'wait', 'run']);
    expect(w.waits[0]).toBeGreaterThanOrEqual(13);
    expect(w.waits[0]).toBeLessThanOrEqual(25);
    expect(w.waits[1]).toBeGreaterThanOrEqual(25);
    expect(w.waits[1]).toBeLessThanOrEqual(50);
    const ranAgain = w.lines.filter((l) => l.msg === 'inbound message met another transaction; run again at once');
    expect(ranAgain.map((l) => [l.level, l.again, l.waitMs])).toEqual([
      [40, 1, 0],
      [40, 2, w.waits[0]],
      [40, 3, w.waits[1]],
    ]);
  });

  it('past its runs again is given to BullMQ’s backoff, uncounted, after a few seconds of waits at most', async () => {
    const w = world();
    const start = w.clock.now().getTime();
    await expect(runOrSetAside(w.deps, undefined, job, 0, w.conflicting(Infinity))).rejects.toMatchObject({ code: '40P01' });
    expect(w.events.filter((e) => e === 'run')).toHaveLength(1 + CONFLICT_RUNS_AGAIN);
    // One wait before each run again but the first, each within its step of the schedule.
    expect(w.waits).toHaveLength(CONFLICT_RUNS_AGAIN - 1);
    w.waits.forEach((ms, i) => {
      const base = CONFLICT_WAITS_MS[i + 1]!;
      expect(ms).toBeGreaterThanOrEqual(base / 2);
      expect(ms).toBeLessThanOrEqual(base);
    });
    const total = w.waits.reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(1575);
    expect(w.clock.now().getTime() - start).toBe(total);
    expect(w.lines.filter((l) => l.msg === 'inbound message met another transaction; run again at once')).toHaveLength(CONFLICT_RUNS_AGAIN);
    expect(w.lines.filter((l) => l.msg === 'inbound message met another transaction; retried, not counted')).toHaveLength(1);
  });

  it('is not run again when the conflict did not come from handling the message', async () => {
    const w = world();
    const afterCommit = async (): Promise<InboundOutcome> => {
      w.events.push('run');
      throw deadlock(); // not marked: thrown after the commit (the hand-off), not by her transaction
    };
    await expect(runOrSetAside(w.deps, undefined, job, 0, afterCommit)).rejects.toMatchObject({ code: '40P01' });
    expect(w.events).toEqual(['run']);
  });
});

describe('conflictWaitMs', () => {
  it('is 0 before the first run again and between half and all of each step after it', () => {
    expect(CONFLICT_WAITS_MS).toEqual([0, 25, 50, 100, 200, 400, 800]);
    expect(conflictWaitMs(1, () => 0.99)).toBe(0);
    expect(conflictWaitMs(2, () => 0)).toBe(13);
    expect(conflictWaitMs(7, () => 0)).toBe(400);
    expect(conflictWaitMs(7, () => 0.999999)).toBe(800);
    expect(conflictWaitMs(5, () => 0.5)).toBe(150);
  });
});
