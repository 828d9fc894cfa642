/**
 * The terminal chat as a person runs it: `npm run chat` in a real process on real Postgres
 * and Redis. A pasted list of three lines is one message (one reply, three entries), and
 * "grafik" writes a PNG file and prints where it is.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { createTestRedis, type TestRedis } from '../helpers/redis.ts';
import { eventually } from '../helpers/wait.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let t: TestDatabase;
let r: TestRedis;
let charts: string;

beforeAll(async () => {
  [t, r] = await Promise.all([createTestDatabase(), createTestRedis()]);
  charts = mkdtempSync(path.join(os.tmpdir(), 'dampingi-chat-charts-'));
});
afterAll(async () => {
  await r?.cleanup();
  await t?.drop();
  rmSync(charts, { recursive: true, force: true });
});

function chat(args: string[]) {
  const child = spawn('npm', ['run', '--silent', 'chat', '--', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.tmpdir(), DATABASE_URL: t.url, REDIS_URL: r.url, QUEUE_PREFIX: r.prefix },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    stdout: () => out,
    stderr: () => err,
    /** Bot replies so far. */
    replies: () => out.split('\n🤖 ').slice(1),
    write: (text: string) => child.stdin.write(text),
    end: () => child.stdin.end(),
    exit,
  };
}

describe('npm run chat', () => {
  it('takes a pasted list as one message, and writes a chart to a PNG file it names', async () => {
    const run = chat(['--as', 'Siti', '--paste-window', '150', '--charts-dir', charts]);
    // Three lines in one write: what a terminal receives when a list is pasted.
    run.write('laku 3 bros 45rb\nbeli benang 20rb\nlaku 1 kerudung 90rb\n');
    const [reply] = await eventually(() => (run.replies().length >= 1 ? run.replies() : undefined), { what: 'the reply', timeoutMs: 60_000 });
    expect(reply).toContain('✅ Jualan 3 bros Rp45.000');
    expect(reply).toContain('✅ Belanja benang Rp20.000');
    expect(reply).toContain('✅ Jualan 1 kerudung Rp90.000');
    const entries = await t.db.selectFrom('ledger_entries').select(['amount', 'source_message_id']).orderBy('id').execute();
    expect(entries.map((e) => e.amount)).toEqual([45000, 20000, 90000]);
    expect(new Set(entries.map((e) => e.source_message_id)).size).toBe(1);

    run.write('grafik\n');
    const chartReply = await eventually(() => run.replies().find((x) => x.includes('🖼️')), { what: 'the chart', timeoutMs: 60_000 });
    const file = /🖼️ (\S+\.png)/.exec(chartReply)?.[1];
    expect(file, chartReply).toBeDefined();
    expect(path.dirname(file!)).toBe(charts);
    expect(existsSync(file!)).toBe(true);
    expect(readFileSync(file!).subarray(0, 8)).toEqual(PNG_SIGNATURE);

    run.end();
    expect(await run.exit, run.stderr()).toBe(0);
    // The list was one message: one reply to it and one to "grafik", nothing else.
    expect(run.replies()).toHaveLength(2);
  }, 120_000);

  it('answers each piped line on its own when no paste window is asked for', async () => {
    const run = chat(['--as', 'Rina', '--charts-dir', charts]);
    run.write('laku 2 bros 30rb\nrekap\n');
    run.end();
    expect(await run.exit, run.stderr()).toBe(0);
    expect(run.replies()).toHaveLength(2);
    expect(run.replies()[1]).toContain('Jualan: Rp30.000');
  }, 120_000);

  it('refuses a paste window that is not a number', async () => {
    const run = chat(['--paste-window', 'soon']);
    run.end();
    expect(await run.exit).toBe(2);
    expect(run.stderr()).toContain('--paste-window takes a number of milliseconds');
  }, 60_000);
});
