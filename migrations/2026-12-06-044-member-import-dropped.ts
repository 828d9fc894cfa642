import { sql, type Kysely } from 'kysely';

/**
 * The rows she left out of an upload ("Buang baris bermasalah"), each with the reason it had
 * then: the dry run keeps listing them, so she can fix them in her file and import them
 * later. `[{line, name, problem, sameAsLine?}]` (no phone: the line finds the row in her file).
 * Owner: src/modules/member-import.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table member_imports add column dropped jsonb not null default '[]'::jsonb`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table member_imports drop column dropped`.execute(db);
}
