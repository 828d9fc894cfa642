/**
 * Fault: Redis goes down (SHUTDOWN) and comes back on the same port and folder in the
 * middle of a broadcast to 151 chats. The bot runs in-process against a private
 * redis-server with AOF; Postgres is the shared server; the Bot API is the local fake.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { systemClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { createDispatch } from '../../src/jobs/intake.ts';
import { SWEEP_GRACE_MS, sweepOutbox } from '../../src/jobs/maintenance.ts';
import { runAdmin } from '../helpers/admin-cli.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { FAKE_TOKEN, startFakeTelegram, type FakeTelegram } from '../helpers/fake-telegram.ts';
import { startRedisServer, type RedisServer } from '../helpers/processes.ts';
import { eventually } from '../helpers/wait.ts';

const MEMBERS = 150;
const RINA = 9_100_000;
const FIRST_MEMBER = 9_100_100;
const GROUP_CHAT = -1009100;

let scratch: string;
let t: TestDatabase;
let tg: FakeTelegram;
let redis: RedisServer;
let app: App | undefined;

beforeAll(async () => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'dampingi-redis-fault-'));
  chmodSync(scratch, 0o755);
  [t, tg, redis] = await Promise.all([createTestDatabase(), startFakeTelegram(), startRedisServer(path.join(scratch, 'redis'))]);
});

afterAll(async () => {
  await app?.stop().catch(() => undefined);
  await redis?.stop();
  await tg?.stop();
  await t?.drop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const LEAD = '📢 Peluang P1';
const leadsIn = (chatId: number) => tg.botMessages(chatId).filter((m) => m.text.includes(LEAD)).length;

it('delivers a broadcast to every recipient exactly once across a Redis restart', async () => {
  const started = Date.now();
  const cli = (...args: string[]) => runAdmin(t.db, args);
  const facilitator = await cli('facilitator', 'add', '--name', 'Bu Rina', '--telegram-id', String(RINA));
  const group = await cli('group', 'create', '--name', 'Melati', '--trades', 'asesoris', '--facilitator', String(facilitator.id));
  for (let i = 0; i < MEMBERS; i++) {
    await cli('member', 'add', '--group', String(group.id), '--name', `Anggota ${i + 1}`, '--telegram-id', String(FIRST_MEMBER + i));
  }

  app = await startApp({
    config: loadConfig({
      DATABASE_URL: t.url,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: 'fault',
      TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
      TELEGRAM_API_ROOT: tg.apiRoot,
      CONSOLE_CHANNEL: 'off',
    }),
    clock: systemClock,
    log: silentLogger(),
  });
  const running = app;

  const inGroup = tg.client({ chatId: GROUP_CHAT, userId: RINA, firstName: 'Rina', type: 'group' });
  await tg.say(inGroup, `/hubungkan ${String(group.joinCode)}`);
  await eventually(() => tg.botMessages(GROUP_CHAT).length >= 1, { what: 'the link confirmation' });

  const rina = tg.client({ chatId: RINA, userId: RINA, firstName: 'Rina' });
  await tg.say(rina, '/peluang asesoris: Wisuda IAIN 12 Des, butuh 200 bros, DP 50%');
  const preview = await eventually(() => tg.botMessages(RINA)[0], { what: 'the preview' });
  expect(preview.text).toContain(`Dikirim ke 1 kelompok (1 grup chat) dan ${MEMBERS} anggota.`);
  await tg.say(rina, 'kirim');

  const recipients = [GROUP_CHAT, ...Array.from({ length: MEMBERS }, (_, i) => FIRST_MEMBER + i)];
  const reached = () => recipients.filter((chat) => leadsIn(chat) > 0).length;

  // Some have the lead, most do not yet: Redis goes away and comes back.
  await eventually(() => reached() >= 20, { what: 'the broadcast under way', timeoutMs: 20_000, intervalMs: 5 });
  await redis.shutdown();
  const atRestart = reached();
  expect(atRestart).toBeLessThan(recipients.length);
  await redis.start();

  await eventually(() => reached() === recipients.length, { what: 'every recipient reached', timeoutMs: 90_000, intervalMs: 50 });
  await eventually(() => running.isIdle(), { what: 'idle queues', timeoutMs: 90_000, intervalMs: 100 });

  // The sweep, run as if its grace had passed, finds nothing left to re-queue: no job was lost.
  const later = { now: () => new Date(Date.now() + SWEEP_GRACE_MS + 60_000) };
  const requeued = await sweepOutbox({ db: running.db, clock: later, dispatch: createDispatch(running.queues), platforms: ['telegram'], log: silentLogger() });
  expect(requeued).toBe(0);

  const rows = await t.db.selectFrom('outbound_messages').select(['chat_id', 'status']).where('priority', '=', 'bulk').execute();
  expect(rows).toHaveLength(recipients.length);
  expect(rows.every((r) => r.status === 'sent')).toBe(true);
  for (const chat of recipients) expect(leadsIn(chat), `lead in chat ${chat}`).toBe(1);
  expect(leadsIn(RINA)).toBe(0);
  console.info(`[fault] redis restarted with ${atRestart}/${recipients.length} reached; re-queued by sweep: ${requeued}; total ${((Date.now() - started) / 1000).toFixed(1)} s`);
}, 200_000);
