/**
 * Passwordless login to the web console (pure rules). She gets a one-time link and a
 * 6-digit code in her private chat; either logs her in once, within 10 minutes. The login
 * tables keep sha256 hashes of codes, link tokens and session tokens only; the chat message
 * that carries a code is blanked in the outbox once sent (a 6-digit code's hash alone is
 * no secret: it is the 10 minutes, the single use and the limits below that protect it).
 * A guesser's odds: at most one live code per person, and at most GLOBAL_WRONG_CODES wrong
 * codes from everyone per window, so with n people logging in at once each window gives
 * n × GLOBAL_WRONG_CODES / 1,000,000.
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

/** What she typed as the code: digits only ("123 456" and "123-456" count). */
export function normalizeCode(raw: string): string | null {
  const digits = raw.replace(/[\s-]/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}

export type LoginRefusal = 'rate_limited' | 'wrong_code' | 'bad_link' | 'no_role';
