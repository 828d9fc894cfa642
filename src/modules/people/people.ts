import type { Platform } from '../../core/messages.ts';

export interface Person {
  id: number;
  name: string;
  language: 'id' | 'en';
  timeZone: string;
}

export interface IdentityRef {
  platform: Platform;
  /** The person's id on that platform (Telegram user id, WhatsApp JID, console name). */
  externalId: string;
}

/** The name used until she tells hers, when the platform gave none. */
export const UNNAMED = 'Ibu';

/** Names come from platforms and people: keep them printable and short. */
export function cleanName(raw: string | null | undefined, fallback: string): string {
  const cleaned = (raw ?? '')
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return cleaned || fallback;
}
