/**
 * A group's invitation (the console's printable /kelompok/:id/undangan): the chat links that
 * join a member to the group with its code in one tap, made from the join code and what the
 * deployment is linked to. Pure: the addresses are worked out here, the page draws them.
 *
 * - Telegram: https://t.me/<bot>?start=<code>. Telegram sends "/start <code>" when she presses
 *   Start, which the chat reads as "/gabung <code>" (src/conversation/commands.ts). The join
 *   code's letters (A–Z, 2–9) are all allowed in a start parameter.
 * - WhatsApp: https://wa.me/<number>?text=gabung%20<code>, the message written for her; she
 *   presses Send. "gabung KODE" without a slash is the chat's own join words.
 */
export interface JoinLinkSettings {
  /** The Telegram bot's @username (without "@"), when the deployment has Telegram. */
  telegramBot?: string | undefined;
  /** The WhatsApp bot's number, digits with country code (6281…), when WhatsApp is linked. */
  whatsappNumber?: string | undefined;
}

export interface JoinLink {
  platform: 'telegram' | 'whatsapp';
  url: string;
  /** How she finds the bot by hand: @username, or +number. */
  handle: string;
}

/** The words a member sends to join (the chat's "gabung KODE"). */
export const joinWords = (code: string): string => `gabung ${code}`;

export function joinLinks(code: string, settings: JoinLinkSettings): JoinLink[] {
  const links: JoinLink[] = [];
  if (settings.telegramBot) links.push({ platform: 'telegram', url: `https://t.me/${settings.telegramBot}?start=${encodeURIComponent(code)}`, handle: `@${settings.telegramBot}` });
  if (settings.whatsappNumber) links.push({ platform: 'whatsapp', url: `https://wa.me/${settings.whatsappNumber}?text=${encodeURIComponent(joinWords(code))}`, handle: `+${settings.whatsappNumber}` });
  return links;
}
