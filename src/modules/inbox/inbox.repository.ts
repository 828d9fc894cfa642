/**
 * The inbox: one row per inbound message ever handled. Its unique key (platform, chat,
 * message id, version) is what turns a redelivered message into a no-op: the row is written
 * in the same transaction as everything the message caused, so either both exist or neither.
 *
 * A WhatsApp private chat is named by the person's phone JID or by her LID, and the channel
 * may report one message under either (her LID first, her phone once it is learned): there
 * the key is (platform, message id, version) among all private WhatsApp chats (a unique
 * index, migration 020). WhatsApp message ids are long random ids made by the sender's
 * device, so they do not repeat across people; every lookup of a message here follows the
 * same rule (`sameMessage`), so an edit or a deletion finds the message under either id.
 */
import type { Compilable, Expression, ExpressionBuilder, SqlBool, UpdateResult } from 'kysely';
import { inboxVersionOf, type InboundMessage, type Platform } from '../../core/messages.ts';
import type { Db } from '../../db/client.ts';
import { prepared, type Fragment, type SlotMaker } from '../../db/prepared.ts';
import type { Database } from '../../db/schema.ts';

interface MessageRef {
  platform: string;
  chatId: string;
  messageId: string;
}

const isWhatsappPrivateChatId = (chatId: string) => chatId.endsWith('@s.whatsapp.net') || chatId.endsWith('@lid');

/** Rows of this platform message, in any version: its chat, or any private WhatsApp chat for a private WhatsApp one. */
function sameMessage(eb: ExpressionBuilder<Database, 'inbound_messages'>, msg: MessageRef): Expression<SqlBool> {
  const chat =
    msg.platform === 'whatsapp' && isWhatsappPrivateChatId(msg.chatId)
      ? isPrivateChat(eb, 'whatsapp')
      : eb('inbound_messages.chat_id', '=', msg.chatId);
  return eb.and([eb('inbound_messages.platform', '=', msg.platform), eb('inbound_messages.message_id', '=', msg.messageId), chat]);
}

/** Inserts the message; returns its new id, or null when it was handled before (under either of its unique keys). */
export async function claimInbound(db: Db, msg: InboundMessage): Promise<number | null> {
  const [row] = await claim(db, { msg, version: inboxVersionOf(msg) });
  return row?.id ?? null;
}

/**
 * `claimInbound`'s insert, not yet run: for a caller that carries it in another module's
 * statement and reads its `id` there (the inbound processor claims the message in the
 * statement that looks up its sender: people.repository's `findSender`), so the claim costs
 * no round trip of its own. No row returned: the message was handled before.
 */
export function inboxClaim(msg: InboundMessage): Fragment<Claim, Compilable<{ id: number }>> {
  return { build: claimInsert, values: { msg, version: inboxVersionOf(msg) } };
}

interface Claim {
  msg: InboundMessage;
  version: string;
}

