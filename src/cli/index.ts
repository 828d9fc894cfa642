/**
 * `npm run --silent cli -- <command>` (or the installed `dampingi <command>`): the admin
 * command line. Wires the real configuration, database, clock and streams into the
 * program of ./admin/program.ts and sets the exit code (0 done, 2 bad input, 1 failure).
 * See docs/CLI.md.
 */
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { systemClock } from '../core/clock.ts';
import { createLogger } from '../core/logger.ts';
import { openDatabase } from '../db/open.ts';
import { describeError, EXIT_FAILURE, oneLine } from './admin/output.ts';
import { languageFromEnv } from './admin/messages/index.ts';
import { buildProgram, runProgram } from './admin/program.ts';

const printOut = (line: string) => void process.stdout.write(`${line}\n`);
const printErr = (line: string) => void process.stderr.write(`${line}\n`);

async function main(argv: readonly string[]): Promise<number> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      printErr(oneLine(`error: ${error.message}`));
      return EXIT_FAILURE;
    }
    throw error;
  }
  const log = createLogger('warn');
  const program = buildProgram({
    openDb: () => openDatabase(config, log),
    clock: systemClock,
    out: printOut,
    err: printErr,
    defaultTimeZone: config.defaultTimeZone,
    rewardStreak: config.rewardStreak,
    language: languageFromEnv(process.env.LANG),
  });
  return runProgram(program, argv);
}

// A closed pipe (`… | head`) ends the run quietly instead of with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    printErr(oneLine(`error: ${describeError(error)}`));
    process.exitCode = EXIT_FAILURE;
  },
);
