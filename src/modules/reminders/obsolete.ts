/**
 * Which queued reminders no longer apply (WhatsApp paces private sends, so some wait for
 * hours): their instalment is now paid in full, their order is settled or cancelled, or
 * their reader has opted out. Facts only: the sweep job cancels them.
 */
import type { Db } from '../../db/client.ts';
import { borrowerToday, loanStatus, requireLoan } from '../loans/loans.service.ts';
import { findOrder } from '../orders/orders.service.ts';
import { optedOutAmong } from '../people/people.repository.ts';
import { parseReminderKey } from './keys.ts';

/** Keys that no longer apply, by why (the outbox row's failure reads "cancelled: <why>"). */
export interface ObsoleteReminders {
  'instalment paid': string[];
  'order settled': string[];
  'opted out': string[];
}

/**
 * Sorts queued reminder keys into those that no longer apply. `paidCache` remembers, per
 * instalment ("loan.number"), whether it is paid in full, across the pages of one sweep.
 */
export async function obsoleteAmong(db: Db, keys: readonly string[], now: Date, paidCache: Map<string, boolean>): Promise<ObsoleteReminders> {
  const out: ObsoleteReminders = { 'instalment paid': [], 'order settled': [], 'opted out': [] };
  const byPerson = new Map<number, string[]>();
  for (const key of keys) {
    const parsed = parseReminderKey(key);
    if (!parsed) continue;
    if (parsed.kind === 'repayment') {
      const id = `${parsed.loanId}.${parsed.instalment}`;
      if (!paidCache.has(id)) {
        const loan = await requireLoan(db, parsed.loanId).catch(() => undefined);
        const status = loan && (await loanStatus(db, parsed.loanId, await borrowerToday(db, loan, now)));
        paidCache.set(id, (status?.instalments.find((i) => i.number === parsed.instalment)?.remaining ?? 0) === 0);
      }
      if (paidCache.get(id)) out['instalment paid'].push(key);
    }
    // An order paid (or cancelled) before its reminder went.
    if (parsed.kind === 'order_due' && (await findOrder(db, parsed.orderId))?.status !== 'open') out['order settled'].push(key);
    const personId = 'personId' in parsed ? parsed.personId : null;
    if (personId !== null) byPerson.set(personId, [...(byPerson.get(personId) ?? []), key]);
  }
  const stopped = await optedOutAmong(db, [...byPerson.keys()]);
  out['opted out'] = [...stopped].flatMap((id) => byPerson.get(id) ?? []);
  return out;
}
