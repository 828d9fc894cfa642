/**
 * The console mailbox (src/channels/console/console-mailbox.ts) on Redis: a list per
 * console chat.
 *
 * What keeps it right:
 * - A message put here is sent (the outbox row is marked sent after `put` returns); the
 *   list is kept for MAILBOX_TTL_S after its last message, so an abandoned chat's replies
 *   do not stay in Redis for ever.
 * - The terminal takes a message with (B)LMOVE into its chat's "showing" list and removes
 *   it from there only once printed; a terminal starting (or stopping) prints what "showing"
 *   still holds first. A terminal killed mid-print shows the message again, never loses it.
 * - Two terminals of the same name share one mailbox: each prints some of its replies
 *   (the same person in two windows).
 * - If Redis loses its data, replies not yet printed are lost with it (their rows stay
 *   "sent" in the outbox): the console is a channel to try the bot and for tests.
 */
import type { Redis } from 'ioredis';
import type { OutboundMessage } from '../core/messages.ts';

/** A week: long enough to come back to a chat, short enough not to keep abandoned ones. */
export const MAILBOX_TTL_S = 7 * 24 * 3600;

/** How long one blocking take waits before looking again whether the terminal is stopping. */
const TAKE_WAIT_S = 5;

/** Fits the console channel's `ConsoleMailbox` (jobs import no channel's own files). */
export class RedisConsoleMailbox {
  /**
   * @param redis a shared connection, for quick commands;
   * @param blocking makes the connection a reader blocks on (one per reader, closed at stop).
   */
  constructor(
    private readonly redis: Redis,
    private readonly blocking: () => Redis,
    private readonly prefix: string,
  ) {}

  private keysOf(chatId: string): { box: string; showing: string } {
    const box = `${this.prefix}:console-mailbox:${chatId}`;
    return { box, showing: `${box}:showing` };
  }

  async put(message: OutboundMessage): Promise<void> {
    const { box } = this.keysOf(message.chatId);
    await this.redis.multi().rpush(box, JSON.stringify(message)).expire(box, MAILBOX_TTL_S).exec();
  }

  read(chatId: string, show: (message: OutboundMessage) => Promise<void>): { stop(): Promise<void> } {
    const { box, showing } = this.keysOf(chatId);
    const client = this.blocking();
    client.on('error', () => undefined);
    let stopping = false;

    const print = async (raw: string) => {
      await show(JSON.parse(raw) as OutboundMessage);
      await this.redis.lrem(showing, 1, raw);
    };
    /** What an earlier terminal (or this one, before stopping) took and did not finish printing, then what waits. */
    const drain = async () => {
      for (const raw of await this.redis.lrange(showing, 0, -1)) await print(raw);
      for (let raw = await this.redis.lmove(box, showing, 'LEFT', 'RIGHT'); raw !== null; raw = await this.redis.lmove(box, showing, 'LEFT', 'RIGHT')) {
        await print(raw);
      }
    };
    const loop = (async () => {
      await drain();
      while (!stopping) {
        const raw = await client.blmove(box, showing, 'LEFT', 'RIGHT', TAKE_WAIT_S).catch(() => null);
        // A message that cannot be shown (a chart file that cannot be written) stays in
        // "showing" for the next drain; the terminal goes on printing the others.
        if (raw !== null) await print(raw).catch(() => undefined);
      }
    })();

    return {
      stop: async () => {
        stopping = true;
        // Ends the blocking take at once; a message it took in that instant is in
        // "showing", and the drain below prints it.
        client.disconnect();
        await loop.catch(() => undefined);
        await drain();
      },
    };
  }
}
