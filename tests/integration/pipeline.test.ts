/**
 * The whole pipeline on real Postgres and Redis: console adapter → inbound queue →
 * conversation → outbound queue → console adapter, across restarts and a stop mid-flow.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Queue } from 'bullmq';
import { createIntake } from '../../src/jobs/intake.ts';
import { MAINTENANCE_QUEUE } from '../../src/jobs/maintenance.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { createTestRedis, type TestRedis } from '../helpers/redis.ts';
import { startConsoleApp } from '../helpers/console-app.ts';
import { privateMessage } from '../helpers/messages.ts';
import { eventually } from '../helpers/wait.ts';

let t: TestDatabase;
let r: TestRedis;

beforeAll(async () => {
  t = await createTestDatabase();
  r = await createTestRedis();
});
afterAll(async () => {
  await r?.cleanup();
  await t?.drop();
});

const base = () => ({ databaseUrl: t.url, redisUrl: r.url, prefix: r.prefix });

describe('recurring upkeep', () => {
  it('registers its job schedulers in Redis: the bulk feeder, the outbox sweep, the lead deadlines, the console logins forgotten', async () => {
    const app = await startConsoleApp({ ...base(), personName: 'Upkeep' });
    const queue = new Queue(MAINTENANCE_QUEUE, { connection: r.connection, prefix: r.prefix });
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers.map((s) => ({ key: s.key, every: s.every ?? null, pattern: s.pattern ?? null, tz: s.tz ?? null })).sort((a, b) => a.key.localeCompare(b.key))).toEqual([
      { key: 'bulk-feed', every: 5000, pattern: null, tz: null },
      { key: 'console-logins-prune', every: null, pattern: '17 3 * * *', tz: 'UTC' },
      { key: 'lead-deadlines', every: null, pattern: '*/10 * * * *', tz: 'UTC' },
      { key: 'outbox-sweep', every: 60000, pattern: null, tz: null },
    ]);
    await queue.close();
    await app.stop();
  });
});

describe('console chat through the queues', () => {
  it('answers "laku 12 bros @15rb" with Rp180.000 and keeps it across a restart', async () => {
    const first = await startConsoleApp({ ...base(), personName: 'Ani' });
    first.type('laku 12 bros @15rb');
    const [reply] = await first.replies(1);
    expect(reply).toContain('Rp180.000');
    await first.stop();

    const second = await startConsoleApp({ ...base(), personName: 'Ani' });
    second.type('rekap');
    const [recap] = await second.replies(1);
    expect(recap).toContain('Jualan: Rp180.000');
    await second.stop();
  });

  it('keeps each console name’s books apart', async () => {
    const budi = await startConsoleApp({ ...base(), personName: 'Sari' });
    budi.type('rekap');
    const [recap] = await budi.replies(1);
    expect(recap).toContain('Belum ada catatan');
    await budi.stop();
  });

  it('records a message queued twice only once, and replies once', async () => {
    const app = await startConsoleApp({ ...base(), personName: 'Dewi' });
    const intake = createIntake(app.app.queues);
    const message = privateMessage('laku 10 bros @12rb', {
      platform: 'console',
      chatId: 'console-dewi',
      sender: { id: 'dewi', name: 'Dewi' },
    });
    await intake(message);
    await intake({ ...message });
    await app.replies(1);
    await eventually(() => app.app.isIdle(), { what: 'idle queues' });
    const entries = await t.db.selectFrom('ledger_entries').select('amount').where('raw_text', '=', 'laku 10 bros @12rb').execute();
    expect(entries).toEqual([{ amount: 120000 }]);
    expect(app.output().split('\n🤖 ').length - 1).toBe(1);
    await app.stop();
  });

  it('loses nothing and doubles nothing when stopped in the middle of a burst', async () => {
    const app = await startConsoleApp({ ...base(), personName: 'Yati' });
    const intake = createIntake(app.app.queues);
    const messages = Array.from({ length: 40 }, (_, i) =>
      privateMessage(`laku ${i + 1} bros @1rb`, {
        platform: 'console',
        chatId: 'console-yati',
        sender: { id: 'yati', name: 'Yati' },
        messageId: `burst-${i}`,
      }),
    );
    for (const m of messages) await intake(m);
    await app.stop(); // jobs in progress finish; the rest wait in Redis

    const again = await startConsoleApp({ ...base(), personName: 'Yati' });
    await eventually(() => again.app.isIdle(), { what: 'idle queues', timeoutMs: 20_000 });
    const rows = await t.db
      .selectFrom('ledger_entries')
      .innerJoin('inbound_messages', 'inbound_messages.id', 'ledger_entries.source_message_id')
      .select(['ledger_entries.amount'])
      .where('inbound_messages.chat_id', '=', 'console-yati')
      .execute();
    expect(rows).toHaveLength(40);
    expect(rows.reduce((s, e) => s + e.amount, 0)).toBe((40 * 41 * 1000) / 2);
    const replies = await t.db
      .selectFrom('outbound_messages')
      .select(['status'])
      .where('chat_id', '=', 'console-yati')
      .execute();
    expect(replies).toHaveLength(40);
    expect(replies.every((x) => x.status === 'sent')).toBe(true);
    await again.stop();
  });
});
