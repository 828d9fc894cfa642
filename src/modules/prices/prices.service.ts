/**
 * Remembered prices: what "laku 5 bros" with no price is worth. Her own last unit price
 * for the item first (her latest active sale of it with a unit price), else her groups'
 * agreed price. Group price lists are set by the group's facilitator or its ketua.
 */
import { DomainError } from '../../core/errors.ts';
import type { Db } from '../../db/client.ts';
import * as groups from '../groups/groups.repository.ts';
import { groupsRunOrChairedBy, runsOrChairs } from '../groups/groups.service.ts';
import type { Group } from '../groups/groups.ts';
import { latestPricedSales } from '../ledger/ledger.repository.ts';
import type { NewEntry } from '../ledger/ledger.ts';
import { findGroupPrice, groupPriceList, upsertGroupPrice } from './prices.repository.ts';
import { itemKey, pricedSale, type GroupPrice, type KnownPrice, type UnpricedSale } from './prices.ts';

/** How far back her own sales are searched for a price. */
const OWN_SALES_SCANNED = 500;

export async function knownPrice(db: Db, personId: number, item: string): Promise<KnownPrice | undefined> {
  const key = itemKey(item);
  if (!key) return undefined;
  const own = (await latestPricedSales(db, personId, OWN_SALES_SCANNED)).find((e) => e.item !== null && itemKey(e.item) === key);
  if (own && own.unitPrice !== null) return { item: own.item!, unitPrice: own.unitPrice, unit: own.unit, source: 'own' };
  const mine = await groups.groupsOfPerson(db, personId);
  const found = await findGroupPrice(
    db,
    mine.map((g) => g.id),
    key,
  );
  return found ? { item: found.item, unitPrice: found.unitPrice, unit: found.unit, source: 'group', group: found.groupName } : undefined;
}

/**
 * Sales written without a price, each priced at what is known for its item (see
 * knownPrice), with the first known price (the question to her quotes it). `missing` names
 * the first item with no known price; the lines after it are not looked up.
 */
export async function priceUnpricedSales(
  db: Db,
  personId: number,
  lines: readonly UnpricedSale[],
): Promise<{ entries: NewEntry[]; first: KnownPrice } | { missing: string }> {
  const entries: NewEntry[] = [];
  let first: KnownPrice | undefined;
  for (const line of lines) {
    const known = await knownPrice(db, personId, line.item);
    if (!known) return { missing: line.item };
    first ??= known;
    entries.push(pricedSale(line, known));
  }
  if (!first) throw new Error('no sales to price');
  return { entries, first };
}

/** Whether she may set the group's prices: its facilitator, or its ketua (active). */
export async function maySetPrices(db: Db, personId: number, group: Group): Promise<boolean> {
  return runsOrChairs(db, personId, group);
}

/** The groups whose prices she may set: those she runs and those she is ketua of, by id. */
export async function priceGroupsOf(db: Db, personId: number): Promise<Group[]> {
  return groupsRunOrChairedBy(db, personId);
}

/** The groups whose price lists she sees in private: her own groups, then those whose prices she sets. */
export async function priceListGroupsOf(db: Db, personId: number): Promise<Group[]> {
  const all = new Map<number, Group>();
  for (const g of [...(await groups.groupsOfPerson(db, personId)), ...(await priceGroupsOf(db, personId))]) all.set(g.id, g);
  return [...all.values()];
}

/**
 * "/harga emping 80rb/kg": sets the group's price for the item. Refused (logged) with
 * `price_not_allowed` for anyone but the group's facilitator or ketua.
 */
export async function setGroupPrice(
  db: Db,
  personId: number,
  group: Group,
  price: { item: string; unitPrice: number; unit: string | null },
  at: Date,
): Promise<GroupPrice> {
  if (!(await maySetPrices(db, personId, group))) {
    await groups.recordRefusal(db, { personId, action: 'set_price', reason: 'price_not_allowed', groupId: group.id });
    throw new DomainError('price_not_allowed');
  }
  const key = itemKey(price.item);
  if (!key || !(price.unitPrice > 0)) throw new DomainError('price_invalid');
  return upsertGroupPrice(db, { groupId: group.id, itemKey: key, item: price.item.trim().toLowerCase(), unitPrice: price.unitPrice, unit: price.unit, setByPersonId: personId, at });
}

export { groupPriceList };
