/**
 * SQL for reminders: who is due for each kind of slot (set-based and paged by id, so a
 * slot of 100,000 members is read a batch at a time), the slots already fanned out, and the
 * reminder rows still queued in the outbox.
 */
import { sql } from 'kysely';
import type { IsoDate } from '../../core/dates.ts';
import { isTimeZone } from '../../core/dates.ts';
import type { Platform } from '../../core/messages.ts';
import type { Rupiah } from '../../core/money.ts';
import type { Db } from '../../db/client.ts';
import { findPerson, mayWritePrivately, privateChatOf } from '../people/people.repository.ts';
import type { Slot } from './schedule.ts';

/** Time zones of groups and people: each needs its own slots. */
export async function timeZonesInUse(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('groups')
    .select('time_zone')
    .union(db.selectFrom('people').select('time_zone'))
    .execute();
  return rows.map((r) => r.time_zone).filter(isTimeZone).sort();
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

/** A person the bot may write to privately, with the chat it would use. */
export interface Contact {
  personId: number;
  name: string;
  language: 'id' | 'en';
  /** Her own time zone: personal reminders follow it. */
  timeZone: string;
  platform: Platform;
  chatId: string;
}

/** A member due for a reminder, with the chat the bot would use; null when it may not write to her privately. */
export interface DueMember {
  personId: number;
  name: string;
  language: 'id' | 'en';
  chat: { platform: Platform; chatId: string } | null;
  /** Sales recorded in `turnoverBetween`, when asked for. */
  turnover: Rupiah;
}

/**
 * Active, opted-in members whose own time zone is `timeZone`, by person id from
 * `afterPersonId`, each with the private chat the bot would use (Telegram first; see the
 * people module's `mayWritePrivately`), or none. Optionally only those with no entry in a
 * date range, and with their sales over another range.
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
  const turnover = options.turnoverBetween;
  const quiet = options.withoutEntriesBetween;
  let query = db
    .selectFrom('people')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('identities')
          .select(['identities.platform', 'identities.external_id as chatId'])
          .whereRef('identities.person_id', '=', 'people.id')
          .where((w) => mayWritePrivately(w, w.ref('identities.person_id'), w.ref('identities.platform')))
          .orderBy(sql`case when identities.platform = 'telegram' then 0 else 1 end`)
          .orderBy('identities.id')
          .limit(1)
          .as('chat'),
      (join) => join.onTrue(),
    )
    .select([
      'people.id as personId',
      'people.name',
      'people.language',
      'chat.platform',
      'chat.chatId',
      turnover
        ? sql<number>`coalesce((select sum(e.amount) from ledger_entries e where e.person_id = people.id and e.kind = 'sale'
            and e.voided_at is null and e.business_date between ${turnover.from} and ${turnover.to}), 0)::bigint`.as('turnover')
        : sql<number>`0::bigint`.as('turnover'),
    ])
    .where('people.time_zone', '=', options.timeZone)
    .where('people.opted_out_at', 'is', null)
    .where('people.id', '>', options.afterPersonId)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('memberships')
          .select('memberships.id')
          .whereRef('memberships.person_id', '=', 'people.id')
          .where('memberships.status', '=', 'active'),
      ),
    );
  if (quiet) {
    query = query.where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('ledger_entries')
            .select('ledger_entries.id')
            .whereRef('ledger_entries.person_id', '=', 'people.id')
            .where('ledger_entries.business_date', '>=', quiet.from)
            .where('ledger_entries.business_date', '<=', quiet.to)
            .where('ledger_entries.voided_at', 'is', null),
        ),
      ),
    );
  }
  const rows = await query.orderBy('people.id').limit(options.limit).execute();
  return rows.map(({ platform, chatId, ...r }) => ({ ...r, chat: platform !== null && chatId !== null ? { platform: platform as Platform, chatId } : null }));
}

export interface GroupWeek {
  groupId: number;
  groupName: string;
  groupChatId: number;
  platform: Platform;
  chatId: string;
  /** Active members. */
  members: number;
  /** Active members with at least one entry in the range. */
  recorded: number;
  sales: Rupiah;
  expenses: Rupiah;
}

