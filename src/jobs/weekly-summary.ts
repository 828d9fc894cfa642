/**
 * The weekly summary: on Sunday at 19:00 in her own time zone (moved out of quiet hours
 * like every reminder), each member who recorded something that week gets her sales,
 * expenses and profit, the change against last week, her best-selling item, and the week's
 * chart as the photo (the text is its caption).
 *
 * Set-based, like the weekly nudge (reminders-fan-out.ts): the reminder tick's
 * `weekly_summary` slot (one per time zone and Sunday) cuts the zone's people into runs of
 * ids (`zoneRanges`), and each run is one statement computed in Postgres (`writeSummaryPage`),
 * SUMMARY_PAGES_AT_ONCE of them at a time on their own connections: who is due, and her
 * outbox row under `rem-summary-<isoWeek>-<personId>` (modules/reminders/keys.ts) saying who
 * she is and which week (`weekly_summary_due`). No member passes through this process. Her
 * figures (this week and last, best item, the chart's seven days) are read when her row is
 * sent (conversation/notices/summary-figures.ts: one statement), then the send step words the
 * text (words-at-send.ts) and draws the chart (chart-picture.ts: ~50 ms of CPU, which for
 * 100,000 members cannot happen in the tick), all at the pace of the sends (~30 a second).
 * Summing every member's fortnight in the tick took 2 of its 5.5 s for 100,000 members, work
 * the sends then waited an hour to use (docs/BENCHMARKS.md, 2026-12-07). No job per member:
 * the rows wait `awaiting_feeder` and the bulk feeder (bulk-feeder.ts) puts them on the send
 * queue as it drains.
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
import pMap from 'p-map';
import { startOfWeek } from '../core/dates.ts';
import type { Db } from '../db/client.ts';
import type { OutboxItem } from '../modules/outbox/outbox.repository.ts';
import { zoneRanges } from '../modules/people/people.repository.ts';
import { weeklySummaryKeyPrefix } from '../modules/reminders/keys.ts';
import { isoWeek, type Slot } from '../modules/reminders/schedule.ts';
import { writeSummaryPage } from '../modules/summaries/summaries.repository.ts';

/**
 * People per page, one statement each: only the keys written come back, so a page can be
 * large; 20,000 keeps each statement's transaction a second or two while 100,000 members are
 * five statements (as the nudge's NUDGE_BATCH).
 */
export const SUMMARY_BATCH = 20_000;

/**
 * Pages written at once. A page's statement is Postgres working on one core, with nothing
 * for this process to do meanwhile, so with keyset pages (each waiting for the last one's
 * end) the database's other cores sat idle: two at once took the fan-out of 100,000 members
 * (figures then summed in it) from ~9 s to ~5.5 s on a 2-core machine (docs/BENCHMARKS.md).
 * Two is also what it leaves the bot's own work, and two connections of the pool.
 */
export const SUMMARY_PAGES_AT_ONCE = 2;

export interface SummaryFanOutOptions {
  /** Asks the bulk feeder to run (`feedSoon`): given it, the rows are written for the feeder. */
  feed?: (() => Promise<void>) | undefined;
  /** Without `feed` (tests, a process without the maintenance queue): puts committed rows on the send queues. */
  dispatch?: ((items: readonly OutboxItem[]) => Promise<void>) | undefined;
  /** People per page (SUMMARY_BATCH). */
  batchSize?: number | undefined;
  /** Pages written at once (SUMMARY_PAGES_AT_ONCE). */
  pagesAtOnce?: number | undefined;
  /** Called after each page is written and fed or dispatched, with the page's index (tests use it to run a second tick in between). */
  afterBatch?: ((items: readonly OutboxItem[], batch: number) => Promise<void> | void) | undefined;
}

/**
 * Writes one `weekly_summary` slot's summaries to the outbox, a page at a time (several at
 * once). Returns the rows this call wrote, in person order (a re-run writes, and feeds, only
 * what was missing). A page that fails fails the call once the pages under way have ended:
 * the slot stays unmarked and the next tick writes what is missing.
 */
export async function fanOutWeeklySummaries(db: Db, slot: Slot, options: SummaryFanOutOptions = {}): Promise<OutboxItem[]> {
  const monday = startOfWeek(slot.date);
  const keyPrefix = weeklySummaryKeyPrefix(isoWeek(slot.date));
  const forFeeder = options.feed !== undefined;
  const ranges = await zoneRanges(db, { timeZone: slot.timeZone, size: options.batchSize ?? SUMMARY_BATCH });
  // After a page fails no other page starts, and the call fails only once the pages under
  // way have ended: a caller that runs the slot again never races this call's own pages.
  let failed = false;
  const pages = await pMap(
    ranges,
    async (range, index) => {
      if (failed) return [];
      try {
        const items = await writeSummaryPage(db, { timeZone: slot.timeZone, monday, range, keyPrefix, forFeeder });
        if (items.length === 0) return items;
        await (options.feed ? options.feed() : options.dispatch?.(items));
        await options.afterBatch?.(items, index);
        return items;
      } catch (error) {
        failed = true;
        throw error;
      }
    },
    { concurrency: options.pagesAtOnce ?? SUMMARY_PAGES_AT_ONCE, stopOnError: false },
  ).catch((error: unknown) => {
    throw error instanceof AggregateError ? error.errors[0] : error;
  });
  return pages.flat();
}
