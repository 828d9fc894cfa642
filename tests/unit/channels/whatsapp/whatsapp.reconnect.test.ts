import { DisconnectReason } from '@whiskeysockets/baileys';
import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  BACKOFF_MAX_MS,
  CLIENT_TOO_OLD,
  CLOSE_REASON,
  LoginGuard,
  MAX_LOGINS_PER_HOUR,
  STABLE_LINK_MS,
} from '../../../../src/channels/whatsapp/whatsapp.reconnect.ts';

const low = () => 0;
const high = () => 0.999999;
const t0 = new Date('2026-11-20T03:00:00Z').getTime();
const at = (ms: number) => new Date(t0 + ms);

/** One login attempted at `ms`, closed `after` later (opened first when `open`). */
function login(guard: LoginGuard, ms: number, code: number | undefined, { open = false, after = 1000 } = {}) {
  guard.attempted(at(ms));
  if (open) guard.opened(at(ms + 10));
  return guard.closed(code, at(ms + after));
}

describe('LoginGuard: what a close means', () => {
  it('uses Baileys’ own DisconnectReason codes', () => {
    for (const [name, code] of Object.entries(CLOSE_REASON)) {
      expect(DisconnectReason[name as keyof typeof DisconnectReason], name).toBe(code);
    }
  });

  it('pairs again after being logged out (401): wipe, then a new socket', () => {
    expect(login(new LoginGuard(low), 0, DisconnectReason.loggedOut)).toEqual({ action: 'relink', delayMs: 500, reason: 'logged out from the phone: pair again' });
  });

  it.each([
    [DisconnectReason.connectionReplaced, /another process/],
    [DisconnectReason.forbidden, /403/],
    [CLIENT_TOO_OLD, /client version \(405\): update Baileys/],
  ])('stops at once on %s: retrying only adds logins', (code, reason) => {
    const decision = login(new LoginGuard(low), 0, code, { open: true, after: STABLE_LINK_MS * 10 });
    expect(decision).toEqual({ action: 'stop', reason: expect.stringMatching(reason) });
  });

  it('restarts at once when asked to (515, right after pairing), but a run of them backs off', () => {
    const guard = new LoginGuard(low);
    expect(login(guard, 0, DisconnectReason.restartRequired)).toEqual({ action: 'reconnect', delayMs: 0, reason: 'restart required' });
    expect(login(guard, 2000, DisconnectReason.restartRequired)).toMatchObject({ action: 'reconnect', delayMs: 500 });
    expect(login(guard, 4000, DisconnectReason.restartRequired)).toMatchObject({ action: 'reconnect', delayMs: 1000 });
    expect(guard.logins).toBe(3);
  });

  it.each([[DisconnectReason.connectionClosed], [DisconnectReason.connectionLost], [DisconnectReason.badSession], [DisconnectReason.unavailableService], [undefined]])(
    'reconnects after %s with a backoff that doubles',
    (code) => {
      const guard = new LoginGuard(low);
      const delays = [0, 1, 2, 3].map((i) => login(guard, i * 60_000, code)).map((d) => (d.action === 'stop' ? -1 : d.delayMs));
      expect(delays).toEqual([500, 1000, 2000, 4000]);
    },
  );

  it('starts the backoff over only after the link stayed up for minutes', () => {
    const guard = new LoginGuard(low);
    login(guard, 0, 428);
    login(guard, 10_000, 428);
    expect(login(guard, 20_000, 428, { open: true, after: 60_000 })).toMatchObject({ delayMs: 2000 }); // up a minute: not yet
    expect(login(guard, 100_000, 428, { open: true, after: STABLE_LINK_MS + 1000 })).toMatchObject({ delayMs: 500 });
  });
});

describe('LoginGuard over a simulated hour', () => {
  /** Replays an hour in which the server answers every login with `server`; returns the logins made. */
  function hour(server: (guard: LoginGuard, now: number) => ReturnType<LoginGuard['closed']>): { logins: number; last: ReturnType<LoginGuard['closed']> } {
    const guard = new LoginGuard(high);
    let now = 0;
    let last = server(guard, now);
    // The next login comes a second after its delay (the socket takes time to connect).
    while (last.action !== 'stop' && now + last.delayMs + 1000 < 3600_000) {
      now += last.delayMs + 1000;
      last = server(guard, now);
    }
    return { logins: guard.logins, last };
  }

  it('a server that accepts the login and drops it at once gets a handful of logins, then the bot stops and says why', () => {
    const { logins, last } = hour((guard, now) => login(guard, now, DisconnectReason.connectionClosed, { open: true, after: 500 }));
    expect(logins).toBeLessThanOrEqual(3);
    expect(last).toEqual({ action: 'stop', reason: expect.stringContaining('dropped the link right after login 3 times') });
  });

  it('a server that drops every login with 515 gets a handful too', () => {
    const { logins, last } = hour((guard, now) => login(guard, now, DisconnectReason.restartRequired, { open: true, after: 500 }));
    expect(logins).toBeLessThanOrEqual(4);
    expect(last.action).toBe('stop');
  });

  it('a network that never lets a login through is tried at most a dozen times an hour, and never given up', () => {
    const { logins, last } = hour((guard, now) => login(guard, now, DisconnectReason.connectionLost, { after: 100 }));
    expect(logins).toBeLessThanOrEqual(MAX_LOGINS_PER_HOUR);
    expect(last.action).toBe('reconnect');
  });

  it('a 405 is one login, not 3,600', () => {
    expect(hour((guard, now) => login(guard, now, CLIENT_TOO_OLD)).logins).toBe(1);
  });
});

describe('backoffDelay', () => {
  it('doubles each failure, with jitter between half and the whole step', () => {
    for (let failures = 0; failures < 8; failures++) {
      const step = 1000 * 2 ** failures;
      expect(backoffDelay(failures, low)).toBe(step / 2);
      expect(backoffDelay(failures, high)).toBeLessThanOrEqual(step);
      expect(backoffDelay(failures, high)).toBeGreaterThan(step * 0.99);
    }
  });

  it('is capped at five minutes, even after very many failures', () => {
    expect(backoffDelay(20, high)).toBeLessThanOrEqual(BACKOFF_MAX_MS);
    expect(backoffDelay(10_000, low)).toBe(BACKOFF_MAX_MS / 2);
  });
});
