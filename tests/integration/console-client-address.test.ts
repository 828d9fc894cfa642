/**
 * The address the console's rate limits and login log use, over a real HTTP server
 * (startWebConsole): without CONSOLE_TRUSTED_PROXIES a forged X-Forwarded-For changes
 * nothing (the socket's address is logged, and ten failures from "different" addresses
 * still lock the one client out); with one trusted proxy, the entry it wrote is the client.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { CLIENT_ATTEMPTS } from '../../src/modules/console-access/console-access.ts';
import { startWebConsole, type WebConsole } from '../../src/web/server.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

let t: TestDatabase;
const clock = fixedClock('2026-12-10T05:00:00Z');
const consoles: WebConsole[] = [];

async function start(trustedProxies: number): Promise<string> {
  const web = await startWebConsole(
    { port: 0, anyPortIfTaken: false, host: '127.0.0.1', publicUrl: undefined, trustedProxies },
    { db: t.db, clock, log: silentLogger(), timeZone: 'Asia/Jakarta', sendLoginCode: async () => true },
  );
  consoles.push(web);
  return web.url;
}

/** Types a wrong code on the login page, sending this X-Forwarded-For; returns where it was sent. */
async function wrongCode(base: string, forwardedFor: string): Promise<string | null> {
  const page = await fetch(`${base}/masuk`);
  const cookie = page.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const csrf = /name="csrf" value="([^"]+)"/.exec(await page.text())![1]!;
  const res = await fetch(`${base}/masuk/kode`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': forwardedFor },
    body: new URLSearchParams({ csrf, code: '000000' }),
  });
  return res.headers.get('location');
}

async function loggedClients(): Promise<string[]> {
  const { rows } = await sql<{ client: string }>`select client from console_login_attempts order by id`.execute(t.db);
  await sql`delete from console_login_attempts`.execute(t.db);
  return rows.map((r) => r.client);
}

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  for (const web of consoles) await web.close();
  await t?.drop();
});

describe('the client address behind proxies', () => {
  it('without trusted proxies, X-Forwarded-For is ignored: a forger cannot spread her guesses over made-up addresses', async () => {
    const base = await start(0);
    for (let i = 0; i < CLIENT_ATTEMPTS; i++) expect(await wrongCode(base, `198.51.100.${i}`)).toBe('/masuk?n=wrongCode');
    expect(await wrongCode(base, '198.51.100.200')).toBe('/masuk?n=rateLimited');
    const clients = await loggedClients();
    expect(new Set(clients)).toEqual(new Set(['127.0.0.1']));
  });

  it('with one trusted proxy, the address it appended is the client (and a forged entry before it is not)', async () => {
    const base = await start(1);
    expect(await wrongCode(base, '203.0.113.7')).toBe('/masuk?n=wrongCode');
    expect(await wrongCode(base, '6.6.6.6, 203.0.113.8')).toBe('/masuk?n=wrongCode');
    expect(await loggedClients()).toEqual(['203.0.113.7', '203.0.113.8']);
    // Each client has her own limit: one locked out does not lock out another behind the same proxy.
    for (let i = 0; i < CLIENT_ATTEMPTS; i++) await wrongCode(base, '203.0.113.9');
    expect(await wrongCode(base, '203.0.113.9')).toBe('/masuk?n=rateLimited');
    expect(await wrongCode(base, '203.0.113.10')).toBe('/masuk?n=wrongCode');
  });
});
