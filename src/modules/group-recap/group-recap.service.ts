/**
 * The figures of the group recap, composed from their owners: the group's active members
 * (groups) and their unvoided sales and expenses over the range (ledger).
 */
import type { IsoDate } from '../../core/dates.ts';
import type { Db } from '../../db/client.ts';
import type { Group } from '../groups/groups.ts';
import * as groups from '../groups/groups.repository.ts';
import { groupsRunOrChairedBy } from '../groups/groups.service.ts';
import { totalsByPerson } from '../ledger/ledger.repository.ts';
import type { MemberRecapRow } from './group-recap.ts';

/** Every active member of the group, by name, with her unvoided sales and expenses from `from` to `to`. */
export async function memberTotals(db: Db, groupId: number, from: IsoDate, to: IsoDate): Promise<MemberRecapRow[]> {
  const members = await groups.listMembers(db, groupId, ['active']);
  const totals = await totalsByPerson(db, members.map((m) => m.personId), { from, to }, ['sale', 'expense']);
  return members.map((m) => {
    const t = totals.get(m.personId);
    const sales = t?.sales ?? 0;
    const expenses = t?.expenses ?? 0;
    return { personId: m.personId, name: m.name, daysRecorded: t?.daysRecorded ?? 0, sales, expenses, profit: sales - expenses };
  });
}

/** The groups whose recap this person may see: those she runs as a facilitator, and those where she is the active ketua. */
export async function recapGroupsOf(db: Db, personId: number): Promise<Group[]> {
  return (await groupsRunOrChairedBy(db, personId)).sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
}
