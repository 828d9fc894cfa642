/**
 * Reminders: who gets what when a slot falls due (planning, read-only), writing them to
 * the outbox (fan-out), the tick that finds the due slots, the sweep that cancels reminders
 * that no longer apply, the preview, and storing a member's quarterly answer.
 *
 * Planning is shared: the job fans out exactly what `reminders preview` prints. Rules:
 * - never privately to someone who opted out (BERHENTI), nor to someone the bot may not
 *   write to (WhatsApp only after she wrote first); group chats are not people and still
 *   get the repayment reminders and the digest;
 * - a repayment reminder is planned only while its instalment is not fully paid (the loans
 *   module's standing on the day), and a queued one is cancelled once it is paid;
 * - each reminder has one idempotency key per (kind, recipient, period) (see keys.ts): a
 *   fan-out redone after a crash, or a tick run twice, writes and queues nothing twice.
 */
import { addDays, businessDate, startOfWeek, type IsoDate } from '../../core/dates.ts';
import type { OutboundMessage } from '../../core/messages.ts';
import type { Db } from '../../db/client.ts';
import { borrowerToday, loanStatus, requireLoan } from '../../modules/loans/loans.service.ts';
import { addToOutbox, type OutboxItem } from '../../modules/outbox/outbox.repository.ts';
import { digestKey, nudgeKey, parseReminderKey, quarterlyKey, repaymentKey, REPAYMENT_STEPS, type RepaymentStep } from '../../modules/reminders/keys.ts';
import { saveQuarterlyReport } from '../../modules/reminders/quarterly-reports.ts';
import * as repo from '../../modules/reminders/reminders.repository.ts';
import {
  isoWithOffset,
  isQuiet,
  minuteOfDayAt,
  quarterRange,
  reportedQuarter,
  slotsBetween,
  isoWeek,
  type QuietHours,
  type Slot,
  type SlotKind,
} from '../../modules/reminders/schedule.ts';
import type { ParseResult } from '../../parser/types.ts';
import { repliesFor } from '../replies/index.ts';
import type { Handled, Session } from '../session.ts';
import { SLOT_KINDS } from '../../modules/reminders/schedule.ts';
import { fanOutWeeklySummaries } from './weekly-summary.ts';
import { orderStillOpen, planOrderDue } from './order-due.ts';

export interface PlannedReminder {
  /** The outbox row's idempotency key (and the send job's id). */
  key: string;
  kind: SlotKind;
  timeZone: string;
  dueAt: Date;
  recipient: { personId: number | null; groupId: number | null; groupChatId: number | null };
  message: OutboundMessage;
}

/** A private reminder someone was due for but does not get, and why (`reminders preview` lists them). */
export interface SkippedReminder {
  key: string;
  kind: SlotKind;
  timeZone: string;
  dueAt: Date;
  personId: number;
  groupId: number | null;
  reason: repo.SkipReason;
}

/** One batch of a slot's planning. */
export interface PlannedBatch {
  planned: PlannedReminder[];
  skipped: SkippedReminder[];
}

export const DEFAULT_BATCH = 2000;

/** Group chats have no language of their own: they read Indonesian. */
const GROUP_CHAT_LANGUAGE = 'id';

function later(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}

// ---------------------------------------------------------------------------------------
// Planning

/**
 * The reminders of one slot, a batch at a time. `now` is when they go out (the tick's
 * clock; a preview passes the slot's own time): texts ("3 hari lagi") and the loan's
 * standing are taken on that day.
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
      // Orders due tomorrow (issue #8, notices/order-due.ts).
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

/** The members of a page the bot may write to privately, and the others as skipped reminders. */
function splitReachable(slot: Slot, members: repo.DueMember[], keyOf: (personId: number) => string) {
  const reachable: (repo.DueMember & { chat: NonNullable<repo.DueMember['chat']> })[] = [];
  const skipped: SkippedReminder[] = [];
  for (const m of members) {
    if (m.chat) reachable.push({ ...m, chat: m.chat });
    else skipped.push({ key: keyOf(m.personId), kind: slot.kind, timeZone: slot.timeZone, dueAt: slot.dueAt, personId: m.personId, groupId: null, reason: 'no_private_chat' });
  }
  return { reachable, skipped };
}

