/**
 * Logging in to the web console, over HTTP against the real routes and Postgres (no
 * browser: tests/e2e/console-browser.test.ts has that): a code works once and for 10
 * minutes; a link's page uses nothing until its button is pressed; CSRF tokens are
 * required; cookies are HttpOnly, SameSite=Lax and Secure behind https; wrong codes are
 * rate-limited and every attempt is logged; a session dies with its role; the code asked
 * for on the login page goes through the outbox in her language and nothing tells a
 * stranger whether a number is known. And "/masuk" in chat: only privately, only for staff.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { processInbound, type InboundDeps } from '../../src/jobs/inbound.processor.ts';
import { ATTEMPT_WINDOW_MS, GLOBAL_WRONG_CODES } from '../../src/modules/console-access/console-access.ts';
import { issueLogin, LOGIN_LOG_KEPT_MS, pruneConsoleLogins } from '../../src/modules/console-access/console-access.service.ts';
import type { OutboxItem } from '../../src/modules/outbox/outbox.repository.ts';
import { findOutbound, markSent, SENT_SECRET } from '../../src/modules/outbox/outbox.repository.ts';
import { makeManager, removeStaffRole } from '../../src/modules/programmes/programmes.service.ts';
import { createConsoleApp } from '../../src/web/console-app.ts';
import { loginCodeSender } from '../../src/web/deliver.ts';
import { seedConsoleWorld, type ConsoleWorld } from '../helpers/console-world.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { groupMessage, privateMessage } from '../helpers/messages.ts';

let t: TestDatabase;
let w: ConsoleWorld;
const clock = fixedClock('2026-12-10T05:00:00Z');
const sent: OutboxItem[] = [];
let client = 'client-1';
let app: ReturnType<typeof createConsoleApp>;

beforeAll(async () => {
  t = await createTestDatabase();
  w = await seedConsoleWorld(t.db);
  app = createConsoleApp({
    db: t.db,
    clock,
    log: silentLogger(),
    timeZone: 'Asia/Jakarta',
    secureCookies: false,
    sendLoginCode: loginCodeSender(t.db, async (items) => void sent.push(...items)),
    clientOf: () => client,
  });
});
afterAll(async () => t?.drop());

/** A tiny browser: keeps cookies, reads the CSRF token from the last page. */
function agent(target = app) {
  const jar = new Map<string, string>();
  let csrf = '';
  const keep = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...rest] = pair!.split('=');
      const value = rest.join('=');
      if (value) jar.set(name!, value);
      else jar.delete(name!);
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  return {
    jar,
    async get(path: string) {
      const res = await target.request(path, { headers: { cookie: cookie() } });
      keep(res);
      const body = await res.text();
      csrf = /name="csrf" value="([^"]+)"/.exec(body)?.[1] ?? csrf;
      return { res, body };
    },
    async post(path: string, fields: Record<string, string>, withCsrf = true) {
      const form = new URLSearchParams({ ...(withCsrf ? { csrf } : {}), ...fields });
      const res = await target.request(path, { method: 'POST', body: form, headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded' } });
      keep(res);
      return res;
    },
  };
}

async function loginWithCode(code: string) {
  const a = agent();
  await a.get('/masuk');
  const res = await a.post('/masuk/kode', { code });
  return { a, res };
}

