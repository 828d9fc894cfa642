/**
 * What the admin command line prints: one pretty JSON document on stdout for a result, one
 * line on stderr for a failure, and the exit code that goes with it.
 */
import { DomainError } from '../../core/errors.ts';
import { FlagError } from './flag-error.ts';

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

/** A value as typed, quoted and cut short, for error messages. */
export function quoted(raw: string, max = 40): string {
  return JSON.stringify(raw.length > max ? `${raw.slice(0, max)}…` : raw);
}

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

export function describeFailure(error: unknown): Failure {
  if (error instanceof DomainError || error instanceof FlagError) {
    const detail = error.message && error.message !== error.code ? `: ${error.message}` : '';
    return { exitCode: EXIT_BAD_INPUT, line: oneLine(`error: ${error.code}${detail}`) };
  }
  return { exitCode: EXIT_FAILURE, line: oneLine(`error: ${describeError(error)}`) };
}
