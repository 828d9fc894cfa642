/**
 * Private messages the bot may not send yet, and what happens meanwhile.
 *
 * The WhatsApp channel keeps the bot's own private messages (reminders, notices about
 * someone else, forwards, leads) from anyone who has not written to it privately in three
 * weeks (src/channels/whatsapp/whatsapp.reach.ts): writing into a chat gone quiet is what
 * WhatsApp counts as reaching out. The send step then holds the outbox row, and:
 * - her group chat gets one neutral line addressed to her — never a word of the message,
 *   whose figures are hers alone — saying there is a message and how to read it;
 * - with no group chat there, her groups' facilitators are told in words instead;
 * - when she next writes privately, her held messages are queued again (in the same
 *   transaction as her message), newest HELD_KEEP_MS only: older ones are no longer news.
 * Both notes go at most once a week per person (their keys name the week).
 */
import type { Clock } from '../core/clock.ts';
import { businessDate, startOfWeek } from '../core/dates.ts';
import type { Logger } from '../core/logger.ts';
import type { InboundMessage, Platform } from '../core/messages.ts';
import type { Db } from '../db/client.ts';
import { repliesFor } from '../conversation/replies/index.ts';
import { activeGroupIdsOf, chatsOfGroups, facilitatorPersonIdsOf } from '../modules/groups/groups.repository.ts';
import { addToOutbox, type HeldRelease, type OutboxItem } from '../modules/outbox/outbox.repository.ts';
import { findPerson, findPersonByIdentity, privateChatOf } from '../modules/people/people.repository.ts';
import type { Person } from '../modules/people/people.ts';
import { withTwins } from '../modules/whatsapp/whatsapp.repository.ts';

/** A held message older than this is not sent when she writes (a week of reminders is not news). */
export const HELD_KEEP_MS = 7 * 24 * 3600 * 1000;

export interface HeldMessageDeps {
  db: Db;
  clock: Clock;
  dispatch: (items: readonly OutboxItem[]) => Promise<void>;
  log: Logger;
}

/** Her chat and its twins (a WhatsApp LID and phone JID are one private chat). */
async function chatIdsOf(db: Db, platform: Platform, chatId: string): Promise<string[]> {
  return platform === 'whatsapp' ? withTwins(db, chatId) : [chatId];
}

async function personOfChat(db: Db, platform: Platform, chatIds: readonly string[]): Promise<Person | undefined> {
  for (const externalId of chatIds) {
    const person = await findPersonByIdentity(db, { platform, externalId });
    if (person) return person;
  }
  return undefined;
}

/**
 * A message to this private chat was held: tells her in her group chat that one waits, or
 * her facilitators when she has no group chat on that platform. Returns how many notes were
 * written (0 when this week's were already).
 */
export async function tellAboutHeld(deps: HeldMessageDeps, held: { platform: Platform; chatId: string }): Promise<number> {
  const { db, clock, log } = deps;
  const person = await personOfChat(db, held.platform, await chatIdsOf(db, held.platform, held.chatId));
  if (!person) {
    log.warn({ platform: held.platform }, 'a held message names no known person: nobody is told');
    return 0;
  }
  const week = startOfWeek(businessDate(clock.now(), person.timeZone));
  const groupIds = await activeGroupIdsOf(db, person.id);
  const groupChat = (await chatsOfGroups(db, groupIds)).find((c) => c.platform === held.platform);
  const messages = [];
  if (groupChat) {
    // A group message is the bot's own initiative too: paced with the other group sends.
    const text = repliesFor(person.language).heldMessageInGroup(person.name);
    messages.push({ key: `held-note-${person.id}-${week}`, message: { platform: groupChat.platform, chatId: groupChat.chatId, text }, priority: 'bulk' as const, sourceMessageId: null });
  } else {
    for (const facilitatorId of await facilitatorPersonIdsOf(db, groupIds)) {
      const [facilitator, chat] = await Promise.all([findPerson(db, facilitatorId), privateChatOf(db, facilitatorId, 'telegram')]);
      if (!facilitator || !chat) continue;
      const text = repliesFor(facilitator.language).heldMessageNoGroupChat(person.name);
      messages.push({ key: `held-tell-${person.id}-${week}-p${facilitatorId}`, message: { ...chat, text }, priority: 'reply' as const, sourceMessageId: null });
    }
    if (messages.length === 0) log.warn({ personId: person.id }, 'a held message: she has no group chat and no facilitator to tell');
  }
  const items = await addToOutbox(db, messages);
  await deps.dispatch(items);
  return items.length;
}

/**
 * She wrote in her private chat: her held messages go again (to be dispatched after the
 * caller's commit), released in the statement that writes her replies (outbox.repository's
 * `addRepliesReleasingHeld`, from the inbound processor). Messages in a group never release
 * them (undefined here): only a private message opens the chat the bot may write in.
 */
export async function heldReleaseFor(db: Db, message: Pick<InboundMessage, 'platform' | 'chatId' | 'chatType'>, now: Date): Promise<HeldRelease | undefined> {
  if (message.chatType !== 'private') return undefined;
  return { platform: message.platform, chatIds: await chatIdsOf(db, message.platform, message.chatId), staleBefore: new Date(now.getTime() - HELD_KEEP_MS) };
}
