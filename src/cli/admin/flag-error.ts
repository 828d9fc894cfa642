/**
 * A flag of the admin command line that is malformed in a way no business rule names: a
 * file name, a report format, a language, a number written wrong. It only ever reaches the
 * operator's terminal (as `error: <code>: <message>`, exit 2), never a chat, so it is not a
 * DomainError and needs no sentence in the reply catalogues. A flag that breaks a rule the
 * modules also enforce (a date, a Telegram id, loan terms) is refused with that DomainError.
 */
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
  | 'not_set_aside';

export class FlagError extends Error {
  override name = 'FlagError';
  constructor(
    readonly code: FlagErrorCode,
    message: string,
  ) {
    super(message);
  }
}
