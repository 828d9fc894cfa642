/** Runs admin commands in-process against a test database, as `npm run cli -- …` would. */
import { buildProgram, runProgram, type AdminDeps } from '../../src/cli/admin/program.ts';
import { systemClock, type Clock } from '../../src/core/clock.ts';
import type { Db } from '../../src/db/client.ts';

export interface AdminRun {
  code: number;
  stdout: string;
  stderr: string;
  /** How often the command opened and closed the database. */
  opened: number;
  closed: number;
  json<T = unknown>(): T;
}

/**
 * Runs one command line and reports its exit code, output and database use. The operator
 * reads English here (as with LANG=en) unless `over.language` or `--lang` says otherwise.
 */
export async function runAdminCommand(db: Db, clock: Clock, args: string[], over: Partial<AdminDeps> = {}): Promise<AdminRun> {
  const out: string[] = [];
  const err: string[] = [];
  let opened = 0;
  let closed = 0;
  const program = buildProgram({
    openDb: async () => {
      opened += 1;
      return { db, close: async () => void (closed += 1) };
    },
    clock,
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    defaultTimeZone: 'Asia/Jakarta',
    language: 'en',
    ...over,
  });
  const code = await runProgram(program, args);
  const stdout = out.join('\n');
  return { code, stdout, stderr: err.join('\n'), opened, closed, json: <T>() => JSON.parse(stdout) as T };
}

/** Runs one command that must succeed and returns the JSON it printed. */
export async function runAdmin<T = Record<string, unknown>>(db: Db, args: string[], clock: Clock = systemClock): Promise<T> {
  const run = await runAdminCommand(db, clock, args);
  if (run.code !== 0) throw new Error(`command failed (${run.code}): ${run.stderr}`);
  return run.json<T>();
}
