/**
 * What `reminders preview` prints: every reminder of a window planned as the reminder job
 * would (modules/reminders/planning.ts), worded as it would go out, with its outbox row's
 * status; the private reminders someone was due for but does not get, with why (by person
 * id only: opted out, or no private chat the bot may use); and notes that say why a window
 * holds fewer reminders than one might expect: slots moved by quiet hours, slots with
 * nothing due, no time zone or no slot at all. Nothing is written.
 */
import type { OutboundMessage } from '../../core/messages.ts';
import type { Db } from '../../db/client.ts';
import { reminderMessage } from '../../conversation/notices/reminder-message.ts';
import { outboxStatuses } from '../../modules/outbox/outbox.repository.ts';
import type { NoPrivateChat } from '../../modules/people/people.repository.ts';
import { planSlot } from '../../modules/reminders/planning.ts';
import { timeZonesInUse } from '../../modules/reminders/reminders.repository.ts';
import {
  formatQuietHours,
  isoWithOffset,
  localInstant,
  SLOT_RULES,
  slotsBetween,
  type QuietHours,
  type Slot,
  type SlotKind,
} from '../../modules/reminders/schedule.ts';
import type { CliMessages } from './messages/index.ts';

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
  outbox: 'queued' | 'sent' | 'failed' | 'held' | null;
}

export interface PreviewedSkip {
  kind: SlotKind;
  key: string;
  dueAt: string;
  timeZone: string;
  personId: number;
  groupId: number | null;
  reason: NoPrivateChat;
  /** The reason in the operator's words. */
  why: string;
}

/**
 * Why a window holds what it holds, beyond the reminders and skips:
 * - `quiet_hours`: a slot's time fell in quiet hours; its reminders go out at `dueAt`, when they end;
 * - `nothing_due`: a slot in the window had no one to remind (no instalment due, no member in its zone…);
 * - `no_slots`: no slot of the asked kinds falls in the window at all;
 * - `no_time_zones`: there are no groups or members yet, so no slot anywhere.
 */
export interface PreviewNote {
  reason: 'quiet_hours' | 'nothing_due' | 'no_slots' | 'no_time_zones';
  kind: SlotKind | null;
  timeZone: string | null;
  /** The slot's local day. */
  date: string | null;
  /** When the slot's reminders go out, local time with offset. */
  dueAt: string | null;
  why: string;
}

export interface Preview {
  reminders: PreviewedReminder[];
  skipped: PreviewedSkip[];
  notes: PreviewNote[];
}

function hhmm(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

function slotNote(slot: Slot, reason: 'quiet_hours' | 'nothing_due', why: string): PreviewNote {
  return { reason, kind: slot.kind, timeZone: slot.timeZone, date: slot.date, dueAt: isoWithOffset(slot.dueAt, slot.timeZone), why };
}

/** Every reminder due from `from` (inclusive) to `to` (exclusive), the skipped ones, and notes; in the operator's words. */
export async function previewReminders(
  db: Db,
  options: { from: Date; to: Date; quietHours: QuietHours | null; kinds?: readonly SlotKind[] },
  words: CliMessages,
): Promise<Preview> {
  const zones = await timeZonesInUse(db);
  const slots = slotsBetween(options.from, options.to, zones, options.quietHours, options.kinds);
  const reminders: PreviewedReminder[] = [];
  const skippedOut: PreviewedSkip[] = [];
  const notes: PreviewNote[] = [];
  const none = { kind: null, timeZone: null, date: null, dueAt: null };
  if (zones.length === 0) notes.push({ reason: 'no_time_zones', ...none, why: words.noTimeZones });
  else if (slots.length === 0) notes.push({ reason: 'no_slots', ...none, why: words.noSlots });
  for (const slot of slots) {
    let found = 0;
    for await (const { planned, skipped } of planSlot(db, slot, slot.dueAt)) {
      found += planned.length + skipped.length;
      for (const x of skipped) skippedOut.push({ ...x, dueAt: isoWithOffset(x.dueAt, x.timeZone), why: words.skipWhy[x.reason] });
      const statuses = await outboxStatuses(db, planned.map((p) => p.key));
      for (const p of planned) {
        const message = reminderMessage(p);
        reminders.push({
          kind: p.kind,
          key: p.key,
          dueAt: isoWithOffset(p.dueAt, p.timeZone),
          timeZone: p.timeZone,
          ...p.recipient,
          platform: message.platform,
          chatId: message.chatId,
          text: message.text,
          outbox: statuses.get(p.key) ?? null,
        });
      }
    }
    const minute = SLOT_RULES[slot.kind].minute;
    if (found === 0) notes.push(slotNote(slot, 'nothing_due', words.nothingDue(slot.kind, slot.timeZone)));
    else if (slot.dueAt.getTime() !== localInstant(slot.date, minute, slot.timeZone).getTime()) {
      notes.push(slotNote(slot, 'quiet_hours', words.quietHoursMoved(hhmm(minute), formatQuietHours(options.quietHours))));
    }
  }
  return { reminders, skipped: skippedOut, notes };
}
