/**
 * Closing leads whose deadline has passed, and the messages that tell the answerers and
 * the facilitator. Called by a scheduled job, not by an inbound message.
 */
import type { Clock } from '../../core/clock.ts';
import type { OutboundMessage } from '../../core/messages.ts';
import type { Db } from '../../db/client.ts';
import { closeLead, leadsRepo, tally } from '../../modules/leads/leads.service.ts';
import { addToOutbox, type OutboxItem } from '../../modules/outbox/outbox.repository.ts';
import { closedNotices } from '../flows/leads.ts';
import { privateNotice } from '../private-notice.ts';

/** Closes every expired open lead, each in its own transaction; returns the outbox rows to queue. */
export async function closeExpiredLeads(db: Db, clock: Clock): Promise<OutboxItem[]> {
  const items: OutboxItem[] = [];
  for (const expired of await leadsRepo.expiredOpenLeads(db, clock.now())) {
    const written = await db.transaction().execute(async (trx) => {
      const answered = await closeLead(trx, expired, 'deadline', clock.now());
      if (!answered) return []; // closed meanwhile by its facilitator
      const messages: OutboundMessage[] = await closedNotices(trx, expired.code, answered.map((r) => r.personId));
      const owner = await leadsRepo.ownerPersonId(trx, expired);
      const result = await tally(trx, expired);
      const notice = owner === undefined ? undefined : await privateNotice(trx, owner, (t) => t.leadClosedForOwner(expired.code, result));
      if (notice) messages.push(notice);
      return addToOutbox(
        trx,
        messages.map((message, i) => ({ key: `lead-closed-${expired.id}-${i}`, message, priority: 'reply' as const, sourceMessageId: null })),
      );
    });
    items.push(...written);
  }
  return items;
}
