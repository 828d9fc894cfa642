/** SQL for orders and their payments. */
import { expressionBuilder, sql, type Expression } from 'kysely';
import type { IsoDate } from '../../core/dates.ts';
import type { Database } from '../../db/schema.ts';
import type { Db } from '../../db/client.ts';
import { idsInTimeZone } from '../people/people.repository.ts';
import type { Order } from './orders.ts';

/**
 * For other modules' listings: what the sale entry `entryId` is to an order — 'down_payment'
 * (the DP written with the order), 'order_payment' (a later payment on it) — or null.
 */
export function orderPaymentKindOf(entryId: Expression<number>): Expression<'down_payment' | 'order_payment' | null> {
  return expressionBuilder<Database, never>()
    .selectFrom('order_payments')
    .select(sql<'down_payment' | 'order_payment'>`case when bool_or(order_payments.down_payment) then 'down_payment' else 'order_payment' end`.as('kind'))
    .where('order_payments.ledger_entry_id', '=', entryId)
    .having(sql<boolean>`count(*) > 0`)
    .$asScalar();
}

const orderColumns = [
  'orders.id',
  'orders.person_id as personId',
  'orders.customer',
  'orders.customer_key as customerKey',
  'orders.item',
  'orders.quantity',
  'orders.unit',
  'orders.unit_price as unitPrice',
  'orders.total',
  'orders.paid',
  'orders.order_date as orderDate',
  'orders.due_date as dueDate',
  'orders.status',
] as const;

export async function insertOrder(
  db: Db,
  o: Omit<Order, 'id' | 'status' | 'paid'> & { sourceMessageId: number | null },
): Promise<Order> {
  return db
    .insertInto('orders')
    .values({
      person_id: o.personId,
      customer: o.customer,
      customer_key: o.customerKey,
      item: o.item,
      quantity: o.quantity,
      unit: o.unit,
      unit_price: o.unitPrice,
      total: o.total,
      order_date: o.orderDate,
      due_date: o.dueDate,
      source_message_id: o.sourceMessageId,
    })
    .returning(orderColumns)
    .executeTakeFirstOrThrow();
}

export async function insertOrderPayment(
  db: Db,
  p: { orderId: number; amount: number; businessDate: IsoDate; ledgerEntryId: number | null; downPayment: boolean; sourceMessageId: number | null },
): Promise<void> {
  await db
    .insertInto('order_payments')
    .values({
      order_id: p.orderId,
      amount: p.amount,
      business_date: p.businessDate,
      ledger_entry_id: p.ledgerEntryId,
      down_payment: p.downPayment,
      source_message_id: p.sourceMessageId,
    })
    .execute();
}

/** Adds to what was paid; the order is paid once nothing is left. */
export async function addPaid(db: Db, orderId: number, amount: number, at: Date): Promise<Order> {
  const row = await db
    .updateTable('orders')
    .set((eb) => ({ paid: eb('paid', '+', amount) }))
    .where('id', '=', orderId)
    .returning(orderColumns)
    .executeTakeFirstOrThrow();
  if (row.paid < row.total) return row;
  return db
    .updateTable('orders')
    .set({ status: 'paid', settled_at: at })
    .where('id', '=', orderId)
    .returning(orderColumns)
    .executeTakeFirstOrThrow();
}

/** Her open orders, oldest first, locked for the payment about to be recorded. */
export async function openOrders(db: Db, personId: number, options: { lock?: boolean } = {}): Promise<Order[]> {
  let query = db
    .selectFrom('orders')
    .select(orderColumns)
    .where('person_id', '=', personId)
    .where('status', '=', 'open')
    .orderBy('order_date')
    .orderBy('id');
  if (options.lock) query = query.forUpdate();
  return query.execute();
}

export interface DueOrder extends Order {
  timeZone: string;
}

/** Open orders due on `dueDate` of members living in `timeZone`, by id after `afterId`. */
export async function openOrdersDueOn(db: Db, options: { dueDate: IsoDate; timeZone: string; afterId: number; limit: number }): Promise<DueOrder[]> {
  const rows = await db
    .selectFrom('orders')
    .select(orderColumns)
    .where('orders.status', '=', 'open')
    .where('orders.due_date', '=', options.dueDate)
    .where('orders.person_id', 'in', idsInTimeZone(options.timeZone))
    .where('orders.id', '>', options.afterId)
    .orderBy('orders.id')
    .limit(options.limit)
    .execute();
  return rows.map((order) => ({ ...order, timeZone: options.timeZone }));
}

export async function findOrder(db: Db, id: number): Promise<Order | undefined> {
  return db.selectFrom('orders').select(orderColumns).where('id', '=', id).executeTakeFirst();
}

// ── Payments tied to ledger entries (books corrections) ──────────────────────

export interface StoredOrderPayment {
  id: number;
  orderId: number;
  amount: number;
  businessDate: IsoDate;
  ledgerEntryId: number | null;
  downPayment: boolean;
}

const paymentColumns = [
  'id',
  'order_id as orderId',
  'amount',
  'business_date as businessDate',
  'ledger_entry_id as ledgerEntryId',
  'down_payment as downPayment',
] as const;

/** The payments the given ledger entries made, oldest first. */
export async function paymentsOfEntries(db: Db, entryIds: readonly number[]): Promise<StoredOrderPayment[]> {
  if (entryIds.length === 0) return [];
  return db.selectFrom('order_payments').select(paymentColumns).where('ledger_entry_id', 'in', [...entryIds]).orderBy('id').execute();
}

/** Every payment of these orders. */
export async function paymentsOfOrders(db: Db, orderIds: readonly number[]): Promise<StoredOrderPayment[]> {
  if (orderIds.length === 0) return [];
  return db.selectFrom('order_payments').select(paymentColumns).where('order_id', 'in', [...orderIds]).orderBy('id').execute();
}

/** The orders, locked, oldest first (the order a payment is spread in). */
export async function lockOrders(db: Db, ids: readonly number[]): Promise<Order[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('orders').select(orderColumns).where('id', 'in', [...ids]).orderBy('order_date').orderBy('id').forUpdate().execute();
}

export async function deletePayments(db: Db, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.deleteFrom('order_payments').where('id', 'in', [...ids]).execute();
}

/** Sets what was paid; the status follows (paid when nothing is left, else open). */
export async function setPaid(db: Db, order: Pick<Order, 'id' | 'total'>, paid: number, at: Date): Promise<Order> {
  const settled = paid >= order.total;
  return db
    .updateTable('orders')
    .set({ paid, status: settled ? 'paid' : 'open', settled_at: settled ? at : null })
    .where('id', '=', order.id)
    .returning(orderColumns)
    .executeTakeFirstOrThrow();
}

/** An order whose only payment was taken back: it no longer counts (kept, marked cancelled). */
export async function cancelOrder(db: Db, orderId: number, at: Date): Promise<Order> {
  return db
    .updateTable('orders')
    .set({ paid: 0, status: 'cancelled', settled_at: at })
    .where('id', '=', orderId)
    .returning(orderColumns)
    .executeTakeFirstOrThrow();
}
