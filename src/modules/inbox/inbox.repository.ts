/**
 * The inbox: one row per inbound message ever handled. Its unique key (platform, chat,
 * message id) is what turns a redelivered message into a no-op: the row is written in the
 * same transaction as everything the message caused, so either both exist or neither.
 */
import type { InboundMessage } from '../../core/messages.ts';
import type { Db } from '../../db/client.ts';

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

/** Every inbox row of one platform message: the message as sent and each edit of it (issue #8 corrections). */
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
