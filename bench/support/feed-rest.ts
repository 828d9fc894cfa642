/**
 * The rest of a bulk send, as if sent: the fed rows are marked sent, the send queue drains,
 * the feeder tops it up again, until nothing is left to feed. Shared by the benches that
 * measure the bulk feeder's first run (reminders, weekly summaries, leads) and then check
 * that every row was fed exactly once. Returns how many rows these later feeds took.
 */
import type { Queue } from 'bullmq';
import type { Db } from '../../src/db/client.ts';
import { feedBulk } from '../../src/jobs/bulk-feeder.ts';
import { markFedRowsSent } from './seed.repository.ts';

export async function feedRestAsSent(db: Db, sendQueue: Queue, feeder: Parameters<typeof feedBulk>[0]): Promise<number> {
  let fedInAll = 0;
  for (;;) {
    await markFedRowsSent(db);
    await sendQueue.drain();
    const fed = await feedBulk(feeder);
    if (fed === 0) return fedInAll;
    fedInAll += fed;
  }
}
