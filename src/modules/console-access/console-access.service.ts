/**
 * Logging in to the web console: issuing a one-time login (for the chat's /masuk, the
 * login page's "send me a code" and the terminal's first admin link), turning a code or a
 * link into a session, and checking a session on every request. Every attempt is logged
 * (who, when, what came of it; never the code) and counts toward the client's rate limit.
 * A session is only as good as her role: when she has none any more, it ends.
 */
import type { Db } from '../../db/client.ts';
import { findPersonByPhone, findPersonByUsername, findPerson } from '../people/people.repository.ts';
import { normalizePhone } from '../people/phone.ts';
import type { Person } from '../people/people.ts';
import { resolveScope, type Scope } from '../programmes/scope.ts';
import { insertPerson, noteConsoleLogin } from '../people/people.repository.ts';
import { firstAdmin, grantStaffRole } from '../programmes/programmes.repository.ts';
import * as repo from './console-access.repository.ts';
import {
  ATTEMPT_WINDOW_MS,
  CLIENT_ATTEMPTS,
  CODE_TTL_MS,
  CODES_PER_PERSON,
  CODES_PER_PERSON_WINDOW_MS,
  GLOBAL_WRONG_CODES,
  newCode,
  newToken,
  normalizeCode,
  SESSION_TTL_MS,
  sha256,
  type LoginRefusal,
} from './console-access.ts';

export interface IssuedLogin {
  code: string;
  /** The link token (goes into /masuk/tautan/<token>). */
  token: string;
  expiresAt: Date;
}

/**
 * A fresh one-time login for her: a code no other live login has, and a link token.
 * `browser`: the pre-login cookie of the browser that asked on the login page, which alone
 * may then use the code (see console-access.ts); none for the chat's /masuk and the terminal.
 */
export async function issueLogin(db: Db, personId: number, now: Date, browser?: string): Promise<IssuedLogin> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const code = newCode();
    const codeHash = sha256(code);
    if (await repo.liveLoginExists(db, 'code_hash', codeHash, now)) continue;
    const token = newToken();
    const expiresAt = new Date(now.getTime() + CODE_TTL_MS);
    await repo.retireLoginsOf(db, personId, now);
    await repo.insertLoginCode(db, { personId, codeHash, linkHash: sha256(token), browserHash: browser ? sha256(browser) : null, at: now, expiresAt });
    return { code, token, expiresAt };
  }
  throw new Error('could not find a free login code');
}

/** "/masuk" in her private chat: a login when she has a console role, else the reason. */
export async function loginFromChat(db: Db, personId: number, now: Date): Promise<IssuedLogin | 'no_role'> {
  const scope = await resolveScope(db, personId);
  await repo.recordAttempt(db, { at: now, client: 'chat', kind: 'chat', outcome: scope ? 'issued' : 'no_role', personId });
  return scope ? issueLogin(db, personId, now) : 'no_role';
}

async function limited(db: Db, client: string, now: Date): Promise<boolean> {
  return (await repo.attemptsOf(db, client, new Date(now.getTime() - ATTEMPT_WINDOW_MS))) >= CLIENT_ATTEMPTS;
}

export interface CodeToSend extends IssuedLogin {
  person: Person;
}

/**
 * The login page's "send me a code": finds staff by phone or Telegram @username. The page answers the same
 * whether or not the number belongs to anyone, so it tells strangers nothing.
 */
export async function askCode(db: Db, contact: string, client: string, now: Date, browser: string): Promise<CodeToSend | LoginRefusal | 'unknown'> {
  if (await limited(db, client, now)) {
    await repo.recordAttempt(db, { at: now, client, kind: 'ask_code', outcome: 'rate_limited', personId: null });
    return 'rate_limited';
  }
  const person = await personByContact(db, contact);
  const scope = person ? await resolveScope(db, person.id) : undefined;
  // A few codes an hour per person, whoever asks: her chat is not flooded, and the page
  // answers as for an unknown number.
  const flooded = person && scope ? (await repo.codesAskedFor(db, person.id, new Date(now.getTime() - CODES_PER_PERSON_WINDOW_MS))) >= CODES_PER_PERSON : false;
  const outcome = !person ? 'unknown' : !scope ? 'no_role' : flooded ? 'rate_limited' : 'issued';
  await repo.recordAttempt(db, { at: now, client, kind: 'ask_code', outcome, personId: person?.id ?? null });
  if (!person || !scope || flooded) return 'unknown';
  return { ...(await issueLogin(db, person.id, now, browser)), person };
}

/** "@ani_lestari" or "ani_lestari" (a Telegram username), else a phone number. */
async function personByContact(db: Db, contact: string): Promise<Person | undefined> {
  const text = contact.trim();
  const username = /^@?([A-Za-z][A-Za-z0-9_]{3,31})$/.exec(text)?.[1];
  if (username) return findPersonByUsername(db, username);
  const phone = normalizePhone(text);
  return phone ? findPersonByPhone(db, phone) : undefined;
}

export interface NewSession {
  token: string;
  personId: number;
}

