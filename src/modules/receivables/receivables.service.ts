/** Credit sales: the receivable made with the sale, and customers paying it off. See receivables.ts for the cash effect. */
import type { IsoDate } from '../../core/dates.ts';
import type { Rupiah } from '../../core/money.ts';
import type { Db } from '../../db/client.ts';
import { bestFits, customerKey } from '../orders/customer.ts';
import { owedOn, type CustomerOwes, type Receivable } from './receivables.ts';
import * as repo from './receivables.repository.ts';

export async function addReceivable(
  db: Db,
  personId: number,
  input: { customer: string; amount: Rupiah; ledgerEntryId: number | null; date: IsoDate },
  sourceMessageId: number | null,
): Promise<Receivable> {
  return repo.insertReceivable(db, {
    personId,
    customer: input.customer,
    customerKey: customerKey(input.customer),
    amount: input.amount,
    ledgerEntryId: input.ledgerEntryId,
    businessDate: input.date,
    sourceMessageId,
  });
}

export async function openReceivablesFor(db: Db, personId: number, customer: string, options: { lock?: boolean } = {}): Promise<Receivable[]> {
  return bestFits(customer, await repo.openReceivables(db, personId, options), (r) => r.customerKey);
}

export type CollectResult =
  | { ok: true; paid: Rupiah; owedAfter: Rupiah; receivables: Receivable[] }
  | { ok: false; reason: 'overpaid' | 'nothing_owed'; owed: Rupiah };

/**
 * A customer pays what she owes: `amount`, or everything with null. Oldest first. No ledger
 * entry: the sale was counted when it was made. More than she owes is refused, nothing written.
 */
export async function collect(
  db: Db,
  receivables: readonly Receivable[],
  amount: Rupiah | null,
  date: IsoDate,
  sourceMessageId: number | null,
  at: Date,
): Promise<CollectResult> {
  const owed = receivables.reduce((sum, r) => sum + owedOn(r), 0);
  if (owed === 0) return { ok: false, reason: 'nothing_owed', owed };
  const paying = amount ?? owed;
  if (!(paying > 0) || paying > owed) return { ok: false, reason: 'overpaid', owed };
  let left = paying;
  const after: Receivable[] = [];
  for (const r of receivables) {
    const part = Math.min(left, owedOn(r));
    if (part > 0) {
      await repo.insertPayment(db, { receivableId: r.id, amount: part, businessDate: date, sourceMessageId });
      after.push(await repo.addPaid(db, r.id, part, at));
      left -= part;
    } else after.push(r);
  }
  return { ok: true, paid: paying, owedAfter: owed - paying, receivables: after };
}

/**
 * Who owes her what, biggest first, with the total; `within`: only debts that began on those
 * days (the console's member page shows a group's staff only the days she was theirs).
 */
export async function whoOwes(db: Db, personId: number, within?: { from: IsoDate; to: IsoDate }): Promise<{ customers: CustomerOwes[]; total: Rupiah }> {
  const byKey = new Map<string, CustomerOwes>();
  for (const r of await repo.openReceivables(db, personId)) {
    if (within && (r.businessDate < within.from || r.businessDate > within.to)) continue;
    const existing = byKey.get(r.customerKey);
    if (existing) existing.owed += owedOn(r);
    else byKey.set(r.customerKey, { customer: r.customer, owed: owedOn(r), since: r.businessDate });
  }
  const customers = [...byKey.values()].sort((a, b) => b.owed - a.owed || a.customer.localeCompare(b.customer));
  return { customers, total: customers.reduce((sum, c) => sum + c.owed, 0) };
}

export async function openReceivables(db: Db, personId: number): Promise<Receivable[]> {
  return repo.openReceivables(db, personId);
}
