/**
 * What `reminders preview` prints: every reminder of a window planned as the reminder job
 * would (modules/reminders/planning.ts), worded as it would go out, with its outbox row's
 * status; and the private reminders someone was due for but does not get, with why.
 * Nothing is written.
 */
import type { OutboundMessage } from '../../core/messages.ts';
import type { Db } from '../../db/client.ts';
import { reminderMessage } from '../../conversation/notices/reminder-message.ts';
import { outboxStatuses } from '../../modules/outbox/outbox.repository.ts';
import type { NoPrivateChat } from '../../modules/people/people.repository.ts';
import { planSlot } from '../../modules/reminders/planning.ts';
import { timeZonesInUse } from '../../modules/reminders/reminders.repository.ts';
import { isoWithOffset, slotsBetween, type QuietHours, type SlotKind } from '../../modules/reminders/schedule.ts';

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
export const SKIP_REASONS: Record<NoPrivateChat, string> = {
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
  reason: NoPrivateChat;
  why: string;
}

/** Every reminder due from `from` (inclusive) to `to` (exclusive), and the skipped ones. */
export async function previewReminders(
  db: Db,
  options: { from: Date; to: Date; quietHours: QuietHours | null; kinds?: readonly SlotKind[] },
): Promise<{ reminders: PreviewedReminder[]; skipped: PreviewedSkip[] }> {
  const slots = slotsBetween(options.from, options.to, await timeZonesInUse(db), options.quietHours, options.kinds);
  const reminders: PreviewedReminder[] = [];
  const skippedOut: PreviewedSkip[] = [];
  for (const slot of slots) {
    for await (const { planned, skipped } of planSlot(db, slot, slot.dueAt)) {
      for (const x of skipped) skippedOut.push({ ...x, dueAt: isoWithOffset(x.dueAt, x.timeZone), why: SKIP_REASONS[x.reason] });
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
  }
  return { reminders, skipped: skippedOut };
}
