/**
 * Passwordless login to the web console (pure rules). She gets a one-time link and a
 * 6-digit code in her private chat; either logs her in once, within 10 minutes. The login
 * tables keep sha256 hashes of codes, link tokens and session tokens only; the chat message
 * that carries a code is blanked in the outbox once sent (a 6-digit code's hash alone is
 * no secret: it is the 10 minutes, the single use and the limits below that protect it).
 * A guesser's odds: at most one live code per person, and at most GLOBAL_WRONG_CODES wrong
 * codes from everyone per window, so with n people logging in at once each window gives
 * n × GLOBAL_WRONG_CODES / 1,000,000.
 *
 * Which browser may use a code (threat model). A code is matched by its digits alone, so
 * before this rule any live code typed in any browser logged its owner in. Two ways in:
 * - a guesser types codes from her own browser, hoping to hit whichever of the live codes;
 * - someone who sees a code meant for another (a notification on a lock screen, a shared
 *   phone, over a shoulder, a code read out "to help") types it on another machine.
 * A code asked for on the login page (she typed her phone or @username there) is therefore
 * bound to the browser that asked: the login tables keep sha256 of that browser's pre-login
 * cookie (HttpOnly, random, 32 bytes), and only the same cookie can use the code. A
 * guesser's browser holds no code of anyone else's, so those codes are out of her reach
 * entirely, and a code seen elsewhere is useless without the asking browser's cookie. A
 * code from the chat's /masuk (and the terminal's first admin link) is bound to no browser:
 * it was asked for from her own chat, where there is no browser to bind to, and she may type
 * it on whichever computer she sits at. Those stay guarded by what guards every code: 10
 * minutes, single use, one live code per person, the client limit, and the global limit on
 * wrong codes — which counts a right code typed in the wrong browser as a wrong code.
 * Not covered: someone who asks for a victim's code in her own browser and then talks the
 * victim into reading it out (the chat message says never to share it).
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';

export const CODE_TTL_MS = 10 * 60_000;
export const SESSION_TTL_MS = 12 * 60 * 60_000;
/** Failed attempts and codes asked for that one client may make per window (successful logins do not count). */
export const CLIENT_ATTEMPTS = 10;
/** Wrong codes from everyone together per window before code entry closes for a while (links still work). */
export const GLOBAL_WRONG_CODES = 50;
/** Codes one person may be sent from the login page per hour (whoever asks for them). */
export const CODES_PER_PERSON = 3;
export const CODES_PER_PERSON_WINDOW_MS = 60 * 60_000;
export const ATTEMPT_WINDOW_MS = 15 * 60_000;

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Six digits, leading zeros kept. */
export function newCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** 32 random bytes, URL-safe: link tokens, session tokens, CSRF tokens. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Whether this has the shape newToken gives (32 random bytes, base64url, 43 characters). */
export function isTokenShaped(raw: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(raw);
}

/**
 * A form's one-time token (`request`) as newToken makes it; anything else came from no form
 * of ours: undefined.
 */
export function formRequestOf(raw: string): string | undefined {
  return isTokenShaped(raw) ? raw : undefined;
}

/** What she typed as the code: digits only ("123 456" and "123-456" count). */
export function normalizeCode(raw: string): string | null {
  const digits = raw.replace(/[\s-]/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}

export type LoginRefusal = 'rate_limited' | 'wrong_code' | 'bad_link' | 'no_role';