describe('one-time codes', () => {
  it('a code logs in once; the session cookie is HttpOnly and SameSite=Lax', async () => {
    const { code } = await issueLogin(t.db, w.maya, clock.now());
    const { a, res } = await loginWithCode(code.slice(0, 3) + ' ' + code.slice(3));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('dampingi_sesi='))!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).not.toMatch(/Secure/);
    const home = await a.get('/');
    expect(home.body).toContain('Maya');
    expect((await loginWithCode(code)).res.headers.get('location')).toBe('/masuk?n=wrongCode');
    // Nothing readable is stored: only hashes.
    const { rows } = await sql<{ n: string }>`select count(*) as n from console_login_codes where code_hash = ${code} or link_hash like ${'%' + code + '%'}`.execute(t.db);
    expect(Number(rows[0]!.n)).toBe(0);
  });

  it('a code is valid 10 minutes', async () => {
    // Two people: a new login of one person retires her older one.
    const { code: fresh } = await issueLogin(t.db, w.maya, clock.now());
    const { code: stale } = await issueLogin(t.db, w.nina, clock.now());
    clock.advance(10 * 60_000 - 1000);
    expect((await loginWithCode(fresh)).res.headers.get('location')).toBe('/');
    clock.advance(2000);
    expect((await loginWithCode(stale)).res.headers.get('location')).toBe('/masuk?n=wrongCode');
  });

  it("a link's page uses nothing; its button logs in once", async () => {
    const { token } = await issueLogin(t.db, w.nina, clock.now());
    const a = agent();
    const page = await a.get(`/masuk/tautan/${token}`);
    expect(page.body).toContain('method="post" action="/masuk/tautan"');
    expect((await a.get(`/masuk/tautan/${token}`)).body).toContain(token);
    expect((await a.post('/masuk/tautan', { token })).headers.get('location')).toBe('/');
    const b = agent();
    expect((await b.get(`/masuk/tautan/${token}`)).body).toContain('data-k="notice-badLink"');
    await b.get('/masuk');
    expect((await b.post('/masuk/tautan', { token })).headers.get('location')).toBe('/masuk?n=badLink');
  });
});

describe('forms and cookies', () => {
  it('refuses a form without its CSRF token, before and after login', async () => {
    const { code } = await issueLogin(t.db, w.maya, clock.now());
    const a = agent();
    await a.get('/masuk');
    expect((await a.post('/masuk/kode', { code }, false)).status).toBe(403);
    expect((await a.post('/masuk/kode', { code, csrf: 'x'.repeat(43) }, false)).status).toBe(403);
    // The code was not used by the refused forms.
    expect((await a.post('/masuk/kode', { code })).headers.get('location')).toBe('/');
    await a.get('/');
    expect((await a.post('/keluar', {}, false)).status).toBe(403);
    expect((await a.post('/keluar', { csrf: 'x'.repeat(43) }, false)).status).toBe(403);
    expect((await a.post('/keluar', {})).headers.get('location')).toBe('/masuk?n=loggedOut');
    expect((await a.get('/')).res.headers.get('location')).toBe('/masuk');
  });

  it('marks cookies Secure behind https', async () => {
    const secure = createConsoleApp({ db: t.db, clock, log: silentLogger(), timeZone: 'Asia/Jakarta', secureCookies: true, sendLoginCode: async () => true, clientOf: () => 'c-secure' });
    const { token } = await issueLogin(t.db, w.nina, clock.now());
    const a = agent(secure);
    await a.get(`/masuk/tautan/${token}`);
    const res = await a.post('/masuk/tautan', { token });
    expect(res.headers.getSetCookie().find((c) => c.startsWith('dampingi_sesi='))).toMatch(/Secure/);
  });

  it('sends strangers to the login page and only redirects within the site', async () => {
    const a = agent();
    expect((await a.get('/')).res.headers.get('location')).toBe('/masuk');
    expect((await a.get('/bahasa/en?ke=//evil.example')).res.headers.get('location')).toBe('/');
    expect((await a.get('/bahasa/en?ke=/masuk')).res.headers.get('location')).toBe('/masuk');
    expect((await a.get('/masuk')).body).toContain('<html lang="en">');
  });
});

describe('rate limit and log', () => {
  it('after 10 failures from one client even a right code waits; others are not affected', async () => {
    client = 'client-guesser';
    for (let i = 0; i < 10; i++) await loginWithCode('000000');
    const { code } = await issueLogin(t.db, w.maya, clock.now());
    expect((await loginWithCode(code)).res.headers.get('location')).toBe('/masuk?n=rateLimited');
    client = 'client-other';
    expect((await loginWithCode(code)).res.headers.get('location')).toBe('/');
    const { rows } = await sql<{ outcome: string; n: string }>`
      select outcome, count(*) as n from console_login_attempts where client = 'client-guesser' group by outcome order by outcome`.execute(t.db);
    expect(rows.map((r) => [r.outcome, Number(r.n)])).toEqual([
      ['rate_limited', 1],
      ['wrong_code', 10],
    ]);
    // 15 minutes later the guesser may try again.
    clock.advance(15 * 60_000 + 1000);
    client = 'client-guesser';
    const { code: next } = await issueLogin(t.db, w.maya, clock.now());
    expect((await loginWithCode(next)).res.headers.get('location')).toBe('/');
    client = 'client-1';
  });
});

