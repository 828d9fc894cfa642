/**
 * She wrote privately: her held messages are released in one statement (issue #21), each
 * by its own age. Those held within the keep go again, in the order written, and only they
 * are returned for the queue; older ones fail with the reason; another chat's, and rows
 * that are not held, are untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addToOutbox, findOutbound, markHeld, releaseHeld } from '../../src/modules/outbox/outbox.repository.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.drop());

const HER = '628111@s.whatsapp.net';
const OTHER = '628222@s.whatsapp.net';
const day = (d: number) => new Date(Date.UTC(2026, 10, d, 3));

async function held(key: string, chatId: string, at: Date | null) {
  await addToOutbox(t.db, [{ key, message: { platform: 'whatsapp', chatId, text: key }, priority: 'bulk', sourceMessageId: null }]);
  if (at) expect(await markHeld(t.db, key, 'out of reach', at)).toBe(true);
}

describe('releasing her held messages', () => {
  it('queues the fresh ones in order, fails the stale ones, touches nothing else', async () => {
    await held('stale-1', HER, day(1));
    await held('fresh-1', HER, day(10));
    await held('stale-2', HER, day(2));
    await held('fresh-2', HER, day(11));
    await held('queued', HER, null);
    await held('other', OTHER, day(10));

    const released = await releaseHeld(t.db, 'whatsapp', [HER], day(8));

    expect(released).toEqual([
      { idempotencyKey: 'fresh-1', platform: 'whatsapp', priority: 'bulk', jobKey: `fresh-1~held-${day(10).getTime()}` },
      { idempotencyKey: 'fresh-2', platform: 'whatsapp', priority: 'bulk', jobKey: `fresh-2~held-${day(11).getTime()}` },
    ]);
    const rows = await t.db.selectFrom('outbound_messages').select(['idempotency_key', 'status', 'failure']).orderBy('id').execute();
    expect(rows).toEqual([
      { idempotency_key: 'stale-1', status: 'failed', failure: 'held too long: she did not write privately in time' },
      { idempotency_key: 'fresh-1', status: 'queued', failure: null },
      { idempotency_key: 'stale-2', status: 'failed', failure: 'held too long: she did not write privately in time' },
      { idempotency_key: 'fresh-2', status: 'queued', failure: null },
      { idempotency_key: 'queued', status: 'queued', failure: null },
      { idempotency_key: 'other', status: 'held', failure: 'out of reach' },
    ]);
    // A second release finds nothing held.
    expect(await releaseHeld(t.db, 'whatsapp', [HER], day(8))).toEqual([]);
    expect((await findOutbound(t.db, 'stale-1'))?.status).toBe('failed');
  });
});