async function* planNudge(db: Db, slot: Slot, at: Date, batchSize: number): AsyncGenerator<PlannedBatch> {
  const from = startOfWeek(slot.date);
  // Saturday evening, or the morning after when quiet hours moved it: "since Monday" up to then.
  const today = businessDate(at, slot.timeZone);
  const sunday = addDays(from, 6);
  const to = today < slot.date ? slot.date : today > sunday ? sunday : today;
  const week = isoWeek(slot.date);
  for (let after = 0; ; ) {
    const members = await repo.dueMembers(db, {
      timeZone: slot.timeZone,
      afterPersonId: after,
      limit: batchSize,
      withoutEntriesBetween: { from, to },
    });
    if (members.length === 0) return;
    const { reachable, skipped } = splitReachable(slot, members, (id) => nudgeKey(week, id));
    const planned = reachable.map((m) => ({
      key: nudgeKey(week, m.personId),
      kind: slot.kind,
      timeZone: slot.timeZone,
      dueAt: slot.dueAt,
      recipient: { personId: m.personId, groupId: null, groupChatId: null },
      message: { ...m.chat, text: repliesFor(m.language).reminderNudge(m.name), bulk: true },
    }));
    yield { planned, skipped };
    after = members.at(-1)!.personId;
    if (members.length < batchSize) return;
  }
}

async function* planDigest(db: Db, slot: Slot, batchSize: number): AsyncGenerator<PlannedBatch> {
  const from = startOfWeek(slot.date);
  const to = slot.date;
  const week = isoWeek(slot.date);
  const t = repliesFor(GROUP_CHAT_LANGUAGE);
  for (let after = 0; ; ) {
    const chats = await repo.groupChatWeeks(db, { timeZone: slot.timeZone, from, to, afterGroupChatId: after, limit: batchSize });
    if (chats.length === 0) return;
    const planned = chats.map((c) => ({
      key: digestKey(week, c.groupChatId),
      kind: slot.kind,
      timeZone: slot.timeZone,
      dueAt: slot.dueAt,
      recipient: { personId: null, groupId: c.groupId, groupChatId: c.groupChatId },
      message: {
        platform: c.platform,
        chatId: c.chatId,
        // Counts and group totals only: no member's own amounts in a group chat.
        text: t.reminderDigest({ group: c.groupName, from, to, members: c.members, recorded: c.recorded, sales: c.sales, expenses: c.expenses }),
        bulk: true,
      },
    }));
    yield { planned, skipped: [] };
    after = chats.at(-1)!.groupChatId;
    if (chats.length < batchSize) return;
  }
}

async function* planQuarterly(db: Db, slot: Slot, batchSize: number): AsyncGenerator<PlannedBatch> {
  const quarter = reportedQuarter(slot.date);
  const range = quarterRange(quarter);
  for (let after = 0; ; ) {
    const members = await repo.dueMembers(db, { timeZone: slot.timeZone, afterPersonId: after, limit: batchSize, turnoverBetween: range });
    if (members.length === 0) return;
    const { reachable, skipped } = splitReachable(slot, members, (id) => quarterlyKey(quarter, id));
    const planned = reachable.map((m) => ({
      key: quarterlyKey(quarter, m.personId),
      kind: slot.kind,
      timeZone: slot.timeZone,
      dueAt: slot.dueAt,
      recipient: { personId: m.personId, groupId: null, groupChatId: null },
      message: {
        ...m.chat,
        text: repliesFor(m.language).reminderQuarterly({ name: m.name, ...range, turnover: m.turnover }),
        bulk: true,
      },
    }));
    yield { planned, skipped };
    after = members.at(-1)!.personId;
    if (members.length < batchSize) return;
  }
}

function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

type Borrower = { group: string } | { member: string } | null;

/**
 * Repayment reminders of slot (zone Z, day D): every instalment due on D+3, D+1, D, D−1 or
 * D−7 and not yet paid in full reminds the linked chats of its group when the group is in
 * Z, and — privately, at 08:00 in their own zone, so only those living in Z — the group's
 * bendahara (the borrower herself for a personal loan), and 7 days late the facilitator.
 */