describe('the code asked for on the login page', () => {
  it('goes to her chat through the outbox; an unknown number gets the same answer and no message', async () => {
    sent.length = 0;
    const a = agent();
    await a.get('/masuk');
    expect((await a.post('/masuk/kirim-kode', { contact: '+62 812 0000 0101' })).headers.get('location')).toBe('/masuk?n=sent');
    expect(sent).toHaveLength(1);
    const row = await findOutbound(t.db, sent[0]!.idempotencyKey);
    expect(row?.payload.chatId).toBe(w.telegram.maya);
    const code = /(\d{6})/.exec(row!.payload.text)![1]!;
    expect(row?.payload.text).toContain('Kode masuk konsol');
    expect((await a.post('/masuk/kode', { code })).headers.get('location')).toBe('/');

    expect((await agentPost('/masuk/kirim-kode', { contact: '+62 812 9999 9999' })).headers.get('location')).toBe('/masuk?n=sent');
    // A member with no console role: same answer, nothing sent (and not a number at all: the same).
    await t.db.updateTable('people').set({ phone: '+6281200000199' }).where('id', '=', w.members.ani).execute();
    expect((await agentPost('/masuk/kirim-kode', { contact: '0812 0000 0199' })).headers.get('location')).toBe('/masuk?n=sent');
    const noRole = await t.db.selectFrom('console_login_attempts').select('outcome').where('person_id', '=', w.members.ani).where('kind', '=', 'ask_code').execute();
    expect(noRole).toEqual([{ outcome: 'no_role' }]);
    expect((await agentPost('/masuk/kirim-kode', { contact: 'bukan nomor' })).headers.get('location')).toBe('/masuk?n=sent');
    expect(sent).toHaveLength(1);
  });
});

describe('a code asked for on the login page works only in the browser that asked', () => {
  /** Asks Maya's code on the login page in a new browser; returns that browser and the code sent to her chat. */
  async function askInBrowser() {
    const before = sent.length;
    const asker = agent();
    await asker.get('/masuk');
    expect((await asker.post('/masuk/kirim-kode', { contact: '+62 812 0000 0101' })).headers.get('location')).toBe('/masuk?n=sent');
    expect(sent.length).toBe(before + 1);
    const row = await findOutbound(t.db, sent.at(-1)!.idempotencyKey);
    return { asker, code: /(\d{6})/.exec(row!.payload.text)![1]! };
  }

  it('another browser typing the right code gets "wrong code" (counted as one); the asking browser still logs in', async () => {
    clock.advance(61 * 60_000); // a fresh hour of codes for her
    client = 'client-bound';
    const { asker, code } = await askInBrowser();
    const wrongBefore = await wrongCodes();
    expect((await loginWithCode(code)).res.headers.get('location')).toBe('/masuk?n=wrongCode');
    expect(await wrongCodes()).toBe(wrongBefore + 1);
    // Not used up by the other browser's try: the asking browser logs in with it, once.
    expect((await asker.post('/masuk/kode', { code })).headers.get('location')).toBe('/');
    const again = agent();
    await again.get('/masuk');
    expect((await again.post('/masuk/kode', { code })).headers.get('location')).toBe('/masuk?n=wrongCode');
    // Stored as a hash of the browser's cookie, never the cookie itself.
    const { rows } = await sql<{ browser_hash: string | null }>`select browser_hash from console_login_codes order by id desc limit 1`.execute(t.db);
    expect(rows[0]!.browser_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]!.browser_hash).not.toBe(asker.jar.get('dampingi_csrf'));
    client = 'client-1';
  });

  it("a code from the chat's /masuk (bound to no browser) works in any browser", async () => {
    const { code } = await issueLogin(t.db, w.nina, clock.now());
    const { rows } = await sql<{ browser_hash: string | null }>`select browser_hash from console_login_codes order by id desc limit 1`.execute(t.db);
    expect(rows[0]!.browser_hash).toBeNull();
    expect((await loginWithCode(code)).res.headers.get('location')).toBe('/');
  });

  it('the global limit on wrong codes still closes code entry for everyone, bound codes included', async () => {
    clock.advance(61 * 60_000);
    client = 'client-bound-2';
    const { asker, code } = await askInBrowser();
    // Wrong codes from many clients (none reaching its own limit) add up to the global one.
    const missing = GLOBAL_WRONG_CODES - (await wrongCodes());
    for (let i = 0; i < missing; i++) {
      client = `client-global-${Math.floor(i / 5)}`;
      await loginWithCode('000000');
    }
    client = 'client-bound-2';
    expect((await asker.post('/masuk/kode', { code })).headers.get('location')).toBe('/masuk?n=rateLimited');
    clock.advance(ATTEMPT_WINDOW_MS + 1000);
    // The code's 10 minutes are gone by now: a new one, once the window has passed, works in its browser.
    const fresh = await askInBrowser();
    expect((await fresh.asker.post('/masuk/kode', { code: fresh.code })).headers.get('location')).toBe('/');
    client = 'client-1';
  });
});

