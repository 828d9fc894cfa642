/**
 * Chats with disappearing messages, and their timer, as Baileys rc14 reports them:
 * - a member's message in such a chat carries the timer in its content's
 *   `contextInfo.expiration` (seconds; the content usually wrapped in `ephemeralMessage`);
 * - turning it on or off arrives as a protocol message EPHEMERAL_SETTING, which Baileys
 *   turns into `chats.update` [{ id, ephemeralExpiration (null when off), ephemeralSettingTimestamp }];
 *   history sync brings `chats.upsert` with the same fields;
 * - a group's metadata (`groups.upsert`/`groups.update`, groupMetadata) has `ephemeralDuration`.
 * The bot's own messages there then carry the same timer (sendMessage's `ephemeralExpiration`
 * option, which Baileys writes into the message's contextInfo), or they would stay on her
 * phone when everything else disappears. Kept in memory: after a restart the next message
 * from the chat teaches it again.
 */
import { getContentType, normalizeMessageContent, type WAMessage } from '@whiskeysockets/baileys';
import type { Clock } from '../../core/clock.ts';
import { TtlCache } from './ttl-cache.ts';
import { normalizeJid } from './whatsapp.mapper.ts';

const REMEMBER_MS = 30 * 24 * 3600 * 1000;

/** The timer (seconds) a received message shows its chat has; undefined when it shows none. */
export function expirationIn(message: WAMessage): number | undefined {
  const content = normalizeMessageContent(message.message);
  const type = content ? getContentType(content) : undefined;
  const inner = type && content ? (content[type] as { contextInfo?: { expiration?: number | null } | null } | null | undefined) : undefined;
  const seconds = inner && typeof inner === 'object' ? inner.contextInfo?.expiration : undefined;
  return typeof seconds === 'number' && seconds > 0 ? seconds : undefined;
}

export class DisappearingChats {
  /** Chat JID → timer in seconds (0: known to be off). */
  private readonly timers: TtlCache<number>;

  constructor(clock: Clock) {
    this.timers = new TtlCache(clock, REMEMBER_MS, 20_000);
  }

  /** A received message: a timer it shows turns the chat's on. */
  received(chatJid: string, message: WAMessage): void {
    const seconds = expirationIn(message);
    if (seconds !== undefined) this.set(chatJid, seconds);
  }

  /** A chat's setting, from `chats.update`/`chats.upsert` (null or 0: off) or a group's `ephemeralDuration`. */
  setting(chatJid: string | null | undefined, seconds: number | null | undefined): void {
    if (chatJid) this.set(chatJid, typeof seconds === 'number' && seconds > 0 ? seconds : 0);
  }

  /** The timer to send with, if the chat has one on. */
  expirationFor(chatJid: string): number | undefined {
    const key = normalizeJid(chatJid) ?? chatJid;
    const seconds = this.timers.get(key);
    return seconds ? seconds : undefined;
  }

  private set(chatJid: string, seconds: number): void {
    this.timers.set(normalizeJid(chatJid) ?? chatJid, seconds);
  }
}
