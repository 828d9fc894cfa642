/**
 * Orders with a down payment. Every rupiah a customer pays on an order is a sale on the
 * day it is received (the down payment on the day the order is taken, the rest when it
 * comes): the books count cash from orders when it arrives, and the order keeps what is
 * still owed. Each payment is linked to the ledger entry it made (order_payments).
 */
import type { IsoDate } from '../../core/dates.ts';
import { DomainError } from '../../core/errors.ts';
import type { Rupiah } from '../../core/money.ts';
import type { Db } from '../../db/client.ts';
import { recordEntries, type Recorded } from '../ledger/ledger.service.ts';
import { bestFits, customerKey } from './customer.ts';
import { allocate, balanceOf, type NewOrder, type Order } from './orders.ts';
import * as repo from './orders.repository.ts';

export interface Source {
  messageId: number | null;
  rawText: string;
  /** Someone else wrote it for her (a facilitator). */
  enteredByPersonId?: number;
}

export interface OrderTaken {
  order: Order;
  /** The down payment's sale entry, when there was one. */
  recorded: Recorded | null;
}

/** The ledger entry a payment on an order makes: a sale of the order's goods. */
function paymentEntry(order: Pick<Order, 'item'>, amount: Rupiah) {
  return { kind: 'sale' as const, amount, item: order.item, quantity: null, unit: null, unitPrice: null };
}

export async function takeOrder(db: Db, personId: number, input: NewOrder, source: Source, at: Date): Promise<OrderTaken> {
  if (!(input.total > 0)) throw new DomainError('order_no_total');
  if (input.downPayment < 0 || input.downPayment > input.total) throw new DomainError('order_down_payment_too_big');
  let order = await repo.insertOrder(db, {
    personId,
    customer: input.customer,
    customerKey: customerKey(input.customer),
    item: input.item,
    quantity: input.quantity,
    unit: input.unit,
    unitPrice: input.unitPrice,
    total: input.total,
    orderDate: input.orderDate,
    dueDate: input.dueDate,
    sourceMessageId: source.messageId,
  });
  if (input.downPayment === 0) return { order, recorded: null };
  const recorded = await recordEntries(db, personId, input.orderDate, [paymentEntry(order, input.downPayment)], source);
  await repo.insertOrderPayment(db, {
    orderId: order.id,
    amount: input.downPayment,
    businessDate: input.orderDate,
    ledgerEntryId: recorded.entries[0]?.id ?? null,
    downPayment: true,
    sourceMessageId: source.messageId,
  });
  order = await repo.addPaid(db, order.id, input.downPayment, at);
  return { order, recorded };
}

/** Her open orders for a customer named loosely ("Bu Sri", "sri"), oldest first. */
export async function openOrdersFor(db: Db, personId: number, customer: string, options: { lock?: boolean } = {}): Promise<Order[]> {
  return bestFits(customer, await repo.openOrders(db, personId, options), (o) => o.customerKey);
}

export async function openOrders(db: Db, personId: number): Promise<Order[]> {
  return repo.openOrders(db, personId);
}

export type OrderPaymentResult =
  | {
      ok: true;
      paid: Rupiah;
      orders: Order[];
      /** Which orders the payment went to (oldest first) and how much each, as they are now. */
      applied: { order: Order; amount: Rupiah }[];
      recorded: Recorded;
    }
  | { ok: false; reason: 'overpaid' | 'nothing_owed'; owed: Rupiah; orders: Order[] };

/**
 * A customer pays on her open orders: `amount`, or with null everything still owed
 * ("lunas"). Spread oldest first; one sale entry for the whole payment, on `date`. More
 * than is owed is refused and nothing is written.
 */
export async function payOrders(
  db: Db,
  personId: number,
  orders: readonly Order[],
  amount: Rupiah | null,
  date: IsoDate,
  source: Source,
  at: Date,
): Promise<OrderPaymentResult> {
  const owed = orders.reduce((sum, o) => sum + balanceOf(o), 0);
  if (owed === 0) return { ok: false, reason: 'nothing_owed', owed, orders: [...orders] };
  const paying = amount ?? owed;
  const parts = allocate(orders, paying);
  if (!parts) return { ok: false, reason: 'overpaid', owed, orders: [...orders] };
  const recorded = await recordEntries(db, personId, date, [paymentEntry(parts[0]!.order, paying)], source);
  const entryId = recorded.entries[0]?.id ?? null;
  const updated = new Map<number, Order>();
  for (const part of parts) {
    await repo.insertOrderPayment(db, {
      orderId: part.order.id,
      amount: part.amount,
      businessDate: date,
      ledgerEntryId: entryId,
      downPayment: false,
      sourceMessageId: source.messageId,
    });
    updated.set(part.order.id, await repo.addPaid(db, part.order.id, part.amount, at));
  }
  const applied = parts.map((part) => ({ order: updated.get(part.order.id)!, amount: part.amount }));
  return { ok: true, paid: paying, orders: orders.map((o) => updated.get(o.id) ?? o), applied, recorded };
}

export { balanceOf, customerKey };
export { findOrder, openOrdersDueOn, type DueOrder } from './orders.repository.ts';