async function wrongCodes(): Promise<number> {
  const since = new Date(clock.now().getTime() - ATTEMPT_WINDOW_MS);
  const { rows } = await sql<{ n: string }>`select count(*) as n from console_login_attempts where kind = 'code' and outcome = 'wrong_code' and at > ${since}`.execute(t.db);
  return Number(rows[0]!.n);
}

describe('what keeps a 6-digit code hard to guess and her chat quiet', () => {
  it('a new login retires her older one: one live code per person', async () => {
    const first = await issueLogin(t.db, w.maya, clock.now());
    const second = await issueLogin(t.db, w.maya, clock.now());
    client = 'client-retire';
    expect((await loginWithCode(first.code)).res.headers.get('location')).toBe('/masuk?n=wrongCode');
    expect((await loginWithCode(second.code)).res.headers.get('location')).toBe('/');
  });

  it('sends one person at most three codes an hour from the login page, whoever asks', async () => {
    clock.advance(61 * 60_000); // past the codes of the tests before
    sent.length = 0;
    for (let i = 0; i < 5; i++) {
      client = `client-flood-${i}`;
      expect((await agentPost('/masuk/kirim-kode', { contact: '+62 812 0000 0101' })).headers.get('location')).toBe('/masuk?n=sent');
    }
    expect(sent).toHaveLength(3);
    clock.advance(61 * 60_000);
    client = 'client-flood-later';
    await agentPost('/masuk/kirim-kode', { contact: '+62 812 0000 0101' });
    expect(sent).toHaveLength(4);
  });

  it('keeps no copy of a code in the outbox once it is sent', async () => {
    const row = await findOutbound(t.db, sent.at(-1)!.idempotencyKey);
    expect(row?.payload).toMatchObject({ secret: true });
    expect(row?.payload.text).toMatch(/\d{6}/);
    await markSent(t.db, sent.at(-1)!.idempotencyKey, '1', clock.now());
    expect((await findOutbound(t.db, sent.at(-1)!.idempotencyKey))?.payload.text).toBe(SENT_SECRET);
  });

  it('forgets attempts, codes and sessions older than the log is kept', async () => {
    const count = async () => Number((await sql<{ n: string }>`select (select count(*) from console_login_attempts) + (select count(*) from console_login_codes) as n`.execute(t.db)).rows[0]!.n);
    const before = await count();
    expect(before).toBeGreaterThan(0);
    expect(await pruneConsoleLogins(t.db, clock.now())).toBe(0);
    expect(await pruneConsoleLogins(t.db, new Date(clock.now().getTime() + LOGIN_LOG_KEPT_MS + 24 * 3600_000))).toBeGreaterThanOrEqual(before);
    expect(await count()).toBe(0);
  });
});

async function agentPost(path: string, fields: Record<string, string>) {
  const a = agent();
  await a.get('/masuk');
  return a.post(path, fields);
}

