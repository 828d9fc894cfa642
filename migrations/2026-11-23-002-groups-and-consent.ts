import { sql, type Kysely } from 'kysely';

/**
 * Facilitators, business groups with their trades and linked chats, memberships with a
 * role, and each person's phone and consent. Trades are a seeded table so the list can
 * grow without a code change.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('people')
    .addColumn('phone', 'text', (c) => c.unique())
    .addColumn('informed_at', 'timestamptz')
    .addColumn('opted_out_at', 'timestamptz')
    .addColumn('consent_changed_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('facilitators')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('person_id', 'bigint', (c) => c.notNull().unique().references('people.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('trades')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name_id', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .execute();
  await db
    .insertInto('trades')
    .values([
      { code: 'asesoris', name_id: 'Asesoris & suvenir', name_en: 'Accessories & souvenirs' },
      { code: 'sulaman-bordir', name_id: 'Sulaman & bordir', name_en: 'Embroidery' },
      { code: 'makanan-ringan', name_id: 'Makanan ringan', name_en: 'Snacks' },
      { code: 'kuliner', name_id: 'Kuliner', name_en: 'Food stalls' },
      { code: 'sembako', name_id: 'Sembako & jualan harian', name_en: 'Daily goods' },
      { code: 'kerajinan-anyaman', name_id: 'Kerajinan anyaman', name_en: 'Woven crafts' },
      { code: 'ternak', name_id: 'Ternak', name_en: 'Livestock' },
      { code: 'jahit', name_id: 'Jahit', name_en: 'Tailoring' },
      { code: 'jasa', name_id: 'Jasa', name_en: 'Services' },
    ])
    .execute();

  await db.schema
    .createTable('groups')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('facilitator_id', 'bigint', (c) => c.notNull().references('facilitators.id'))
    .addColumn('village', 'text')
    .addColumn('district', 'text')
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('join_code', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('group_trades')
    .addColumn('group_id', 'bigint', (c) => c.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('trade_code', 'text', (c) => c.notNull().references('trades.code'))
    .addPrimaryKeyConstraint('group_trades_pkey', ['group_id', 'trade_code'])
    .execute();

  await db.schema
    .createTable('group_chats')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('group_id', 'bigint', (c) => c.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('chat_id', 'text', (c) => c.notNull())
    .addColumn('linked_by_person_id', 'bigint', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('linked_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // A chat belongs to one group at a time.
    .addUniqueConstraint('group_chats_platform_chat_key', ['platform', 'chat_id'])
    .execute();

  await db.schema
    .createTable('memberships')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('group_id', 'bigint', (c) => c.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('person_id', 'bigint', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) =>
      c.notNull().defaultTo('anggota').check(sql`role in ('ketua', 'sekretaris', 'bendahara', 'anggota')`),
    )
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active').check(sql`status in ('active', 'pending', 'removed')`))
    .addColumn('joined_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('status_changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('memberships_group_person_key', ['group_id', 'person_id'])
    .execute();
  await db.schema.createIndex('memberships_person_idx').on('memberships').column('person_id').execute();

  // Every refused facilitator command, for the programme's audit.
  await db.schema
    .createTable('permission_refusals')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('person_id', 'bigint', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('group_id', 'bigint', (c) => c.references('groups.id').onDelete('set null'))
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['permission_refusals', 'memberships', 'group_chats', 'group_trades', 'groups', 'trades', 'facilitators']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  await db.schema
    .alterTable('people')
    .dropColumn('phone')
    .dropColumn('informed_at')
    .dropColumn('opted_out_at')
    .dropColumn('consent_changed_at')
    .execute();
}
