/**
 * Real grammY against a local Bot API (telegram-test-api on loopback), with the bot's
 * real queues on Redis and books on Postgres: private and group chats, buttons, redelivery.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTelegramApp, type TelegramApp } from '../helpers/telegram-app.ts';

let e: TelegramApp;
beforeAll(async () => {
  e = await startTelegramApp();
});
afterAll(async () => e?.stop());

const botSays = (chatId: number, count: number) => e.botSays(chatId, count);

describe('private chat', () => {
  const chatId = 4101;

  it('records, recaps, undoes and helps', async () => {
    const ani = e.tg.client({ chatId, userId: chatId, firstName: 'Ani' });

    await e.tg.say(ani, 'laku 12 bros @15rb');
    const [recorded] = await botSays(chatId, 1);
    expect(recorded?.text).toContain('Halo Ani');
    expect(recorded?.text).toContain('✅ Penjualan 12 bros × Rp15.000 = Rp180.000');
    expect(recorded?.text).toContain('masuk Rp180.000, keluar Rp0');

    await e.tg.say(ani, 'beli benang 50rb');
    await botSays(chatId, 2);

    await e.tg.say(ani, '/rekap');
    const recap = (await botSays(chatId, 3))[2];
    expect(recap?.text).toContain('Masuk: Rp180.000');
    expect(recap?.text).toContain('Keluar: Rp50.000');
    expect(recap?.text).toContain('Untung: Rp130.000');

    await e.tg.say(ani, 'batal');
    const undone = (await botSays(chatId, 4))[3];
    expect(undone?.text).toContain('↩️ Dibatalkan: Pengeluaran benang Rp50.000');

    await e.tg.say(ani, '/help');
    const help = (await botSays(chatId, 5))[4];
    expect(help?.text).toContain('Cara pakai Dampingi');
  });

  it('records a redelivered update once', async () => {
    const id = 4102;
    const sri = e.tg.client({ chatId: id, userId: id, firstName: 'Sri' });
    const messageId = await e.tg.say(sri, 'laku 3 mukena total 450rb');
    await botSays(id, 1);
    e.tg.redeliver(messageId);
    await e.tg.say(sri, 'rekap');
    const recap = (await botSays(id, 2))[1];
    expect(recap?.text).toContain('Masuk: Rp450.000');
    const entries = await e.t.db.selectFrom('ledger_entries').select('amount').where('raw_text', '=', 'laku 3 mukena total 450rb').execute();
    expect(entries).toEqual([{ amount: 450000 }]);
    expect(e.tg.botMessages(id)).toHaveLength(2);
  });
});

describe('buttons', () => {
  it('asks back on a guess and records when "ya" is pressed', async () => {
    const id = 4103;
    const wati = e.tg.client({ chatId: id, userId: id, firstName: 'Wati' });
    await e.tg.say(wati, 'laku bros 15rb?');
    const [question] = await botSays(id, 1);
    expect(question?.reply_markup?.inline_keyboard?.[0]?.map((b) => b.callback_data)).toEqual(['ya', 'tidak']);
    await e.tg.server.addUserCallback(wati.makeCallbackQuery('ya') as never);
    const done = (await botSays(id, 2))[1];
    expect(done?.text).toContain('✅ Penjualan bros Rp15.000');
  });
});

describe('group chat', () => {
  const groupId = -1004200;

  it('replies to the member’s message, and stays silent on chatter', async () => {
    const tin = e.tg.client({ chatId: groupId, userId: 4201, firstName: 'Tin', type: 'group', chatTitle: 'Kelompok Melati' });
    await e.tg.say(tin, 'selamat pagi ibu-ibu');
    const recordId = await e.tg.say(tin, 'laku 6 kerudung 80rb/pcs');
    const [reply] = await botSays(groupId, 1);
    expect(reply?.text).toContain('Rp480.000');
    expect(reply?.reply_parameters?.message_id).toBe(recordId);

    await e.tg.say(tin, 'terima kasih bu');
    await e.tg.say(tin, '/rekap');
    const recap = (await botSays(groupId, 2))[1];
    expect(recap?.text).toContain('Masuk: Rp480.000');
    // Chatter got no answer: only the entry and the recap were replied to.
    await e.idle();
    expect(e.tg.botMessages(groupId)).toHaveLength(2);
  });
});