/**
 * Linked chats of groups in `timeZone` that have active members, each with the group's
 * figures over a date range (active members' unvoided entries), paged by chat id.
 */
export async function groupChatWeeks(
  db: Db,
  options: { timeZone: string; from: IsoDate; to: IsoDate; afterGroupChatId: number; limit: number },
): Promise<GroupWeek[]> {
  const { from, to } = options;
  const rows = await db
    .selectFrom('group_chats')
    .innerJoin('groups', 'groups.id', 'group_chats.group_id')
    .select([
      'groups.id as groupId',
      'groups.name as groupName',
      'group_chats.id as groupChatId',
      'group_chats.platform',
      'group_chats.chat_id as chatId',
      sql<number>`(select count(*) from memberships m where m.group_id = groups.id and m.status = 'active')::int`.as('members'),
      sql<number>`(select count(*) from memberships m where m.group_id = groups.id and m.status = 'active' and exists (
          select 1 from ledger_entries e where e.person_id = m.person_id and e.voided_at is null
            and e.business_date between ${from} and ${to}))::int`.as('recorded'),
      sql<number>`(select coalesce(sum(e.amount), 0) from ledger_entries e join memberships m on m.person_id = e.person_id
          where m.group_id = groups.id and m.status = 'active' and e.kind = 'sale' and e.voided_at is null
            and e.business_date between ${from} and ${to})::bigint`.as('sales'),
      sql<number>`(select coalesce(sum(e.amount), 0) from ledger_entries e join memberships m on m.person_id = e.person_id
          where m.group_id = groups.id and m.status = 'active' and e.kind = 'expense' and e.voided_at is null
            and e.business_date between ${from} and ${to})::bigint`.as('expenses'),
    ])
    .where('groups.time_zone', '=', options.timeZone)
    .where('group_chats.id', '>', options.afterGroupChatId)
    .where(({ exists, selectFrom }) =>
      exists(selectFrom('memberships').select('memberships.id').whereRef('memberships.group_id', '=', 'groups.id').where('memberships.status', '=', 'active')),
    )
    .orderBy('group_chats.id')
    .limit(options.limit)
    .execute();
  return rows.map((r) => ({ ...r, platform: r.platform as Platform }));
}

export interface DueInstalment {
  loanId: number;
  number: number;
  dueDate: IsoDate;
  groupId: number | null;
  groupName: string | null;
  /** The borrower of a personal loan. */
  personId: number | null;
  /** The group's time zone, or the borrower's for a personal loan: its calendar decides "paid on time". */
  borrowerTimeZone: string;
}

/** Instalments due on one of `dates`, of every loan. */
export async function instalmentsDueOn(db: Db, dates: readonly IsoDate[]): Promise<DueInstalment[]> {
  if (dates.length === 0) return [];
  const rows = await db
    .selectFrom('loan_instalments')
    .innerJoin('loans', 'loans.id', 'loan_instalments.loan_id')
    .leftJoin('groups', 'groups.id', 'loans.group_id')
    .leftJoin('people', 'people.id', 'loans.person_id')
    .select([
      'loans.id as loanId',
      'loan_instalments.number',
      'loan_instalments.due_date as dueDate',
      'loans.group_id as groupId',
      'groups.name as groupName',
      'loans.person_id as personId',
      sql<string>`coalesce(groups.time_zone, people.time_zone)`.as('borrowerTimeZone'),
    ])
    .where('loan_instalments.due_date', 'in', [...dates])
    .orderBy('loans.id')
    .orderBy('loan_instalments.number')
    .execute();
  return rows;
}

export async function groupTimeZone(db: Db, groupId: number): Promise<string | undefined> {
  const row = await db.selectFrom('groups').select('time_zone').where('id', '=', groupId).executeTakeFirst();
  return row?.time_zone;
}

