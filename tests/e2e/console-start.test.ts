/**
 * `npm start` with no chat platform configured serves the web console, prints its address
 * and a one-time admin link in the terminal, and that link logs the admin in (once).
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { createTestRedis, type TestRedis } from '../helpers/redis.ts';
import { eventually } from '../helpers/wait.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
let t: TestDatabase;
let r: TestRedis;
beforeAll(async () => {
  [t, r] = await Promise.all([createTestDatabase(), createTestRedis()]);
});
afterAll(async () => {
  await r?.cleanup();
  await t?.drop();
});

it('prints the console address and an admin link that logs in once', async () => {
  const child = spawn('node', ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.tmpdir(), USER: 'Ibu', DATABASE_URL: t.url, REDIS_URL: r.url, QUEUE_PREFIX: r.prefix, WEB_PORT: '0' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
  try {
    const link = await eventually(() => /one-time admin link, 10 minutes: (http:\/\/127\.0\.0\.1:\d+)(\/masuk\/tautan\/[A-Za-z0-9_-]{43})/.exec(out) ?? undefined, {
      what: 'the admin link on stdout',
      timeoutMs: 60_000,
    });
    const [, base, linkPath] = link;
    expect(out).toContain(`Konsol program / programme console: ${base}`);

    const page = await fetch(`${base}${linkPath}`);
    const csrfCookie = page.headers.getSetCookie().find((c) => c.startsWith('dampingi_csrf='))!.split(';')[0]!;
    const csrf = /name="csrf" value="([^"]+)"/.exec(await page.text())![1]!;
    const form = new URLSearchParams({ csrf, token: linkPath!.split('/').at(-1)! });
    const post = () => fetch(`${base}/masuk/tautan`, { method: 'POST', body: form, redirect: 'manual', headers: { cookie: csrfCookie } });
    const login = await post();
    expect(login.headers.get('location')).toBe('/');
    const session = login.headers.getSetCookie().find((c) => c.startsWith('dampingi_sesi='))!.split(';')[0]!;
    const home = await fetch(`${base}/`, { headers: { cookie: session }, redirect: 'manual' });
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('Admin · semua program');
    expect((await post()).headers.get('location')).toBe('/masuk?n=badLink');
  } finally {
    child.kill('SIGTERM');
    await exit;
  }
}, 90_000);
