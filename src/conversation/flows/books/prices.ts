/**
 * The group price list: "/harga emping 80rb/kg" (the group's facilitator or ketua sets a
 * price) and "/harga" (the list). These prices fill "laku 5 bros" when she has no price of
 * her own for the item (see record.ts).
 */
import { DomainError } from '../../../core/errors.ts';
import { groupsRepo } from '../../../modules/groups/groups.service.ts';
import type { Group } from '../../../modules/groups/groups.ts';
import { groupPriceList, priceGroupsOf, priceListGroupsOf, setGroupPrice } from '../../../modules/prices/prices.service.ts';
import type { Handled, Session } from '../../session.ts';

/** "/harga emping 80rb/kg": the group's facilitator or ketua sets its price. */
export async function onSetPrice(s: Session, price: { item: string; unitPrice: number; unit: string | null }): Promise<Handled> {
  const found = await priceGroup(s, () => priceGroupsOf(s.db, s.me.id));
  if ('handled' in found) return found.handled;
  if ('none' in found) {
    // Neither a facilitator nor a ketua of any group.
    await groupsRepo.recordRefusal(s.db, { personId: s.me.id, action: 'set_price', reason: 'price_not_allowed', groupId: null });
    throw new DomainError('price_not_allowed');
  }
  const saved = await setGroupPrice(s.db, s.me.id, found.group, price, s.now());
  s.say(s.t.priceSet({ group: found.group.name, item: saved.item, unitPrice: saved.unitPrice, unit: saved.unit }));
  return s.done('set_price');
}

/** "/harga": the group price list (the linked chat's group, or each of hers in private). */
export async function onPriceList(s: Session): Promise<Handled> {
  if (s.inGroup) {
    const found = await priceGroup(s, async () => []);
    if (!('group' in found)) return 'handled' in found ? found.handled : s.done('price_list');
    s.say(s.t.priceList(found.group.name, await groupPriceList(s.db, found.group.id)));
    return s.done('price_list');
  }
  const groups = await priceListGroupsOf(s.db, s.me.id);
  if (groups.length === 0) {
    s.say(s.t.priceNoGroup);
    return s.done('price_list:no-group');
  }
  for (const g of groups) s.say(s.t.priceList(g.name, await groupPriceList(s.db, g.id)));
  return s.done('price_list');
}

/**
 * The group a price command in this chat is about: the linked group chat's, or (in
 * private) her only candidate group. Otherwise the reply already said why (`handled`), or
 * there is no group at all (`none`).
 */
async function priceGroup(s: Session, candidates: () => Promise<Group[]>): Promise<{ group: Group } | { handled: Handled } | { none: true }> {
  if (s.inGroup) {
    const linked = await groupsRepo.findGroupByChat(s.db, s.msg.platform, s.msg.chatId);
    if (linked) return { group: linked };
    s.say(s.t.chatNotLinked);
    return { handled: s.done('price:not-linked') };
  }
  const groups = await candidates();
  if (groups.length === 1) return { group: groups[0]! };
  if (groups.length > 1) {
    s.say(s.t.priceInGroupChat(groups.map((g) => g.name)));
    return { handled: s.done('price:which-group') };
  }
  return { none: true };
}
