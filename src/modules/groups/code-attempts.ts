/**
 * How long someone must wait after wrong join or link codes. A code is six characters from
 * 31, so guessing one takes very many tries: a few honest typos cost nothing, after that
 * each wrong code doubles the wait, up to an hour. The count starts again after a quiet day.
 *
 * The count lives in Postgres (table code_attempts, owned by this module), not in Redis:
 * Redis may lose its data (a flush, a failover) and several copies of the bot may run at
 * once, and either would reset or split a count kept there. The row is updated in the
 * message's own transaction, so every copy sees one count.
 */
import type { Platform } from '../../core/messages.ts';

/** Wrong codes allowed before the first wait. */
export const FREE_FAILURES = 4;
const FIRST_WAIT_MS = 60_000;
const LONGEST_WAIT_MS = 60 * 60_000;
/** A day without a wrong code and the count starts again. */
export const QUIET_RESET_MS = 24 * 60 * 60_000;

/** The wait after the `failures`-th wrong code in a row: none for the first few, then 1, 2, 4 … 60 minutes. */
export function waitAfter(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(FIRST_WAIT_MS * 2 ** (failures - FREE_FAILURES - 1), LONGEST_WAIT_MS);
}

/** Who tries a code: the person, and the chat she writes in (a group chat many people share). */
export interface CodeTrier {
  personId: number;
  chat?: { platform: Platform; chatId: string } | undefined;
}

/** The counters that apply to her: one for the person, one for the chat. */
export function attemptScopes(who: CodeTrier): string[] {
  const scopes = [`person:${who.personId}`];
  if (who.chat) scopes.push(`chat:${who.chat.platform}:${who.chat.chatId}`);
  return scopes;
}
