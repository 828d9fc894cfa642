/**
 * What the admin command line prints: one pretty JSON document on stdout for a result, one
 * line on stderr for a failure, and the exit code that goes with it.
 */
import { DomainError } from '../../core/errors.ts';
import { CliFailure, FlagError, FlagRuleError } from './flag-error.ts';
import { cliMessagesFor, type CliLanguage } from './messages/index.ts';

export const EXIT_OK = 0;
/** Something outside the input went wrong (database unreachable, a bug). */
export const EXIT_FAILURE = 1;
/** The input was wrong: a usage error, a broken rule, a malformed flag. Nothing changed. */
export const EXIT_BAD_INPUT = 2;

export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** Keeps a message on one line: line breaks and other control characters become escapes. */
export function oneLine(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029]/gu, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`;
  });
}

export { quoted } from './quote.ts';

/** The message of any thrown value, never empty (Node's AggregateError has none). */
export function describeError(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return describeError(error.errors[0]);
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return error.message || (typeof code === 'string' ? code : error.name);
  }
  return String(error);
}

export interface Failure {
  exitCode: number;
  /** `error: <code>: <message>` for bad input, `error: <message>` otherwise; one line. */
  line: string;
}

/**
 * The line and exit code of a failure, in the operator's language: the command line's own
 * errors say their catalogue sentence; a broken rule from the modules says its English
 * detail in English and the chat catalogue's refusal in Indonesian (the detail is the
 * module's English); anything else says what the system said.
 */
export function describeFailure(error: unknown, language: CliLanguage): Failure {
  const words = cliMessagesFor(language);
  if (error instanceof FlagError || error instanceof FlagRuleError) {
    return { exitCode: EXIT_BAD_INPUT, line: oneLine(`error: ${error.code}: ${error.say(words)}`) };
  }
  if (error instanceof DomainError) {
    const english = error.message && error.message !== error.code ? error.message : undefined;
    const detail = language === 'en' ? english : words.refusal(error.code);
    return { exitCode: EXIT_BAD_INPUT, line: oneLine(`error: ${error.code}${detail ? `: ${detail}` : ''}`) };
  }
  if (error instanceof CliFailure) return { exitCode: EXIT_FAILURE, line: oneLine(`error: ${error.say(words)}`) };
  return { exitCode: EXIT_FAILURE, line: oneLine(`error: ${describeError(error)}`) };
}
