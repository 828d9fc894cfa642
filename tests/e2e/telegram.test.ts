/**
 * Real grammY against a local Bot API (telegram-test-api on loopback), with the bot's
 * real queues on Redis and books on Postgres: private and group chats, buttons, redelivery.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { systemClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { FAKE_TOKEN, startFakeTelegram, type FakeTelegram } from '../helpers/fake-telegram.ts';
import { createTestRedis, type TestRedis } from '../helpers/redis.ts';
import { eventually } from '../helpers/wait.ts';

let t: TestDatabase;
let r: TestRedis;
let tg: FakeTelegram;
let app: App;

beforeAll(async () => {
  [t, r, tg] = await Promise.all([createTestDatabase(), createTestRedis(), startFakeTelegram()]);
  const config = loadConfig({
    DATABASE_URL: t.url,
    REDIS_URL: r.url,
    QUEUE_PREFIX: r.prefix,
    TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
    TELEGRAM_API_ROOT: tg.apiRoot,
    CONSOLE_CHANNEL: 'off',
  });
  app = await startApp({ config, clock: systemClock, log: silentLogger() });
});

afterAll(async () => {
  await app?.stop();
  await tg?.stop();
  await r?.cleanup();
  await t?.drop();
});

async function botSays(chatId: number, count: number) {
  return eventually(() => {
    const messages = tg.botMessages(chatId);
    return messages.length >= count ? messages : undefined;
  }, { what: `${count} bot messages in chat ${chatId}` });
}

describe('private chat', () => {
  const chatId = 4101;

  it('records, recaps, undoes and helps', async () => {
    const ani = tg.client({ chatId, userId: chatId, firstName: 'Ani' });

    await tg.say(ani, 'laku 12 bros @15rb');
    const [recorded] = await botSays(chatId, 1);
    expect(recorded?.text).toContain('Halo Ani');
    expect(recorded?.text).toContain('✅ Penjualan 12 bros × Rp15.000 = Rp180.000');
    expect(recorded?.text).toContain('masuk Rp180.000, keluar Rp0');

    await tg.say(ani, 'beli benang 50rb');
    await botSays(chatId, 2);

    await tg.say(ani, '/rekap');
    const recap = (await botSays(chatId, 3))[2];
    expect(recap?.text).toContain('Masuk: Rp180.000');
    expect(recap?.text).toContain('Keluar: Rp50.000');
    expect(recap?.text).toContain('Untung: Rp130.000');

    await tg.say(ani, 'batal');
    const undone = (await botSays(chatId, 4))[3];
    expect(undone?.text).toContain('↩️ Dibatalkan: Pengeluaran benang Rp50.000');

    await tg.say(ani, '/help');
    const help = (await botSays(chatId, 5))[4];
    expect(help?.text).toContain('Cara pakai Dampingi');
  });

  it('records a redelivered update once', async () => {
    const id = 4102;
    const sri = tg.client({ chatId: id, userId: id, firstName: 'Sri' });
    const messageId = await tg.say(sri, 'laku 3 mukena total 450rb');
    await botSays(id, 1);
    tg.redeliver(messageId);
    await tg.say(sri, 'rekap');
    const recap = (await botSays(id, 2))[1];
    expect(recap?.text).toContain('Masuk: Rp450.000');
    const entries = await t.db.selectFrom('ledger_entries').select('amount').where('raw_text', '=', 'laku 3 mukena total 450rb').execute();
    expect(entries).toEqual([{ amount: 450000 }]);
    expect(tg.botMessages(id)).toHaveLength(2);
  });
});

describe('buttons', () => {
  it('asks back on a guess and records when "ya" is pressed', async () => {
    const id = 4103;
    const wati = tg.client({ chatId: id, userId: id, firstName: 'Wati' });
    await tg.say(wati, 'bros 15rb');
    const [question] = await botSays(id, 1);
    expect(question?.reply_markup?.inline_keyboard?.[0]?.map((b) => b.callback_data)).toEqual(['ya', 'tidak']);
    await tg.server.addUserCallback(wati.makeCallbackQuery('ya') as never);
    const done = (await botSays(id, 2))[1];
    expect(done?.text).toContain('✅ Penjualan bros Rp15.000');
  });
});

describe('group chat', () => {
  const groupId = -1004200;

  it('replies to the member’s message, and stays silent on chatter', async () => {
    const tin = tg.client({ chatId: groupId, userId: 4201, firstName: 'Tin', type: 'group', chatTitle: 'Kelompok Melati' });
    await tg.say(tin, 'selamat pagi ibu-ibu');
    const recordId = await tg.say(tin, 'laku 6 kerudung 80rb/pcs');
    const [reply] = await botSays(groupId, 1);
    expect(reply?.text).toContain('Rp480.000');
    expect(reply?.reply_parameters?.message_id).toBe(recordId);

    await tg.say(tin, 'terima kasih bu');
    await tg.say(tin, '/rekap');
    const recap = (await botSays(groupId, 2))[1];
    expect(recap?.text).toContain('Masuk: Rp480.000');
    // Chatter got no answer: only the entry and the recap were replied to.
    await eventually(() => app.isIdle(), { what: 'idle queues' });
    expect(tg.botMessages(groupId)).toHaveLength(2);
  });
});
