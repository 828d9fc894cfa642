import { sql, type Kysely } from 'kysely';

/**
 * Quarterly figures filled in from the console on a member's behalf (issue #20). The
 * programme office reports these figures to partners, so where each came from matters.
 *
 * `quarterly_reports.{assets,turnover,employees}_filled_by`: who filled that figure in for
 * her from the console (a facilitator or a programme manager); null when she sent it herself
 * in chat (or it is missing). Per figure, since one row merges several answers ("karyawan 3"
 * alone keeps her assets): the facilitator may fill in the turnover she never sent while
 * the assets stay hers. A figure she sent herself is never replaced by a staff one (the
 * upsert keeps it, quarterly-answers.repository.ts); her later answer in chat replaces a
 * staff one and the figure is hers again. No `on delete`: a staff member's row is never
 * deleted (a merge moves the column like every other that names a person).
 *
 * `quarterly_fills`: each console form that filled figures in, with the form's one-time token
 * (`console_request`, unique): a second press of the same form finds the first's row and
 * writes nothing (as loans, migration 039). It also keeps what each form set, by whom.
 *
 * `audit_events.kind` gains `quarterly_filled` (the audit's "on a member's behalf" rows): no
 * existing kind says that figures were given for her. The kinds the check allows now are read
 * from the constraint and kept (as 037 does), so another migration's kind is not lost.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const figure of ['assets', 'turnover', 'employees']) {
    await sql`alter table quarterly_reports add column if not exists ${sql.raw(`${figure}_filled_by`)} bigint references people(id)`.execute(db);
  }
  await sql`
    create table if not exists quarterly_fills (
      id bigserial primary key,
      person_id bigint not null references people(id) on delete cascade,
      quarter text not null check (quarter ~ '^[0-9]{4}Q[1-4]$'),
      group_id bigint not null references groups(id) on delete cascade,
      filled_by_person_id bigint not null references people(id),
      assets bigint check (assets >= 0),
      turnover bigint check (turnover >= 0),
      employees integer check (employees >= 0),
      console_request text not null unique,
      created_at timestamptz not null default now()
    )`.execute(db);
  await setAuditKinds(db, (kinds) => [...new Set([...kinds, 'quarterly_filled'])]);
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
  await sql`delete from audit_events where kind = 'quarterly_filled'`.execute(db);
  await setAuditKinds(db, (kinds) => kinds.filter((k) => k !== 'quarterly_filled'));
  await sql`drop table if exists quarterly_fills`.execute(db);
  for (const figure of ['assets', 'turnover', 'employees']) {
    await sql`alter table quarterly_reports drop column if exists ${sql.raw(`${figure}_filled_by`)}`.execute(db);
  }
}