// A module-level function: the key under which a statement carrying it is compiled once.
const claimInsert = (slot: SlotMaker<Claim>, db: Db) =>
  db
    .insertInto('inbound_messages')
    .values({
      platform: slot((v) => v.msg.platform),
      chat_id: slot((v) => v.msg.chatId),
      message_id: slot((v) => v.msg.messageId),
      sent_at: slot((v) => v.msg.sentAt),
      edit_key: slot((v) => v.version),
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id');

// The same insert, run alone (built and compiled once, src/db/prepared.ts).
const claim = prepared<Claim, { id: number }>((db, slot) => claimInsert(slot, db));

export async function findInboundId(db: Db, msg: MessageRef & Pick<InboundMessage, 'editedAt' | 'revoked'>): Promise<number | undefined> {
  const row = await db
    .selectFrom('inbound_messages')
    .select('id')
    .where((eb) => sameMessage(eb, msg))
    .where('edit_key', '=', inboxVersionOf(msg))
    .orderBy('id')
    .executeTakeFirst();
  return row?.id;
}

/** Every inbox row of one platform message: the message as sent and each edit of it. */
export async function inboundIdsOfMessage(db: Db, msg: { platform: string; chatId: string; messageId: string }): Promise<number[]> {
  const rows = await db
    .selectFrom('inbound_messages')
    .select('id')
    .where((eb) => sameMessage(eb, msg))
    .where('edit_key', '<>', 'revoked')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Whether the sender deleted this message for everyone (its deletion has an inbox row). */
export async function wasRevoked(db: Db, msg: MessageRef): Promise<boolean> {
  const row = await db.selectFrom('inbound_messages').select('id').where((eb) => sameMessage(eb, msg)).where('edit_key', '=', 'revoked').executeTakeFirst();
  return row !== undefined;
}

/**
 * Takes the place of a message in the inbox before it is handled: a deletion that arrives
 * first (the message still queued, or redelivered later) leaves this row, so the message
 * itself finds itself handled and records nothing. True when the message had no row yet.
 * Concurrent with the message's own claim, the unique key decides: one of them waits for
 * the other and then sees its row.
 */
export async function holdPlaceOf(db: Db, msg: MessageRef & { sentAt: string }): Promise<boolean> {
  const row = await db
    .insertInto('inbound_messages')
    .values({ platform: msg.platform, chat_id: msg.chatId, message_id: msg.messageId, sent_at: msg.sentAt, edit_key: '', intent: 'revoked:before_handled' })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * The write that notes what a handled message came to (who she is, its intent), not yet
 * run: for a caller that carries it in another module's statement (the inbound processor
 * puts it in the insert of the message's replies, src/jobs/inbound.processor.ts), so it
 * costs no round trip of its own.
 */
export function outcomeNote(id: number, outcome: { personId: number | null; intent: string }): Fragment<OutcomeNote, Compilable<UpdateResult>> {
  return { build: noteOutcome, values: { id, ...outcome } };
}

interface OutcomeNote {
  id: number;
  personId: number | null;
  intent: string;
}

// A module-level function: the key under which the statement carrying it is compiled once.
const noteOutcome = (slot: SlotMaker<OutcomeNote>, db: Db) =>
  db
    .updateTable('inbound_messages')
    .set({ person_id: slot((v) => v.personId), intent: slot((v) => v.intent) })
    .where('id', '=', slot((v) => v.id));


// Whether someone wrote to the bot in her own private chat: the ground of the private-writing rule.

/**
 * Whether an inbox chat id names one person's own chat with the bot on `platform`. On
 * WhatsApp that is a user's phone JID (…@s.whatsapp.net) or LID (…@lid), the only private
 * chats the channel reports; a group (…@g.us), a broadcast or a channel is not. On Telegram
 * a private chat has the user's (positive) id; groups and channels are negative. The
 * terminal chat is always one person's.
 */
function isPrivateChat(eb: ExpressionBuilder<Database, 'inbound_messages'>, platform: Platform): Expression<SqlBool> {
  switch (platform) {
    case 'whatsapp':
      return eb.or([eb('inbound_messages.chat_id', 'like', '%@s.whatsapp.net'), eb('inbound_messages.chat_id', 'like', '%@lid')]);
    case 'telegram':
      return eb('inbound_messages.chat_id', 'not like', '-%');
    case 'console':
      return eb.lit(true);
  }
}

/**
 * A query fragment: "a message from this person in her own private chat on `platform`"
 * (an `exists`), for `personId` a column or value of the outer query.
 */
export function privateMessageFrom<TB extends keyof Database>(
  eb: ExpressionBuilder<Database, TB>,
  personId: Expression<number>,
  platform: Platform,
): Expression<SqlBool> {
  // The subquery needs no table of the outer query: `personId` brings what it needs.
  const own = eb as unknown as ExpressionBuilder<Database, never>;
  return own.exists(
    own
      .selectFrom('inbound_messages')
      .select('inbound_messages.id')
      .where('inbound_messages.person_id', '=', personId)
      .where('inbound_messages.platform', '=', platform)
      .where((w) => isPrivateChat(w, platform)),
  );
}

/** When the last message came in a private chat on `platform` named by one of `chatIds` (the WhatsApp channel's gate, at send time). */
export async function lastWrotePrivatelyIn(db: Db, platform: Platform, chatIds: readonly string[]): Promise<Date | undefined> {
  if (chatIds.length === 0) return undefined;
  const row = await db
    .selectFrom('inbound_messages')
    .select((eb) => eb.fn.max('sent_at').as('last'))
    .where('platform', '=', platform)
    .where('chat_id', 'in', [...chatIds])
    .where((eb) => isPrivateChat(eb, platform))
    .executeTakeFirst();
  return row?.last ?? undefined;
}

