/** The console-access module's part of the audit log: console logins and refused attempts. */
import { expressionBuilder, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { StaffInView } from '../programmes/scope.ts';

/** Outcomes that are not a refusal: a session started, or a code sent. */
const ALLOWED = ['ok', 'issued'];

/**
 * Login attempts as audit rows: what = how (code, link, chat, ask_code), detail = the
 * outcome. `refused` picks the refusals (wrong code, rate limited, no role, unknown
 * number), else the logins and codes sent. Only an admin sees attempts that name nobody.
 * The log is kept LOGIN_LOG_KEPT_MS (30 days), so the audit shows logins that long.
 */
export function loginAttemptRows(refused: boolean, staff: StaffInView) {
  let query = expressionBuilder<Database, never>()
    .selectFrom('console_login_attempts')
    .select([
      'console_login_attempts.at as at',
      'console_login_attempts.id as id',
      'console_login_attempts.person_id as actor',
      sql<number | null>`null::bigint`.as('subject'),
      sql<number | null>`null::bigint`.as('group_id'),
      sql<string>`console_login_attempts.kind`.as('what'),
      sql<string | null>`console_login_attempts.outcome`.as('detail'),
    ])
    .where('console_login_attempts.outcome', refused ? 'not in' : 'in', ALLOWED);
  if (staff !== 'everyone') query = query.where('console_login_attempts.person_id', 'in', staff);
  return query;
}
