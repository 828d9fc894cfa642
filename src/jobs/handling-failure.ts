/**
 * Which failures of an inbound job came from handling the message itself (its transaction:
 * the inbox claim, the conversation, the outbox rows), as opposed to what comes after the
 * commit (queueing the sends and follow-ups on Redis) or before it (the flood gate). Only
 * the former can be the message's own fault; the set-aside count looks at nothing else.
 */
const handlingFailures = new WeakSet<Error>();

/** Marks `error` as thrown while handling the message; returns it (an Error) to be thrown. */
export function asHandlingFailure(error: unknown): Error {
  const marked = error instanceof Error ? error : new Error(String(error));
  handlingFailures.add(marked);
  return marked;
}

export function isHandlingFailure(error: unknown): boolean {
  return error instanceof Error && handlingFailures.has(error);
}

/**
 * A failure that is not her message's fault though thrown while handling it: SQLSTATE class
 * 40, transaction rollback (40P01 deadlock detected, 40001 serialization failure). Two
 * transactions met on the same rows (two shards writing one group's rollups in opposite
 * order); the same message goes through when retried, so it is retried and not counted.
 */
export function isTransactionConflict(error: unknown): boolean {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('40');
}
