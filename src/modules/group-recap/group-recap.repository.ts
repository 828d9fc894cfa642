/** SQL of the group recap: one row per active member with her figures over a date range. */
import { sql } from 'kysely';
import type { IsoDate } from '../../core/dates.ts';
import type { Db } from '../../db/client.ts';
import type { Group } from '../groups/groups.ts';
import * as groups from '../groups/groups.repository.ts';
import type { MemberRecapRow } from './group-recap.ts';

/** Every active member of the group with her unvoided sales and expenses from `from` to `to`. */
export async function memberTotals(db: Db, groupId: number, from: IsoDate, to: IsoDate): Promise<MemberRecapRow[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('ledger_entries')
          .select([
            'ledger_entries.person_id',
            sql<number>`count(distinct business_date)::int`.as('days'),
            sql<number>`coalesce(sum(amount) filter (where kind = 'sale'), 0)::bigint`.as('sales'),
            sql<number>`coalesce(sum(amount) filter (where kind = 'expense'), 0)::bigint`.as('expenses'),
          ])
          .where('ledger_entries.voided_at', 'is', null)
          .where('ledger_entries.kind', 'in', ['sale', 'expense'])
          .where('ledger_entries.business_date', '>=', from)
          .where('ledger_entries.business_date', '<=', to)
          .groupBy('ledger_entries.person_id')
          .as('t'),
      (join) => join.onRef('t.person_id', '=', 'people.id'),
    )
    .select([
      'people.id as personId',
      'people.name',
      sql<number>`coalesce(t.days, 0)::int`.as('daysRecorded'),
      sql<number>`coalesce(t.sales, 0)::bigint`.as('sales'),
      sql<number>`coalesce(t.expenses, 0)::bigint`.as('expenses'),
    ])
    .where('memberships.group_id', '=', groupId)
    .where('memberships.status', '=', 'active')
    .orderBy('people.name')
    .orderBy('people.id')
    .execute();
  return rows.map((r) => ({ ...r, profit: r.sales - r.expenses }));
}

/** The groups whose recap this person may see: those she runs as a facilitator, and those where she is the active ketua. */
export async function recapGroupsOf(db: Db, personId: number): Promise<Group[]> {
  const facilitator = await groups.findFacilitatorByPerson(db, personId);
  const run = facilitator ? await groups.listGroups(db, facilitator.id) : [];
  const chaired = await db
    .selectFrom('memberships')
    .select('group_id')
    .where('person_id', '=', personId)
    .where('status', '=', 'active')
    .where('role', '=', 'ketua')
    .execute();
  const byId = new Map(run.map((g) => [g.id, g]));
  for (const { group_id } of chaired) {
    if (byId.has(group_id)) continue;
    const group = await groups.findGroup(db, group_id);
    if (group) byId.set(group.id, group);
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
}
