/**
 * Fault: PostgreSQL is unreachable for a few seconds while people write. The bot runs
 * in-process against a private embedded PostgreSQL (stopped and started again on the same
 * port), the shared Redis (own prefix) and the local Bot API. Messages must wait in the
 * queue, nobody gets a reply (least of all an error) meanwhile, and once Postgres is back
 * each is recorded once and answered once.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { systemClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { createDb } from '../../src/db/client.ts';
import { FAKE_TOKEN, startFakeTelegram, type FakeTelegram } from '../helpers/fake-telegram.ts';
import { startPostgresServer, type PostgresServer } from '../helpers/processes.ts';
import { createTestRedis, type TestRedis } from '../helpers/redis.ts';
import { eventually } from '../helpers/wait.ts';

const PEOPLE = [
  { id: 9_200_001, name: 'Ani', text: 'laku 3 bros @15rb', amount: 45_000, shown: 'Rp45.000' },
  { id: 9_200_002, name: 'Budi', text: 'beli benang 50rb', amount: 50_000, shown: 'Rp50.000' },
  { id: 9_200_003, name: 'Citra', text: 'laku 2 kue @7rb', amount: 14_000, shown: 'Rp14.000' },
];

let scratch: string;
let pgServer: PostgresServer;
let r: TestRedis;
let tg: FakeTelegram;
let app: App | undefined;

beforeAll(async () => {
  // Under root the embedded PostgreSQL runs as "postgres", which must reach its folder.
  scratch = mkdtempSync(path.join(os.tmpdir(), 'dampingi-pg-fault-'));
  chmodSync(scratch, 0o755);
  [pgServer, r, tg] = await Promise.all([startPostgresServer(path.join(scratch, 'data')), createTestRedis(), startFakeTelegram()]);
}, 120_000);

afterAll(async () => {
  await app?.stop().catch(() => undefined);
  await pgServer?.stop();
  await tg?.stop();
  await r?.cleanup();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const allBotMessages = () => tg.server.storage.botMessages.length;

it('keeps messages waiting while Postgres is away, says nothing meanwhile, and answers each once when it returns', async () => {
  const started = Date.now();
  app = await startApp({
    config: loadConfig({
      DATABASE_URL: pgServer.url,
      REDIS_URL: r.url,
      QUEUE_PREFIX: r.prefix,
      TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
      TELEGRAM_API_ROOT: tg.apiRoot,
      CONSOLE_CHANNEL: 'off',
    }),
    clock: systemClock,
    log: silentLogger(),
  });
  const running = app;
  const clients = PEOPLE.map((p) => ({ ...p, client: tg.client({ chatId: p.id, userId: p.id, firstName: p.name }) }));

  // Before the outage: the bot works (and Ani is known to it).
  await tg.say(clients[0]!.client, 'rekap');
  await eventually(() => tg.botMessages(PEOPLE[0]!.id).length === 1, { what: 'the first answer' });
  await eventually(() => running.isIdle(), { what: 'idle queues' });
  const before = allBotMessages();

  await pgServer.stop();
  const outageStarted = Date.now();
  for (const c of clients) await tg.say(c.client, c.text);

  // The messages reach the queue and fail there (retrying with backoff); nobody hears a thing.
  await eventually(
    async () => {
      const counts = await Promise.all(running.queues.inbound.map((q) => q.getJobCounts('delayed', 'failed')));
      return counts.reduce((n, c) => n + (c.delayed ?? 0), 0) === PEOPLE.length;
    },
    { what: 'the messages waiting for a retry', timeoutMs: 15_000, intervalMs: 20 },
  );
  // Keep Postgres away for a few seconds (several retries), watching that nothing is sent.
  await eventually(() => (Date.now() - outageStarted > 3_000 ? true : allBotMessages() !== before ? 'sent' : false), {
    what: 'the outage',
    intervalMs: 20,
  }).then((state) => expect(state, 'a message went out while Postgres was down').toBe(true));
  expect(allBotMessages()).toBe(before);

  await pgServer.start();
  // Backoff doubles from 1 s: the next retry comes within about 8 s.
  for (const p of PEOPLE) {
    await eventually(() => tg.botMessages(p.id).some((m) => m.text.includes(p.shown)), { what: `the answer to ${p.name}`, timeoutMs: 90_000, intervalMs: 50 });
  }
  await eventually(() => running.isIdle(), { what: 'idle queues', timeoutMs: 60_000 });

  const db = createDb(pgServer.url, { max: 2 });
  try {
    const inbox = await db.selectFrom('inbound_messages').select(['chat_id']).execute();
    expect(inbox.map((m) => m.chat_id).sort()).toEqual([String(PEOPLE[0]!.id), ...PEOPLE.map((p) => String(p.id))].sort());
    const entries = await db
      .selectFrom('ledger_entries')
      .innerJoin('inbound_messages', 'inbound_messages.id', 'ledger_entries.source_message_id')
      .select(['inbound_messages.chat_id as chatId', 'ledger_entries.amount'])
      .orderBy('inbound_messages.chat_id')
      .execute();
    expect(entries).toEqual(PEOPLE.map((p) => ({ chatId: String(p.id), amount: p.amount })));
    const outbox = await db.selectFrom('outbound_messages').select(['status']).execute();
    expect(outbox).toHaveLength(PEOPLE.length + 1);
    expect(outbox.every((o) => o.status === 'sent')).toBe(true);
  } finally {
    await db.destroy();
  }

  // Exactly one answer to each message, none of them an apology or an error.
  expect(tg.botMessages(PEOPLE[0]!.id)).toHaveLength(2);
  for (const p of PEOPLE.slice(1)) expect(tg.botMessages(p.id)).toHaveLength(1);
  for (const p of PEOPLE) {
    for (const m of tg.botMessages(p.id)) expect(m.text).not.toMatch(/error|gagal|maaf|kesalahan|coba lagi/i);
  }
  console.info(`[fault] postgres away ${((Date.now() - outageStarted) / 1000).toFixed(1)} s until all answered; total ${((Date.now() - started) / 1000).toFixed(1)} s`);
}, 200_000);
