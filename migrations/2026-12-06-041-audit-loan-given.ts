import { sql, type Kysely } from 'kysely';

/**
 * `audit_events.kind` gains `loan_given`: a loan given (issue #20), by whom (null: the admin
 * command line), to whom (`subject_person_id`, null for a group's own loan), in which group
 * (`group_id`: the group it was given in, so that group's staff read the row), with
 * `detail.loan` its id and `detail.principal` its amount. Written by `createLoan`
 * (src/modules/loans/loans.service.ts), the one service the console and `loan create` use, in
 * the loan's own transaction.
 *
 * The kinds the check allowed before are read from the constraint itself and kept (as
 * migration 037 does): another migration of the same days may add its own kind.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await setAuditKinds(db, (kinds) => [...new Set([...kinds, 'loan_given'])]);
}

/** Rewrites audit_events' kind check from the kinds it allows now. */
async function setAuditKinds(db: Kysely<any>, change: (kinds: string[]) => string[]): Promise<void> {
  const { rows } = await sql<{ def: string }>`select pg_get_constraintdef(oid) as def from pg_constraint where conname = 'audit_events_kind_check'`.execute(db);
  const kinds = change([...(rows[0]?.def ?? '').matchAll(/'([a-z_]+)'/g)].map((m) => m[1]!));
  const list = sql.join(kinds.map((k) => sql.lit(k)));
  await sql`alter table audit_events drop constraint audit_events_kind_check`.execute(db);
  await sql`alter table audit_events add constraint audit_events_kind_check check (kind in (${list}))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from audit_events where kind = 'loan_given'`.execute(db);
  await setAuditKinds(db, (kinds) => kinds.filter((k) => k !== 'loan_given'));
}
