/**
 * What the bot is waiting for from one person in one chat (a yes/no to a guessed entry, her
 * name, the next step of a lead, or a question she passed over, kept to explain a late "ya").
 * Kept in Postgres, not in memory or Redis, so a restart between question and answer loses
 * nothing; if a row is lost anyway, a later "ya" is told no question is open, never guessed.
 */
import type { Db } from '../../db/client.ts';

export interface ChatKey {
  platform: string;
  chatId: string;
  personId: number;
}

export async function getState<T>(db: Db, key: ChatKey): Promise<{ state: T; updatedAt: Date } | undefined> {
  const row = await db
    .selectFrom('conversation_states')
    .select(['state', 'updated_at'])
    .where('platform', '=', key.platform)
    .where('chat_id', '=', key.chatId)
    .where('person_id', '=', key.personId)
    .executeTakeFirst();
  return row && { state: row.state as unknown as T, updatedAt: row.updated_at };
}

/** True when the bot is waiting for something from her in this chat. */
export async function hasState(db: Db, key: ChatKey): Promise<boolean> {
  const row = await db
    .selectFrom('conversation_states')
    .select('person_id')
    .where('platform', '=', key.platform)
    .where('chat_id', '=', key.chatId)
    .where('person_id', '=', key.personId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function setState(db: Db, key: ChatKey, state: unknown, at: Date): Promise<void> {
  await db
    .insertInto('conversation_states')
    .values({ platform: key.platform, chat_id: key.chatId, person_id: key.personId, state: JSON.stringify(state), updated_at: at })
    .onConflict((oc) =>
      oc.columns(['platform', 'chat_id', 'person_id']).doUpdateSet({ state: JSON.stringify(state), updated_at: at }),
    )
    .execute();
}

export async function clearState(db: Db, key: ChatKey): Promise<void> {
  await db
    .deleteFrom('conversation_states')
    .where('platform', '=', key.platform)
    .where('chat_id', '=', key.chatId)
    .where('person_id', '=', key.personId)
    .execute();
}
