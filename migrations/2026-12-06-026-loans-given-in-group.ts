import { sql, type Kysely } from 'kysely';

/**
 * A loan belongs to the group it was given in (issue #19). A group's loan names its group
 * already; a member's own loan named only her, so the console counted it in whichever
 * groups she was an active member of *now*: when she left her group, her loan (and its
 * arrears) dropped out of the portfolio and PAR30, and a member of two groups was counted
 * in both programmes. `given_in_group_id` records the group once, at disbursement, and every
 * portfolio query selects loans by it.
 *
 * The rule (one rule, written in src/modules/loans/given-in-group.ts, which createLoan
 * applies): a group's loan is given in that group; a member's own loan in a group she is an
 * active member of when it is given — the one named, else her only one, never a guess among
 * several (creating it then asks which) — and in no group when she is in none.
 *
 * Existing member loans get the group she was a member of (not pending) when the loan was
 * recorded (joined on or before it, and still active or left after it); of several, the one
 * still active, then the oldest. The SQL below also fell back, when no membership of hers ran
 * at that time, to her active or oldest membership: that broke the rule, and migration 029
 * sets those loans back to no group. A loan to someone in no group keeps null (no group's
 * portfolio holds it).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('loans').addColumn('given_in_group_id', 'bigint', (c) => c.references('groups.id')).execute();
  await sql`update loans set given_in_group_id = group_id where group_id is not null`.execute(db);
  await sql`
    update loans l set given_in_group_id = (
      select m.group_id from memberships m
       where m.person_id = l.person_id and m.status <> 'pending'
       order by (m.joined_at <= l.created_at and (m.status = 'active' or m.status_changed_at >= l.created_at)) desc,
                m.status = 'active' desc, m.joined_at, m.group_id
       limit 1)
     where l.person_id is not null`.execute(db);
  // A group's loan is given in that group, always.
  await sql`alter table loans add constraint loans_given_in_own_group check (group_id is null or (given_in_group_id is not null and given_in_group_id = group_id))`.execute(db);
  // The portfolio of a scope: loans given in its groups, in id order.
  await db.schema.createIndex('loans_given_in_group_idx').on('loans').columns(['given_in_group_id', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('loans_given_in_group_idx').ifExists().execute();
  await db.schema.alterTable('loans').dropConstraint('loans_given_in_own_group').execute();
  await db.schema.alterTable('loans').dropColumn('given_in_group_id').execute();
}
