/**
 * One number, always the same: the number the bot served is remembered at its first link,
 * apart from the credentials (a logout wipes those and the channel links again by itself,
 * and whoever scans the new QR code links). A later link by another phone is refused.
 */
import type { Logger } from '../../core/logger.ts';
import { phoneOfJid } from './whatsapp.mapper.ts';
import type { LinkedNumber } from './whatsapp.ports.ts';

/** Why the channel stopped when another phone linked; the operator's way out is in it. */
export const OTHER_NUMBER_REASON =
  "a different WhatsApp number was linked than the one this bot served: link the programme's phone again, or run `dampingi whatsapp forget-number` to serve the new one";

/**
 * Whether the phone now linked (`phoneJid`, the socket's own) is the number this bot served;
 * remembers it at the first link. A link that names no phone, or a database that cannot
 * answer, is served on and logged (the lock on the number was just taken from that database).
 */
export async function isSameNumber(linked: LinkedNumber, phoneJid: string | undefined, log: Logger): Promise<boolean> {
  const now = phoneJid ? phoneOfJid(phoneJid) : undefined;
  if (!now) {
    log.warn('whatsapp: the link names no phone number; cannot check it is the same number');
    return true;
  }
  try {
    const served = await linked.read();
    if (served === undefined) await linked.remember(now);
    return served === undefined || served === now;
  } catch (error) {
    log.error({ err: String(error) }, 'whatsapp: could not check that the linked number is the one this bot served');
    return true;
  }
}
