/**
 * Whom the bot may write to on WhatsApp, and how: the one gate every send passes. Pure.
 *
 * - An **answer** (not bulk, to a chat that wrote in the last ANSWER_WINDOW_MS) goes at
 *   once, even while WhatsApp restricts the number: it is what a person expects.
 * - Anything else is the bot's **initiative** (reminders, notices about someone else,
 *   forwards, leads, a group fan-out): paced, capped, held during a restriction. In a
 *   private chat it goes only to someone who wrote there within PRIVATE_REACH_WINDOW_MS —
 *   WhatsApp counts a message into a chat that went quiet long ago as reaching out, which
 *   is what gets linked numbers flagged. Out of reach, it is kept (the outbox holds it until
 *   she writes privately) and a neutral line in her group chat tells her there is one
 *   (src/jobs/held-messages.ts). Producers already plan private messages only to people
 *   who wrote first at all (the people module's mayWritePrivately).
 * - Pure: the time is passed in (the channel's injected clock), never read here.
 */

/** A chat that wrote this recently is being answered. */
export const ANSWER_WINDOW_MS = 24 * 3600 * 1000;
/** The bot's own private messages go only to someone who wrote privately this recently (three weeks). */
export const PRIVATE_REACH_WINDOW_MS = 21 * 24 * 3600 * 1000;

export type Reach =
  | { kind: 'answer' }
  | { kind: 'initiative' }
  /** Not to be sent now: kept until she writes privately; `reason` goes on the outbox row. */
  | { kind: 'out-of-reach'; reason: string };

export function reachOf(send: { group: boolean; bulk: boolean; notice?: boolean; lastWrote: Date | undefined; now: Date }): Reach {
  const since = send.lastWrote ? send.now.getTime() - send.lastWrote.getTime() : Number.POSITIVE_INFINITY;
  // A notice to a chat other than the one being answered is never an answer, however
  // recently that chat wrote: only replies to someone who just wrote pass a restriction.
  if (!send.bulk && send.notice !== true && since <= ANSWER_WINDOW_MS) return { kind: 'answer' };
  if (send.group) return { kind: 'initiative' };
  if (send.lastWrote === undefined) {
    return { kind: 'out-of-reach', reason: 'never wrote to the bot first: WhatsApp messages the bot starts go only to people who did' };
  }
  if (since > PRIVATE_REACH_WINDOW_MS) {
    return { kind: 'out-of-reach', reason: 'has not written to the bot privately in the last 3 weeks: held until she does, her group chat is told' };
  }
  return { kind: 'initiative' };
}
