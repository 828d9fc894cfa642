import { sql, type Kysely } from 'kysely';

/**
 * Who replaced a group's join code, when, and from where (the console's rotate button or the
 * admin command line): the audit reads it. The codes themselves are not kept — the old one
 * must stop working, and a log of live secrets would be one more place to leak them.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('join_code_rotations')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('group_id', 'bigint', (c) => c.notNull().references('groups.id').onDelete('cascade'))
    // Null when the command line did it (the operator is not a person in the books).
    .addColumn('rotated_by_person_id', 'bigint', (c) => c.references('people.id'))
    .addColumn('via', 'text', (c) => c.notNull().check(sql`via in ('console', 'cli')`))
    .addColumn('rotated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('join_code_rotations_group_idx').on('join_code_rotations').columns(['group_id', 'rotated_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('join_code_rotations').execute();
}
