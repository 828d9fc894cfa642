/**
 * A message to one person in her own private chat, in her own language: the facilitator
 * told of a new member, an answerer told a lead is closed, a payer told of a confirmation.
 */
import type { OutboundMessage, Platform } from '../core/messages.ts';
import type { Db } from '../db/client.ts';
import { findPerson, privateChatOf } from '../modules/people/people.repository.ts';
import { repliesFor, type Catalogue } from './replies/index.ts';

export type NoticeText = (t: Catalogue) => string;

/**
 * Undefined when she has no chat the bot may write to (no Telegram account, and no
 * private WhatsApp message from her). `prefer` picks the platform when she has several.
 */
export async function privateNotice(
  db: Db,
  personId: number,
  text: NoticeText,
  options: { prefer?: Platform; buttons?: (t: Catalogue) => NonNullable<OutboundMessage['buttons']> } = {},
): Promise<OutboundMessage | undefined> {
  const person = await findPerson(db, personId);
  const chat = person && (await privateChatOf(db, personId, options.prefer));
  if (!person || !chat) return undefined;
  const t = repliesFor(person.language);
  return { ...chat, text: text(t), ...(options.buttons ? { buttons: options.buttons(t) } : {}) };
}
