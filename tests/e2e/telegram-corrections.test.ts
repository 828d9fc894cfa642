/**
 * Corrections and the books end to end: real grammY against the local Bot API, real queues and
 * Postgres. A correction by replying to the bot's confirmation, a correction by editing
 * the message (an edited_message update), a remembered price asked and confirmed, and
 * "Jualan atau belanja?" answered by its button.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTelegramApp, type TelegramApp } from '../helpers/telegram-app.ts';
import { eventually } from '../helpers/wait.ts';

let e: TelegramApp;
beforeAll(async () => {
  e = await startTelegramApp();
});
afterAll(async () => e?.stop());

/** Waits until the outbox knows the Telegram id of the bot's message (what her reply will quote). */
async function sentAs(messageId: number): Promise<void> {
  await eventually(
    async () =>
      (await e.t.db.selectFrom('outbound_messages').select('id').where('platform_message_id', '=', String(messageId)).executeTakeFirst()) !== undefined,
    { what: `outbox row of bot message ${messageId}` },
  );
}

async function activeAmounts(chatId: number) {
  const rows = await e.t.db
    .selectFrom('ledger_entries')
    .innerJoin('identities', 'identities.person_id', 'ledger_entries.person_id')
    .select('ledger_entries.amount')
    .where('identities.external_id', '=', String(chatId))
    .where('ledger_entries.voided_at', 'is', null)
    .orderBy('ledger_entries.id')
    .execute();
  return rows.map((r) => r.amount);
}

describe('corrections on Telegram', () => {
  it('replying "bukan 12 tapi 10" to the bot’s confirmation replaces the entry', async () => {
    const chatId = 4801;
    const ani = e.tg.client({ chatId, userId: chatId, firstName: 'Ani' });
    await e.tg.say(ani, 'laku 12 bros @15rb');
    const [confirmation] = await e.botSays(chatId, 1);
    await sentAs(confirmation!.message_id);

    await e.tg.say(ani, 'bukan 12 tapi 10', {
      reply_to_message: {
        message_id: confirmation!.message_id,
        from: { id: 1, is_bot: true, first_name: 'Bot' },
        chat: { id: chatId, type: 'private' },
        date: Math.floor(Date.now() / 1000),
        text: confirmation!.text,
      },
    });
    const corrected = (await e.botSays(chatId, 2))[1];
    expect(corrected?.text).toContain('✏️ Diubah: 12 bros × Rp15.000 = Rp180.000 → 10 bros × Rp15.000 = Rp150.000');
    expect(corrected?.text).toContain('Hari ini: jualan Rp150.000, belanja Rp0');
    expect(await activeAmounts(chatId)).toEqual([150000]);
  });

  it('editing the message replaces what it recorded', async () => {
    const chatId = 4802;
    const sri = e.tg.client({ chatId, userId: chatId, firstName: 'Sri' });
    const messageId = await e.tg.say(sri, 'laku 12 bros @15rb');
    await e.botSays(chatId, 1);

    e.tg.edit(sri, messageId, 'laku 10 bros @15rb');
    const corrected = (await e.botSays(chatId, 2))[1];
    expect(corrected?.text).toContain('✏️ Diubah: 12 bros × Rp15.000 = Rp180.000 → 10 bros × Rp15.000 = Rp150.000');
    expect(await activeAmounts(chatId)).toEqual([150000]);
    const rows = await e.t.db.selectFrom('inbound_messages').select(['message_id', 'edit_key']).where('chat_id', '=', String(chatId)).orderBy('id').execute();
    expect(rows.map((r) => r.message_id)).toEqual([String(messageId), String(messageId)]);
    expect(rows[1]?.edit_key).not.toBe('');
  });
});

describe('remembered prices on Telegram', () => {
  it('asks "5 bros × Rp15.000 = Rp75.000?" and records when "ya" is pressed', async () => {
    const chatId = 4803;
    const wati = e.tg.client({ chatId, userId: chatId, firstName: 'Wati' });
    await e.tg.say(wati, 'laku 12 bros @15rb');
    await e.botSays(chatId, 1);
    await e.tg.say(wati, 'laku 5 bros');
    const question = (await e.botSays(chatId, 2))[1];
    expect(question?.text).toContain('5 bros × Rp15.000 = Rp75.000');
    expect(question?.reply_markup?.inline_keyboard?.[0]?.map((b) => b.callback_data)).toEqual(['ya', 'tidak']);
    await e.tg.server.addUserCallback(wati.makeCallbackQuery('ya') as never);
    const done = (await e.botSays(chatId, 3))[2];
    expect(done?.text).toContain('✅ Jualan 5 bros × Rp15.000 = Rp75.000');
    expect(await activeAmounts(chatId)).toEqual([180000, 75000]);
  });
});

describe('sale or expense? on Telegram', () => {
  it('"kerudung 20rb" asks with two buttons and records the kind of the one pressed', async () => {
    const chatId = 4804;
    const wati = e.tg.client({ chatId, userId: chatId, firstName: 'Wati' });
    await e.tg.say(wati, 'kerudung 20rb');
    const [question] = await e.botSays(chatId, 1);
    expect(question?.text).toContain('Ini jualan atau belanja, Bu?');
    expect(question?.reply_markup?.inline_keyboard?.[0]?.map((b) => [b.text, b.callback_data])).toEqual([
      ['1. Jualan', 'jualan'],
      ['2. Belanja', 'belanja'],
    ]);
    expect(await activeAmounts(chatId)).toEqual([]);
    await e.tg.server.addUserCallback(wati.makeCallbackQuery('belanja') as never);
    const done = (await e.botSays(chatId, 2))[1];
    expect(done?.text).toContain('✅ Belanja kerudung Rp20.000');
    expect(done?.text).toContain('Hari ini: jualan Rp0, belanja Rp20.000');
    const kinds = await e.t.db
      .selectFrom('ledger_entries')
      .innerJoin('identities', 'identities.person_id', 'ledger_entries.person_id')
      .select(['ledger_entries.kind', 'ledger_entries.amount'])
      .where('identities.external_id', '=', String(chatId))
      .execute();
    expect(kinds).toEqual([{ kind: 'expense', amount: 20000 }]);
  });
});
