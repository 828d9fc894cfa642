/**
 * A conversation through the real inbound processor on a fresh test database: a
 * facilitator, one group and its members (Telegram ids as given), a fixed clock, and the
 * replies each message causes as she would see them. For tests that talk to the bot and
 * read her books, without each file building the same set-up.
 */
import { fixedClock } from '../../src/core/clock.ts';
import type { InboundMessage, OutboundMessage } from '../../src/core/messages.ts';
import { addFacilitator, addMember, createGroup, groupsRepo } from '../../src/modules/groups/groups.service.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { inboundHarness } from './inbound-harness.ts';
import { groupMessage, privateMessage } from './messages.ts';

export interface ChatBooks {
  t: TestDatabase;
  clock: ReturnType<typeof fixedClock>;
  /** Person ids by the key each member was given. */
  ids: Record<string, number>;
  /** Every outbound message the messages caused, as stored in the outbox. */
  send(message: InboundMessage): Promise<OutboundMessage[]>;
  /** A private message from `telegramId` now; her chat's reply texts, joined. */
  say(telegramId: string, text: string): Promise<string>;
  /** A private message; the reply in her chat (text and buttons), or undefined. */
  reply(telegramId: string, text: string): Promise<OutboundMessage | undefined>;
  dm(telegramId: string, text: string, over?: Partial<InboundMessage>): InboundMessage;
  inGroup(telegramId: string, text: string, over?: Partial<InboundMessage>): InboundMessage;
  /** Her books as they stand (voided entries left out), oldest first. */
  entriesOf(personId: number): Promise<{ kind: string; amount: number; item: string | null; business_date: string }[]>;
  close(): Promise<void>;
}

export async function startChatBooks(options: {
  /** The clock's start (an instant). */
  start: string;
  /** [key, name, Telegram id] of each member. */
  members: readonly (readonly [string, string, string])[];
  facilitatorTelegramId: string;
  groupChat: string;
}): Promise<ChatBooks> {
  const t = await createTestDatabase();
  const clock = fixedClock(options.start);
  const { send } = inboundHarness(t.db, clock, { followUps: true });
  const at = clock.now();
  const facilitator = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: options.facilitatorTelegramId, timeZone: 'Asia/Jakarta' });
  const group = await createGroup(t.db, { name: 'Melati', trades: ['asesoris'], facilitatorId: facilitator.id, timeZone: 'Asia/Jakarta' });
  const ids: Record<string, number> = {};
  for (const [key, name, telegramId] of options.members) {
    ids[key] = (await addMember(t.db, group.id, { name, telegramId, timeZone: 'Asia/Jakarta' }, at)).person.id;
  }
  await groupsRepo.linkChat(t.db, { groupId: group.id, platform: 'telegram', chatId: options.groupChat, byPersonId: null });

  const dm = (id: string, text: string, over: Partial<InboundMessage> = {}) =>
    privateMessage(text, { chatId: id, sender: { id, name: null }, sentAt: clock.now().toISOString(), ...over });
  const inGroup = (id: string, text: string, over: Partial<InboundMessage> = {}) =>
    groupMessage(text, { chatId: options.groupChat, sender: { id, name: null }, sentAt: clock.now().toISOString(), ...over });
  const reply = async (id: string, text: string) => (await send(dm(id, text))).find((m) => m.chatId === id);
  const say = async (id: string, text: string) =>
    (await send(dm(id, text)))
      .filter((m) => m.chatId === id)
      .map((m) => m.text)
      .join('\n---\n');
  const entriesOf = (personId: number) =>
    t.db
      .selectFrom('ledger_entries')
      .select(['kind', 'amount', 'item', 'business_date'])
      .where('person_id', '=', personId)
      .where('voided_at', 'is', null)
      .orderBy('id')
      .execute();
  return { t, clock, ids, send, say, reply, dm, inGroup, entriesOf, close: () => t.drop() };
}
