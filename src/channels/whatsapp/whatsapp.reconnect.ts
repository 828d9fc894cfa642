/**
 * When and whether to log in to WhatsApp again after the connection closed. Pure: the
 * caller passes the time and a random source; the channel carries the decision out.
 *
 * A login is what WhatsApp watches. A server that accepts the login and drops it at once
 * would, with a backoff reset on every `open`, see a login a second (~3,600 an hour), which
 * is how a number gets flagged. So:
 * - every login attempt is counted (515 "restart required" too), and at most
 *   MAX_LOGINS_PER_HOUR are made in any hour, whatever the reasons;
 * - the backoff starts over only after the link stayed open STABLE_LINK_MS;
 * - a login accepted then dropped before that is a dropped login: after
 *   MAX_DROPPED_LOGINS in a row the channel stops and a person is told;
 * - 405 (this client version is too old), 403 (account refused) and 440 (another process
 *   holds the link) stop at once: retrying cannot help and only adds logins.
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

/** The login `<failure reason="405">` (Baileys' CB:failure → Boom statusCode 405): the client version is too old. Not in DisconnectReason. */
export const CLIENT_TOO_OLD = 405;

export type ReconnectDecision =
  /** Open a new socket after `delayMs`, with the same credentials. */
  | { action: 'reconnect'; delayMs: number; reason: string }
  /** Logged out: wipe the stored credentials, then open a new socket to pair again. */
  | { action: 'relink'; delayMs: number; reason: string }
  /** Do not reconnect: a person must act (see `reason`). */
  | { action: 'stop'; reason: string };

export const BACKOFF_BASE_MS = 1000;
export const BACKOFF_MAX_MS = 5 * 60 * 1000;
/** A link open this long was a working link: the backoff starts over after it closes. */
export const STABLE_LINK_MS = 3 * 60 * 1000;
/** Logins accepted then dropped before STABLE_LINK_MS, in a row, before the channel gives up. */
export const MAX_DROPPED_LOGINS = 3;
/** Logins in any hour, whatever happens. */
export const MAX_LOGINS_PER_HOUR = 12;
const HOUR_MS = 3600 * 1000;

/**
 * Exponential backoff with "equal jitter": half the step is fixed, half random, so many
 * restarts do not reconnect in step, and a delay never drops below half its step.
 * failure 0 → 0.5–1 s, 1 → 1–2 s, 2 → 2–4 s … capped at 2.5–5 min.
 */
export function backoffDelay(failures: number, random: () => number): number {
  const step = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, Math.min(failures, 30)));
  return Math.round(step / 2 + (step / 2) * random());
}

export class LoginGuard {
  /** Closes in a row since the link last stayed up: the backoff's exponent. */
  private failures = 0;
  /** Logins accepted then dropped quickly, in a row. */
  private dropped = 0;
  /** "Restart required" closes in a row: only the first reconnects at once. */
  private restarts = 0;
  private openedAt: number | undefined;
  /** When the logins of the last hour were made. */
  private recent: number[] = [];
  private count = 0;

  constructor(private readonly random: () => number) {}

  /** Every login attempt made since start. */
  get logins(): number {
    return this.count;
  }

  /** A login is being attempted now (a new socket). */
  attempted(now: Date): void {
    this.count += 1;
    this.recent.push(now.getTime());
  }

  /** The login was accepted: the link is open. */
  opened(now: Date): void {
    this.openedAt = now.getTime();
  }

  /** The link closed with this Baileys status code: what to do next. */
  closed(statusCode: number | undefined, now: Date): ReconnectDecision {
    const at = now.getTime();
    const wasOpen = this.openedAt !== undefined;
    const stable = wasOpen && at - this.openedAt! >= STABLE_LINK_MS;
    this.openedAt = undefined;
    if (stable) {
      this.failures = 0;
      this.dropped = 0;
      this.restarts = 0;
    }
    const stop = this.stopFor(statusCode);
    if (stop) return stop;

    if (statusCode === CLOSE_REASON.restartRequired) {
      // Asked for right after pairing: the first reconnects at once, a run of them backs off.
      this.restarts += 1;
      if (this.restarts === 1) return this.paced({ action: 'reconnect', delayMs: 0, reason: 'restart required' }, at);
    } else {
      this.restarts = 0;
    }
    if (wasOpen && !stable) {
      this.dropped += 1;
      if (this.dropped >= MAX_DROPPED_LOGINS) {
        return {
          action: 'stop',
          reason: `WhatsApp dropped the link right after login ${this.dropped} times in a row: check the phone and the account, then restart`,
        };
      }
    }
    const delayMs = backoffDelay(this.failures, this.random);
    this.failures += 1;
    if (statusCode === CLOSE_REASON.loggedOut) return this.paced({ action: 'relink', delayMs, reason: 'logged out from the phone: pair again' }, at);
    return this.paced({ action: 'reconnect', delayMs, reason: statusCode === undefined ? 'connection closed' : `connection closed (${statusCode})` }, at);
  }

  private stopFor(statusCode: number | undefined): ReconnectDecision | undefined {
    switch (statusCode) {
      case CLOSE_REASON.connectionReplaced:
        // Another process (or a second copy of this bot) opened the same link. Reconnecting
        // would replace it in turn, and the two would take turns forever.
        return { action: 'stop', reason: 'connection replaced: another process is using this WhatsApp link; stop it, then restart this one' };
      case CLOSE_REASON.forbidden:
        return { action: 'stop', reason: 'WhatsApp refused the account (403): it may be banned or restricted' };
      case CLIENT_TOO_OLD:
        return { action: 'stop', reason: 'WhatsApp refused this client version (405): update Baileys, then restart' };
      default:
        return undefined;
    }
  }

  /** Keeps the next login inside the hourly budget. */
  private paced<D extends Exclude<ReconnectDecision, { action: 'stop' }>>(decision: D, at: number): D {
    this.recent = this.recent.filter((t) => t > at - HOUR_MS);
    if (this.recent.length < MAX_LOGINS_PER_HOUR) return decision;
    const oldestCounted = this.recent[this.recent.length - MAX_LOGINS_PER_HOUR]!;
    return { ...decision, delayMs: Math.max(decision.delayMs, oldestCounted + HOUR_MS - at) };
  }
}
