/**
 * The lead-publishing job: writes the deliveries of a lead just confirmed (one per chat it
 * reaches, each with its outbox row) and dispatches them at bulk priority.
 *
 * Once only: the lead is locked while its deliveries are written, and marking it published
 * commits with them; (lead, chat) and the outbox keys are unique besides. A rerun (a
 * redelivered job, a sweep, a second bot) finds it published and only dispatches the
 * deliveries not sent yet, which the send step deduplicates.
 *
 * A lead to more than `FEED_ABOVE` chats (thousands of members' private chats) is not
 * queued here: its rows are written for the bulk feeder (src/jobs/bulk-feeder.ts), which
 * puts them on the send queue as it drains, so Redis holds a few minutes of sends and not
 * the whole broadcast. A crash between the commit and the kick, or Redis losing the jobs,
 * leaves the rows to the feeder (rows not fed wait in Postgres; fed rows whose jobs were
 * lost are fed again once the queue is empty). A small lead is queued at once, as before.
 */
import { repliesFor } from '../conversation/replies/index.ts';
import { unpublishedLeads } from '../modules/leads/leads.repository.ts';
import { publishDeliveries, type Publication } from '../modules/leads/leads.service.ts';
import { FEED_ABOVE } from './bulk-feeder.ts';
import { FOLLOW_UP_SWEEP_GRACE_MS, type FollowUpDeps, type HandOff } from './follow-ups.ts';

export async function publishLead(deps: FollowUpDeps, leadId: number): Promise<Publication['outcome']> {
  // Deliveries are in Indonesian: a group chat has no one language.
  const render = repliesFor('id').leadBroadcast;
  const feedAbove = deps.feed ? (deps.feedAbove ?? FEED_ABOVE) : undefined;
  const publication = await deps.db.transaction().execute((trx) => publishDeliveries(trx, leadId, deps.clock.now(), (lead) => render(lead), { feedAbove }));
  // Only after commit: a delivery must never announce a lead that was rolled back.
  if (publication.outcome === 'published' || publication.outcome === 'already-published') {
    await deps.dispatch(publication.outbox);
    // A rerun may find rows of the first run still awaiting the feeder: asking again is one
    // deduplicated Redis command, and a lost ask only waits for the feeder's next run.
    if (deps.feed && (publication.fed || publication.outcome === 'already-published')) await deps.feed();
    if (publication.outcome === 'published') deps.log.info({ lead: leadId, queued: publication.outbox.length, toFeeder: publication.fed }, 'lead published');
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
