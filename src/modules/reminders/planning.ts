/**
 * Who is due for what when a reminder slot falls due, and why — as facts, no text: the
 * conversation turns each planned reminder into a message (conversation/notices), the
 * fan-out job writes them to the outbox, and `reminders preview` prints them. Read-only.
 *
 * Rules:
 * - never privately to someone who opted out (BERHENTI), nor to someone the bot may not
 *   write to privately (the people module's `mayWritePrivately`: WhatsApp only after she
 *   wrote to the bot privately); those are listed as skipped, with the reason and the
 *   person's id only (`reminders preview` shows the operator who was left out and why). Group chats are not people and still get the repayment reminders and the digest;
 * - a repayment reminder is planned only while its instalment is not fully paid (the loans
 *   module's standing on the day);
 * - each reminder has one idempotency key per (kind, recipient, period) (see keys.ts): a
 *   fan-out redone after a crash, or a tick run twice, writes and queues nothing twice.
 */
import { addDays, businessDate, startOfWeek, type IsoDate } from '../../core/dates.ts';
import type { Platform } from '../../core/messages.ts';
import type { Rupiah } from '../../core/money.ts';
import type { Db } from '../../db/client.ts';
import { chatsOfGroups, facilitatorPersonIdsOf, findGroup, roleHoldersOf } from '../groups/groups.repository.ts';
import { handlingGroups, instalmentsDueOn } from '../loans/loans.repository.ts';
import { loanStatus } from '../loans/loans.service.ts';
import { openOrdersDueOn, type DueOrder } from '../orders/orders.service.ts';
import { findPerson, privateReachOf, type Contact, type NoPrivateChat } from '../people/people.repository.ts';
import { digestKey, nudgeKey, orderDueKey, quarterlyKey, repaymentKey, REPAYMENT_STEPS, type RepaymentStep } from './keys.ts';
import * as repo from './reminders.repository.ts';
import { isoWeek, quarterRange, reportedQuarter, type Slot, type SlotKind } from './schedule.ts';

/** Whose loan a repayment reminder is about: her group's, a member's (told to her facilitator), or her own. */
export type Borrower = { group: string } | { member: string } | null;

/**
 * Who reads a repayment reminder, so it speaks to her: the group's chat, its bendahara (who
 * pays the group's instalments in), the borrower of a personal loan, or a facilitator (told
 * when it is late, and asked to help, never to pay).
 */
export type RepaymentReader = 'group_chat' | 'treasurer' | 'borrower' | 'facilitator';

/** What a reminder's message needs, by kind. */
export type ReminderFacts =
  | { kind: 'nudge'; name: string }
  | { kind: 'digest'; group: string; from: IsoDate; to: IsoDate; members: number; recorded: number; sales: Rupiah; expenses: Rupiah }
  | { kind: 'quarterly'; name: string; from: IsoDate; to: IsoDate; turnover: Rupiah }
  | { kind: 'repayment'; reader: RepaymentReader; borrower: Borrower; number: number; dueDate: IsoDate; days: number; amount: Rupiah }
  | { kind: 'order_due'; order: DueOrder; days: number };

export interface PlannedReminder {
  /** The outbox row's idempotency key (and the send job's id). */
  key: string;
  kind: SlotKind;
  timeZone: string;
  dueAt: Date;
  recipient: { personId: number | null; groupId: number | null; groupChatId: number | null };
  /** Where it goes; `language` is the reader's, null for a group chat (which has none of its own). */
  to: { platform: Platform; chatId: string; language: 'id' | 'en' | null };
  facts: ReminderFacts;
}

/** A private reminder someone was due for but does not get, and why. */
export interface SkippedReminder {
  key: string;
  kind: SlotKind;
  timeZone: string;
  dueAt: Date;
  personId: number;
  groupId: number | null;
  reason: NoPrivateChat;
}

/** One batch of a slot's planning. */
export interface PlannedBatch {
  planned: PlannedReminder[];
  skipped: SkippedReminder[];
}

