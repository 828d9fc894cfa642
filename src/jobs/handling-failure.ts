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