export async function groupChatsOf(db: Db, groupId: number): Promise<{ groupChatId: number; platform: Platform; chatId: string }[]> {
  const rows = await db
    .selectFrom('group_chats')
    .select(['id as groupChatId', 'platform', 'chat_id as chatId'])
    .where('group_id', '=', groupId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, platform: r.platform as Platform }));
}

/** Active bendahara of a group. */
export async function treasurersOf(db: Db, groupId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('memberships')
    .select('person_id')
    .where('group_id', '=', groupId)
    .where('status', '=', 'active')
    .where('role', '=', 'bendahara')
    .orderBy('person_id')
    .execute();
  return rows.map((r) => r.person_id);
}

/** The facilitators (as people) of these groups. */
export async function facilitatorPeopleOf(db: Db, groupIds: readonly number[]): Promise<number[]> {
  if (groupIds.length === 0) return [];
  const rows = await db
    .selectFrom('groups')
    .innerJoin('facilitators', 'facilitators.id', 'groups.facilitator_id')
    .select('facilitators.person_id')
    .distinct()
    .where('groups.id', 'in', [...groupIds])
    .orderBy('facilitators.person_id')
    .execute();
  return rows.map((r) => r.person_id);
}

/** The groups a person is an active member of. */
export async function activeGroupsOf(db: Db, personId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('memberships')
    .select('group_id')
    .where('person_id', '=', personId)
    .where('status', '=', 'active')
    .orderBy('group_id')
    .execute();
  return rows.map((r) => r.group_id);
}

/** Why a person due for a private reminder does not get it. */
export type SkipReason = 'opted_out' | 'no_private_chat';

/** How to write to her privately, or why the bot may not (she opted out, or has no private chat it may use). */
export async function reachOf(db: Db, personId: number): Promise<{ contact: Contact } | { skip: SkipReason; timeZone: string } | undefined> {
  const person = await findPerson(db, personId);
  if (!person) return undefined;
  const row = await db.selectFrom('people').select('opted_out_at').where('id', '=', personId).executeTakeFirst();
  if (row?.opted_out_at != null) return { skip: 'opted_out', timeZone: person.timeZone };
  const chat = await privateChatOf(db, personId);
  if (!chat) return { skip: 'no_private_chat', timeZone: person.timeZone };
  return { contact: { personId, name: person.name, language: person.language, timeZone: person.timeZone, platform: chat.platform, chatId: chat.chatId } };
}

/** How to write to her privately, or undefined when she has opted out or cannot be reached. */
export async function contactOf(db: Db, personId: number): Promise<Contact | undefined> {
  const reach = await reachOf(db, personId);
  return reach && 'contact' in reach ? reach.contact : undefined;
}

/** Reminder rows still queued in the outbox, by key, a page at a time. */
export async function queuedReminderKeys(db: Db, afterKey: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('outbound_messages')
    .select('idempotency_key')
    .where('status', '=', 'queued')
    .where('idempotency_key', 'like', 'rem-%')
    .where('idempotency_key', '>', afterKey)
    .orderBy('idempotency_key')
    .limit(limit)
    .execute();
  return rows.map((r) => r.idempotency_key);
}

export async function optedOutAmong(db: Db, personIds: readonly number[]): Promise<Set<number>> {
  if (personIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('people')
    .select('id')
    .where('id', 'in', [...new Set(personIds)])
    .where('opted_out_at', 'is not', null)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Marks queued rows as not to be sent; the send step skips any row that is not queued. */
export async function cancelQueued(db: Db, keys: readonly string[], reason: string): Promise<number> {
  if (keys.length === 0) return 0;
  const result = await db
    .updateTable('outbound_messages')
    .set({ status: 'failed', failure: reason })
    .where('idempotency_key', 'in', [...keys])
    .where('status', '=', 'queued')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function outboxStatuses(db: Db, keys: readonly string[]): Promise<Map<string, 'queued' | 'sent' | 'failed'>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .selectFrom('outbound_messages')
    .select(['idempotency_key', 'status'])
    .where('idempotency_key', 'in', [...keys])
    .execute();
  return new Map(rows.map((r) => [r.idempotency_key, r.status]));
}
