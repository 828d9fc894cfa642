/**
 * The console's help inbox (issue #20): voice notes and photos members sent (kept by the
 * chat's media flow, src/conversation/flows/media.ts), waiting until a facilitator deals
 * with them. Every call takes the viewer's Scope: an item is seen, opened, streamed and acted
 * on only where `groupSeeingItem` (programmes/scope.ts, the member page's book-window rule)
 * names a group of the scope; anywhere else it is undefined (the page answers 404).
 *
 * Recording on her behalf reads the text as the chat's "catat untuk <member>: …" does (the
 * caller's `read`: the same parser and `usableEntries`) and writes through the same ledger
 * `recordEntries` with the writer as
 * `enteredByPersonId` (so the on_behalf_* columns of migration 032 are set by their trigger
 * and the entry is in the audit's on-behalf list) — and tells her in chat with the chat's
 * own words (`tell`, written to the outbox in the same transaction).
 *
 * Several console processes at once: the record and the "done" lock the item's row first
 * (FOR UPDATE) and act only while it is waiting, so a double submit — two processes, two
 * tabs — records once; the second sees it done and records nothing. The notice's outbox key
 * is the item's, a second guard.
 */
import { businessDate, type IsoDate } from '../../core/dates.ts';
import type { OutboundMessage } from '../../core/messages.ts';
import { pageWithin } from '../../core/paging.ts';
import type { Db } from '../../db/client.ts';
import { recordEntries } from '../ledger/ledger.service.ts';
import type { Entry, NewEntry } from '../ledger/ledger.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { addToOutbox, type OutboxItem } from '../outbox/outbox.repository.ts';
import { groupSeeingItem, scopedGroups, type Scope } from '../programmes/scope.ts';
import { countWaiting, itemInScope, ITEM_COLUMNS, markDone, waitingItems, type InboxItem } from './media-inbox.repository.ts';

export type { InboxItem };

export const INBOX_PAGE_SIZE = 20;

export interface InboxPage {
  items: InboxItem[];
  total: number;
  page: number;
  pages: number;
}

const seeingOf = (scope: Scope) => groupSeeingItem(scopedGroups(scope), ITEM_COLUMNS);

/** The waiting items of her scope, oldest first, a page at a time (`?hal=N`). */
export async function inboxPage(db: Db, scope: Scope, rawPage: string | undefined): Promise<InboxPage> {
  const seeing = seeingOf(scope);
  const total = await countWaiting(db, seeing);
  const { page, pages } = pageWithin(rawPage, total, INBOX_PAGE_SIZE);
  const items = total === 0 ? [] : await waitingItems(db, seeing, { limit: INBOX_PAGE_SIZE, offset: (page - 1) * INBOX_PAGE_SIZE });
  return { items, total, page, pages };
}

/** How many wait in her scope: the home page's line. */
export function waitingCount(db: Db, scope: Scope): Promise<number> {
  return countWaiting(db, seeingOf(scope));
}

/** One item (waiting or done) if her scope sees it. */
export function inboxItem(db: Db, scope: Scope, id: number): Promise<InboxItem | undefined> {
  return itemInScope(db, seeingOf(scope), id);
}

/** Marks it done by hand; undefined when her scope does not see it. 'already': someone marked it first (kept as theirs). */
export async function markItemDone(db: Db, scope: Scope, id: number, at: Date): Promise<'done' | 'already' | undefined> {
  return db.transaction().execute(async (trx) => {
    const item = await itemInScope(trx, seeingOf(scope), id, true);
    if (!item) return undefined;
    if (!(await markDone(trx, id, scope.personId, at))) return 'already';
    // In the audit with the change (same transaction): the member, her group, what it was.
    await recordAudit(trx, { kind: 'media_done', at, actorPersonId: scope.personId, subjectPersonId: item.personId, groupId: item.groupId, detail: { kind: item.kind } });
    return 'done';
  });
}

/**
 * What a text would record for her, or why it would not: the chat's on-behalf reading
 * (src/conversation/notices/on-behalf.ts — the parser is the conversation's, not a module's).
 */
export type OnBehalfReading =
  | { outcome: 'record'; entries: NewEntry[]; date: IsoDate }
  | { outcome: 'empty' | 'not_record' | 'unclear' | 'credit' };

/** Reads `text` as written by the item's member on the day she sent it, in her time zone. */
export type OnBehalfReader = (text: string, item: Pick<InboxItem, 'receivedAt' | 'timeZone'>) => OnBehalfReading;

export type RecordOutcome =
  | { outcome: 'recorded'; item: InboxItem; entries: Entry[]; outbox: OutboxItem[] }
  | { outcome: 'already_done'; item: InboxItem }
  | { outcome: 'refused'; item: InboxItem; reading: Exclude<OnBehalfReading, { outcome: 'record' }> };

/**
 * Records `text` in the item's member's books on her behalf (the viewer as the writer), links
 * the entries to the item and marks it done, and tells her (`tell` makes her private notice in
 * her language, given the entries' day and her today at `at`; written to the outbox here,
 * dispatched by the caller after commit). Undefined
 * when her scope does not see the item.
 */
export async function recordFromItem(
  db: Db,
  scope: Scope,
  input: { id: number; text: string },
  at: Date,
  read: OnBehalfReader,
  tell: (db: Db, item: InboxItem, entries: readonly Entry[], date: IsoDate, today: IsoDate) => Promise<OutboundMessage | undefined>,
): Promise<RecordOutcome | undefined> {
  return db.transaction().execute(async (trx) => {
    const item = await itemInScope(trx, seeingOf(scope), input.id, true);
    if (!item) return undefined;
    if (item.doneAt) return { outcome: 'already_done' as const, item };
    const reading = read(input.text, item);
    if (reading.outcome !== 'record') return { outcome: 'refused' as const, item, reading };
    const { entries } = await recordEntries(trx, item.personId, reading.date, reading.entries, {
      messageId: null,
      rawText: input.text.trim(),
      enteredByPersonId: scope.personId,
      mediaMessageId: item.id,
    });
    await markDone(trx, item.id, scope.personId, at);
    // Her notice is read now: "today" is her today, so an entry of the day she sent the
    // note, days ago, is told with its date (the chat's words add it when the days differ).
    const notice = await tell(trx, item, entries, reading.date, businessDate(at, item.timeZone));
    const outbox = notice ? await addToOutbox(trx, [{ key: `media-${item.id}-recorded`, message: notice, priority: 'reply', sourceMessageId: null }]) : [];
    return { outcome: 'recorded' as const, item, entries, outbox };
  });
}
