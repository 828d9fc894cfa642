/**
 * Setting aside a message that cannot be handled. A message whose handling fails while the
 * database answers is not waiting for an outage to end: it will most likely fail the same
 * way every time, and its shard's other chats wait behind each attempt. After
 * SET_ASIDE_AFTER such failures it is set aside (kept in Postgres with its error, listed and
 * retried by the admin) and the queue goes on. Failures during an outage are never counted:
 * the count is written to the database, which an outage cannot do.
 */

/** Failures on a healthy database before a message is set aside (≈ 15 s of its shard's time with the backoff). */
export const SET_ASIDE_AFTER = 5;

/** Longest error kept: a message, not a stack. */
const MAX_ERROR_LENGTH = 500;

/** The error as kept and shown to the admin: one line, bounded. */
export function describeFailure(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > MAX_ERROR_LENGTH ? `${line.slice(0, MAX_ERROR_LENGTH - 1)}…` : line;
}
