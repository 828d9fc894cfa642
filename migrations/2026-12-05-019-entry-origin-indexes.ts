import { sql, type Kysely } from 'kysely';

/**
 * An export says of each sale what it is to an order (its DP, a later payment) or to a
 * credit sale, looking the entry up by `ledger_entry_id` once per exported row: indexes
 * keep that a lookup, not a scan, for a year of a programme's entries.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index if not exists order_payments_ledger_entry_idx on order_payments (ledger_entry_id) where ledger_entry_id is not null`.execute(db);
  await sql`create index if not exists receivables_ledger_entry_idx on receivables (ledger_entry_id) where ledger_entry_id is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists receivables_ledger_entry_idx`.execute(db);
  await sql`drop index if exists order_payments_ledger_entry_idx`.execute(db);
}
