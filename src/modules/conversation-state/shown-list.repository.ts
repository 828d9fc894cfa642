/**
 * The numbered list of entries she last saw in a chat ("/catatan"), as entry ids in the
 * order shown: "hapus 2" and "ralat no 2" mean number 2 of what she saw, not of the list as
 * it would be now that she has recorded more. Kept in Postgres with the books it points at.
 */
import type { Db } from '../../db/client.ts';
import type { ChatKey } from './conversation-state.repository.ts';

export interface ShownList {
  entryIds: number[];
  shownAt: Date;
}

export async function rememberShownList(db: Db, key: ChatKey, entryIds: readonly number[], at: Date): Promise<void> {
  const ids = JSON.stringify(entryIds);
  await db
    .insertInto('shown_entry_lists')
    .values({ platform: key.platform, chat_id: key.chatId, person_id: key.personId, entry_ids: ids, shown_at: at })
    .onConflict((oc) => oc.columns(['platform', 'chat_id', 'person_id']).doUpdateSet({ entry_ids: ids, shown_at: at }))
    .execute();
}

export async function shownList(db: Db, key: ChatKey): Promise<ShownList | undefined> {
  const row = await db
    .selectFrom('shown_entry_lists')
    .select(['entry_ids', 'shown_at'])
    .where('platform', '=', key.platform)
    .where('chat_id', '=', key.chatId)
    .where('person_id', '=', key.personId)
    .executeTakeFirst();
  return row && { entryIds: row.entry_ids.map(Number), shownAt: row.shown_at };
}