describe('sessions and roles', () => {
  it('a session ends when her role is removed, and stays ended when it comes back', async () => {
    const { code } = await issueLogin(t.db, w.nina, clock.now());
    const { a } = await loginWithCode(code);
    expect((await a.get('/')).res.status).toBe(200);
    await t.db.transaction().execute((trx) => removeStaffRole(trx, w.nina, clock.now()));
    expect((await a.get('/')).res.headers.get('location')).toBe('/masuk?n=expired');
    await makeManager(t.db, w.nina, w.programmeB, clock.now());
    expect((await a.get('/')).res.headers.get('location')).toBe('/masuk');
    const { rows } = await sql<{ end_reason: string }>`select end_reason from console_sessions where person_id = ${w.nina} and ended_at is not null`.execute(t.db);
    expect(rows.map((r) => r.end_reason)).toContain('role_removed');
  });
});

describe('"/masuk" in chat', () => {
  const deps = (): InboundDeps => ({
    db: t.db,
    clock,
    defaultTimeZone: 'Asia/Jakarta',
    log: silentLogger(),
    consoleUrl: 'https://konsol.example',
    dispatch: async () => undefined,
  });
  async function reply(message: ReturnType<typeof privateMessage>, d = deps()): Promise<string> {
    const items: OutboxItem[] = [];
    await processInbound({ ...d, dispatch: async (i) => void items.push(...i) }, message);
    const rows = await Promise.all(items.map((i) => findOutbound(t.db, i.idempotencyKey)));
    return rows.map((r) => r?.payload.text ?? '').join('\n');
  }

  it('a facilitator gets a link and a code privately', async () => {
    const text = await reply(privateMessage('/masuk', { chatId: w.fitri.telegramId, sender: { id: w.fitri.telegramId, name: 'Fitri' } }));
    expect(text).toMatch(/https:\/\/konsol\.example\/masuk\/tautan\/[A-Za-z0-9_-]{43}/);
    expect(text).toMatch(/kode \d{6}/);
  });

  it('marks the chat reply with the code as a secret (blanked in the outbox once sent)', async () => {
    const items: OutboxItem[] = [];
    await processInbound({ ...deps(), dispatch: async (i) => void items.push(...i) }, privateMessage('/masuk', { chatId: w.fitri.telegramId, sender: { id: w.fitri.telegramId, name: 'Fitri' }, messageId: 'masuk-secret' }));
    const row = await findOutbound(t.db, items[0]!.idempotencyKey);
    expect(row?.payload).toMatchObject({ secret: true });
  });

  it('a first /masuk from someone without a role gets only the refusal, saying what to give the admin', async () => {
    const first = await reply(privateMessage('/masuk', { chatId: '5550001', sender: { id: '5550001', name: 'Bu Rika', username: 'rika_mgr' } }));
    expect(first).toBe('Maaf, konsol hanya untuk pendamping dan staf program. Bila Ibu perlu akses, berikan ke admin program username Telegram Ibu: @rika_mgr.');
    expect(first).not.toContain('teman catat jualan');
    // A first message that is a member's still gets the welcome.
    expect(await reply(privateMessage('laku 2 bros @15rb', { chatId: '5550002', sender: { id: '5550002', name: 'Bu Sari' } }))).toContain('teman catat jualan');
    const noUsername = await reply(privateMessage('/masuk', { chatId: '5550003', sender: { id: '5550003', name: 'Bu Tuti' } }));
    expect(noUsername).toBe('Maaf, konsol hanya untuk pendamping dan staf program. Bila Ibu perlu akses, berikan ke admin program nomor HP Ibu.');
  });

  it('not in a group, not for a member without a role, not when the console is off', async () => {
    expect(await reply(groupMessage('/masuk', { sender: { id: w.fitri.telegramId, name: 'Fitri' }, addressedToBot: true }))).toContain('chat pribadi');
    expect(await reply(privateMessage('/masuk', { chatId: '1001', sender: { id: '1001', name: 'Ani' } }))).toContain('hanya untuk pendamping');
    expect(await reply(privateMessage('/login', { chatId: w.fitri.telegramId, sender: { id: w.fitri.telegramId, name: 'Fitri' } }), { ...deps(), consoleUrl: undefined })).toContain('belum dinyalakan');
  });
});
