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
