/** What every admin command gets, and the helpers that open the database and print results. */
import { CommanderError } from 'commander';
import type { Clock } from '../../core/clock.ts';
import type { Db } from '../../db/client.ts';
import { CliFailure } from './flag-error.ts';
import type { CliLanguage } from './messages/index.ts';
import { describeError, describeFailure, EXIT_BAD_INPUT, toJson } from './output.ts';

export interface AdminDeps {
  /** Opened only by commands that need the database, and always closed. */
  openDb: () => Promise<{ db: Db; close(): Promise<void> }>;
  clock: Clock;
  /** stdout: one call per JSON document (or help text). */
  out: (line: string) => void;
  /** stderr: one call per error line. */
  err: (line: string) => void;
  /** Time zone of new groups and people when none is given (config DEFAULT_TIMEZONE). */
  defaultTimeZone: string;
  /** On-time instalments in a row for a loan's rewards (config REWARD_STREAK), for messages the admin retries. */
  rewardStreak?: number | undefined;
  /**
   * The operator's language for errors and sentences (JSON field names stay English):
   * Indonesian when not given; the entry point passes English when LANG starts with `en`,
   * and `--lang` overrides either (see program.ts).
   */
  language?: CliLanguage;
}

/** Opens the database, runs `fn`, and closes it whatever happens. */
export async function withDb<T>(deps: AdminDeps, fn: (db: Db) => Promise<T>): Promise<T> {
  let opened: Awaited<ReturnType<AdminDeps['openDb']>>;
  try {
    opened = await deps.openDb();
  } catch (error) {
    const detail = describeError(error);
    throw new CliFailure((m) => m.cannotOpenDatabase(detail), { cause: error });
  }
  let result: T;
  try {
    result = await fn(opened.db);
  } catch (error) {
    await opened.close().catch(() => undefined);
    throw error;
  }
  await opened.close();
  return result;
}

/** `fn` in ONE transaction: any error (a broken rule included) leaves the database unchanged. */
export function inTransaction<T>(deps: AdminDeps, fn: (trx: Db) => Promise<T>): Promise<T> {
  return withDb(deps, (db) => db.transaction().execute((trx) => fn(trx)));
}

/**
 * A commander action that prints its result as one JSON document, or a one-line error and
 * then rejects with a CommanderError carrying the exit code (2 bad input, 1 anything else).
 */
export function jsonAction<O>(deps: AdminDeps, run: (options: O) => Promise<unknown> | unknown) {
  return async (options: O): Promise<void> => {
    let result: unknown;
    try {
      result = await run(options);
    } catch (error) {
      const failure = describeFailure(error, deps.language ?? 'id');
      deps.err(failure.line);
      throw new CommanderError(
        failure.exitCode,
        failure.exitCode === EXIT_BAD_INPUT ? 'dampingi.badInput' : 'dampingi.failure',
        failure.line,
      );
    }
    deps.out(toJson(result));
  };
}
