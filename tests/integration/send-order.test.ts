/**
 * The send worker on real Postgres and Redis sends to several chats at once (issue #21),
 * while each chat's messages leave one after another in queue order, each row once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { OutboundMessage } from '../../src/core/messages.ts';
import { createDispatch } from '../../src/jobs/intake.ts';
import { createQueues, type QueueSet } from '../../src/jobs/queues.ts';
import { startWorkers, type WorkerSet } from '../../src/jobs/workers.ts';
import { addToOutbox, findOutbound, findOutboundAll, markSentAll, SENT_SECRET } from '../../src/modules/outbox/outbox.repository.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { createTestRedis, type TestRedis } from '../helpers/redis.ts';
import { eventually } from '../helpers/wait.ts';

let t: TestDatabase;
let r: TestRedis;
let queues: QueueSet;
let workers: WorkerSet;
const sent: OutboundMessage[] = [];
let inFlight = 0;
let mostAtOnce = 0;
const inFlightTo = new Map<string, number>();
let sameChatAtOnce = 0;

beforeAll(async () => {
  [t, r] = await Promise.all([createTestDatabase(), createTestRedis()]);
  queues = createQueues(r.connection, r.prefix, ['telegram']);
  workers = startWorkers({
    connection: r.connection,
    prefix: r.prefix,
    log: silentLogger(),
    inbound: undefined,
    sendLimits: { telegram: null },
    outbound: {
      db: t.db,
      clock: fixedClock(new Date('2026-12-07T03:00:00Z')),
      log: silentLogger(),
      channels: new Map([
        [
          'telegram',
          {
            // A Bot API that takes 5–25 ms, in no fixed order: a later send may finish first.
            send: async (m: OutboundMessage) => {
              inFlight++;
              mostAtOnce = Math.max(mostAtOnce, inFlight);
              const toChat = (inFlightTo.get(m.chatId) ?? 0) + 1;
              inFlightTo.set(m.chatId, toChat);
              sameChatAtOnce = Math.max(sameChatAtOnce, toChat);
              await new Promise((done) => setTimeout(done, 5 + ((m.text.length * 7) % 20)));
              inFlightTo.set(m.chatId, toChat - 1);
              inFlight--;
              sent.push(m);
              return { platformMessageId: String(sent.length) };
            },
          },
        ],
      ]),
    },
  });
});
afterAll(async () => {
  await workers?.close();
  await queues?.close();
  await r?.cleanup();
  await t?.drop();
});

describe('the send worker', () => {
  it('sends to several chats at once, each chat’s replies in queue order, each once', async () => {
    const chats = ['101', '102', '103', '104', '105', '106'];
    const rows = chats.flatMap((chat) =>
      Array.from({ length: 5 }, (_, i) => ({
        key: `reply-${chat}-${i}`,
        message: { platform: 'telegram' as const, chatId: chat, text: `balasan ${i}${'!'.repeat(Number(chat) % 4)}` },
        priority: 'reply' as const,
        sourceMessageId: null,
      })),
    );
    // Interleaved as a batch's replies are: every chat's first reply, then every second one…
    const interleaved = [0, 1, 2, 3, 4].flatMap((i) => rows.filter((row) => row.key.endsWith(`-${i}`)));
    const items = await addToOutbox(t.db, interleaved);
    // Dispatched twice (a batch run again after a crash): the job ids are the keys, one job a row.
    await createDispatch(queues)(items);
    await createDispatch(queues)(items);
    await eventually(async () => (sent.length === rows.length ? true : undefined), { what: 'every reply sent' });
    for (const chat of chats) {
      expect(sent.filter((m) => m.chatId === chat).map((m) => m.text.replace(/!+$/, ''))).toEqual([0, 1, 2, 3, 4].map((i) => `balasan ${i}`));
    }
    expect(mostAtOnce).toBeGreaterThan(1);
    expect(sameChatAtOnce).toBe(1);
    for (const row of rows) expect((await findOutbound(t.db, row.key))?.status).toBe('sent');
  });

  it('reads and marks several rows in one statement each, every row with its own id and time, a secret blanked', async () => {
    await addToOutbox(t.db, [
      { key: 'set-1', message: { platform: 'telegram', chatId: '201', text: 'satu' }, priority: 'reply', sourceMessageId: null },
      { key: 'set-2', message: { platform: 'telegram', chatId: '202', text: 'kode 123456', secret: true }, priority: 'reply', sourceMessageId: null },
    ]);
    const read = await findOutboundAll(t.db, ['set-2', 'nothing', 'set-1']);
    expect(read.map((row) => row?.idempotencyKey)).toEqual(['set-2', undefined, 'set-1']);
    expect(read[0]).toMatchObject({ platform: 'telegram', priority: 'reply', status: 'queued', payload: { chatId: '202' } });
    const at1 = new Date('2026-12-07T03:00:01Z');
    const at2 = new Date('2026-12-07T03:00:02Z');
    await markSentAll(t.db, [
      { key: 'set-1', platformMessageId: '77', at: at1 },
      { key: 'set-2', platformMessageId: null, at: at2 },
    ]);
    const rows = await t.db.selectFrom('outbound_messages').select(['idempotency_key', 'status', 'platform_message_id', 'sent_at', 'payload']).where('idempotency_key', 'in', ['set-1', 'set-2']).orderBy('idempotency_key').execute();
    expect(rows.map((row) => [row.idempotency_key, row.status, row.platform_message_id, row.sent_at?.toISOString()])).toEqual([
      ['set-1', 'sent', '77', at1.toISOString()],
      ['set-2', 'sent', null, at2.toISOString()],
    ]);
    expect((rows[0]!.payload as { text: string }).text).toBe('satu');
    expect((rows[1]!.payload as { text: string }).text).toBe(SENT_SECRET);
  });
});
