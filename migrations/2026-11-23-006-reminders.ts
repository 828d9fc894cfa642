import { sql, type Kysely } from 'kysely';

/**
 * Reminders: which reminder slots have been fanned out (so a tick does not redo
 * them; the outbox key would make a redo harmless, but not free), when reminders first ran
 * (slots before that are never replayed), and the quarterly reports members send back.
 * Two indexes on existing tables serve the fan-out: who has written on WhatsApp (the bot
 * writes there only to people who wrote first), and the reminder rows still queued (the
 * sweep that cancels reminders of a paid instalment or an opted-out person).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('reminder_state')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_tick_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('reminder_slot_runs')
    // kind|time zone|local date, e.g. nudge|Asia/Jakarta|2027-01-30
    .addColumn('slot_key', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('repayment', 'nudge', 'digest', 'quarterly')`))
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('local_date', 'date', (c) => c.notNull())
    .addColumn('due_at', 'timestamptz', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull().check(sql`outcome in ('sent', 'skipped')`))
    .addColumn('queued', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('finished_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('reminder_slot_runs_due_idx').on('reminder_slot_runs').column('due_at').execute();

  await db.schema
    .createTable('quarterly_reports')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('person_id', 'bigint', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('quarter', 'text', (c) => c.notNull().check(sql`quarter ~ '^[0-9]{4}Q[1-4]$'`))
    .addColumn('assets', 'bigint', (c) => c.check(sql`assets >= 0`))
    .addColumn('turnover_reported', 'bigint', (c) => c.check(sql`turnover_reported >= 0`))
    .addColumn('turnover_from_books', 'bigint', (c) => c.notNull())
    .addColumn('employees', 'integer', (c) => c.check(sql`employees >= 0`))
    // Unique (NULLs are distinct): the message the latest answer came from.
    .addColumn('source_message_id', 'bigint', (c) => c.unique().references('inbound_messages.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('quarterly_reports_person_quarter_key', ['person_id', 'quarter'])
    .execute();

  await db.schema
    .createIndex('inbound_messages_person_platform_idx')
    .ifNotExists()
    .on('inbound_messages')
    .columns(['person_id', 'platform'])
    .execute();
  await sql`create index if not exists outbound_messages_queued_reminders_idx on outbound_messages (idempotency_key text_pattern_ops)
    where status = 'queued' and idempotency_key like 'rem-%'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists outbound_messages_queued_reminders_idx`.execute(db);
  await sql`drop index if exists inbound_messages_person_platform_idx`.execute(db);
  for (const table of ['quarterly_reports', 'reminder_slot_runs', 'reminder_state']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
