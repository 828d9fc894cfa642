import { sql, type Kysely } from 'kysely';

/**
 * Orders with a down payment (pesanan), credit sales (piutang), and the voice notes and
 * photos members send.
 *
 * Money: every payment a customer makes on an order is a sale entry in the ledger on the
 * day it is received (order_payments links them). A credit sale is a sale entry on the day
 * it is made; its receivable is settled by receivable_payments, which are money collected,
 * not new income (no ledger entry).
 *
 * The reminder slots gain a kind: `order_due`, the day before an order is due.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('orders')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('person_id', 'bigint', (c) => c.notNull().references('people.id').onDelete('cascade'))
    // As written ("Bu Sri"), and the key it is matched by ("sri").
    .addColumn('customer', 'text', (c) => c.notNull())
    .addColumn('customer_key', 'text', (c) => c.notNull())
    .addColumn('item', 'text')
    .addColumn('quantity', 'numeric')
    .addColumn('unit', 'text')
    .addColumn('unit_price', 'bigint')
    .addColumn('total', 'bigint', (c) => c.notNull().check(sql`total > 0`))
    .addColumn('paid', 'bigint', (c) => c.notNull().defaultTo(0).check(sql`paid >= 0`))
    .addColumn('order_date', 'date', (c) => c.notNull())
    .addColumn('due_date', 'date')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open').check(sql`status in ('open', 'paid', 'cancelled')`))
    .addColumn('source_message_id', 'bigint', (c) => c.references('inbound_messages.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('settled_at', 'timestamptz')
    .addCheckConstraint('orders_paid_within_total', sql`paid <= total`)
    .execute();
  await sql`create index orders_open_idx on orders (person_id, customer_key) where status = 'open'`.execute(db);
  await sql`create index orders_due_idx on orders (due_date) where status = 'open'`.execute(db);

  await db.schema
    .createTable('order_payments')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('order_id', 'bigint', (c) => c.notNull().references('orders.id').onDelete('cascade'))
    .addColumn('amount', 'bigint', (c) => c.notNull().check(sql`amount > 0`))
    .addColumn('business_date', 'date', (c) => c.notNull())
    // The sale entry that made this payment income.
    .addColumn('ledger_entry_id', 'bigint', (c) => c.references('ledger_entries.id').onDelete('set null'))
    .addColumn('down_payment', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('source_message_id', 'bigint', (c) => c.references('inbound_messages.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('order_payments_order_idx').on('order_payments').column('order_id').execute();

  await db.schema
    .createTable('receivables')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('person_id', 'bigint', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('customer', 'text', (c) => c.notNull())
    .addColumn('customer_key', 'text', (c) => c.notNull())
    .addColumn('amount', 'bigint', (c) => c.notNull().check(sql`amount > 0`))
    .addColumn('paid', 'bigint', (c) => c.notNull().defaultTo(0).check(sql`paid >= 0`))
    // The sale entry of the credit sale (income on the day it was made).
    .addColumn('ledger_entry_id', 'bigint', (c) => c.references('ledger_entries.id').onDelete('set null'))
    .addColumn('business_date', 'date', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open').check(sql`status in ('open', 'paid', 'cancelled')`))
    .addColumn('source_message_id', 'bigint', (c) => c.references('inbound_messages.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('settled_at', 'timestamptz')
    .addCheckConstraint('receivables_paid_within_amount', sql`paid <= amount`)
    .execute();
  await sql`create index receivables_open_idx on receivables (person_id, customer_key) where status = 'open'`.execute(db);

  await db.schema
    .createTable('receivable_payments')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('receivable_id', 'bigint', (c) => c.notNull().references('receivables.id').onDelete('cascade'))
    .addColumn('amount', 'bigint', (c) => c.notNull().check(sql`amount > 0`))
    .addColumn('business_date', 'date', (c) => c.notNull())
    .addColumn('source_message_id', 'bigint', (c) => c.references('inbound_messages.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('receivable_payments_receivable_idx').on('receivable_payments').column('receivable_id').execute();

  await db.schema
    .createTable('media_messages')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('person_id', 'bigint', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('chat_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('voice', 'audio', 'photo')`))
    // What lets the platform send it again: a Telegram file_id, a WhatsApp message (base64).
    .addColumn('ref', 'text', (c) => c.notNull())
    .addColumn('caption', 'text')
    .addColumn('mime_type', 'text')
    .addColumn('inbound_message_id', 'bigint', (c) => c.unique().references('inbound_messages.id').onDelete('set null'))
    .addColumn('received_at', 'timestamptz', (c) => c.notNull())
    // People (facilitators) it was forwarded to; empty when there was nobody to forward to.
    .addColumn('forwarded_to', sql`bigint[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .execute();
  await db.schema.createIndex('media_messages_person_idx').on('media_messages').columns(['person_id', 'received_at']).execute();

  await sql`alter table reminder_slot_runs drop constraint if exists reminder_slot_runs_kind_check`.execute(db);
  await sql`alter table reminder_slot_runs add constraint reminder_slot_runs_kind_check
    check (kind in ('repayment', 'nudge', 'digest', 'quarterly', 'order_due'))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from reminder_slot_runs where kind = 'order_due'`.execute(db);
  await sql`alter table reminder_slot_runs drop constraint if exists reminder_slot_runs_kind_check`.execute(db);
  await sql`alter table reminder_slot_runs add constraint reminder_slot_runs_kind_check
    check (kind in ('repayment', 'nudge', 'digest', 'quarterly'))`.execute(db);
  for (const table of ['media_messages', 'receivable_payments', 'receivables', 'order_payments', 'orders']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
