/**
 * The one place where voiding or correcting a ledger entry keeps orders and credit sales
 * consistent with the books. Policy:
 *
 * - Voiding an order payment entry (batal, hapus N) takes the payment off its order(s):
 *   paid goes down, the order is open again. When it was the down payment and the order
 *   has no other payment, the order itself is taken back (cancelled): "batal" right after
 *   "pesanan …, DP 425rb" undoes the whole message.
 * - Voiding a credit sale entry cancels its receivable when nothing was collected on it;
 *   when something was, it is refused and nothing is written (the money she got is real).
 * - A correction (ralat, bukan…tapi, a full new line, an edit) of a tied entry must map it
 *   to one sale: the order payment is re-spread over the same orders (oldest first) at the
 *   new amount, refused if they owe less (or if it would give the payment a quantity: the
 *   order itself is not corrected this way); the receivable takes the new amount, refused
 *   if it is below what was already collected.
 *
 * Invariants: order.paid = the sum of its payments, each tied to an active sale entry;
 * receivable.amount = its active sale entry's amount, paid ≤ amount.
 */
import type { IsoDate } from '../../core/dates.ts';
import type { Rupiah } from '../../core/money.ts';
import type { Db } from '../../db/client.ts';
import { replaceEntries, voidChosen, type EntrySource, type Replaced, type Undone } from '../ledger/ledger.service.ts';
import type { Entry, NewEntry } from '../ledger/ledger.ts';
import * as receivablesRepo from '../receivables/receivables.repository.ts';
import type { Receivable } from '../receivables/receivables.ts';
import type { LinkEffect, LinkRefusal } from './entry-links.ts';
import { balanceOf, type Order } from './orders.ts';
import * as repo from './orders.repository.ts';

export type { LinkEffect, LinkRefusal };

export type VoidOutcome = { ok: true; undone: Undone; effects: LinkEffect[] } | { ok: false; refusal: LinkRefusal };
export type ReplaceOutcome = { ok: true; replaced: Replaced; effects: LinkEffect[] } | { ok: false; refusal: LinkRefusal };

const sum = (xs: readonly { amount: number }[]): Rupiah => xs.reduce((total, x) => total + x.amount, 0);

/** Voids her entries and takes back what they made on orders and credit sales, or refuses (nothing written). */
export async function voidWithLinks(
  db: Db,
  personId: number,
  entries: readonly Entry[],
  voidedBy: { messageId: number | null; at: Date },
): Promise<VoidOutcome> {
  const ids = entries.map((e) => e.id);
  const receivables = await receivablesRepo.receivablesOfEntries(db, ids);
  const collected = receivables.find((r) => r.paid > 0);
  if (collected) {
    return { ok: false, refusal: { reason: 'credit_collected', customer: collected.customer, amount: collected.amount, collected: collected.paid } };
  }
  const effects: LinkEffect[] = [];
  const payments = await repo.paymentsOfEntries(db, ids);
  if (payments.length > 0) {
    const orderIds = [...new Set(payments.map((p) => p.orderId))];
    const orders = await repo.lockOrders(db, orderIds);
    const all = await repo.paymentsOfOrders(db, orderIds);
    const removing = new Set(payments.map((p) => p.id));
    for (const order of orders) {
      const removed = payments.filter((p) => p.orderId === order.id);
      const others = all.filter((p) => p.orderId === order.id && !removing.has(p.id));
      if (removed.some((p) => p.downPayment) && others.length === 0) {
        effects.push({ kind: 'order_cancelled', order: await repo.cancelOrder(db, order.id, voidedBy.at) });
      } else {
        const amount = sum(removed);
        effects.push({ kind: 'order_payment_removed', order: await repo.setPaid(db, order, order.paid - amount, voidedBy.at), amount });
      }
    }
    await repo.deletePayments(db, [...removing]);
  }
  for (const r of receivables) {
    await receivablesRepo.cancelReceivable(db, r.id, voidedBy.at);
    effects.push({ kind: 'credit_cancelled', customer: r.customer, amount: r.amount });
  }
  return { ok: true, undone: await voidChosen(db, personId, entries, voidedBy), effects };
}

interface PaymentPlan {
  /** Index of the old entry, and of the replacement it maps to. */
  oldIndex: number;
  newIndex: number;
  removed: repo.StoredOrderPayment[];
  /** The new amount spread over the same orders, oldest first. */
  parts: { order: Order; amount: Rupiah; downPayment: boolean }[];
}

interface CreditPlan {
  newIndex: number;
  receivable: Receivable;
}

/**
 * Replaces her entries by corrected ones (see ledger replaceEntries) and carries the
 * correction to the orders and credit sales they are tied to, or refuses (nothing written).
 */
