import { sql } from 'kysely';
import type { IsoDate } from '../../core/dates.ts';
import type { Db } from '../../db/client.ts';
import type { DateRange, DayTotals, Entry, NewEntry } from './ledger.ts';

const entryColumns = [
  'id',
  'person_id as personId',
  'kind',
  'amount',
  'item',
  'quantity',
  'unit',
  'unit_price as unitPrice',
  'business_date as businessDate',
] as const;

export async function insertEntries(
  db: Db,
  personId: number,
  businessDate: IsoDate,
  entries: readonly NewEntry[],
  source: { messageId: number | null; rawText: string },
): Promise<Entry[]> {
  if (entries.length === 0) return [];
  return db
    .insertInto('ledger_entries')
    .values(
      entries.map((e) => ({
        person_id: personId,
        kind: e.kind,
        amount: e.amount,
        item: e.item,
        quantity: e.quantity,
        unit: e.unit,
        unit_price: e.unitPrice,
        business_date: businessDate,
        source_message_id: source.messageId,
        raw_text: source.rawText,
      })),
    )
    .returning(entryColumns)
    .execute();
}

export async function dayTotals(db: Db, personId: number, date: IsoDate): Promise<DayTotals> {
  const row = await db
    .selectFrom('ledger_entries')
    .select([
      sql<number>`coalesce(sum(amount) filter (where kind = 'sale'), 0)::bigint`.as('sales'),
      sql<number>`coalesce(sum(amount) filter (where kind = 'expense'), 0)::bigint`.as('expenses'),
    ])
    .where('person_id', '=', personId)
    .where('business_date', '=', date)
    .where('voided_at', 'is', null)
    .executeTakeFirstOrThrow();
  return { sales: row.sales, expenses: row.expenses };
}

export async function activeEntriesBetween(db: Db, personId: number, range: DateRange): Promise<Entry[]> {
  return db
    .selectFrom('ledger_entries')
    .select(entryColumns)
    .where('person_id', '=', personId)
    .where('business_date', '>=', range.from)
    .where('business_date', '<=', range.to)
    .where('voided_at', 'is', null)
    .orderBy('business_date')
    .orderBy('id')
    .execute();
}

/**
 * Voids the entries of the person's most recent recording (one message may have made
 * several entries; "batal" takes them all back together). Rows are kept, marked void.
 */
export async function voidLastRecording(
  db: Db,
  personId: number,
  voidedBy: { messageId: number | null; at: Date },
): Promise<Entry[]> {
  const last = await db
    .selectFrom('ledger_entries')
    .select(['id', 'source_message_id'])
    .where('person_id', '=', personId)
    .where('voided_at', 'is', null)
    .orderBy('id', 'desc')
    .limit(1)
    .forUpdate()
    .executeTakeFirst();
  if (!last) return [];
  let query = db
    .updateTable('ledger_entries')
    .set({ voided_at: voidedBy.at, voided_by_message_id: voidedBy.messageId })
    .where('person_id', '=', personId)
    .where('voided_at', 'is', null);
  query =
    last.source_message_id === null
      ? query.where('id', '=', last.id)
      : query.where('source_message_id', '=', last.source_message_id);
  const voided = await query.returning(entryColumns).execute();
  return voided.sort((a, b) => a.id - b.id);
}