export const DEFAULT_BATCH = 2000;

/** The later of two times (a slot goes out at its due time, or later when the tick is late). */
export function later(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}

function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The reminders of one slot, a batch at a time. `now` is when they go out (the tick's
 * clock; a preview passes the slot's own time): "3 days left" and the loan's standing are
 * taken on that day.
 */
export async function* planSlot(db: Db, slot: Slot, now: Date, batchSize = DEFAULT_BATCH): AsyncGenerator<PlannedBatch> {
  const at = later(now, slot.dueAt);
  switch (slot.kind) {
    case 'nudge':
      yield* planNudge(db, slot, at, batchSize);
      return;
    case 'digest':
      yield* planDigest(db, slot, batchSize);
      return;
    case 'quarterly':
      yield* planQuarterly(db, slot, batchSize);
      return;
    case 'order_due':
      yield* planOrderDue(db, slot, at, batchSize);
      return;
    case 'repayment': {
      const all = await planRepayment(db, slot, at);
      for (let i = 0; i < all.planned.length; i += batchSize) yield { planned: all.planned.slice(i, i + batchSize), skipped: [] };
      if (all.skipped.length) yield { planned: [], skipped: all.skipped };
      return;
    }
  }
}

const base = (slot: Slot) => ({ kind: slot.kind, timeZone: slot.timeZone, dueAt: slot.dueAt });

/** A page of members as planned reminders to those the bot may write to, and skipped ones for the others. */
function toMembers(slot: Slot, members: repo.DueMember[], keyOf: (personId: number) => string, factsOf: (m: repo.DueMember) => ReminderFacts): PlannedBatch {
  const batch: PlannedBatch = { planned: [], skipped: [] };
  for (const m of members) {
    const key = keyOf(m.personId);
    if (m.optedOut) batch.skipped.push({ ...base(slot), key, personId: m.personId, groupId: null, reason: 'opted_out' });
    else if (!m.chat) batch.skipped.push({ ...base(slot), key, personId: m.personId, groupId: null, reason: 'no_private_chat' });
    else batch.planned.push({ ...base(slot), key, recipient: { personId: m.personId, groupId: null, groupChatId: null }, to: { ...m.chat, language: m.language }, facts: factsOf(m) });
  }
  return batch;
}

/**
 * A nudge slot's week (its key's `week`) and the days a member must have recorded nothing
 * in to be nudged: since Monday up to Saturday evening, or up to the morning after when quiet
 * hours moved it (`at`: when it goes out). The fan-out's set-based writer uses it too.
 */
export function nudgeWindow(slot: Slot, at: Date): { from: IsoDate; to: IsoDate; week: string } {
  const from = startOfWeek(slot.date);
  const today = businessDate(at, slot.timeZone);
  const sunday = addDays(from, 6);
  return { from, to: today < slot.date ? slot.date : today > sunday ? sunday : today, week: isoWeek(slot.date) };
}

/** Saturday evening: members who have recorded nothing since Monday. */
async function* planNudge(db: Db, slot: Slot, at: Date, batchSize: number): AsyncGenerator<PlannedBatch> {
  const { from, to, week } = nudgeWindow(slot, at);
  for (let after = 0; ; ) {
    const members = await repo.dueMembers(db, { timeZone: slot.timeZone, afterPersonId: after, limit: batchSize, withoutEntriesBetween: { from, to } });
    if (members.length === 0) return;
    yield toMembers(slot, members, (id) => nudgeKey(week, id), (m) => ({ kind: 'nudge', name: m.name }));
    after = members.at(-1)!.personId;
    if (members.length < batchSize) return;
  }
}

/** Sunday evening: each linked group chat gets its group's week (counts and totals only). */
async function* planDigest(db: Db, slot: Slot, batchSize: number): AsyncGenerator<PlannedBatch> {
  const from = startOfWeek(slot.date);
  const to = slot.date;
  const week = isoWeek(slot.date);
  for (let after = 0; ; ) {
    const chats = await repo.groupChatWeeks(db, { timeZone: slot.timeZone, from, to, afterGroupChatId: after, limit: batchSize });
    if (chats.length === 0) return;
    yield {
      planned: chats.map((c) => ({
        ...base(slot),
        key: digestKey(week, c.groupChatId),
        recipient: { personId: null, groupId: c.groupId, groupChatId: c.groupChatId },
        to: { platform: c.platform, chatId: c.chatId, language: null },
        facts: { kind: 'digest', group: c.groupName, from, to, members: c.members, recorded: c.recorded, sales: c.sales, expenses: c.expenses },
      })),
      skipped: [],
    };
    after = chats.at(-1)!.groupChatId;
    if (chats.length < batchSize) return;
  }
}

/** The first Monday of a quarter: every member is asked about the quarter that ended, with her turnover from the books. */
async function* planQuarterly(db: Db, slot: Slot, batchSize: number): AsyncGenerator<PlannedBatch> {
  const quarter = reportedQuarter(slot.date);
  const range = quarterRange(quarter);
  for (let after = 0; ; ) {
    const members = await repo.dueMembers(db, { timeZone: slot.timeZone, afterPersonId: after, limit: batchSize, turnoverBetween: range });
    if (members.length === 0) return;
    yield toMembers(slot, members, (id) => quarterlyKey(quarter, id), (m) => ({ kind: 'quarterly', name: m.name, ...range, turnover: m.turnover }));
    after = members.at(-1)!.personId;
    if (members.length < batchSize) return;
  }
}

/**
 * Repayment reminders of slot (zone Z, day D): every instalment due on D+3, D+1, D, D−1 or
 * D−7 and not yet paid in full reminds the linked chats of its group when the group is in
 * Z, and — privately, at 08:00 in their own zone, so only those living in Z — the group's
 * bendahara (the borrower herself for a personal loan), and 7 days late the facilitator (of
 * the group the loan was given in, even when the borrower has left it).
 */
async function planRepayment(db: Db, slot: Slot, at: Date): Promise<PlannedBatch> {
  const stepOf = new Map<IsoDate, RepaymentStep>(REPAYMENT_STEPS.map((s) => [addDays(slot.date, s.daysToDue), s.step]));
  const today = businessDate(at, slot.timeZone);
  const batch: PlannedBatch = { planned: [], skipped: [] };
  const owedOn = new Map<string, number>();
  for (const instalment of await instalmentsDueOn(db, [...stepOf.keys()])) {
    const step = stepOf.get(instalment.dueDate)!;
    const { loanId, number, groupId } = instalment;
    const group = groupId !== null ? await findGroup(db, groupId) : undefined;
    const borrowerPerson = instalment.personId !== null ? await findPerson(db, instalment.personId) : undefined;
    // The group's time zone, or the borrower's for a personal loan: its calendar decides "paid on time".
    const borrowerTimeZone = group?.timeZone ?? borrowerPerson?.timeZone;
    if (!borrowerTimeZone) continue;

    const chats = group && borrowerTimeZone === slot.timeZone ? await chatsOfGroups(db, [group.id]) : [];
    const people = new Map<number, { reader: RepaymentReader; borrower: Borrower }>();
    if (group) {
      const ofGroup = { group: group.name };
      for (const treasurer of await roleHoldersOf(db, [group.id], 'bendahara')) people.set(treasurer, { reader: 'treasurer', borrower: ofGroup });
      if (step === 'late7') {
        for (const f of await facilitatorPersonIdsOf(db, [group.id])) if (!people.has(f)) people.set(f, { reader: 'facilitator', borrower: ofGroup });
      }
    } else if (borrowerPerson) {
      people.set(borrowerPerson.id, { reader: 'borrower', borrower: null });
      if (step === 'late7') {
        const member = { member: borrowerPerson.name };
        // The facilitator of the group the loan was given in, even after she left it.
        for (const f of await facilitatorPersonIdsOf(db, await handlingGroups(db, instalment))) {
          if (!people.has(f)) people.set(f, { reader: 'facilitator', borrower: member });
        }
      }
    }
    const readers: { contact: Contact; reader: RepaymentReader; borrower: Borrower }[] = [];
    const unreachable: { personId: number; reason: NoPrivateChat }[] = [];
    for (const [personId, who] of people) {
      const reach = await privateReachOf(db, personId);
      if (reach && 'contact' in reach && reach.contact.timeZone === slot.timeZone) readers.push({ contact: reach.contact, ...who });
      // Opted out, or no private chat: listed as skipped (by person id only).
      if (reach && 'skip' in reach && reach.timeZone === slot.timeZone) unreachable.push({ personId, reason: reach.skip });
    }
    if (chats.length === 0 && readers.length === 0 && unreachable.length === 0) continue;

    // Paid in full (confirmed payments, on the borrower's calendar): its reminders stop.
    const id = `${loanId}.${number}`;
    if (!owedOn.has(id)) {
      const status = await loanStatus(db, loanId, businessDate(at, borrowerTimeZone));
      owedOn.set(id, status.instalments.find((i) => i.number === number)?.remaining ?? 0);
    }
    const owed = owedOn.get(id)!;
    if (owed === 0) continue;

    const facts = { kind: 'repayment' as const, number, dueDate: instalment.dueDate, days: daysBetween(today, instalment.dueDate), amount: owed };
    for (const { personId, reason } of unreachable) {
      batch.skipped.push({ ...base(slot), key: repaymentKey(loanId, number, step, { personId }), personId, groupId, reason });
    }
    for (const chat of chats) {
      batch.planned.push({
        ...base(slot),
        key: repaymentKey(loanId, number, step, { groupChatId: chat.groupChatId }),
        recipient: { personId: null, groupId, groupChatId: chat.groupChatId },
        to: { platform: chat.platform, chatId: chat.chatId, language: null },
        facts: { ...facts, reader: 'group_chat', borrower: { group: group?.name ?? '' } },
      });
    }
    for (const { contact, reader, borrower } of readers) {
      batch.planned.push({
        ...base(slot),
        key: repaymentKey(loanId, number, step, { personId: contact.personId }),
        recipient: { personId: contact.personId, groupId, groupChatId: null },
        to: { platform: contact.platform, chatId: contact.chatId, language: contact.language },
        facts: { ...facts, reader, borrower },
      });
    }
  }
  return batch;
}

/**
 * "Pesanan Bu Sri selesai besok": every day at 08:00 in the member's own time
 * zone, each open order due the next day. One key per order (rem-order-<orderId>-d1-<personId>):
 * sent once, however often the slot is fanned out.
 */
async function* planOrderDue(db: Db, slot: Slot, at: Date, batchSize: number): AsyncGenerator<PlannedBatch> {
  const dueDate = addDays(slot.date, 1);
  const today = businessDate(at, slot.timeZone);
  for (let after = 0; ; ) {
    const orders = await openOrdersDueOn(db, { dueDate, timeZone: slot.timeZone, afterId: after, limit: batchSize });
    if (orders.length === 0) return;
    const batch: PlannedBatch = { planned: [], skipped: [] };
    for (const order of orders) {
      const key = orderDueKey(order.id, order.personId);
      const reach = await privateReachOf(db, order.personId);
      if (reach && 'skip' in reach) batch.skipped.push({ ...base(slot), key, personId: order.personId, groupId: null, reason: reach.skip });
      if (!reach || !('contact' in reach)) continue; // opted out, or no chat the bot may use
      const { contact } = reach;
      batch.planned.push({
        ...base(slot),
        key,
        recipient: { personId: order.personId, groupId: null, groupChatId: null },
        to: { platform: contact.platform, chatId: contact.chatId, language: contact.language },
        facts: { kind: 'order_due', order, days: daysBetween(today, dueDate) },
      });
    }
    if (batch.planned.length || batch.skipped.length) yield batch;
    after = orders.at(-1)!.id;
    if (orders.length < batchSize) return;
  }
}
