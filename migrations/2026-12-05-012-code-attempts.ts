import { sql, type Kysely } from 'kysely';

/**
 * Wrong join/link codes, counted per person and per chat, so that guessing codes is slowed
 * down by a growing wait. Kept in Postgres (not Redis) because the count must survive
 * Redis losing its data and be shared by every copy of the bot: one row per "who", updated
 * atomically in the message's own transaction.
 *
 * - scope: 'person:<id>' or 'chat:<platform>:<chat id>'.
 * - failures: wrong codes since the count last started (it starts again after a quiet day).
 * - locked_until: no code is tried for this scope before then.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('code_attempts')
    .addColumn('scope', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull().check(sql`failures >= 0`))
    .addColumn('last_failed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('locked_until', 'timestamptz')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('code_attempts').ifExists().execute();
}
