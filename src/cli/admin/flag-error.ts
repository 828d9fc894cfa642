/**
 * Errors the admin command line words itself, in the operator's language: each carries
 * `say`, its sentence picked from the command line's catalogue (./messages) when it is
 * printed; its `message` is the English sentence (for logs and stack traces).
 *
 * A FlagError is a flag malformed in a way no business rule names: a file name, a report
 * format, a language, a number written wrong. It only ever reaches the operator's terminal
 * (as `error: <code>: <message>`, exit 2), never a chat, so it is not a DomainError and
 * needs no sentence in the reply catalogues. A flag that breaks a rule the modules also
 * enforce (a date, a Telegram id, loan terms) is refused with that rule's DomainError, as a
 * FlagRuleError naming the flag.
 */
import { DomainError, type DomainErrorCode } from '../../core/errors.ts';
import { en } from './messages/en.ts';
import type { CliMessages } from './messages/index.ts';

/** A sentence of the command line's catalogue, in whichever language is printed. */
export type Say = (words: CliMessages) => string;

export type FlagErrorCode =
  | 'id_invalid'
  | 'number_invalid'
  | 'quarter_invalid'
  | 'format_invalid'
  | 'language_invalid'
  | 'out_invalid'
  | 'window_invalid'
  | 'kind_invalid'
  | 'quiet_hours_invalid'
  | 'not_set_aside'
  | 'person_which';

export class FlagError extends Error {
  override name = 'FlagError';
  constructor(
    readonly code: FlagErrorCode,
    readonly say: Say,
  ) {
    super(say(en));
  }
}

/** A business rule a flag breaks (DomainError `code`), worded for the operator, naming the flag. */
export class FlagRuleError extends DomainError {
  override name = 'FlagRuleError';
  constructor(
    code: DomainErrorCode,
    readonly say: Say,
  ) {
    super(code, say(en));
  }
}

/** A failure that is not the input's fault (exit 1), worded for the operator. */
export class CliFailure extends Error {
  override name = 'CliFailure';
  constructor(
    readonly say: Say,
    options?: ErrorOptions,
  ) {
    super(say(en), options);
  }
}
