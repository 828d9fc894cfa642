/**
 * What to do when the WhatsApp connection closes, as a pure function of the reason
 * (Baileys' DisconnectReason status code), how many reconnects failed in a row, and a
 * random source for the jitter. The channel carries the decision out.
 */

/** Baileys' DisconnectReason values (checked against the enum by a unit test). */
export const CLOSE_REASON = {
  connectionClosed: 428,
  connectionLost: 408,
  connectionReplaced: 440,
  loggedOut: 401,
  badSession: 500,
  restartRequired: 515,
  multideviceMismatch: 411,
  forbidden: 403,
  unavailableService: 503,
} as const;

export type ReconnectDecision =
  /** Open a new socket after `delayMs`, with the same credentials. */
  | { action: 'reconnect'; delayMs: number; reason: string }
  /** Logged out: wipe the stored credentials, then open a new socket to pair again. */
  | { action: 'relink'; delayMs: number; reason: string }
  /** Do not reconnect: a person must act (see `reason`). */
  | { action: 'stop'; reason: string };

export const BACKOFF_BASE_MS = 1000;
export const BACKOFF_MAX_MS = 5 * 60 * 1000;

/**
 * Exponential backoff with "equal jitter": half the step is fixed, half random, so many
 * restarts do not reconnect in step, and a delay never drops below half its step.
 * attempt 0 → 0.5–1 s, 1 → 1–2 s, 2 → 2–4 s … capped at 2.5–5 min.
 */
export function backoffDelay(attempt: number, random: () => number): number {
  const step = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, Math.min(attempt, 30)));
  return Math.round(step / 2 + (step / 2) * random());
}

export function reconnectPolicy(statusCode: number | undefined, attempt: number, random: () => number): ReconnectDecision {
  switch (statusCode) {
    case CLOSE_REASON.loggedOut:
      return { action: 'relink', delayMs: backoffDelay(attempt, random), reason: 'logged out from the phone: pair again' };
    case CLOSE_REASON.connectionReplaced:
      // Another process (or a second copy of this bot) opened the same link. Reconnecting
      // would replace it in turn, and the two would take turns forever.
      return {
        action: 'stop',
        reason: 'connection replaced: another process is using this WhatsApp link; stop it, then restart this one',
      };
    case CLOSE_REASON.forbidden:
      return { action: 'stop', reason: 'WhatsApp refused the account (403): it may be banned or restricted' };
    case CLOSE_REASON.restartRequired:
      // Asked for right after pairing: reconnect at once.
      return { action: 'reconnect', delayMs: 0, reason: 'restart required' };
    default:
      return {
        action: 'reconnect',
        delayMs: backoffDelay(attempt, random),
        reason: statusCode === undefined ? 'connection closed' : `connection closed (${statusCode})`,
      };
  }
}
