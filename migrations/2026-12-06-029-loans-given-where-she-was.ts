import { sql, type Kysely } from 'kysely';

/**
 * Member loans that migration 026's backfill filed under a group she was NOT a member of when
 * the loan was recorded go back to no group (issue #19 review).
 *
 * The rule (src/modules/loans/given-in-group.ts, which `createLoan` applies): a member's own
 * loan is given in a group she is an active member of when it is given; in none, it is given
 * in no group. 026 followed it for the loans where some membership of hers (not pending) was
 * running at the loan's `created_at` — joined on or before it, still active or left after it
 * — but for the others it fell back to "her active group now, else her oldest membership":
 * a loan recorded before she joined any group (or after she had left them all) was put in a
 * group it was never given in, counted in that group's portfolio and PAR30, and (since the
 * loans module now goes by it) paid, confirmed, exported and reminded there. Exactly those
 * rows are set back to null here; every other row keeps 026's choice. Not corrected, because
 * the memberships table cannot show it: a loan recorded while she was pending or out of a
 * group she later (re)joined (`joined_at` keeps the first join, `status_changed_at` also moves
 * on a role change), and which of several groups she was in at once (026 took the one still
 * active, then the oldest; nobody named one then).
 *
 * Loans created while this runs, by a bot still on older code, always had a membership
 * running at their `created_at` (createLoan files them under her active group), so the update
 * never touches them; it takes row locks on the loans it changes only.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    update loans l set given_in_group_id = null
     where l.person_id is not null and l.given_in_group_id is not null
       and not exists (
         select 1 from memberships m
          where m.person_id = l.person_id and m.status <> 'pending'
            and m.joined_at <= l.created_at and (m.status = 'active' or m.status_changed_at >= l.created_at))`.execute(db);
}

/** Nothing to undo: putting 026's fallback back would file those loans under a group again that they were never given in. */
export async function down(): Promise<void> {}
