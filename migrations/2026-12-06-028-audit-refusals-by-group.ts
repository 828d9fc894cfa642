import { sql, type Kysely } from 'kysely';

/**
 * The console's audit page read refusals through one `or` (in the viewer's groups, or naming
 * no group and made by someone she sees), which made Postgres gather a programme manager's
 * 50,000 members before reading a row and then read every refusal: 290–630 ms at 200,000
 * refusals. The query now reads the two kinds apart, each newest first (src/modules/groups/
 * audit.repository.ts); the group-less ones (a fifth, in the bench) need their own index to
 * be read that way without stepping over every refusal that names a group.
 *
 * Nothing to backfill: the index covers the rows there are, and Postgres keeps it for new ones.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index permission_refusals_groupless_idx on permission_refusals (at desc, id desc) where group_id is null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('permission_refusals_groupless_idx').ifExists().execute();
}
