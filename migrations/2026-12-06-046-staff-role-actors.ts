import { sql, type Kysely } from 'kysely';

/**
 * Who gave and who ended a console role (issue #20: roles are now given and taken from the
 * console too, by an admin). Null: the admin command line, as before. The audit page reads
 * staff_roles as its "role given" and "role ended" rows, and now names the admin behind them.
 * The merge of two people rows follows these foreign keys as it follows every other.
 * Owner: src/modules/programmes.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table staff_roles
    add column granted_by_person_id bigint references people (id) on delete set null,
    add column removed_by_person_id bigint references people (id) on delete set null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table staff_roles drop column granted_by_person_id, drop column removed_by_person_id`.execute(db);
}
