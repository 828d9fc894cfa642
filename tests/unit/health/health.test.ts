/**
 * The health check as a plain function: every probe asked, each part reported as "up" or
 * with its reason, and a probe that throws or never answers counted as down.
 */
import { describe, expect, it } from 'vitest';
import { checkHealth, down, UP, type Deadline } from '../../../src/health/health.ts';

/** A deadline the test expires by hand: no time passes for its own sake. */
function manualDeadline() {
  const timers: { ms: number; expire: () => void; cancelled: boolean }[] = [];
  const deadline: Deadline = (ms) => {
    let expire = () => undefined as void;
    const expired = new Promise<void>((resolve) => (expire = resolve));
    const timer = { ms, expire, cancelled: false };
    timers.push(timer);
    return { expired, cancel: () => void (timer.cancelled = true) };
  };
  return { deadline, timers };
}

describe('checkHealth', () => {
  it('is ok when every part is up', async () => {
    const report = await checkHealth({ postgres: () => UP, redis: async () => UP });
    expect(report).toEqual({ ok: true, parts: { postgres: 'up', redis: 'up' }, down: [] });
  });

  it('names each part that is down, with its reason, in the probes’ order', async () => {
    const report = await checkHealth({
      postgres: () => UP,
      redis: async () => down('not connected'),
      telegram: () => UP,
      whatsapp: () => down('reconnecting'),
    });
    expect(report).toEqual({
      ok: false,
      parts: { postgres: 'up', redis: 'not connected', telegram: 'up', whatsapp: 'reconnecting' },
      down: ['redis', 'whatsapp'],
    });
  });

  it('counts a probe that throws as down, without repeating its error', async () => {
    const report = await checkHealth({
      postgres: () => {
        throw new Error('password authentication failed for user "dampingi"');
      },
      redis: async () => Promise.reject(new Error('redis://:hunter2@redis:6379 refused')),
    });
    expect(report).toEqual({ ok: false, parts: { postgres: 'check failed', redis: 'check failed' }, down: ['postgres', 'redis'] });
  });

  it('counts a probe that does not answer before the deadline as down, and cancels the others’ timers', async () => {
    const { deadline, timers } = manualDeadline();
    const pending = checkHealth({ postgres: () => new Promise(() => undefined), redis: () => UP }, { timeoutMs: 3000, deadline });
    // Let the answering probe finish, then expire the deadlines.
    await Promise.resolve();
    expect(timers.map((t) => t.ms)).toEqual([3000, 3000]);
    for (const timer of timers) timer.expire();
    const report = await pending;
    expect(report).toEqual({ ok: false, parts: { postgres: 'no answer in time', redis: 'up' }, down: ['postgres'] });
    expect(timers.every((t) => t.cancelled)).toBe(true);
  });

  it('is ok with no probes at all', async () => {
    expect(await checkHealth({})).toEqual({ ok: true, parts: {}, down: [] });
  });
});
