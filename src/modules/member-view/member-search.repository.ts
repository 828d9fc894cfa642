/**
 * The console's member search: people by a part of their name, among the members a viewer
 * may see (`visibleMemberIds`, the member page's own rule), a page at a time, with the
 * groups of hers in that scope and the last day she recorded.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { MembershipStatus } from '../groups/groups.ts';
import { membershipsOfPeople } from '../groups/group-scope.repository.ts';
import { bookWindow } from '../programmes/book-window.ts';
import { visibleMemberIds, type ScopedGroups } from '../programmes/scope.ts';

export interface FoundMember {
  personId: number;
  name: string;
  /** Her groups within the viewer's scope, active ones first then by name. */
  groups: { groupId: number; name: string; status: MembershipStatus }[];
  /** The latest day of an entry of hers not voided, within what the viewer may see of her books; null if none. */
  lastDay: string | null;
}

/** `part` as an ILIKE pattern matching it anywhere, its own % _ and \ taken literally. */
export function containsPattern(part: string): string {
  return `%${part.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Up to `limit` members whose name holds `part` (any case), by name then id, from `offset`.
 * Three short queries: the page of people (a scan of the names in scope, sorted top-N),
 * then for those few their memberships in scope and one index probe each
 * (ledger_entries_person_date_idx) for their last day.
 */
export async function searchMembers(db: Db, scoped: ScopedGroups, part: string, now: Date, offset: number, limit: number): Promise<FoundMember[]> {
  const people = await db
    .selectFrom('people')
    .select(['people.id', 'people.name'])
    .where('people.id', 'in', visibleMemberIds(scoped))
    .where(sql<boolean>`people.name ilike ${containsPattern(part)}`)
    .orderBy(sql`lower(people.name)`)
    .orderBy('people.id')
    .offset(offset)
    .limit(limit)
    .execute();
  if (people.length === 0) return [];
  const ids = people.map((p) => p.id);
  const [memberships, all] = await Promise.all([
    db
      .selectFrom('memberships')
      .innerJoin('groups', 'groups.id', 'memberships.group_id')
      .select(['memberships.person_id as personId', 'groups.id as groupId', 'groups.name', 'memberships.status'])
      .where('memberships.person_id', 'in', ids)
      .where('memberships.group_id', 'in', scoped.groupIds)
      .where('memberships.status', '<>', 'pending')
      .orderBy(sql`memberships.status = 'active'`, 'desc')
      .orderBy('groups.name')
      .execute(),
    membershipsOfPeople(db, ids),
  ]);
  // Her last day only within what the viewer may see of her books: the member page's own
  // window (book-window.ts) — up to the day she left a group of the scope, and from the day she
  // joined one after leaving another — so the search never shows a day her page would hide.
  const spans = ids.map((id) => {
    const inScope = new Set(memberships.filter((m) => m.personId === id).map((m) => m.groupId));
    const hers = all.filter((m) => m.personId === id);
    const w = hers.length > 0 ? bookWindow(hers.filter((m) => inScope.has(m.groupId)), hers, hers[0]!.timeZone) : undefined;
    return { id, from: w?.from ?? null, to: w?.to ?? null };
  });
  const lastDays = await sql<{ id: number; lastDay: string | null }>`
      select s.id, (
        select max(e.business_date)::text from ledger_entries e
        where e.person_id = s.id and e.voided_at is null
          and e.business_date >= coalesce(s.from_day, '0001-01-01'::date)
          and e.business_date <= least(coalesce(s.to_day, '9999-12-31'::date), (${now}::timestamptz at time zone p.time_zone)::date)
      ) as "lastDay"
      from unnest(${spans.map((x) => x.id)}::bigint[], ${spans.map((x) => x.from)}::date[], ${spans.map((x) => x.to)}::date[]) as s(id, from_day, to_day)
      join people p on p.id = s.id`
    .execute(db)
    .then((r) => r.rows);
  const last = new Map(lastDays.map((r) => [r.id, r.lastDay ?? null]));
  return people.map((p) => ({
    personId: p.id,
    name: p.name,
    groups: memberships.filter((m) => m.personId === p.id).map((m) => ({ groupId: m.groupId, name: m.name, status: m.status })),
    lastDay: last.get(p.id) ?? null,
  }));
}
