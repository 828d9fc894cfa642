/**
 * Replies to one chat leave in the order their send jobs were taken, while a process sends
 * to different chats at once (issue #21: with one send at a time a process, a reply waited
 * for every reply taken before it, each a read, an HTTP call and a mark — at 200 messages a
 * second the replies queued up for seconds).
 *
 * A send job does not say its chat (the job holds the outbox key only; the chat is on the
 * row), so each job takes a turn when it starts, in the order the worker took the jobs
 * (BullMQ fetches them one after another and starts each as it comes), and says its chat
 * once it has read its row. It may then send only when no job taken before it is still
 * going to the same chat, nor still unread (it may turn out to be the same chat). So within
 * a process a chat's messages are sent one after another in queue order, as with one send
 * at a time: a part after the part it follows (src/core/message-parts.ts), her second
 * reply after her first, a broadcast's per-chat spacing (the Telegram channel's) checked
 * and recorded by one send at a time per chat.
 *
 * When Telegram answers 429 ("retry after N s") to one send, the worker pauses its queue and
 * puts that job back (src/jobs/workers.ts). Two things keep the order then: a later send to
 * the same chat that was waiting on it does not go first, it steps aside until after the
 * pause (`leave(putBackMs)`); and a send in flight to another chat does not call Telegram
 * during the pause (`pause`), as none did when a process sent one row at a time.
 *
 * Nothing is shared between processes, and nothing needs to be: which row is sent at all
 * is still decided by its status in Postgres and its job in Redis, as before (one job a
 * row, a row sent once). Between processes the order of one chat's replies was never held
 * apart from parts (which wait on their part's status, src/jobs/outbound.processor.ts).
 */

import { RateLimitedError } from '../core/errors.ts';

/**
 * How much longer than an earlier send's pause a later send to the same chat steps aside,
 * so that the earlier one, back in the queue, is taken first when the pause ends.
 */
export const BEHIND_PUT_BACK_MS = 1_000;

/** A send stepping aside behind an earlier one to her chat that went back to the queue. */
export class BehindPutBackError extends RateLimitedError {
  constructor(retryAfterMs: number) {
    super(retryAfterMs, 'message');
  }
}

/** One send job's place in the order: its chat said once known, and left when done (always). */
export interface SendTurn {
  /**
   * Resolves when no earlier job of this process may still send to this chat: true when it
   * waited for an earlier send to this same chat (not when it only waited to learn another
   * job's chat, a read's time). Rejects with a RateLimitedError when it must not send now:
   * scope 'message' when an earlier send to this chat was put back (step aside until after
   * it), scope 'queue' when the queue is paused (`SendOrder.pause`).
   */
  chatIs(chat: string): Promise<boolean>;
  /**
   * Done (sent, failed, held, thrown): later jobs no longer wait on it. Idempotent: the first
   * call counts. `putBackMs`: the job went back to the queue for that long (Telegram's 429).
   */
  leave(putBackMs?: number): void;
}

interface Turn {
  chat: string | undefined;
  /** Set when the job left by going back to the queue for this long. */
  putBackMs: number | undefined;
  known: Promise<void>;
  left: Promise<void>;
  markKnown: () => void;
  markLeft: () => void;
}

export class SendOrder {
  /** Turns not yet left, oldest first. */
  private readonly open: Turn[] = [];
  /** Until when (epoch ms) no send of this worker may call the platform: Telegram's 429. */
  private pausedUntil = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** Telegram said "retry after": no send of this worker calls it before `untilMs`. */
  pause(untilMs: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, untilMs);
  }

  /** Takes a turn; call it when the job starts, in the order the jobs were taken (synchronously). */
  enter(): SendTurn {
    let markKnown!: () => void;
    let markLeft!: () => void;
    const turn: Turn = {
      chat: undefined,
      putBackMs: undefined,
      known: new Promise<void>((resolve) => (markKnown = resolve)),
      left: new Promise<void>((resolve) => (markLeft = resolve)),
      markKnown: () => markKnown(),
      markLeft: () => markLeft(),
    };
    this.open.push(turn);
    return {
      chatIs: async (chat) => {
        // (A row without a chat would match no turn and never be waited on: '' keeps it in line.)
        turn.chat = chat ?? '';
        turn.markKnown();
        const waited = await this.clearBefore(turn, turn.chat);
        const pausedFor = this.pausedUntil - this.now();
        if (pausedFor > 0) throw new RateLimitedError(pausedFor, 'queue');
        return waited;
      },
      leave: (putBackMs) => {
        const at = this.open.indexOf(turn);
        if (at < 0) return;
        turn.putBackMs = putBackMs;
        this.open.splice(at, 1);
        turn.markKnown();
        turn.markLeft();
      },
    };
  }

  /** How many jobs hold a turn (tests). */
  get size(): number {
    return this.open.length;
  }

  private async clearBefore(turn: Turn, chat: string): Promise<boolean> {
    let waited = false;
    for (;;) {
      const at = this.open.indexOf(turn);
      // The nearest earlier turn still unread, or going to the same chat: wait for it, then look
      // again (earlier turns only move forward: read, then left, so this ends). The nearest, so
      // that each send to her chat waits on the one just before it: when one is put back, the
      // next steps aside a little longer than it, the one after longer again, in their order.
      let blocking: Turn | undefined;
      for (let i = (at < 0 ? 0 : at) - 1; i >= 0 && blocking === undefined; i--) {
        const t = this.open[i] as Turn;
        if (t.chat === undefined || t.chat === chat) blocking = t;
      }
      if (!blocking) return waited;
      if (blocking.chat === undefined) await blocking.known;
      else {
        waited = true;
        await blocking.left;
        // It went back to the queue (429): going now would overtake it; step aside until after it.
        if (blocking.putBackMs !== undefined) throw new BehindPutBackError(blocking.putBackMs + BEHIND_PUT_BACK_MS);
      }
    }
  }
}
