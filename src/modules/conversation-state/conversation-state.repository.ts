/**
 * What the bot is waiting for from one person in one chat (a yes/no to a guessed entry, her
 * name, the next step of a lead, or a question she passed over, kept to explain a late "ya").
 * Kept in Postgres, not in memory or Redis, so a restart between question and answer loses
 * nothing; if a row is lost anyway, a later "ya" is told no question is open, never guessed.
 */
import { expressionBuilder, type AliasableExpression, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { Fragment, SlotMaker } from '../../db/prepared.ts';
import type { Database } from '../../db/schema.ts';

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

/**
 * A query fragment: "the bot is waiting for something from her in this chat" (an `exists`),
 * for `personId` a column or value of the outer query. The sender's lookup carries it, so a
 * message costs no round trip of its own to learn whether a question is open. Built with
 * slots for the chat (src/db/prepared.ts): the lookup carrying it is compiled once.
 */
export function stateOpenIn(chat: { platform: string; chatId: string }): Fragment<{ platform: string; chatId: string }, (personId: Expression<number>) => AliasableExpression<SqlBool>> {
  return { build: openIn, values: chat };
}

const openIn =
  (slot: SlotMaker<{ platform: string; chatId: string }>) =>
  (personId: Expression<number>): AliasableExpression<SqlBool> => {
    const eb = expressionBuilder<Database, never>();
    return eb.exists(
      eb
        .selectFrom('conversation_states')
        .select('conversation_states.person_id')
        .where('conversation_states.platform', '=', slot((c) => c.platform))
        .where('conversation_states.chat_id', '=', slot((c) => c.chatId))
        .where('conversation_states.person_id', '=', personId),
    );
  };

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
