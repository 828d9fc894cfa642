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

/** `part` as a LIKE pattern matching it anywhere in a name, its own % _ and \ taken literally. */
export function containsPattern(part: string): string {
  return `%${part.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The longest name a person may give herself or be given in the chat. */
export const NAME_MAX_LENGTH = 40;

export type NameProblem = 'empty' | 'too_long' | 'digits_only' | 'link' | 'symbols';

/**
 * A name typed in the chat ("/nama Siti Aminah"): cleaned, or why it cannot be a name.
 * Letters (any script), spaces and . ' - are a name; digits may sit beside letters
 * ("Ani 2" tells two Anis apart) but are never a name alone; links and other symbols are not.
 */
export function checkName(raw: string): { name: string } | { problem: NameProblem } {
  const name = cleanName(raw, '')
    .replace(/^["'“”‘’]+|["'“”‘’.,!]+$/gu, '')
    // The bot says "Bu Siti" itself: "Bu Siti" is kept as "Siti".
    .replace(/^(?:bu|ibu)\.?\s+(?=\S)/iu, '')
    .trim();
  if (!name) return { problem: 'empty' };
  if (/https?:|www\.|\.(?:com|id|net|org|co|me|ly|io)\b|t\.me\//i.test(name)) return { problem: 'link' };
  if (!/\p{L}/u.test(name)) return { problem: /^[\d\s.+-]+$/.test(name) ? 'digits_only' : 'symbols' };
  if (/[^\p{L}\p{M}\p{N}\s.'’-]/u.test(name)) return { problem: 'symbols' };
  if (name.length > NAME_MAX_LENGTH) return { problem: 'too_long' };
  // "siti aminah", typed in a hurry, is shown as "Siti Aminah"; a name with capitals stays as she wrote it.
  return { name: name === name.toLowerCase() ? name.replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase()) : name };
}
