/** SQL for credit sales still owed and the payments on them. */
import { expressionBuilder, type Expression, type SqlBool } from 'kysely';
import type { IsoDate } from '../../core/dates.ts';
import type { Database } from '../../db/schema.ts';
import type { Db } from '../../db/client.ts';
import type { Receivable } from './receivables.ts';

/** For other modules' listings: whether the sale entry `entryId` is a credit sale (sold now, paid later). */
export function isCreditSale(entryId: Expression<number>): Expression<SqlBool> {
  const eb = expressionBuilder<Database, never>();
  return eb.exists(eb.selectFrom('receivables').select('receivables.id').where('receivables.ledger_entry_id', '=', entryId).where('receivables.status', '!=', 'cancelled'));
}

const columns = [
  'id',
  'person_id as personId',
  'customer',
  'customer_key as customerKey',
  'amount',
  'paid',
  'ledger_entry_id as ledgerEntryId',
  'business_date as businessDate',
  'status',
] as const;

export async function insertReceivable(
  db: Db,
  r: Omit<Receivable, 'id' | 'paid' | 'status'> & { sourceMessageId: number | null },
): Promise<Receivable> {
  return db
    .insertInto('receivables')
    .values({
      person_id: r.personId,
      customer: r.customer,
      customer_key: r.customerKey,
      amount: r.amount,
      ledger_entry_id: r.ledgerEntryId,
      business_date: r.businessDate,
      source_message_id: r.sourceMessageId,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export async function openReceivables(db: Db, personId: number, options: { lock?: boolean } = {}): Promise<Receivable[]> {
  let query = db
    .selectFrom('receivables')
    .select(columns)
    .where('person_id', '=', personId)
    .where('status', '=', 'open')
    .orderBy('business_date')
    .orderBy('id');
  if (options.lock) query = query.forUpdate();
  return query.execute();
}

export async function insertPayment(
  db: Db,
  p: { receivableId: number; amount: number; businessDate: IsoDate; sourceMessageId: number | null },
): Promise<void> {
  await db
    .insertInto('receivable_payments')
    .values({ receivable_id: p.receivableId, amount: p.amount, business_date: p.businessDate, source_message_id: p.sourceMessageId })
    .execute();
}

export async function addPaid(db: Db, id: number, amount: number, at: Date): Promise<Receivable> {
  const row = await db
    .updateTable('receivables')
    .set((eb) => ({ paid: eb('paid', '+', amount) }))
    .where('id', '=', id)
    .returning(columns)
    .executeTakeFirstOrThrow();
  if (row.paid < row.amount) return row;
  return db.updateTable('receivables').set({ status: 'paid', settled_at: at }).where('id', '=', id).returning(columns).executeTakeFirstOrThrow();
}

// ── Credit sales tied to ledger entries (books corrections) ──────────────────

/** The receivables (not cancelled) the given sale entries made, locked. */
export async function receivablesOfEntries(db: Db, entryIds: readonly number[]): Promise<Receivable[]> {
  if (entryIds.length === 0) return [];
  return db
    .selectFrom('receivables')
    .select(columns)
    .where('ledger_entry_id', 'in', [...entryIds])
    .where('status', '<>', 'cancelled')
    .orderBy('id')
    .forUpdate()
    .execute();
}

/** A corrected credit sale: its new amount and sale entry; the status follows what was collected. */
export async function resetAmount(db: Db, r: Pick<Receivable, 'id' | 'paid'>, amount: number, ledgerEntryId: number, at: Date): Promise<Receivable> {
  const settled = r.paid >= amount;
  return db
    .updateTable('receivables')
    .set({ amount, ledger_entry_id: ledgerEntryId, status: settled ? 'paid' : 'open', settled_at: settled ? at : null })
    .where('id', '=', r.id)
    .returning(columns)
    .executeTakeFirstOrThrow();
}

/** A credit sale taken back before anything was collected: kept, marked cancelled. */
export async function cancelReceivable(db: Db, id: number, at: Date): Promise<Receivable> {
  return db.updateTable('receivables').set({ status: 'cancelled', settled_at: at }).where('id', '=', id).returning(columns).executeTakeFirstOrThrow();
}
