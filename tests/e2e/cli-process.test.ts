/**
 * The admin command line as an admin runs it: `npm run --silent cli -- …` in a real
 * process, its stdout, stderr and exit code, against a real test database.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Nothing listens on port 1: any attempt to connect would fail the command. */
const UNREACHABLE = 'postgres://nobody@127.0.0.1:1/x';

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string>): Promise<Result> {
  const child = spawn('npm', ['run', '--silent', 'cli', '--', ...args], {
    cwd: ROOT,
    // The operator reads English (LANG=en) unless a test says otherwise.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.tmpdir(), LANG: 'en_US.UTF-8', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.drop());

describe('npm run cli', () => {
  it('trade list prints the trades as JSON and exits 0', async () => {
    const run = await cli(['trade', 'list'], { DATABASE_URL: t.url });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const trades = JSON.parse(run.stdout) as { code: string }[];
    expect(run.stdout).toBe(`${JSON.stringify(trades, null, 2)}\n`);
    expect(trades.map((x) => x.code)).toEqual([
      'asesoris', 'jahit', 'jasa', 'kerajinan-anyaman', 'kuliner', 'makanan-ringan', 'sembako', 'sulaman-bordir', 'ternak',
    ]);
  });

  it('a bad group create exits 2 with one line on stderr, nothing on stdout, and no group', async () => {
    const run = await cli(['group', 'create', '--name', 'Melati', '--trades', 'asesoris', '--facilitator', '4242'], {
      DATABASE_URL: t.url,
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('error: facilitator_not_found: no facilitator with id 4242\n');
    expect(await t.db.selectFrom('groups').select('id').execute()).toEqual([]);
  });

  it('speaks Indonesian unless LANG starts with en, and --lang overrides LANG', async () => {
    const args = ['group', 'create', '--name', 'Melati', '--trades', 'asesoris', '--facilitator', '4242'];
    const run = await cli(args, { DATABASE_URL: t.url, LANG: 'id_ID.UTF-8' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('error: facilitator_not_found: Pendamping itu tidak ditemukan. Periksa lagi namanya, misalnya: Rina Wati\n');
    const flagged = await cli(['--lang', 'en', ...args], { DATABASE_URL: t.url, LANG: 'id_ID.UTF-8' });
    expect(flagged.stderr).toBe('error: facilitator_not_found: no facilitator with id 4242\n');
  }, 90_000);

  it('loan schedule needs no database: it works with an unreachable DATABASE_URL', async () => {
    const run = await cli(
      ['loan', 'schedule', '--principal', '10000000', '--rate', '6', '--months', '12', '--method', 'flat', '--disbursed', '2026-11-05'],
      { DATABASE_URL: UNREACHABLE },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as { number: number; dueDate: string; total: number }[];
    expect(rows).toHaveLength(12);
    expect(rows[0]).toEqual({ number: 1, dueDate: '2026-12-05', principal: 833_333, interest: 50_000, total: 883_333 });
    expect(rows[11]).toEqual({ number: 12, dueDate: '2027-11-05', principal: 833_337, interest: 50_000, total: 883_337 });
  });

  it('--help lists the commands and exits 0, without a database', async () => {
    const run = await cli(['--help'], { DATABASE_URL: UNREACHABLE });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: dampingi \[options\] \[command\]\n/);
    for (const group of ['facilitator', 'group', 'member', 'trade', 'loan']) expect(run.stdout).toMatch(new RegExp(`^  ${group} `, 'm'));
  });
});
