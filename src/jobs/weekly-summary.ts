/**
 * The weekly summary: on Sunday at 19:00 in her own time zone (moved out of quiet hours
 * like every reminder), each member who recorded something that week gets her sales,
 * expenses and profit, the change against last week, her best-selling item, and the week's
 * chart as the photo (the text is its caption).
 *
 * Set-based, like the weekly nudge (reminders-fan-out.ts): the reminder tick's
 * `weekly_summary` slot (one per time zone and Sunday) pages through the members due (keyset
 * by person id), and each page is one statement computed in Postgres (`writeSummaryPage`):
 * who is due, her figures (this week and last, best item, the chart's seven days) and her
 * outbox row under `rem-summary-<isoWeek>-<personId>` (modules/reminders/keys.ts). No member
 * passes through this process: the row carries her figures (`toWord`) and the chart's, and
 * the send step words the text (conversation/notices/words-at-send.ts) and draws the chart
 * (conversation/notices/chart-picture.ts: ~50 ms of CPU, which for 100,000 members cannot
 * happen in the tick, and is paced by the sends anyway) just before sending. No job per
 * member: the rows wait `awaiting_feeder` and the bulk feeder (bulk-feeder.ts) puts them on
 * the send queue as it drains.
 *
 * What keeps each guarantee true:
 * - one summary per member per week, even when the tick runs twice or two schedulers run
 *   it at once: the key is the outbox row's unique key and the insert is `on conflict do
 *   nothing`; two inserts of one key at once wait on each other in Postgres and the second
 *   writes nothing. Each run feeds (or dispatches) only the rows it wrote itself. A crash
 *   midway leaves the slot unmarked, the next tick redoes it and the keys drop what was
 *   written; the send step skips a row already sent (outbound.processor.ts). A page is one
 *   statement, so a crash leaves it all written or none of it;
 * - Redis loses its data (between the tick and the feed, or while sending): nothing of
 *   the summaries lives only in Redis. A row awaiting the feeder is in no queue to lose; a
 *   fed row whose send job was lost is fed again (bulk-feeder.ts); the feeder's scheduler
 *   comes back with the scheduler watch (schedulers.ts), and a lost `feedSoon` only waits
 *   for it. The slot is marked done in Postgres, so a restored tick does not write again;
 * - a member who opted out or left gets none: the page query takes only active, opted-in
 *   members the bot may write to privately (`membersWithEntries`); one who writes BERHENTI
 *   after the tick has her queued summary cancelled by the tick's sweep of obsolete
 *   reminders (reminders-sweep.ts: keys starting `rem-` name her), as for a nudge;
 * - her time zone's week: the slot is per time zone, the week is the slot's (Monday to
 *   Sunday of its local date), and only members living in that zone are paged.
 */
import { startOfWeek } from '../core/dates.ts';
import type { Db } from '../db/client.ts';
import type { OutboxItem } from '../modules/outbox/outbox.repository.ts';
import { weeklySummaryKeyPrefix } from '../modules/reminders/keys.ts';
import { isoWeek, type Slot } from '../modules/reminders/schedule.ts';
import { writeSummaryPage } from '../modules/summaries/summaries.repository.ts';

/**
 * Members per page, one statement each: only the keys written come back, so a page can be
 * large; 20,000 keeps each statement's transaction a few seconds while 100,000 members are
 * five statements (as the nudge's NUDGE_BATCH).
 */
export const SUMMARY_BATCH = 20_000;

export interface SummaryFanOutOptions {
  /** Asks the bulk feeder to run (`feedSoon`): given it, the rows are written for the feeder. */
  feed?: (() => Promise<void>) | undefined;
  /** Without `feed` (tests, a process without the maintenance queue): puts committed rows on the send queues. */
  dispatch?: ((items: readonly OutboxItem[]) => Promise<void>) | undefined;
  batchSize?: number | undefined;
  /** Called after each page is written and fed or dispatched (tests use it to run a second tick in between). */
  afterBatch?: ((items: readonly OutboxItem[], batch: number) => Promise<void> | void) | undefined;
}

/**
 * Writes one `weekly_summary` slot's summaries to the outbox, a page at a time. Returns the
 * rows this call wrote (a re-run writes, and feeds, only what was missing).
 */
export async function fanOutWeeklySummaries(db: Db, slot: Slot, options: SummaryFanOutOptions = {}): Promise<OutboxItem[]> {
  const written: OutboxItem[] = [];
  const monday = startOfWeek(slot.date);
  const keyPrefix = weeklySummaryKeyPrefix(isoWeek(slot.date));
  const forFeeder = options.feed !== undefined;
  for (let after = 0, batch = 0; ; batch++) {
    const page = await writeSummaryPage(db, { timeZone: slot.timeZone, monday, afterPersonId: after, limit: options.batchSize ?? SUMMARY_BATCH, keyPrefix, forFeeder });
    if (page.lastPersonId === null) break;
    after = page.lastPersonId;
    if (page.items.length === 0) continue;
    await (options.feed ? options.feed() : options.dispatch?.(page.items));
    written.push(...page.items);
    await options.afterBatch?.(page.items, batch);
  }
  return written;
}
