/** SQL for the console's one-time logins, sessions and the log of login attempts. */
import type { Db } from '../../db/client.ts';
import type { ConsoleLoginAttemptsTable } from '../../db/schema.ts';

export async function insertLoginCode(
  db: Db,
  row: { personId: number; codeHash: string; linkHash: string; browserHash: string | null; at: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('console_login_codes')
    .values({ person_id: row.personId, code_hash: row.codeHash, link_hash: row.linkHash, browser_hash: row.browserHash, created_at: row.at, expires_at: row.expiresAt })
    .execute();
}

/**
 * Whether a still-usable login has this code (or link) hash: a new code must not collide with
 * a live one, and a link's page shows its button only then (nothing is used).
 */
export async function liveLoginExists(db: Db, by: 'code_hash' | 'link_hash', hash: string, now: Date): Promise<boolean> {
  const row = await db
    .selectFrom('console_login_codes')
    .select('id')
    .where(by, '=', hash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Retires her logins still live: a new one replaces them, so at most one code per person is
 * live at a time (each code a guesser might hit is one person's latest).
 */
export async function retireLoginsOf(db: Db, personId: number, now: Date): Promise<void> {
  await db.updateTable('console_login_codes').set({ used_at: now }).where('person_id', '=', personId).where('used_at', 'is', null)
    .where('expires_at', '>', now).execute();
}

/** Codes issued to her since `since` from the login page (her chat is not to be flooded). */
export async function codesAskedFor(db: Db, personId: number, since: Date): Promise<number> {
  const row = await db.selectFrom('console_login_attempts').select((eb) => eb.fn.countAll<string>().as('n')).where('person_id', '=', personId)
    .where('kind', '=', 'ask_code').where('outcome', '=', 'issued').where('at', '>=', since).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Forgets the log of attempts and the logins and sessions that ended before `before` (they open nothing). */
export async function pruneLogins(db: Db, before: Date): Promise<number> {
  const attempts = await db.deleteFrom('console_login_attempts').where('at', '<', before).executeTakeFirst();
  const codes = await db.deleteFrom('console_login_codes').where('expires_at', '<', before).executeTakeFirst();
  const sessions = await db.deleteFrom('console_sessions').where('expires_at', '<', before).executeTakeFirst();
  return Number(attempts.numDeletedRows) + Number(codes.numDeletedRows) + Number(sessions.numDeletedRows);
}

/**
 * Marks the live login with this code (or link) hash used and returns whose it was; once
 * only (the update's row lock makes two racing requests, in any bot copy, take it once).
 * `browserHash`: the typing browser's; a login bound to another browser is not taken (and
 * stays live for its own), one bound to none is taken from any.
 */
export async function takeLogin(db: Db, by: 'code_hash' | 'link_hash', hash: string, now: Date, browserHash: string | null = null): Promise<number | undefined> {
  const row = await db
    .updateTable('console_login_codes')
    .set({ used_at: now })
    .where(by, '=', hash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .where((eb) => (browserHash === null ? eb('browser_hash', 'is', null) : eb.or([eb('browser_hash', 'is', null), eb('browser_hash', '=', browserHash)])))
    .returning('person_id')
    .executeTakeFirst();
  return row?.person_id;
}

export async function insertSession(db: Db, s: { personId: number; tokenHash: string; csrfToken: string; at: Date; expiresAt: Date }): Promise<void> {
  await db
    .insertInto('console_sessions')
    .values({ person_id: s.personId, token_hash: s.tokenHash, csrf_token: s.csrfToken, created_at: s.at, expires_at: s.expiresAt })
    .execute();
}

export interface StoredSession {
  id: number;
  personId: number;
  csrfToken: string;
}

export async function liveSession(db: Db, tokenHash: string, now: Date): Promise<StoredSession | undefined> {
  return db
    .selectFrom('console_sessions')
    .select(['id', 'person_id as personId', 'csrf_token as csrfToken'])
    .where('token_hash', '=', tokenHash)
    .where('ended_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}

export async function endSession(db: Db, id: number, reason: string, now: Date): Promise<void> {
  await db.updateTable('console_sessions').set({ ended_at: now, end_reason: reason }).where('id', '=', id).where('ended_at', 'is', null).execute();
}

/** Ends her live sessions; `except`: one of them kept (the admin's own, changing her own role). */
export async function endSessionsOf(db: Db, personId: number, reason: string, now: Date, except?: number): Promise<number> {
  const result = await db
    .updateTable('console_sessions')
    .set({ ended_at: now, end_reason: reason })
    .where('person_id', '=', personId)
    .where('ended_at', 'is', null)
    .$if(except !== undefined, (q) => q.where('id', '<>', except!))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function recordAttempt(
  db: Db,
  a: { at: Date; client: string; kind: ConsoleLoginAttemptsTable['kind']; outcome: string; personId: number | null },
): Promise<void> {
  await db.insertInto('console_login_attempts').values({ at: a.at, client: a.client, kind: a.kind, outcome: a.outcome, person_id: a.personId }).execute();
}

/**
 * What counts against one client since `since`: every failed attempt and every code asked
 * for (each sends a message); successful logins do not (an office behind one address).
 */
export async function attemptsOf(db: Db, client: string, since: Date): Promise<number> {
  const row = await db
    .selectFrom('console_login_attempts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('client', '=', client)
    .where('at', '>', since)
    .where('kind', '<>', 'chat')
    .where('outcome', '<>', 'ok')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Wrong codes from anyone since `since`. */
export async function wrongCodesSince(db: Db, since: Date): Promise<number> {
  const row = await db
    .selectFrom('console_login_attempts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('kind', '=', 'code')
    .where('outcome', '=', 'wrong_code')
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