export async function replaceWithLinks(
  db: Db,
  personId: number,
  old: readonly Entry[],
  replacements: readonly NewEntry[],
  source: EntrySource,
  at: Date,
  date?: IsoDate,
): Promise<ReplaceOutcome> {
  const ids = old.map((e) => e.id);
  const receivables = await receivablesRepo.receivablesOfEntries(db, ids);
  const payments = await repo.paymentsOfEntries(db, ids);
  if (receivables.length === 0 && payments.length === 0) {
    return { ok: true, replaced: await replaceEntries(db, personId, old, replacements, source, at, date), effects: [] };
  }

  // Which replacement each old entry becomes (as replaceEntries links them).
  const pairwise = old.length === replacements.length;
  const partner = (i: number): number | undefined => (pairwise ? i : old.length === 1 ? 0 : undefined);
  const orders = await repo.lockOrders(db, [...new Set(payments.map((p) => p.orderId))]);
  const customerOf = (entryId: number): string =>
    receivables.find((r) => r.ledgerEntryId === entryId)?.customer ??
    orders.find((o) => payments.some((p) => p.ledgerEntryId === entryId && p.orderId === o.id))?.customer ??
    '';

  // What each order could take once the old entries' payments are off it.
  const room = new Map(orders.map((o) => [o.id, balanceOf(o) + sum(payments.filter((p) => p.orderId === o.id))]));
  const paymentPlans: PaymentPlan[] = [];
  const creditPlans: CreditPlan[] = [];
  for (const [i, e] of old.entries()) {
    const removed = payments.filter((p) => p.ledgerEntryId === e.id);
    const receivable = receivables.find((r) => r.ledgerEntryId === e.id);
    if (removed.length === 0 && !receivable) continue;
    const newIndex = partner(i);
    const next = newIndex === undefined ? undefined : replacements[newIndex];
    // A payment has no quantity: "bukan 10 tapi 8" on it means the order, which a correction does not change.
    const quantityOnPayment = removed.length > 0 && next !== undefined && next.quantity !== e.quantity;
    if (newIndex === undefined || !next || next.kind !== 'sale' || !(next.amount > 0) || quantityOnPayment) {
      return { ok: false, refusal: { reason: 'linked_shape', customer: customerOf(e.id) } };
    }
    if (receivable) {
      if (next.amount < receivable.paid) {
        return { ok: false, refusal: { reason: 'credit_below_collected', customer: receivable.customer, collected: receivable.paid, wanted: next.amount } };
      }
      creditPlans.push({ newIndex, receivable });
    }
    if (removed.length > 0) {
      const mine = orders.filter((o) => removed.some((p) => p.orderId === o.id));
      const most = mine.reduce((total, o) => total + (room.get(o.id) ?? 0), 0);
      if (next.amount > most) {
        return { ok: false, refusal: { reason: 'order_too_much', customer: mine[0]?.customer ?? '', most, wanted: next.amount } };
      }
      let left = next.amount;
      const parts: PaymentPlan['parts'] = [];
      for (const o of mine) {
        const part = Math.min(left, room.get(o.id) ?? 0);
        room.set(o.id, (room.get(o.id) ?? 0) - part);
        left -= part;
        parts.push({ order: o, amount: part, downPayment: removed.some((p) => p.orderId === o.id && p.downPayment) });
      }
      paymentPlans.push({ oldIndex: i, newIndex, removed, parts });
    }
  }

  const replaced = await replaceEntries(db, personId, old, replacements, source, at, date);
  const effects: LinkEffect[] = [];
  await repo.deletePayments(
    db,
    paymentPlans.flatMap((p) => p.removed.map((r) => r.id)),
  );
  const paidNow = new Map(orders.map((o) => [o.id, o.paid]));
  for (const plan of paymentPlans) {
    const entry = replaced.new[plan.newIndex]!;
    for (const part of plan.parts) {
      const from = sum(plan.removed.filter((p) => p.orderId === part.order.id));
      if (part.amount > 0) {
        await repo.insertOrderPayment(db, {
          orderId: part.order.id,
          amount: part.amount,
          businessDate: replaced.businessDate,
          ledgerEntryId: entry.id,
          downPayment: part.downPayment,
          sourceMessageId: source.messageId,
        });
      }
      const paid = (paidNow.get(part.order.id) ?? 0) - from + part.amount;
      paidNow.set(part.order.id, paid);
      effects.push({ kind: 'order_payment_changed', order: await repo.setPaid(db, part.order, paid, at), from, to: part.amount });
    }
  }
  for (const plan of creditPlans) {
    const entry = replaced.new[plan.newIndex]!;
    const r = await receivablesRepo.resetAmount(db, plan.receivable, entry.amount, entry.id, at);
    effects.push({ kind: 'credit_changed', customer: r.customer, from: plan.receivable.amount, to: r.amount, owed: r.amount - r.paid });
  }
  return { ok: true, replaced, effects };
}
