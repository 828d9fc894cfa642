/**
 * The inbox: one row per inbound message ever handled. Its unique key (platform, chat,
 * message id) is what turns a redelivered message into a no-op: the row is written in the
 * same transaction as everything the message caused, so either both exist or neither.
 */
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { InboundMessage, Platform } from '../../core/messages.ts';
import type { Db } from '../../db/client.ts';
import type { Database } from '../../db/schema.ts';

/** Inserts the message; returns its new id, or null when it was handled before. */
export async function claimInbound(db: Db, msg: InboundMessage): Promise<number | null> {
  const row = await db
    .insertInto('inbound_messages')
    .values({ platform: msg.platform, chat_id: msg.chatId, message_id: msg.messageId, sent_at: msg.sentAt, edit_key: msg.editedAt ?? '' })
    .onConflict((oc) => oc.columns(['platform', 'chat_id', 'message_id', 'edit_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function findInboundId(db: Db, msg: Pick<InboundMessage, 'platform' | 'chatId' | 'messageId' | 'editedAt'>): Promise<number | undefined> {
  const row = await db
    .selectFrom('inbound_messages')
    .select('id')
    .where('platform', '=', msg.platform)
    .where('chat_id', '=', msg.chatId)
    .where('message_id', '=', msg.messageId)
    .where('edit_key', '=', msg.editedAt ?? '')
    .executeTakeFirst();
  return row?.id;
}

/** Every inbox row of one platform message: the message as sent and each edit of it. */
export async function inboundIdsOfMessage(db: Db, msg: { platform: string; chatId: string; messageId: string }): Promise<number[]> {
  const rows = await db
    .selectFrom('inbound_messages')
    .select('id')
    .where('platform', '=', msg.platform)
    .where('chat_id', '=', msg.chatId)
    .where('message_id', '=', msg.messageId)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

export async function noteOutcome(db: Db, id: number, outcome: { personId: number | null; intent: string }): Promise<void> {
  await db.updateTable('inbound_messages').set({ person_id: outcome.personId, intent: outcome.intent }).where('id', '=', id).execute();
}

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

