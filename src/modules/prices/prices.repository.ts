/** SQL of group price lists. */
import type { Db } from '../../db/client.ts';
import { groupName } from '../groups/groups.repository.ts';
import type { GroupPrice } from './prices.ts';

const columns = ['group_id as groupId', 'item_key as itemKey', 'item', 'unit_price as unitPrice', 'unit', 'updated_at as updatedAt'] as const;

export async function upsertGroupPrice(
  db: Db,
  price: { groupId: number; itemKey: string; item: string; unitPrice: number; unit: string | null; setByPersonId: number; at: Date },
): Promise<GroupPrice> {
  return db
    .insertInto('group_prices')
    .values({
      group_id: price.groupId,
      item_key: price.itemKey,
      item: price.item,
      unit_price: price.unitPrice,
      unit: price.unit,
      set_by_person_id: price.setByPersonId,
      updated_at: price.at,
    })
    .onConflict((oc) =>
      oc.columns(['group_id', 'item_key']).doUpdateSet({
        item: price.item,
        unit_price: price.unitPrice,
        unit: price.unit,
        set_by_person_id: price.setByPersonId,
        updated_at: price.at,
      }),
    )
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export async function groupPriceList(db: Db, groupId: number): Promise<GroupPrice[]> {
  return db.selectFrom('group_prices').select(columns).where('group_id', '=', groupId).orderBy('item').execute();
}

/** The price of an item in any of these groups, the most recently set first. */
export async function findGroupPrice(db: Db, groupIds: readonly number[], key: string): Promise<(GroupPrice & { groupName: string }) | undefined> {
  if (groupIds.length === 0) return undefined;
  return db
    .selectFrom('group_prices')
    .select((eb) => [
      'group_prices.group_id as groupId',
      'item_key as itemKey',
      'item',
      'unit_price as unitPrice',
      'unit',
      'updated_at as updatedAt',
      groupName(eb.ref('group_prices.group_id')).as('groupName'),
    ])
    .where('group_id', 'in', [...groupIds])
    .where('item_key', '=', key)
    .orderBy('updated_at', 'desc')
    .orderBy('group_prices.id', 'desc')
    .limit(1)
    .executeTakeFirst();
}
