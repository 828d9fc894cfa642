/** Orders taken with a down payment (pesanan): what is owed and when it is due. */
import type { IsoDate } from '../../core/dates.ts';
import type { Rupiah } from '../../core/money.ts';
import type { SettleStatus } from '../../db/schema.ts';

export interface Order {
  id: number;
  personId: number;
  customer: string;
  customerKey: string;
  item: string | null;
  quantity: number | null;
  unit: string | null;
  unitPrice: Rupiah | null;
  total: Rupiah;
  paid: Rupiah;
  orderDate: IsoDate;
  dueDate: IsoDate | null;
  status: SettleStatus;
}

export interface NewOrder {
  customer: string;
  item: string | null;
  quantity: number | null;
  unit: string | null;
  unitPrice: Rupiah | null;
  total: Rupiah;
  downPayment: Rupiah;
  orderDate: IsoDate;
  dueDate: IsoDate | null;
}

export function balanceOf(order: Pick<Order, 'total' | 'paid'>): Rupiah {
  return order.total - order.paid;
}

/**
 * How a payment is spread over a customer's open orders: oldest first, each up to its
 * balance. Undefined when it is more than they owe together (nothing is recorded then).
 */
export function allocate<T extends Pick<Order, 'total' | 'paid'>>(orders: readonly T[], amount: Rupiah): { order: T; amount: Rupiah }[] | undefined {
  const owed = orders.reduce((sum, o) => sum + balanceOf(o), 0);
  if (!(amount > 0) || amount > owed) return undefined;
  const parts: { order: T; amount: Rupiah }[] = [];
  let left = amount;
  for (const order of orders) {
    if (left === 0) break;
    const part = Math.min(left, balanceOf(order));
    if (part > 0) parts.push({ order, amount: part });
    left -= part;
  }
  return parts;
}
