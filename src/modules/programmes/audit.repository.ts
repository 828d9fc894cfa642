/** The programmes module's part of the console's audit log: staff roles given and ended (staff_roles keeps ended rows). */
import { expressionBuilder, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';

/**
 * Staff roles as audit rows: `granted` at granted_at, `ended` at removed_at; what = the
 * role, detail = the programme's name (a manager's). The actor is the admin who gave or ended
 * it in the web console (migration 046), or null for the admin command line, which has no
 * person behind it. A change of role is two rows at one instant: the old one ended, the new
 * one given. `programmeId` narrows to one
 * programme's managers; `none` shows nothing (a facilitator watches no staff).
 */
export function staffRoleRows(event: 'granted' | 'ended', programmeId: number | 'all' | 'none') {
  const at = event === 'granted' ? 'staff_roles.granted_at' : 'staff_roles.removed_at';
  const actor = event === 'granted' ? 'staff_roles.granted_by_person_id' : 'staff_roles.removed_by_person_id';
  let query = expressionBuilder<Database, never>()
    .selectFrom('staff_roles')
    .leftJoin('programmes', 'programmes.id', 'staff_roles.programme_id')
    .select([
      sql<Date>`${sql.ref(at)}`.as('at'),
      'staff_roles.id as id',
      sql<number | null>`${sql.ref(actor)}`.as('actor'),
      'staff_roles.person_id as subject',
      sql<number | null>`null::bigint`.as('group_id'),
      sql<string>`staff_roles.role`.as('what'),
      sql<string | null>`programmes.name`.as('detail'),
    ]);
  if (event === 'ended') query = query.where('staff_roles.removed_at', 'is not', null);
  if (programmeId === 'none') query = query.where(sql<boolean>`false`);
  else if (programmeId !== 'all') query = query.where('staff_roles.programme_id', '=', programmeId);
  return query;
}