async function planRepayment(db: Db, slot: Slot, at: Date): Promise<PlannedBatch> {
  const stepOf = new Map<IsoDate, RepaymentStep>(REPAYMENT_STEPS.map((s) => [addDays(slot.date, s.daysToDue), s.step]));
  const today = businessDate(at, slot.timeZone);
  const planned: PlannedReminder[] = [];
  const skipped: SkippedReminder[] = [];
  const owedOn = new Map<string, number>();
  for (const instalment of await repo.instalmentsDueOn(db, [...stepOf.keys()])) {
    const step = stepOf.get(instalment.dueDate)!;
    const { loanId, number, groupId } = instalment;

    const chats = groupId !== null && instalment.borrowerTimeZone === slot.timeZone ? await repo.groupChatsOf(db, groupId) : [];
    const people = new Map<number, Borrower>();
    if (groupId !== null) {
      const group = { group: instalment.groupName ?? '' };
      for (const treasurer of await repo.treasurersOf(db, groupId)) people.set(treasurer, group);
      if (step === 'late7') for (const f of await repo.facilitatorPeopleOf(db, [groupId])) if (!people.has(f)) people.set(f, group);
    } else if (instalment.personId !== null) {
      people.set(instalment.personId, null);
      if (step === 'late7') {
        const member = { member: (await db.selectFrom('people').select('name').where('id', '=', instalment.personId).executeTakeFirst())?.name ?? '' };
        for (const f of await repo.facilitatorPeopleOf(db, await repo.activeGroupsOf(db, instalment.personId))) if (!people.has(f)) people.set(f, member);
      }
    }
    const readers: { contact: repo.Contact; borrower: Borrower }[] = [];
    const unreachable: number[] = [];
    for (const [personId, borrower] of people) {
      const reach = await repo.reachOf(db, personId);
      if (reach && 'contact' in reach && reach.contact.timeZone === slot.timeZone) readers.push({ contact: reach.contact, borrower });
      // Opted out: never listed; no private chat: listed as skipped.
      if (reach && 'skip' in reach && reach.skip === 'no_private_chat' && reach.timeZone === slot.timeZone) unreachable.push(personId);
    }
    if (chats.length === 0 && readers.length === 0 && unreachable.length === 0) continue;

    // Paid in full (confirmed payments, on the borrower's calendar): its reminders stop.
    const id = `${loanId}.${number}`;
    if (!owedOn.has(id)) {
      const status = await loanStatus(db, loanId, businessDate(at, instalment.borrowerTimeZone));
      owedOn.set(id, status.instalments.find((i) => i.number === number)?.remaining ?? 0);
    }
    const owed = owedOn.get(id)!;
    if (owed === 0) continue;

    const facts = { number, dueDate: instalment.dueDate, days: daysBetween(today, instalment.dueDate), amount: owed };
    const base = { kind: slot.kind, timeZone: slot.timeZone, dueAt: slot.dueAt };
    for (const personId of unreachable) {
      skipped.push({ ...base, key: repaymentKey(loanId, number, step, { personId }), personId, groupId, reason: 'no_private_chat' });
    }
    for (const chat of chats) {
      planned.push({
        ...base,
        key: repaymentKey(loanId, number, step, { groupChatId: chat.groupChatId }),
        recipient: { personId: null, groupId, groupChatId: chat.groupChatId },
        message: {
          platform: chat.platform,
          chatId: chat.chatId,
          text: repliesFor(GROUP_CHAT_LANGUAGE).reminderRepayment({ ...facts, borrower: { group: instalment.groupName ?? '' } }),
          bulk: true,
        },
      });
    }
    for (const { contact, borrower } of readers) {
      planned.push({
        ...base,
        key: repaymentKey(loanId, number, step, { personId: contact.personId }),
        recipient: { personId: contact.personId, groupId, groupChatId: null },
        message: { platform: contact.platform, chatId: contact.chatId, text: repliesFor(contact.language).reminderRepayment({ ...facts, borrower }), bulk: true },
      });
    }
  }
  return { planned, skipped };
}

// ---------------------------------------------------------------------------------------
// Fan-out

export interface FanOutOptions {
  /** Puts committed outbox rows on the send queues; called after each batch's commit. */
  dispatch?: (items: readonly OutboxItem[]) => Promise<void>;
  batchSize?: number;
  /** Called after each batch is committed and dispatched (tests use it to crash midway). */
  afterBatch?: (items: readonly OutboxItem[], batch: number) => Promise<void> | void;
}

/**
 * Writes one slot's reminders to the outbox, a batch per transaction, and dispatches each
 * batch after its commit. Returns the rows written by this call: a re-run after a crash
 * returns (and dispatches) only what the first run had not written.
 */
export async function fanOut(db: Db, slot: Slot, now: Date, options: FanOutOptions = {}): Promise<OutboxItem[]> {
  const written: OutboxItem[] = [];
  let batch = 0;
  for await (const { planned } of planSlot(db, slot, now, options.batchSize ?? DEFAULT_BATCH)) {
    if (planned.length === 0) continue;
    const items = await db
      .transaction()
      .execute((trx) =>
        addToOutbox(
          trx,
          planned.map((p) => ({ key: p.key, message: p.message, priority: 'bulk' as const, sourceMessageId: null })),
        ),
      );
    if (options.dispatch) await options.dispatch(items);
    written.push(...items);
    await options.afterBatch?.(items, batch++);
  }
  return written;
}

