/**
 * The WhatsApp link's standing, kept where the operator can read it from another process
 * (`dampingi whatsapp status`): the process that holds the number writes it whenever it
 * changes. One row per number (`account`, as the credentials).
 */
import type { Db } from '../../db/client.ts';

export interface LinkStatusRow {
  state: string;
  reason: string | null;
  restriction: string | null;
  restrictedUntil: Date | null;
  holder: string;
  updatedAt: Date;
}

export async function saveLinkStatus(
  db: Db,
  account: string,
  status: { state: string; reason: string | null; restriction: { kind: string; until: Date } | null; holder: string },
  now: Date,
): Promise<void> {
  const values = {
    state: status.state,
    reason: status.reason?.slice(0, 300) ?? null,
    restriction: status.restriction?.kind ?? null,
    restricted_until: status.restriction?.until ?? null,
    holder: status.holder,
    updated_at: now,
  };
  await db
    .insertInto('whatsapp_link')
    .values({ account, ...values })
    .onConflict((oc) => oc.column('account').doUpdateSet(values))
    .execute();
}

export async function readLinkStatus(db: Db, account: string): Promise<LinkStatusRow | undefined> {
  return db
    .selectFrom('whatsapp_link')
    .select(['state', 'reason', 'restriction', 'restricted_until as restrictedUntil', 'holder', 'updated_at as updatedAt'])
    .where('account', '=', account)
    .executeTakeFirst();
}

/** The number this bot served (E.164), remembered at its first link; undefined before it (or once forgotten). */
export async function readLinkedNumber(db: Db, account: string): Promise<string | undefined> {
  const row = await db.selectFrom('whatsapp_link').select('linked_number').where('account', '=', account).executeTakeFirst();
  return row?.linked_number ?? undefined;
}

/** Remembers the number at its first link; a number already remembered stays (only the operator forgets it). */
export async function rememberLinkedNumber(db: Db, account: string, phone: string, holder: string, now: Date): Promise<void> {
  await db
    .insertInto('whatsapp_link')
    .values({ account, state: 'connecting', reason: null, holder, updated_at: now, linked_number: phone })
    .onConflict((oc) => oc.column('account').doUpdateSet({ linked_number: phone }).where('whatsapp_link.linked_number', 'is', null))
    .execute();
}

/** The operator moves the bot to another number: the next phone that links is served. Returns the number forgotten. */
export async function forgetLinkedNumber(db: Db, account: string): Promise<string | undefined> {
  const before = await readLinkedNumber(db, account);
  await db.updateTable('whatsapp_link').set({ linked_number: null }).where('account', '=', account).execute();
  return before;
}
