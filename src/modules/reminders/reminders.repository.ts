/**
 * SQL for reminders: the slots already fanned out (reminder_state, reminder_slot_runs, the
 * tables this module owns), and who is due for each kind of slot, composed from the owners'
 * query fragments (people, groups, ledger) so it stays set-based and paged by id: a slot
 * of 100,000 members is read a batch at a time.
 */
import { sql } from 'kysely';
import type { IsoDate } from '../../core/dates.ts';
import { isTimeZone } from '../../core/dates.ts';
import type { Rupiah } from '../../core/money.ts';
import type { Db } from '../../db/client.ts';
import { groupTimeZones, isActiveMember, linkedChatsWithFigures, type ChatWithFigures } from '../groups/groups.repository.ts';
import { amountBetween, hasEntriesBetween } from '../ledger/ledger.repository.ts';
import { insertToWordFrom, queuedKeysLike, writtenPage, type OutboxItem, type Priority } from '../outbox/outbox.repository.ts';
import { peopleInZone, peopleInZoneQuery, personTimeZones as personTimeZonesOf, type PersonInZone } from '../people/people.repository.ts';
import type { Slot } from './schedule.ts';

/** Time zones of groups and people: each needs its own slots. */
export async function timeZonesInUse(db: Db): Promise<string[]> {
  const zones = new Set([...(await groupTimeZones(db)), ...(await personTimeZonesOf(db))]);
  return [...zones].filter(isTimeZone).sort();
}

export interface ReminderState {
  startedAt: Date;
  lastTickAt: Date;
}

/** The first tick ever records when reminders started: slots before it are never replayed. */
export async function ensureState(db: Db, now: Date): Promise<ReminderState> {
  await db
    .insertInto('reminder_state')
    .values({ id: 1, started_at: now, last_tick_at: now })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  return db
    .selectFrom('reminder_state')
    .select(['started_at as startedAt', 'last_tick_at as lastTickAt'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
}

export async function recordTick(db: Db, at: Date): Promise<void> {
  await db.updateTable('reminder_state').set({ last_tick_at: at }).where('id', '=', 1).execute();
}

export async function finishedSlotKeys(db: Db, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db.selectFrom('reminder_slot_runs').select('slot_key').where('slot_key', 'in', [...keys]).execute();
  return new Set(rows.map((r) => r.slot_key));
}

export async function markSlot(db: Db, slot: Slot, outcome: 'sent' | 'skipped', queued: number, at: Date): Promise<void> {
  await db
    .insertInto('reminder_slot_runs')
    .values({
      slot_key: slot.key,
      kind: slot.kind,
      time_zone: slot.timeZone,
      local_date: slot.date,
      due_at: slot.dueAt,
      outcome,
      queued,
      finished_at: at,
    })
    .onConflict((oc) => oc.column('slot_key').doUpdateSet({ outcome, queued, finished_at: at }))
    .execute();
}

/** A member due for a reminder, with the chat the bot would use (null: none it may use) and her sales over `turnoverBetween`. */
export interface DueMember extends Omit<PersonInZone, 'figure'> {
  turnover: Rupiah;
}

/**
 * Active members whose own time zone is `timeZone`, by person id from `afterPersonId`,
 * each with the private chat the bot would use (see the people module's
 * `mayWritePrivately`), or none; opted-out ones are included, marked and without a chat,
 * so the planner can list them as skipped. Optionally only those with no entry in a date range, and
 * with their sales over another range.
 */
export async function dueMembers(
  db: Db,
  options: {
    timeZone: string;
    afterPersonId: number;
    limit: number;
    withoutEntriesBetween?: { from: IsoDate; to: IsoDate };
    turnoverBetween?: { from: IsoDate; to: IsoDate };
  },
): Promise<DueMember[]> {
  const { turnoverBetween: turnover, withoutEntriesBetween: quiet } = options;
  const rows = await peopleInZone(db, {
    timeZone: options.timeZone,
    afterPersonId: options.afterPersonId,
    limit: options.limit,
    conditions: quiet ? [isActiveMember, (eb, personId) => eb.not(hasEntriesBetween(eb, personId, quiet))] : [isActiveMember],
    withOptedOut: true,
    ...(turnover ? { figure: (personId) => amountBetween(personId, 'sale', turnover) } : {}),
  });
  return rows.map(({ figure, ...r }) => ({ ...r, turnover: figure }));
}

/**
 * One page of a nudge slot written to the outbox in one statement, computed in Postgres
 * (issue #21): the page is `dueMembers`' (active members living in `timeZone`, by person id
 * from `afterPersonId`, with no entry between the dates), less those opted out or with no
 * chat the bot may use; each row's key is `keyPrefix` and her person id (keys.ts
 * `nudgeKeyPrefix`), its words her name and language for the send step to word. Nothing of
 * the page is read out: only the rows written (for the caller to feed or dispatch) and the
 * last person id of the page (the next page's `afterPersonId`; null when the page is empty).
 */
export async function writeNudgePage(
  db: Db,
  options: { timeZone: string; afterPersonId: number; limit: number; withoutEntriesBetween: { from: IsoDate; to: IsoDate }; keyPrefix: string; forFeeder: boolean },
): Promise<{ items: OutboxItem[]; lastPersonId: number | null }> {
  const quiet = options.withoutEntriesBetween;
  const page = peopleInZoneQuery(db, {
    timeZone: options.timeZone,
    afterPersonId: options.afterPersonId,
    limit: options.limit,
    conditions: [isActiveMember, (eb, personId) => eb.not(hasEntriesBetween(eb, personId, quiet))],
  });
  const { rows } = await sql<{ last: number | null; idempotency_key: string | null; platform: string; priority: Priority }>`
    with "page" as (${page}),
    "rows" as (
      select ${options.keyPrefix}::text || p."personId" as key, p.platform, p."chatId" as chat_id,
             jsonb_build_object('kind', 'nudge', 'language', p.language, 'name', p.name) as to_word,
             null::jsonb as chart, p."personId" as n
        from "page" p
       where p.platform is not null
    ),
    "written" as (${insertToWordFrom(sql`"rows"`, options.forFeeder)})
    select s.last, w.idempotency_key, w.platform, w.priority
      from (select max("personId") as last from "page") s
      left join "written" w on true`.execute(db);
  return writtenPage(rows, options.keyPrefix);
}

export type GroupWeek = ChatWithFigures;

/**
 * Linked chats of groups in `timeZone` that have active members, each with the group's
 * figures over a date range (active members' unvoided entries), paged by chat id.
 */
export async function groupChatWeeks(
  db: Db,
  options: { timeZone: string; from: IsoDate; to: IsoDate; afterGroupChatId: number; limit: number },
): Promise<GroupWeek[]> {
  const range = { from: options.from, to: options.to };
  return linkedChatsWithFigures(db, options, {
    recorded: (eb, personId) => hasEntriesBetween(eb, personId, range),
    sales: (personId) => amountBetween(personId, 'sale', range),
    expenses: (personId) => amountBetween(personId, 'expense', range),
  });
}

/** Reminder rows still queued in the outbox, by key, a page at a time. */
export async function queuedReminderKeys(db: Db, afterKey: string, limit: number): Promise<string[]> {
  return queuedKeysLike(db, 'rem-', afterKey, limit);
}
