/**
 * The weekly summary: on Sunday at 19:00 in her own time zone (moved out of
 * quiet hours like every reminder), each member who recorded something that week gets
 * her sales, expenses and profit, the change against last week, her best-selling item,
 * and the week's chart as the photo (the text is its caption).
 *
 * Two steps, so that rendering (60–120 ms of CPU a chart) never happens inside the tick
 * nor in a transaction:
 * 1. the reminder tick's `weekly_summary` slot (one per time zone and Sunday) pages
 *    through the members due and hands their keys (`rem-summary-<isoWeek>-<personId>`, see
 *    modules/reminders/keys.ts) to the summary job (`fanOutWeeklySummaries`);
 * 2. the summary job (summaries.ts), paced, renders one member's summary and writes it to
 *    the outbox under that key, then queues it for sending (`sendWeeklySummary`).
 * The key is the outbox row's unique key and the job's id: a tick run twice, a fan-out
 * redone after a crash, or a job retried, never sends twice. Consent is checked again
 * when the job runs (she may have written BERHENTI in between).
 *
 * The bot runs step 2 with `feed`: the row is written for the bulk feeder
 * (src/jobs/bulk-feeder.ts), which puts it on the send queue as it drains. The job renders
 * four a second, faster than WhatsApp's paced bulk sends (a few a minute) drain: queued at
 * once, a Sunday's summaries would pile up on the WhatsApp send queue in Redis. A row
 * awaiting the feeder is in no queue to lose; a fed row whose job Redis lost is fed again.
 */
import { addDays, startOfWeek } from '../core/dates.ts';
import type { Db } from '../db/client.ts';
import { weeklySummaryMessage } from '../conversation/notices/weekly-summary.ts';
import { addToOutbox, findOutbound, type OutboxItem } from '../modules/outbox/outbox.repository.ts';
import { contactOf } from '../modules/people/people.repository.ts';
import { parseReminderKey, weeklySummaryKey } from '../modules/reminders/keys.ts';
import { isoWeek, type Slot } from '../modules/reminders/schedule.ts';
import { membersWithEntries, weeklySummaryOf } from '../modules/summaries/summaries.repository.ts';
import { mondayOfIsoWeek } from '../modules/summaries/summaries.ts';

export const SUMMARY_BATCH = 1000;

/**
 * Hands the members due in a `weekly_summary` slot to the summary job, a page at a time.
 * Returns how many were handed over. Writes nothing to the outbox itself.
 */
export async function fanOutWeeklySummaries(
  db: Db,
  slot: Slot,
  enqueue: (keys: readonly string[]) => Promise<void>,
  batchSize = SUMMARY_BATCH,
): Promise<number> {
  const from = startOfWeek(slot.date);
  const week = isoWeek(slot.date);
  let count = 0;
  for (let after = 0; ; ) {
    const people = await membersWithEntries(db, { timeZone: slot.timeZone, from, to: addDays(from, 6), afterPersonId: after, limit: batchSize });
    if (people.length === 0) break;
    await enqueue(people.map((id) => weeklySummaryKey(week, id)));
    count += people.length;
    after = people.at(-1)!;
    if (people.length < batchSize) break;
  }
  return count;
}

export interface SummaryDeps {
  db: Db;
  /** Puts committed outbox rows on the send queues (without `feed`). */
  dispatch: (items: readonly OutboxItem[]) => Promise<void>;
  /** Asks the bulk feeder to run (`feedSoon`): given it, summaries are written for the feeder, not dispatched. */
  feed?: (() => Promise<void>) | undefined;
}

export type SummaryOutcome = 'queued' | 'already' | 'skipped:not-a-summary' | 'skipped:unreachable' | 'skipped:no-entries';

/** Renders and queues one member's weekly summary (the summary job's processor). */
export async function sendWeeklySummary(deps: SummaryDeps, key: string): Promise<SummaryOutcome> {
  const parsed = parseReminderKey(key);
  if (!parsed || parsed.kind !== 'weekly_summary') return 'skipped:not-a-summary';
  const existing = await findOutbound(deps.db, key);
  if (existing) {
    // Written by an earlier run that may have died before queuing it: queue it again (the
    // send step skips a row already sent). With the feeder, the row is its to feed (or, fed
    // and lost, to feed again): asking it to run is enough.
    if (existing.status === 'queued') await (deps.feed ? deps.feed() : deps.dispatch([existing]));
    return 'already';
  }
  const contact = await contactOf(deps.db, parsed.personId); // undefined: opted out, or no chat the bot may use
  if (!contact) return 'skipped:unreachable';
  const monday = mondayOfIsoWeek(parsed.week);
  const { summary, days } = await weeklySummaryOf(deps.db, parsed.personId, contact.name, monday);
  if (summary.week.entries === 0) return 'skipped:no-entries'; // voided since the tick
  const message = await weeklySummaryMessage(contact, summary, days, monday);
  const items = await addToOutbox(deps.db, [{ key, message, priority: 'bulk', sourceMessageId: null }], { forFeeder: deps.feed !== undefined });
  if (deps.feed) {
    if (items.length) await deps.feed();
  } else await deps.dispatch(items);
  return items.length ? 'queued' : 'already';
}
