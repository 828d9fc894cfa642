/**
 * The admin command line: facilitators, groups, members, trades and loan schedules.
 * `buildProgram` makes the commander program without touching the process (no exit, no
 * stdout), so tests run commands in-process; `runProgram` runs it and returns the exit code.
 */
import { Command, CommanderError } from 'commander';
import type { AdminDeps } from './context.ts';
import { facilitatorCommands } from './facilitator.ts';
import { personCommands } from './person.ts';
import { groupCommands } from './group.ts';
import { inboxCommands } from './inbox.ts';
import { loanCommands } from './loan.ts';
import { memberCommands } from './member.ts';
import { programmeCommands } from './programme.ts';
import { reminderCommands } from './reminders.ts';
import { reportCommands } from './report.ts';
import { quarterlyCommands } from './quarterly.ts';
import { FlagError } from './flag-error.ts';
import { cliMessagesFor, type CliLanguage } from './messages/index.ts';
import { describeFailure, EXIT_BAD_INPUT, EXIT_OK } from './output.ts';
import { tradeCommands } from './trade.ts';
import { whatsappCommands } from './whatsapp.ts';

export type { AdminDeps };

const MORE_HELP = `
Every command prints one JSON document on stdout. Exit codes: 0 done; 2 bad input (usage
error, broken rule or malformed flag; a one-line "error: code: message" on stderr and
nothing changed); 1 anything else (database unreachable, a bug). Messages are in
Indonesian, or in English with --lang en or LANG=en…; JSON field names stay English.
The database is DATABASE_URL, or the embedded PostgreSQL the running bot started under
DATA_DIR (started here when the bot is not running). See docs/CLI.md.`;

const LANGUAGES: readonly CliLanguage[] = ['id', 'en'];

export function buildProgram(given: AdminDeps): Command {
  // One copy shared by every command, so `--lang` (read before the subcommand runs) reaches them all.
  const deps: AdminDeps = { ...given, language: given.language ?? 'id' };
  const program = new Command('dampingi');
  // Set before any subcommand is added: subcommands copy these settings when created.
  program
    .description('Admin command line of Dampingi')
    .exitOverride((error) => {
      throw new CommanderError(error.exitCode === EXIT_OK ? EXIT_OK : EXIT_BAD_INPUT, error.code, error.message);
    })
    .configureOutput({
      writeOut: (text) => deps.out(text.replace(/\n$/, '')),
      writeErr: (text) => deps.err(text.replace(/\n$/, '')),
      // Usage errors are commander's English: say them in the operator's language.
      outputError: (text, write) => write(cliMessagesFor(deps.language ?? 'id').usageError(text.replace(/\n$/, ''))),
    })
    .option('--lang <lang>', 'language of messages: id (default) or en; also LANG=en…')
    .addHelpText('after', MORE_HELP)
    .hook('preSubcommand', (command) => {
      const lang = command.opts<{ lang?: string }>().lang;
      if (lang === undefined) return;
      if ((LANGUAGES as readonly string[]).includes(lang)) {
        deps.language = lang as CliLanguage;
        return;
      }
      const failure = describeFailure(new FlagError('language_invalid', (m) => m.languageInvalid('--lang', lang)), deps.language ?? 'id');
      deps.err(failure.line);
      throw new CommanderError(failure.exitCode, 'dampingi.badInput', failure.line);
    });

  facilitatorCommands(program, deps);
  personCommands(program, deps);
  groupCommands(program, deps);
  memberCommands(program, deps);
  tradeCommands(program, deps);
  loanCommands(program, deps);
  reminderCommands(program, deps);
  reportCommands(program, deps);
  quarterlyCommands(program, deps); // `report quarterly`, after `report` exists
  inboxCommands(program, deps);
  whatsappCommands(program, deps);
  programmeCommands(program, deps);
  return program;
}

/** Runs one command line (arguments after the program name); resolves with the exit code. */
export async function runProgram(program: Command, argv: readonly string[]): Promise<number> {
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    throw error;
  }
}
