/**
 * Real processes for fault tests: a private redis-server and a private PostgreSQL on free
 * ports (so a test may stop and restart them without touching the shared services), and
 * the bot itself as a child process (`node --import tsx src/main.ts`), which a test may
 * kill. Every process started here is also killed when the test process exits, so a
 * failing test leaves nothing behind; tests still stop them in afterAll / finally.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { freePort } from '../../src/core/ports.ts';
import { loadEmbeddedPostgres } from '../../src/db/embedded-postgres.ts';
import { redisAnswers } from '../../src/jobs/redis.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Children still running; killed with SIGKILL if the test process exits before stopping them. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
});

function track(child: ChildProcess): void {
  running.add(child);
  child.once('exit', () => running.delete(child));
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Sends `signal`, then SIGKILL if the process is still there after `graceMs`. */
async function terminate(child: ChildProcess, signal: NodeJS.Signals, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = exited(child);
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await gone;
  clearTimeout(timer);
}

async function until(check: () => Promise<boolean> | boolean, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface RedisServer {
  url: string;
  port: number;
  dir: string;
  /** Starts it again on the same port and folder (after `shutdown`); AOF brings the data back. */
  start(): Promise<void>;
  /** SHUTDOWN, as an operator would: writes are fsynced, the process exits. */
  shutdown(): Promise<void>;
  /** Stops it for good (idempotent). */
  stop(): Promise<void>;
}

/** A private redis-server with AOF (fsync always) on a free port, data under `dir`. */
export async function startRedisServer(dir: string): Promise<RedisServer> {
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;

  const start = async () => {
    const proc = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--appendfsync', 'always', '--save', '', '--maxmemory-policy', 'noeviction'],
      { stdio: 'ignore' },
    );
    track(proc);
    child = proc;
    await until(async () => {
      if (proc.exitCode !== null) throw new Error(`redis-server exited with code ${proc.exitCode}`);
      return redisAnswers(url, 200);
    }, `redis-server on port ${port}`, 10_000);
  };

  const shutdown = async () => {
    const proc = child;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const gone = exited(proc);
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.call('SHUTDOWN').catch(() => undefined); // the server closes the connection
    } catch {
      proc.kill('SIGTERM');
    } finally {
      client.disconnect();
    }
    const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
    await gone;
    clearTimeout(timer);
  };

  await start();
  return {
    url,
    port,
    dir,
    start,
    shutdown,
    stop: async () => {
      if (child) await terminate(child, 'SIGTERM', 5_000);
    },
  };
}

export interface PostgresServer {
  /** postgres://…/dampingi on a fixed port: the same before and after a restart. */
  url: string;
  start(): Promise<void>;
  /** Fast shutdown (SIGINT): open connections are cut, new ones refused. Idempotent. */
  stop(): Promise<void>;
}

/**
 * A private PostgreSQL from the `embedded-postgres` binaries, as `startEmbeddedPostgres`
 * runs it, but on a port fixed for its lifetime so clients find it again after a restart.
 * Under root it runs as "postgres": `dataDir` must sit under folders others may enter.
 */
export async function startPostgresServer(dataDir: string): Promise<PostgresServer> {
  mkdirSync(dataDir, { recursive: true });
  const port = await freePort();
  const user = 'dampingi';
  const password = 'dampingi-fault';
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dataDir, 'postgres'),
    port,
    user,
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: () => undefined,
  });
  const proc = () => (server as unknown as { process?: ChildProcess }).process;
  const start = async () => {
    await server.start();
    const child = proc();
    if (child) track(child);
  };
  await server.initialise();
  await start();
  await server.createDatabase('dampingi');
  return {
    url: `postgres://${user}:${password}@127.0.0.1:${port}/dampingi`,
    start,
    stop: async () => {
      const child = proc();
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await server.stop();
      clearTimeout(timer);
    },
  };
}

export interface BotProcess {
  pid: number;
  stdout(): string;
  stderr(): string;
  /** Resolves when the process has exited, with its code or signal. */
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal: NodeJS.Signals): void;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once it is gone (idempotent). */
  stop(graceMs?: number): Promise<void>;
}

/** The bot as `npm start` runs it (`node --import tsx src/main.ts`), with only `env` set. */
export function startBotProcess(env: Record<string, string>): BotProcess {
  const child = spawn('node', ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.tmpdir(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  track(child);
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  if (child.pid === undefined) throw new Error('could not start the bot process');
  return {
    pid: child.pid,
    stdout: () => out,
    stderr: () => err,
    exit,
    kill: (signal) => void child.kill(signal),
    stop: (graceMs = 10_000) => terminate(child, 'SIGTERM', graceMs),
  };
}
