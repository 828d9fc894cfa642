import { sql, type Kysely } from 'kysely';

/**
 * The programme office (issue #19): programmes above groups (name, partner), their regions
 * (kabupaten / kecamatan), staff roles for the web console, and what passwordless login
 * needs: one-time codes (only their hashes), sessions (only token hashes) and a log of
 * login attempts that also serves the rate limit; and people's Telegram usernames (to log in by).
 *
 * A deployment that ran before this migration gets one default programme and every group
 * in it, and `groups.programme_id` defaults to it, so the chat's group creation (which
 * knows nothing of programmes) keeps working unchanged.
 *
 * Roles: `admin` (the whole deployment) and `manager` (one programme) live in staff_roles;
 * a facilitator is who she already is (a row in `facilitators`) and sees her own groups.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('programmes')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('partner', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  const { id: defaultId } = await db
    .insertInto('programmes')
    .values({ name: 'Program utama', partner: null })
    .returning('id')
    .executeTakeFirstOrThrow();

  await db.schema
    .createTable('regions')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('programme_id', 'bigint', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('kabupaten', 'text', (c) => c.notNull())
    .addColumn('kecamatan', 'text')
    .execute();
  await sql`create unique index regions_programme_place_key on regions (programme_id, kabupaten, coalesce(kecamatan, ''))`.execute(db);

  await db.schema
    .alterTable('groups')
    .addColumn('programme_id', 'bigint', (c) => c.references('programmes.id'))
    .addColumn('region_id', 'bigint', (c) => c.references('regions.id').onDelete('set null'))
    .execute();
  await db.updateTable('groups').set({ programme_id: defaultId }).execute();
  await sql`alter table groups alter column programme_id set not null, alter column programme_id set default ${sql.lit(Number(defaultId))}`.execute(db);
  await db.schema.createIndex('groups_programme_idx').on('groups').columns(['programme_id', 'id']).execute();
  await db.schema.createIndex('groups_facilitator_idx').on('groups').columns(['facilitator_id', 'id']).execute();

  await db.schema
    .createTable('staff_roles')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('person_id', 'bigint', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('admin', 'manager')`))
    .addColumn('programme_id', 'bigint', (c) => c.references('programmes.id').onDelete('cascade'))
    .addColumn('granted_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('removed_at', 'timestamptz')
    // A manager manages exactly one programme; an admin is above programmes.
    .addCheckConstraint('staff_roles_programme', sql`(role = 'manager') = (programme_id is not null)`)
    .execute();
  // One live staff role per person (ended roles stay for the audit).
  await sql`create unique index staff_roles_live_key on staff_roles (person_id) where removed_at is null`.execute(db);

  // Her Telegram @username (without the @), so she can type it on the console's login page;
  // kept up to date from her private messages.
  await db.schema.alterTable('identities').addColumn('username', 'text').execute();
  await sql`create index identities_telegram_username_idx on identities (lower(username)) where platform = 'telegram' and username is not null`.execute(db);

  await db.schema
    .createTable('console_login_codes')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('person_id', 'bigint', (c) => c.notNull().references('people.id').onDelete('cascade'))
    // sha256 of the 6-digit code and of the link's token: a database dump logs nobody in.
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('link_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('console_login_codes_code_idx').on('console_login_codes').columns(['code_hash', 'expires_at']).execute();

  await db.schema
    .createTable('console_sessions')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('person_id', 'bigint', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ended_at', 'timestamptz')
    .addColumn('end_reason', 'text')
    .execute();
  await db.schema.createIndex('console_sessions_person_idx').on('console_sessions').column('person_id').execute();

  await db.schema
    .createTable('console_login_attempts')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    // The client's address (rate limit key); never the code or the phone typed.
    .addColumn('client', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('ask_code', 'code', 'link', 'chat')`))
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('person_id', 'bigint', (c) => c.references('people.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('console_login_attempts_client_idx').on('console_login_attempts').columns(['client', 'at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['console_login_attempts', 'console_sessions', 'console_login_codes', 'staff_roles']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  await db.schema.alterTable('identities').dropColumn('username').execute();
  await db.schema.dropIndex('groups_facilitator_idx').ifExists().execute();
  await db.schema.alterTable('groups').dropColumn('region_id').dropColumn('programme_id').execute();
  await db.schema.dropTable('regions').ifExists().execute();
  await db.schema.dropTable('programmes').ifExists().execute();
}
