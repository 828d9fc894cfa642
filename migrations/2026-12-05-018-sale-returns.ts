import { sql, type Kysely } from 'kysely';

/**
 * Returns ("retur 1 mukena 90rb"): goods a buyer brought back lower her sales. A return is a
 * `sale` entry with a NEGATIVE amount (its quantity and unit price stay positive), so every
 * sum over sales nets it without knowing about returns. Only a sale may be negative, and no
 * entry is ever zero-or-less otherwise: an expense, a withdrawal or capital stays >= 0.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table ledger_entries drop constraint if exists ledger_entries_amount_check`.execute(db);
  await sql`alter table ledger_entries add constraint ledger_entries_amount_check
    check (amount >= 0 or kind = 'sale')`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from ledger_entries where amount < 0`.execute(db);
  await sql`alter table ledger_entries drop constraint if exists ledger_entries_amount_check`.execute(db);
  await sql`alter table ledger_entries add constraint ledger_entries_amount_check check (amount >= 0)`.execute(db);
}
