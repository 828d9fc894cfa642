/**
 * Telegram's per-chat limits for a bot: about one message a second to a private chat and
 * twenty a minute to a group. Broadcasts respect them here; a reply to someone who just
 * wrote is never held back (Telegram tolerates short bursts and answers 429 otherwise).
 */
export const PRIVATE_SPACING_MS = 1000;
export const GROUP_SPACING_MS = 3000;

/** Group chats have negative ids on Telegram. */
export function spacingFor(chatId: string): number {
  return chatId.startsWith('-') ? GROUP_SPACING_MS : PRIVATE_SPACING_MS;
}

export class ChatPacing {
  private readonly lastSent = new Map<string, number>();

  /** Milliseconds a broadcast to this chat must still wait; 0 when it may go now. */
  waitFor(chatId: string, now: number): number {
    const last = this.lastSent.get(chatId);
    return last === undefined ? 0 : Math.max(0, last + spacingFor(chatId) - now);
  }

  record(chatId: string, now: number): void {
    this.lastSent.set(chatId, now);
    // Forget chats idle for a minute, so the map stays small during big broadcasts.
    if (this.lastSent.size > 10_000) {
      for (const [id, at] of this.lastSent) if (now - at > 60_000) this.lastSent.delete(id);
    }
  }
}
