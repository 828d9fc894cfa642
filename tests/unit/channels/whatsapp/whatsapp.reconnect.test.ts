import { DisconnectReason } from '@whiskeysockets/baileys';
import { describe, expect, it } from 'vitest';
import { backoffDelay, BACKOFF_MAX_MS, CLOSE_REASON, reconnectPolicy } from '../../../../src/channels/whatsapp/whatsapp.reconnect.ts';

const low = () => 0;
const high = () => 0.999999;

describe('reconnectPolicy', () => {
  it('uses Baileys’ own DisconnectReason codes', () => {
    for (const [name, code] of Object.entries(CLOSE_REASON)) {
      expect(DisconnectReason[name as keyof typeof DisconnectReason], name).toBe(code);
    }
  });

  it('pairs again after being logged out (401): wipe, then a new socket', () => {
    expect(reconnectPolicy(DisconnectReason.loggedOut, 0, low)).toEqual({
      action: 'relink',
      delayMs: 500,
      reason: 'logged out from the phone: pair again',
    });
  });

  it('stops on "connection replaced" (440) instead of fighting the other session', () => {
    const decision = reconnectPolicy(DisconnectReason.connectionReplaced, 3, low);
    expect(decision.action).toBe('stop');
    expect(decision.reason).toMatch(/another process/);
  });

  it('stops when WhatsApp forbids the account (403)', () => {
    expect(reconnectPolicy(DisconnectReason.forbidden, 0, low).action).toBe('stop');
  });

  it('restarts at once when asked to (515, right after pairing)', () => {
    expect(reconnectPolicy(DisconnectReason.restartRequired, 4, high)).toEqual({ action: 'reconnect', delayMs: 0, reason: 'restart required' });
  });

  it.each([
    [DisconnectReason.connectionClosed],
    [DisconnectReason.connectionLost],
    [DisconnectReason.badSession],
    [DisconnectReason.unavailableService],
    [DisconnectReason.multideviceMismatch],
    [undefined],
  ])('reconnects with backoff after %s', (code) => {
    const first = reconnectPolicy(code, 0, low);
    const later = reconnectPolicy(code, 3, low);
    expect(first.action).toBe('reconnect');
    expect(later.action).toBe('reconnect');
    expect(first.action === 'reconnect' && first.delayMs).toBe(500);
    expect(later.action === 'reconnect' && later.delayMs).toBe(4000);
  });
});

describe('backoffDelay', () => {
  it('doubles each attempt, with jitter between half and the whole step', () => {
    for (let attempt = 0; attempt < 8; attempt++) {
      const step = 1000 * 2 ** attempt;
      expect(backoffDelay(attempt, low)).toBe(step / 2);
      expect(backoffDelay(attempt, high)).toBeLessThanOrEqual(step);
      expect(backoffDelay(attempt, high)).toBeGreaterThan(step * 0.99);
    }
  });

  it('is capped at five minutes, even after very many attempts', () => {
    expect(backoffDelay(20, high)).toBeLessThanOrEqual(BACKOFF_MAX_MS);
    expect(backoffDelay(10_000, low)).toBe(BACKOFF_MAX_MS / 2);
  });
});
