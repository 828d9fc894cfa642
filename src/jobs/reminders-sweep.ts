/**
 * The sweep, run at the end of every reminder tick: reminders still queued that no longer
 * apply (modules/reminders/obsolete.ts) are marked failed ("cancelled: …"), which the send
 * step skips. Paged through the outbox by key.
 */
import type { Db } from '../db/client.ts';
import { cancelQueued } from '../modules/outbox/outbox.repository.ts';
import { obsoleteAmong } from '../modules/reminders/obsolete.ts';
import { queuedReminderKeys } from '../modules/reminders/reminders.repository.ts';

/** Cancels the queued reminders that no longer apply; returns how many. */
export async function cancelObsoleteReminders(db: Db, now: Date, pageSize = 5000): Promise<number> {
  let cancelled = 0;
  const paidCache = new Map<string, boolean>();
  for (let after = ''; ; ) {
    const keys = await queuedReminderKeys(db, after, pageSize);
    if (keys.length === 0) break;
    after = keys.at(-1)!;
    const obsolete = await obsoleteAmong(db, keys, now, paidCache);
    for (const [why, those] of Object.entries(obsolete)) cancelled += await cancelQueued(db, those, `cancelled: ${why}`);
    if (keys.length < pageSize) break;
  }
  return cancelled;
}
