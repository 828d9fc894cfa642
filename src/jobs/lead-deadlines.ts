/**
 * Closing leads whose deadline has passed (the `lead-deadlines` maintenance job's
 * processor, see maintenance.ts): each in its own transaction, with the messages that tell
 * the answerers and the facilitator (conversation/notices/lead-closed.ts) written to the
 * outbox in it.
 */
import type { Clock } from '../core/clock.ts';
import type { Db } from '../db/client.ts';
import { leadClosedMessages } from '../conversation/notices/lead-closed.ts';
import { closeLead, leadsRepo, tally } from '../modules/leads/leads.service.ts';
import { addToOutbox, type OutboxItem } from '../modules/outbox/outbox.repository.ts';

/** Closes every expired open lead; returns the outbox rows to queue. */
export async function closeExpiredLeads(db: Db, clock: Clock): Promise<OutboxItem[]> {
  const items: OutboxItem[] = [];
  for (const expired of await leadsRepo.expiredOpenLeads(db, clock.now())) {
    const written = await db.transaction().execute(async (trx) => {
      const answered = await closeLead(trx, expired, 'deadline', clock.now());
      if (!answered) return []; // closed meanwhile by its facilitator
      const ownerId = await leadsRepo.ownerPersonId(trx, expired);
      const owner = ownerId === undefined ? undefined : { personId: ownerId, result: await tally(trx, expired) };
      const messages = await leadClosedMessages(trx, expired, answered.map((r) => r.personId), owner);
      return addToOutbox(
        trx,
        messages.map((message, i) => ({ key: `lead-closed-${expired.id}-${i}`, message, priority: 'reply' as const, sourceMessageId: null })),
      );
    });
    items.push(...written);
  }
  return items;
}
