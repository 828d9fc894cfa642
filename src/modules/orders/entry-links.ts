/**
 * Ledger entries tied to an order or a credit sale: a payment on an order is a
 * sale entry (order_payments.ledger_entry_id), a credit sale is a sale entry with its
 * receivable (receivables.ledger_entry_id). When such an entry is voided or corrected the
 * order or the receivable follows, so the books never drift. What she is told about it.
 */
import type { Rupiah } from '../../core/money.ts';
import type { Order } from './orders.ts';

export type LinkEffect =
  /** A payment taken back: the order owes that much again (open). */
  | { kind: 'order_payment_removed'; order: Order; amount: Rupiah }
  /** The down payment taken back and nothing else paid: the order itself is taken back. */
  | { kind: 'order_cancelled'; order: Order }
  | { kind: 'order_payment_changed'; order: Order; from: Rupiah; to: Rupiah }
  /** A credit sale taken back before anything was collected: nothing is owed for it. */
  | { kind: 'credit_cancelled'; customer: string; amount: Rupiah }
  | { kind: 'credit_changed'; customer: string; from: Rupiah; to: Rupiah; owed: Rupiah };

/** Why a void or a correction of a tied entry was refused; nothing was written. */
export type LinkRefusal =
  /** Voiding a credit sale the customer has already paid part of. */
  | { reason: 'credit_collected'; customer: string; amount: Rupiah; collected: Rupiah }
  /** Correcting a credit sale to less than was already collected on it. */
  | { reason: 'credit_below_collected'; customer: string; collected: Rupiah; wanted: Rupiah }
  /** Correcting an order payment to more than the orders it went to still owe. */
  | { reason: 'order_too_much'; customer: string; most: Rupiah; wanted: Rupiah }
  /** A correction that does not map the tied entry to one sale (e.g. into an expense, or several lines into fewer). */
  | { reason: 'linked_shape'; customer: string };