// ---------------------------------------------------------------------------------------
// The tick

/** How far back a tick looks for slots it has not done (the process was down, or quiet hours held them). */
export const CATCH_UP_MS = 36 * 3600 * 1000;
/** The job's interval: on the very first tick, slots of the last interval still count. */
export const TICK_MS = 15 * 60 * 1000;

export interface TickDeps {
  db: Db;
  quietHours: QuietHours | null;
  dispatch: (items: readonly OutboxItem[]) => Promise<void>;
  batchSize?: number;
  /**
   * Hands weekly-summary keys to the summary job (issue #9, notices/weekly-summary.ts).
   * Without it no weekly_summary slot is planned: charts are never rendered in the tick.
   */
  weeklySummaries?: (keys: readonly string[]) => Promise<void>;
}

export interface TickResult {
  /** Slots fanned out by this tick. */
  slots: string[];
  /** Slots skipped for good (a repayment day that passed while the bot was down). */
  skipped: string[];
  /** Slots left for a later tick: it is quiet hours where they go. */
  waiting: string[];
  queued: number;
  cancelled: number;
}

/**
 * Finds the slots due since the last ticks that are not done yet, fans each out and marks
 * it done; then cancels queued reminders that no longer apply. A crash midway leaves the
 * slot unmarked, so the next tick redoes it and the outbox keys drop what was written.
 */
export async function runDueReminders(deps: TickDeps, now: Date): Promise<TickResult> {
  const { db, quietHours } = deps;
  const state = await repo.ensureState(db, now);
  const from = new Date(Math.max(now.getTime() - CATCH_UP_MS, state.startedAt.getTime() - TICK_MS));
  const kinds = deps.weeklySummaries ? [...SLOT_KINDS, 'weekly_summary' as const] : SLOT_KINDS;
  const slots = slotsBetween(from, new Date(now.getTime() + 1), await repo.timeZonesInUse(db), quietHours, kinds);
  const done = await repo.finishedSlotKeys(db, slots.map((s) => s.key));
  const pending = slots.filter((s) => !done.has(s.key));

  const result: TickResult = { slots: [], skipped: [], waiting: [], queued: 0, cancelled: 0 };
  for (const slot of pending) {
    // A repayment day goes out on its own day or not at all: after downtime, "3 days left"
    // and "due today" for one instalment in the same morning would confuse.
    if (slot.kind === 'repayment' && businessDate(now, slot.timeZone) !== businessDate(slot.dueAt, slot.timeZone)) {
      await repo.markSlot(db, slot, 'skipped', 0, now);
      result.skipped.push(slot.key);
      continue;
    }
    // Late (the process was down): never into quiet hours; it goes when they end.
    if (isQuiet(minuteOfDayAt(now, slot.timeZone), quietHours)) {
      result.waiting.push(slot.key);
      continue;
    }
    if (slot.kind === 'weekly_summary' && deps.weeklySummaries) {
      // Issue #9: the summary job renders and writes each one; here only who is due.
      const handed = await fanOutWeeklySummaries(db, slot, deps.weeklySummaries, deps.batchSize);
      await repo.markSlot(db, slot, 'sent', handed, now);
      result.slots.push(slot.key);
      continue;
    }
    const items = await fanOut(db, slot, now, { dispatch: deps.dispatch, batchSize: deps.batchSize });
    await repo.markSlot(db, slot, 'sent', items.length, now);
    result.slots.push(slot.key);
    result.queued += items.length;
  }
  result.cancelled = await cancelObsoleteReminders(db, now);
  await repo.recordTick(db, now);
  return result;
}

/**
 * Reminders still queued (WhatsApp paces private sends, so some wait for hours) that no
 * longer apply: their instalment is now paid in full, or their reader has opted out.
 * They are marked failed ("cancelled: …"), which the send step skips.
 */
