/**
 * The lead-publishing job: writes the deliveries of a lead just confirmed (one per chat it
 * reaches, each with its outbox row) and dispatches them at bulk priority.
 *
 * Once only: the lead is locked while its deliveries are written, and marking it published
 * commits with them; (lead, chat) and the outbox keys are unique besides. A rerun (a
 * redelivered job, a sweep, a second bot) finds it published and only dispatches the
 * deliveries not sent yet, which the send step deduplicates.
 */
import { repliesFor } from '../conversation/replies/index.ts';
import { unpublishedLeads } from '../modules/leads/leads.repository.ts';
import { publishDeliveries, type Publication } from '../modules/leads/leads.service.ts';
import { FOLLOW_UP_SWEEP_GRACE_MS, type FollowUpDeps, type HandOff } from './follow-ups.ts';

export async function publishLead(deps: FollowUpDeps, leadId: number): Promise<Publication['outcome']> {
  // Deliveries are in Indonesian: a group chat has no one language.
  const render = repliesFor('id').leadBroadcast;
  const publication = await deps.db.transaction().execute((trx) => publishDeliveries(trx, leadId, deps.clock.now(), (lead) => render(lead)));
  // Only after commit: a delivery must never announce a lead that was rolled back.
  if (publication.outcome === 'published' || publication.outcome === 'already-published') {
    await deps.dispatch(publication.outbox);
    if (publication.outcome === 'published') deps.log.info({ lead: leadId, deliveries: publication.outbox.length }, 'lead published');
  }
  return publication.outcome;
}

/** Recovery: re-hands leads still unpublished a while after they were written. Returns how many. */
export async function sweepUnpublishedLeads(deps: FollowUpDeps, handOff: HandOff): Promise<number> {
  const ids = await unpublishedLeads(deps.db, { before: new Date(deps.clock.now().getTime() - FOLLOW_UP_SWEEP_GRACE_MS) });
  await handOff(ids.map((leadId) => ({ kind: 'publish_lead', leadId })));
  if (ids.length) deps.log.warn({ leads: ids.length }, 're-handed unpublished leads');
  return ids.length;
}
