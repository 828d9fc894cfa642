/**
 * Flood throttling through the whole bot on Telegram (grammY → intake → delayed jobs →
 * worker → outbox → fake Bot API): she floods, every message is recorded, she receives the
 * burst's answers, one notice and the answer to her last message; another chat is answered.
 * A small policy (burst 3, 50 ms apart) keeps the test short; the default is in flood.ts.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { repliesFor } from '../../src/conversation/replies/index.ts';
import type { TestDatabase } from '../helpers/database.ts';
import type { FakeTelegram } from '../helpers/fake-telegram.ts';
import { startTelegramApp, type TelegramApp } from '../helpers/telegram-app.ts';
import { eventually } from '../helpers/wait.ts';

let t: TestDatabase;
let tg: FakeTelegram;
let app: App;
let run: TelegramApp;

beforeAll(async () => {
  run = await startTelegramApp({ flood: { burst: 3, intervalMs: 50, noticeEveryMs: 60_000, idleTtlMs: 60_000 } });
  ({ t, tg, app } = run);
});
afterAll(async () => {
  await run?.stop();
});

it('records every message of a flood and answers it with one notice', async () => {
  const ani = tg.client({ chatId: 6101, userId: 6101, firstName: 'Ani' });
  const sri = tg.client({ chatId: 6102, userId: 6102, firstName: 'Sri' });
  const COUNT = 15;
  for (let i = 0; i < COUNT; i++) await tg.say(ani, `laku ${i + 1} bros @1rb`);
  await tg.say(sri, 'laku 2 kerudung @85rb');

  await eventually(async () => {
    const row = await sql<{ n: string }>`select count(*) as n from ledger_entries`.execute(t.db);
    return Number(row.rows[0]!.n) === COUNT + 1;
  }, { what: 'every entry recorded', timeoutMs: 20_000 }).catch(async (error) => {
    const n = await sql<{ n: string }>`select count(*) as n from ledger_entries`.execute(t.db);
    const jobs = await Promise.all(app.queues.inbound.map((q) => q.getJobCounts()));
    throw new Error(`${String(error)}: ${n.rows[0]!.n} entries, jobs ${JSON.stringify(jobs)}, ani got ${tg.botMessages(6101).length}`);
  });
  await eventually(() => app.isIdle(), { what: 'idle queues', timeoutMs: 20_000 });

  const total = await sql<{ s: string }>`select sum(amount) as s from ledger_entries where item = 'bros'`.execute(t.db);
  expect(Number(total.rows[0]!.s)).toBe(((COUNT * (COUNT + 1)) / 2) * 1000);
  const toAni = tg.botMessages(6101).map((m) => m.text);
  expect(toAni.filter((text) => text === repliesFor('id').floodNotice)).toHaveLength(1);
  // At least the burst was answered one by one; far fewer answers than messages; the last shows the day.
  expect(toAni.length).toBeGreaterThanOrEqual(3 + 1);
  expect(toAni.length).toBeLessThan(COUNT);
  expect(toAni.at(-1)).toContain(`Hari ini: jualan Rp${((COUNT * (COUNT + 1)) / 2).toLocaleString('id-ID')}.000`);
  expect(tg.botMessages(6102).map((m) => m.text).join('\n')).toContain('Rp170.000');
});
