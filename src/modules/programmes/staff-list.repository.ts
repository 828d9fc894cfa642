/**
 * SQL of the console's staff list (/staf): the people with a console role a viewer may see,
 * each once with the role she works under (the wider, as scope.ts resolves it: a live staff
 * role before a facilitator's record), ordered admins, managers, facilitators, then by name.
 * The facilitators come as a subquery of people ids from the groups module, which owns them.
 */
import { sql, type Expression } from 'kysely';
import type { Db } from '../../db/client.ts';
import { personName } from '../people/people.repository.ts';
import type { ConsoleRole } from './scope.ts';

export interface StaffListFilter {
  /** Whose staff roles count: every live one (null, an admin's view), or a programme's managers only. */
  managersOf: number | null;
  /** The facilitators in view (people ids); those who hold a live staff role are listed by it instead, if in view. */
  facilitators: Expression<{ id: number }>;
}

export interface StaffListRow {
  personId: number;
  name: string;
  role: ConsoleRole;
  /** A manager's programme; null for an admin and a facilitator. */
  programmeId: number | null;
}

function staffOf(f: StaffListFilter) {
  const staff =
    f.managersOf === null
      ? sql`select person_id, role::text as role, programme_id from staff_roles where removed_at is null`
      : sql`select person_id, role::text as role, programme_id from staff_roles where removed_at is null and role = 'manager' and programme_id = ${f.managersOf}`;
  return sql`(${staff}
    union all
    select distinct f.id as person_id, 'facilitator' as role, null::bigint as programme_id from (${f.facilitators}) f
     where not exists (select 1 from staff_roles sr where sr.person_id = f.id and sr.removed_at is null))`;
}

export async function countStaff(db: Db, f: StaffListFilter): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${staffOf(f)} s`.execute(db);
  return rows[0]!.n;
}

export async function staffPage(db: Db, f: StaffListFilter, page: { offset: number; limit: number }): Promise<StaffListRow[]> {
  const { rows } = await sql<{ personId: string; name: string; role: ConsoleRole; programmeId: string | null }>`
    select s.person_id as "personId", ${personName(sql.ref<number>('s.person_id'))} as name, s.role, s.programme_id as "programmeId"
      from ${staffOf(f)} s
     order by case s.role when 'admin' then 0 when 'manager' then 1 else 2 end, name, s.person_id
     offset ${page.offset} limit ${page.limit}`.execute(db);
  return rows.map((r) => ({ personId: Number(r.personId), name: r.name, role: r.role, programmeId: r.programmeId === null ? null : Number(r.programmeId) }));
}
