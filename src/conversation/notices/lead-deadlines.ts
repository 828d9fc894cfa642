/**
 * Closing leads whose deadline has passed, and the messages that tell the answerers and
 * the facilitator. Called by a scheduled job, not by an inbound message.
 */
import type { Clock } from '../../core/clock.ts';
import type { OutboundMessage } from '../../core/messages.ts';
import type { Db } from '../../db/client.ts';
import { closeLead, leadsRepo, tally } from '../../modules/leads/leads.service.ts';
import { addToOutbox, type OutboxItem } from '../../modules/outbox/outbox.repository.ts';
import { findPerson, privateChatOf } from '../../modules/people/people.repository.ts';
import { closedNotices } from '../flows/leads.ts';
import { repliesFor } from '../replies/index.ts';

/** Closes every expired open lead, each in its own transaction; returns the outbox rows to queue. */
export async function closeExpiredLeads(db: Db, clock: Clock): Promise<OutboxItem[]> {
  const items: OutboxItem[] = [];
  for (const expired of await leadsRepo.expiredOpenLeads(db, clock.now())) {
    const written = await db.transaction().execute(async (trx) => {
      const answered = await closeLead(trx, expired, 'deadline', clock.now());
      if (!answered) return []; // closed meanwhile by its facilitator
      const messages: OutboundMessage[] = await closedNotices(trx, expired.code, answered.map((r) => r.personId));
      const owner = await trx.selectFrom('facilitators').select('person_id').where('id', '=', expired.facilitatorId).executeTakeFirst();
      const person = owner && (await findPerson(trx, owner.person_id));
      const chat = owner && (await privateChatOf(trx, owner.person_id));
      if (person && chat) {
        messages.push({ ...chat, text: repliesFor(person.language).leadClosedForOwner(expired.code, await tally(trx, expired)) });
      }
      return addToOutbox(
        trx,
        messages.map((message, i) => ({ key: `lead-closed-${expired.id}-${i}`, message, priority: 'reply' as const, sourceMessageId: null })),
      );
    });
    items.push(...written);
  }
  return items;
}