export async function cancelObsoleteReminders(db: Db, now: Date, pageSize = 5000): Promise<number> {
  let cancelled = 0;
  const paidCache = new Map<string, boolean>();
  for (let after = ''; ; ) {
    const keys = await repo.queuedReminderKeys(db, after, pageSize);
    if (keys.length === 0) break;
    after = keys.at(-1)!;
    const paid: string[] = [];
    const byPerson = new Map<number, string[]>();
    const settledOrders: string[] = []; // issue #8: an order paid (or cancelled) before its reminder went
    for (const key of keys) {
      const parsed = parseReminderKey(key);
      if (!parsed) continue;
      if (parsed.kind === 'repayment') {
        const id = `${parsed.loanId}.${parsed.instalment}`;
        if (!paidCache.has(id)) {
          const loan = await requireLoan(db, parsed.loanId).catch(() => undefined);
          const status = loan && (await loanStatus(db, parsed.loanId, await borrowerToday(db, loan, now)));
          paidCache.set(id, (status?.instalments.find((i) => i.number === parsed.instalment)?.remaining ?? 0) === 0);
        }
        if (paidCache.get(id)) paid.push(key);
      }
      if (parsed.kind === 'order_due' && !(await orderStillOpen(db, parsed.orderId))) settledOrders.push(key);
      const personId = 'personId' in parsed ? parsed.personId : null;
      if (personId !== null) byPerson.set(personId, [...(byPerson.get(personId) ?? []), key]);
    }
    cancelled += await repo.cancelQueued(db, paid, 'cancelled: instalment paid');
    cancelled += await repo.cancelQueued(db, settledOrders, 'cancelled: order settled');
    const stopped = await repo.optedOutAmong(db, [...byPerson.keys()]);
    cancelled += await repo.cancelQueued(db, [...stopped].flatMap((id) => byPerson.get(id) ?? []), 'cancelled: opted out');
    if (keys.length < pageSize) break;
  }
  return cancelled;
}

// ---------------------------------------------------------------------------------------
// Preview

export interface PreviewedReminder {
  kind: SlotKind;
  key: string;
  /** When it goes out, local time with offset: 2027-01-30T19:00:00+07:00. */
  dueAt: string;
  timeZone: string;
  personId: number | null;
  groupId: number | null;
  groupChatId: number | null;
  platform: OutboundMessage['platform'];
  chatId: string;
  text: string;
  /** The outbox row if it was already written: queued, sent or failed (cancelled); null if not. */
  outbox: 'queued' | 'sent' | 'failed' | null;
}

/** Why a reminder is skipped, in words for the admin. */
export const SKIP_REASONS: Record<repo.SkipReason, string> = {
  opted_out: 'she opted out (BERHENTI)',
  no_private_chat: 'no private chat the bot may use: on WhatsApp it writes privately only to someone who wrote to it privately first',
};

export interface PreviewedSkip {
  kind: SlotKind;
  key: string;
  dueAt: string;
  timeZone: string;
  personId: number;
  groupId: number | null;
  reason: repo.SkipReason;
  why: string;
}

/**
 * Every reminder due from `from` (inclusive) to `to` (exclusive), planned as the job would,
 * without writing anything; and the private ones someone was due for but does not get.
 */
export async function previewReminders(
  db: Db,
  options: { from: Date; to: Date; quietHours: QuietHours | null; kinds?: readonly SlotKind[] },
): Promise<{ reminders: PreviewedReminder[]; skipped: PreviewedSkip[] }> {
  const slots = slotsBetween(options.from, options.to, await repo.timeZonesInUse(db), options.quietHours, options.kinds);
  const out: PreviewedReminder[] = [];
  const skippedOut: PreviewedSkip[] = [];
  for (const slot of slots) {
    for await (const { planned, skipped } of planSlot(db, slot, slot.dueAt)) {
      for (const x of skipped) skippedOut.push({ ...x, dueAt: isoWithOffset(x.dueAt, x.timeZone), why: SKIP_REASONS[x.reason] });
      const statuses = await repo.outboxStatuses(db, planned.map((p) => p.key));
      for (const p of planned) {
        out.push({
          kind: p.kind,
          key: p.key,
          dueAt: isoWithOffset(p.dueAt, p.timeZone),
          timeZone: p.timeZone,
          ...p.recipient,
          platform: p.message.platform,
          chatId: p.message.chatId,
          text: p.message.text,
          outbox: statuses.get(p.key) ?? null,
        });
      }
    }
  }
  return { reminders: out, skipped: skippedOut };
}

// ---------------------------------------------------------------------------------------
// The answer to the quarterly question

type ReportIntent = Extract<ParseResult, { intent: 'report' }>;

/** "aset 5jt omset 3jt karyawan 2": her report for the last quarter that has ended. */
export async function onQuarterlyReport(s: Session, parsed: ReportIntent): Promise<Handled> {
  const report = await saveQuarterlyReport(s.db, {
    personId: s.me.id,
    quarter: reportedQuarter(s.today),
    assets: parsed.assets,
    turnover: parsed.turnover,
    employees: parsed.employees,
    sourceMessageId: s.inboundId,
    at: s.now(),
  });
  s.say(s.t.quarterlyReportSaved(report));
  return s.done('report');
}
