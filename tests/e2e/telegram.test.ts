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
    expect(recorded?.text).toContain('Halo Bu Ani');
    expect(recorded?.text).toContain('✅ Jualan 12 bros × Rp15.000 = Rp180.000');
    expect(recorded?.text).toContain('jualan Rp180.000, belanja Rp0');

    await e.tg.say(ani, 'beli benang 50rb');
    await botSays(chatId, 2);

    await e.tg.say(ani, '/rekap');
    const recap = (await botSays(chatId, 3))[2];
    expect(recap?.text).toContain('Jualan: Rp180.000');
    expect(recap?.text).toContain('Belanja: Rp50.000');
    expect(recap?.text).toContain('Untung: Rp130.000');

    await e.tg.say(ani, 'batal');
    const undone = (await botSays(chatId, 4))[3];
    expect(undone?.text).toContain('↩️ Dibatalkan: Belanja benang Rp50.000');

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
    expect(recap?.text).toContain('Jualan: Rp450.000');
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
    expect(done?.text).toContain('✅ Jualan bros Rp15.000');
  });
});

describe('small talk, old buttons and names', () => {
  it('answers a salam and thanks warmly in a private chat, and /nama changes her name', async () => {
    const id = 4104;
    const ani = e.tg.client({ chatId: id, userId: id, firstName: 'ani88' });
    await e.tg.say(ani, 'laku 1 bros 15rb');
    await botSays(id, 1);
    await e.tg.say(ani, '/nama Ani');
    expect((await botSays(id, 2))[1]?.text).toBe('✅ Baik, sekarang saya panggil Bu Ani.');
    await e.tg.say(ani, 'Assalamualaikum');
    expect((await botSays(id, 3))[2]?.text).toBe('Waalaikumsalam, Bu Ani 🙏 Mau catat apa hari ini?');
    await e.tg.say(ani, 'makasih 🙏');
    expect((await botSays(id, 4))[3]?.text).toBe('Sama-sama, Bu Ani 😊');
  });

  it('an old "ya" button, pressed after she wrote something else, says what it would have recorded', async () => {
    const id = 4105;
    const wati = e.tg.client({ chatId: id, userId: id, firstName: 'Wati' });
    await e.tg.say(wati, 'bros 150rb');
    await botSays(id, 1);
    await e.tg.say(wati, 'beli benang 20rb');
    await botSays(id, 2);
    await e.tg.server.addUserCallback(wati.makeCallbackQuery('ya') as never);
    const reply = (await botSays(id, 3))[2];
    expect(reply?.text).toContain('Pertanyaan saya tadi terlewat');
    expect(reply?.text).toContain('• Jualan bros Rp150.000');
    const entries = await e.t.db.selectFrom('ledger_entries').select('amount').where('raw_text', 'in', ['bros 150rb', 'beli benang 20rb']).execute();
    expect(entries).toEqual([{ amount: 20000 }]);
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
    // Thanks quoting the bot's own reply is still for the people there: no answer.
    await e.tg.say(tin, 'makasih 👍', {
      reply_to_message: { message_id: reply!.message_id, date: 0, chat: { id: groupId, type: 'group', title: 'Kelompok Melati' }, from: { id: 666, is_bot: true, first_name: 'Bot' }, text: reply!.text },
    });
    await e.tg.say(tin, '/rekap');
    const recap = (await botSays(groupId, 2))[1];
    expect(recap?.text).toContain('Jualan: Rp480.000');
    // Chatter got no answer: only the entry and the recap were replied to.
    await e.idle();
    expect(e.tg.botMessages(groupId)).toHaveLength(2);
  });
});
