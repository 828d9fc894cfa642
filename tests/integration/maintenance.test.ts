/**
 * The outbox sweep re-queues rows whose job never reached a queue (a crash between commit
 * and enqueue), but leaves alone rows that are only waiting their turn in a long broadcast,
 * and works in small batches so it never holds up replies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { SWEEP_BATCH, SWEEP_GRACE_MS, sweepOutbox } from '../../src/jobs/maintenance.ts';
import { addToOutbox, markSent, type OutboxItem } from '../../src/modules/outbox/outbox.repository.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

let t: TestDatabase;
const now = new Date('2026-11-20T03:00:00Z');

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.drop());

async function row(key: string, ageMs: number, platform: 'telegram' | 'whatsapp' = 'telegram') {
  await addToOutbox(t.db, [{ key, message: { platform, chatId: '1', text: 'x', bulk: true }, priority: 'bulk', sourceMessageId: null }]);
  await t.db.updateTable('outbound_messages').set({ created_at: new Date(now.getTime() - ageMs) }).where('idempotency_key', '=', key).execute();
}

describe('the outbox sweep', () => {
  it('re-queues only old unsent rows of the platforms this process runs, in small batches', async () => {
    await row('fresh', SWEEP_GRACE_MS - 1000);
    await row('lost', SWEEP_GRACE_MS + 1000);
    await row('sent', SWEEP_GRACE_MS + 1000);
    await markSent(t.db, 'sent', '9', now);
    await row('other-platform', SWEEP_GRACE_MS + 1000, 'whatsapp');
    const dispatched: OutboxItem[] = [];
    const deps = { db: t.db, clock: fixedClock(now), dispatch: async (items: readonly OutboxItem[]) => void dispatched.push(...items), platforms: ['telegram'], log: silentLogger() };
    expect(await sweepOutbox(deps)).toBe(1);
    expect(dispatched).toEqual([{ idempotencyKey: 'lost', platform: 'telegram', priority: 'bulk' }]);

    for (let i = 0; i < SWEEP_BATCH + 5; i++) await row(`old-${i}`, SWEEP_GRACE_MS * 2);
    expect(await sweepOutbox(deps)).toBe(SWEEP_BATCH);
  });
});
