/**
 * `npm start` as a newcomer runs it: a real process, real Postgres (configured, and the
 * embedded default), real Redis, the console chat on stdin/stdout.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { createTestRedis, type TestRedis } from '../helpers/redis.ts';
import { eventually } from '../helpers/wait.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Run {
  stdout: () => string;
  stderr: () => string;
  write(line: string): void;
  end(): void;
  kill(signal: NodeJS.Signals): void;
  exit: Promise<number | null>;
}

/** `npm start`, or the command it execs (`node --import tsx src/main.ts`) to see its own exit code. */
function start(env: Record<string, string>, { direct = false } = {}): Run {
  const [command, args] = direct ? ['node', ['--import', 'tsx', 'src/main.ts']] : ['npm', ['start', '--silent']];
  const child = spawn(command as string, args as string[], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.tmpdir(), USER: 'Ibu', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return {
    stdout: () => out,
    stderr: () => err,
    write: (line) => child.stdin.write(`${line}\n`),
    end: () => child.stdin.end(),
    kill: (signal) => child.kill(signal),
    exit: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
  };
}

async function chat(env: Record<string, string>, lines: string[]): Promise<string> {
  const run = start(env);
  for (const line of lines) run.write(line);
  run.end();
  const code = await run.exit;
  expect(code, run.stderr()).toBe(0);
  return run.stdout();
}

let t: TestDatabase;
let r: TestRedis;
let scratch: string;

beforeAll(async () => {
  [t, r] = await Promise.all([createTestDatabase(), createTestRedis()]);
  scratch = mkdtempSync(path.join(os.tmpdir(), 'dampingi-start-'));
  // Under root the embedded PostgreSQL runs as "postgres", which must reach its folder.
  chmodSync(scratch, 0o755);
});
afterAll(async () => {
  await r?.cleanup();
  await t?.drop();
  rmSync(scratch, { recursive: true, force: true });
});

describe('npm start', () => {
  it('answers piped messages on configured Postgres and Redis, and remembers them', async () => {
    const env = { DATABASE_URL: t.url, REDIS_URL: r.url, QUEUE_PREFIX: r.prefix };
    const first = await chat(env, ['laku 12 bros @15rb']);
    expect(first).toContain('✅ Jualan 12 bros × Rp15.000 = Rp180.000');
    const second = await chat(env, ['rekap']);
    expect(second).toContain('Jualan: Rp180.000');
    // Two cold starts of `npm start` (tsx compiles the bot each time): tens of seconds on a busy
    // 2-core machine, so this test gets the same room as the embedded-database ones.
  }, 120_000);

  it('runs on embedded defaults with nothing configured, and keeps the books across a restart', async () => {
    const env = { DATA_DIR: path.join(scratch, 'data'), QUEUE_PREFIX: `${r.prefix}e` };
    const first = await chat(env, ['laku 12 bros @15rb']);
    expect(first).toContain('Rp180.000');
    const second = await chat(env, ['rekap']);
    expect(second).toContain('Jualan: Rp180.000');
  }, 120_000);

  it('stops cleanly on SIGTERM', async () => {
    const run = start({ DATABASE_URL: t.url, REDIS_URL: r.url, QUEUE_PREFIX: r.prefix, LOG_LEVEL: 'info' }, { direct: true });
    run.write('beli benang 50rb');
    await eventually(() => run.stdout().includes('Rp50.000'), { what: 'the reply', timeoutMs: 60_000 });
    run.kill('SIGTERM');
    expect(await run.exit).toBe(0);
    expect(run.stderr()).toContain('"reason":"SIGTERM","msg":"stopping"');
  }, 120_000);

  it('stops cleanly on SIGTERM with the embedded database too, stopping it last', async () => {
    const run = start({ DATA_DIR: path.join(scratch, 'data'), QUEUE_PREFIX: `${r.prefix}e`, LOG_LEVEL: 'info' }, { direct: true });
    run.write('beli benang 50rb');
    await eventually(() => run.stdout().includes('Rp50.000'), { what: 'the reply', timeoutMs: 60_000 });
    run.kill('SIGTERM');
    expect(await run.exit).toBe(0);
    expect(run.stderr()).toContain('"reason":"SIGTERM","msg":"stopping"');
  }, 120_000);

  it('refuses a bad setting with one line naming it', async () => {
    const run = start({ DATABASE_URL: 'mysql://nope', REDIS_URL: r.url });
    run.end();
    expect(await run.exit).toBe(1);
    expect(run.stderr().trim()).toBe('Invalid configuration: DATABASE_URL must be a URL starting with postgres:// or postgresql://');
  });
});
