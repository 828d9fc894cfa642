/**
 * Where a console-platform message waits for the terminal of its chat.
 *
 * Several processes may run a terminal chat on one Redis: `npm start` (as the operator)
 * and `npm run chat -- --as Siti` in another terminal. Both work the one outbound queue
 * of platform `console`, so either may take the job of a reply to Siti. The process that
 * takes it puts the message in Siti's mailbox (a Redis list named after her chat); only
 * the terminal of that chat takes messages out of it and prints them. So each terminal
 * prints its own chat's replies, whichever worker sent them.
 *
 * Chosen over one outbound queue per console chat (or a worker that puts back jobs of
 * other chats): the queues, the dispatch and the outbox sweep stay what they are for every
 * platform (one queue per platform, src/jobs), no job ever waits for a particular process
 * to come round, and a chat whose terminal is closed keeps its replies until it is opened
 * again, like a phone that was off.
 *
 * The Redis side is src/jobs/console-mailbox.ts (only src/jobs talks to Redis).
 */
import type { OutboundMessage } from '../../core/messages.ts';

export interface ConsoleMailbox {
  /** Leaves a message for the terminal of `message.chatId`. */
  put(message: OutboundMessage): Promise<void>;
  /**
   * Prints (with `show`) every message for `chatId` as it arrives, until `stop()`; then
   * prints what is still there and resolves. One reader per terminal.
   */
  read(chatId: string, show: (message: OutboundMessage) => Promise<void>): { stop(): Promise<void> };
}