async function startSession(db: Db, personId: number, now: Date): Promise<NewSession> {
  const token = newToken();
  await repo.insertSession(db, { personId, tokenHash: sha256(token), csrfToken: newToken(), at: now, expiresAt: new Date(now.getTime() + SESSION_TTL_MS) });
  await noteConsoleLogin(db, personId, now);
  return { token, personId };
}

/**
 * The 6-digit code typed on the login page, in the browser whose pre-login cookie is
 * `browser`: a code asked for from another browser's login page counts as a wrong code.
 */
export async function loginWithCode(db: Db, typed: string, client: string, now: Date, browser: string | undefined): Promise<NewSession | LoginRefusal> {
  const since = new Date(now.getTime() - ATTEMPT_WINDOW_MS);
  if ((await limited(db, client, now)) || (await repo.wrongCodesSince(db, since)) >= GLOBAL_WRONG_CODES) {
    await repo.recordAttempt(db, { at: now, client, kind: 'code', outcome: 'rate_limited', personId: null });
    return 'rate_limited';
  }
  const code = normalizeCode(typed);
  const personId = code ? await repo.takeLogin(db, 'code_hash', sha256(code), now, browser ? sha256(browser) : null) : undefined;
  return finishLogin(db, personId, 'code', client, now);
}

/** The one-time link, once she presses its button (a link preview that only GETs the page uses nothing). */
export async function loginWithLink(db: Db, token: string, client: string, now: Date): Promise<NewSession | LoginRefusal> {
  if (await limited(db, client, now)) {
    await repo.recordAttempt(db, { at: now, client, kind: 'link', outcome: 'rate_limited', personId: null });
    return 'rate_limited';
  }
  const personId = await repo.takeLogin(db, 'link_hash', sha256(token), now);
  return finishLogin(db, personId, 'link', client, now);
}

async function finishLogin(db: Db, personId: number | undefined, kind: 'code' | 'link', client: string, now: Date): Promise<NewSession | LoginRefusal> {
  const wrong: LoginRefusal = kind === 'code' ? 'wrong_code' : 'bad_link';
  if (personId === undefined) {
    await repo.recordAttempt(db, { at: now, client, kind, outcome: wrong, personId: null });
    return wrong;
  }
  // Her role may have gone between the code and its use.
  if (!(await resolveScope(db, personId))) {
    await repo.recordAttempt(db, { at: now, client, kind, outcome: 'no_role', personId });
    return 'no_role';
  }
  await repo.recordAttempt(db, { at: now, client, kind, outcome: 'ok', personId });
  return startSession(db, personId, now);
}

export async function linkIsLive(db: Db, token: string, now: Date): Promise<boolean> {
  return repo.liveLoginExists(db, 'link_hash', sha256(token), now);
}

export interface Viewer {
  sessionId: number;
  csrfToken: string;
  scope: Scope;
  person: Person;
}

/** The viewer behind a session cookie, or undefined (no session, expired, ended, or no role any more: then it ends). */
export async function viewerOf(db: Db, token: string, now: Date): Promise<Viewer | undefined> {
  const session = await repo.liveSession(db, sha256(token), now);
  if (!session) return undefined;
  const [scope, person] = await Promise.all([resolveScope(db, session.personId), findPerson(db, session.personId)]);
  if (!scope || !person) {
    await repo.endSession(db, session.id, 'role_removed', now);
    return undefined;
  }
  return { sessionId: session.id, csrfToken: session.csrfToken, scope, person };
}

export async function logout(db: Db, sessionId: number, now: Date): Promise<void> {
  await repo.endSession(db, sessionId, 'logout', now);
}

/**
 * The deployment's first admin, made on first start when there is none ("Admin", no
 * phone): the terminal's one-time link logs her in; she can add her phone later.
 */
export async function ensureAdmin(db: Db, timeZone: string, now: Date): Promise<{ id: number; created: boolean }> {
  const existing = await firstAdmin(db);
  if (existing !== undefined) return { id: existing, created: false };
  const person = await insertPerson(db, { name: 'Admin', phone: null, timeZone });
  await grantStaffRole(db, person.id, 'admin', null, now);
  return { id: person.id, created: true };
}

/** The log of attempts is kept this long (the rate limits look back far less), then forgotten with ended logins and sessions. */
export const LOGIN_LOG_KEPT_MS = 30 * 24 * 3600_000;

/** Maintenance: forgets login attempts, codes and sessions older than LOGIN_LOG_KEPT_MS. */
export async function pruneConsoleLogins(db: Db, now: Date): Promise<number> {
  return repo.pruneLogins(db, new Date(now.getTime() - LOGIN_LOG_KEPT_MS));
}

/**
 * Ends her sessions now (her role was removed, or changed so that they would see more than
 * they were opened for); `except`: a session kept (the admin's own, changing her own role).
 */
export async function endSessionsOf(db: Db, personId: number, reason: string, now: Date, except?: number): Promise<number> {
  return repo.endSessionsOf(db, personId, reason, now, except);
}

/** Retires her unused one-time logins (codes and links): made for a role she no longer holds. */
export async function retireLoginsOf(db: Db, personId: number, now: Date): Promise<void> {
  await repo.retireLoginsOf(db, personId, now);
}
