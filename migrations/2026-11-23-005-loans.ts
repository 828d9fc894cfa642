import { sql, type Kysely } from 'kysely';

/**
 * Loans to a group or to one member, their repayment schedule (computed once at creation
 * and stored, so a later change to the schedule rules never rewrites a running loan), and
 * the payments made on them. A payment written by an ordinary member in chat is 'reported'
 * until the bendahara or the facilitator confirms it; only confirmed payments count.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('loans')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('group_id', 'bigint', (c) => c.references('groups.id'))
    .addColumn('person_id', 'bigint', (c) => c.references('people.id'))
    .addColumn('principal', 'bigint', (c) => c.notNull().check(sql`principal > 0`))
    .addColumn('annual_rate_bp', 'integer', (c) => c.notNull().check(sql`annual_rate_bp >= 0 and annual_rate_bp < 10000`))
    .addColumn('method', 'text', (c) => c.notNull().check(sql`method in ('flat', 'declining')`))
    .addColumn('months', 'integer', (c) => c.notNull().check(sql`months between 1 and 360`))
    .addColumn('disbursed', 'date', (c) => c.notNull())
    .addColumn('due_day', 'integer', (c) => c.notNull().check(sql`due_day between 1 and 31`))
    .addColumn('round_to', 'bigint', (c) => c.notNull().check(sql`round_to >= 1`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // The borrower is a group or one person, never both, never neither.
    .addCheckConstraint('loans_one_borrower', sql`(group_id is null) <> (person_id is null)`)
    .execute();
  await db.schema.createIndex('loans_group_idx').on('loans').column('group_id').execute();
  await db.schema.createIndex('loans_person_idx').on('loans').column('person_id').execute();

  await db.schema
    .createTable('loan_instalments')
    .addColumn('loan_id', 'bigint', (c) => c.notNull().references('loans.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull().check(sql`number >= 1`))
    .addColumn('due_date', 'date', (c) => c.notNull())
    .addColumn('principal', 'bigint', (c) => c.notNull().check(sql`principal >= 1`))
    .addColumn('interest', 'bigint', (c) => c.notNull().check(sql`interest >= 0`))
    .addColumn('total', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('loan_instalments_pkey', ['loan_id', 'number'])
    .addCheckConstraint('loan_instalments_total', sql`total = principal + interest`)
    .execute();

  await db.schema
    .createTable('loan_payments')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('loan_id', 'bigint', (c) => c.notNull().references('loans.id').onDelete('cascade'))
    .addColumn('amount', 'bigint', (c) => c.notNull().check(sql`amount > 0`))
    .addColumn('paid_on', 'date', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('confirmed', 'reported')`))
    .addColumn('reported_by_person_id', 'bigint', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('confirmed_by_person_id', 'bigint', (c) => c.references('people.id').onDelete('set null'))
    // Unique (NULLs are distinct): a redelivered chat message cannot pay twice.
    .addColumn('source_message_id', 'bigint', (c) => c.unique().references('inbound_messages.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('confirmed_at', 'timestamptz')
    .addCheckConstraint(
      'loan_payments_confirmation',
      sql`(status = 'confirmed' and confirmed_at is not null) or (status = 'reported' and confirmed_at is null and confirmed_by_person_id is null)`,
    )
    .execute();
  await db.schema.createIndex('loan_payments_loan_idx').on('loan_payments').columns(['loan_id', 'paid_on']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['loan_payments', 'loan_instalments', 'loans']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
