/**
 * A broken business rule: expected, shown to the person as a friendly reply chosen by
 * `code`. Infrastructure failures are ordinary errors and make the job retry.
 */
export class DomainError extends Error {
  override name = 'DomainError';
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
  }
}

/**
 * A platform asked us to slow down (Telegram 429): wait `retryAfterMs`, then try again.
 * `scope` says what waits: the whole send queue (the platform's word, the default), or only
 * this message (our own pacing of bulk sends, which must not hold back replies).
 */
export class RateLimitedError extends Error {
  override name = 'RateLimitedError';
  constructor(
    readonly retryAfterMs: number,
    readonly scope: 'queue' | 'message' = 'queue',
  ) {
    super(`rate limited, retry after ${retryAfterMs} ms`);
  }
}

/** The platform will never accept this send (bot blocked, chat gone): do not retry. */
export class PermanentSendError extends Error {
  override name = 'PermanentSendError';
}
