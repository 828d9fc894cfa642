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
 * Nothing is shared between processes, and nothing needs to be: which row is sent at all
 * is still decided by its status in Postgres and its job in Redis, as before (one job a
 * row, a row sent once). Between processes the order of one chat's replies was never held
 * apart from parts (which wait on their part's status, src/jobs/outbound.processor.ts).
 */

/** One send job's place in the order: its chat said once known, and left when done (always). */
export interface SendTurn {
  /**
   * Resolves when no earlier job of this process may still send to this chat: true when it
   * waited for an earlier send to this same chat (not when it only waited to learn another
   * job's chat, a read's time).
   */
  chatIs(chat: string): Promise<boolean>;
  /** Done (sent, failed, held, thrown): later jobs no longer wait on it. Idempotent. */
  leave(): void;
}

interface Turn {
  chat: string | undefined;
  known: Promise<void>;
  left: Promise<void>;
  markKnown: () => void;
  markLeft: () => void;
}

export class SendOrder {
  /** Turns not yet left, oldest first. */
  private readonly open: Turn[] = [];

  /** Takes a turn; call it when the job starts, in the order the jobs were taken (synchronously). */
  enter(): SendTurn {
    let markKnown!: () => void;
    let markLeft!: () => void;
    const turn: Turn = {
      chat: undefined,
      known: new Promise<void>((resolve) => (markKnown = resolve)),
      left: new Promise<void>((resolve) => (markLeft = resolve)),
      markKnown: () => markKnown(),
      markLeft: () => markLeft(),
    };
    this.open.push(turn);
    return {
      chatIs: async (chat) => {
        turn.chat = chat;
        turn.markKnown();
        return this.clearBefore(turn, chat);
      },
      leave: () => {
        const at = this.open.indexOf(turn);
        if (at < 0) return;
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
      // An earlier turn still unread, or going to the same chat: wait for it, then look again
      // (earlier turns only move forward: read, then left, so this ends).
      const blocking = this.open.slice(0, at < 0 ? 0 : at).find((t) => t.chat === undefined || t.chat === chat);
      if (!blocking) return waited;
      if (blocking.chat === undefined) await blocking.known;
      else {
        waited = true;
        await blocking.left;
      }
    }
  }
}
