/**
 * A member her facilitator added by phone (from a spreadsheet or the command line) joins on
 * Telegram: the bot made a second person for her Telegram account, so after joining it offers
 * Telegram's "send my number" button, and her own number (a contact whose user is herself)
 * makes the two one — her books, her membership, her name as the facilitator wrote it. A
 * contact card of someone else links nothing, and a number already on another Telegram
 * account (recycled prepaid numbers) is left to the facilitator. Real grammY, local Bot API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { runAdmin } from '../helpers/admin-cli.ts';
import { startTelegramApp, type TelegramApp } from '../helpers/telegram-app.ts';

let e: TelegramApp;
beforeAll(async () => {
  e = await startTelegramApp();
});
afterAll(async () => e?.stop());

const cli = (...args: string[]) => runAdmin(e.t.db, args);

async function peopleWithName(name: string) {
  const { rows } = await sql<{ id: string; phone: string | null; identities: string }>`
    select p.id, p.phone, (select count(*) from identities i where i.person_id = p.id and i.platform = 'telegram') as identities
      from people p where p.name = ${name} order by p.id`.execute(e.t.db);
  return rows.map((r) => ({ id: Number(r.id), phone: r.phone, identities: Number(r.identities) }));
}

async function salesOf(personId: number): Promise<number> {
  const { rows } = await sql<{ total: string | null }>`select sum(amount) as total from ledger_entries where person_id = ${personId} and kind = 'sale' and voided_at is null`.execute(e.t.db);
  return Number(rows[0]?.total ?? 0);
}

describe('joining on Telegram after being added by phone', () => {
  const RINA = 7300;
  const SITI = 7301;
  const SUMI = 7302;
  let code = '';
  let groupId = 0;

  it('the facilitator adds Siti and Sumi by phone', async () => {
    const facilitator = await cli('facilitator', 'add', '--name', 'Bu Rina', '--telegram-id', String(RINA));
    const group = await cli('group', 'create', '--name', 'Melati', '--trades', 'asesoris', '--facilitator', String(facilitator.id));
    code = String(group.joinCode);
    groupId = Number(group.id);
    await cli('member', 'add', '--group', String(groupId), '--name', 'Siti Aminah', '--phone', '0812 3456 7890');
    await cli('member', 'add', '--group', String(groupId), '--name', 'Sumiati', '--phone', '0813 1111 2222');
    expect(await peopleWithName('Siti Aminah')).toEqual([{ id: expect.any(Number), phone: '+6281234567890', identities: 0 }]);
  });

  it('offers the share-my-number button after she joins, and her own number makes her one person with her books', async () => {
    const siti = e.tg.client({ chatId: SITI, userId: SITI, firstName: 'Siti' });
    await e.tg.say(siti, `/gabung ${code}`);
    const [joined] = await e.botSays(SITI, 1);
    expect(joined?.text).toContain('Selamat bergabung di kelompok Melati');
    expect(joined?.text).toContain('tekan tombol di bawah');
    expect(joined?.reply_markup?.keyboard).toEqual([[{ text: '📱 Kirim nomor HP saya', request_contact: true }]]);

    // Before she presses it, what she records is kept on her Telegram row.
    await e.tg.say(siti, 'laku 5 bros @10rb');
    await e.botSays(SITI, 2);
    const [imported] = await peopleWithName('Siti Aminah');
    const [telegramOnly] = await peopleWithName('Siti');
    expect(telegramOnly).toMatchObject({ phone: null, identities: 1 });
    expect(await salesOf(telegramOnly!.id)).toBe(50_000);

    // Someone else's contact card links nothing (and is not answered).
    await e.tg.sendContact(siti, { phone: '6281311112222', userId: SUMI, firstName: 'Sumi' });
    await e.tg.sendContact(siti, { phone: '6281234567890', userId: SITI, firstName: 'Siti' });
    const replies = await e.botSays(SITI, 3);
    expect(replies[2]?.text).toBe('✅ Terima kasih, Bu Siti Aminah. Nomor Ibu cocok dengan data dari pendamping: catatan Ibu sekarang jadi satu.');
    expect(replies[2]?.reply_markup).toEqual({ remove_keyboard: true });

    expect(await peopleWithName('Siti')).toEqual([]);
    expect(await peopleWithName('Siti Aminah')).toEqual([{ id: imported!.id, phone: '+6281234567890', identities: 1 }]);
    expect(await salesOf(imported!.id)).toBe(50_000);
    const members = (await cli('member', 'list', '--group', String(groupId))) as unknown as { name: string }[];
    expect(members.map((m) => m.name).sort()).toEqual(['Siti Aminah', 'Sumiati']);
    expect(await peopleWithName('Sumiati')).toEqual([{ id: expect.any(Number), phone: '+6281311112222', identities: 0 }]);

    // Her next message is hers under the one row.
    await e.tg.say(siti, 'rekap');
    const [, , , recap] = await e.botSays(SITI, 4);
    expect(recap?.text).toContain('Rp50.000');
  });

  it('leaves a number already on another Telegram account to the facilitator', async () => {
    const other = e.tg.client({ chatId: 7309, userId: 7309, firstName: 'Siti' });
    await e.tg.say(other, '/nomor');
    const [asked] = await e.botSays(7309, 1);
    expect(asked?.reply_markup?.keyboard?.[0]?.[0]?.request_contact).toBe(true);
    await e.tg.sendContact(other, { phone: '+62 812-3456-7890', userId: 7309 });
    const [, taken] = await e.botSays(7309, 2);
    expect(taken?.text).toBe('Nomor ini sudah terhubung ke data lain, jadi tidak saya ubah. Minta bantuan pendamping Ibu ya.');
    expect((await peopleWithName('Siti Aminah'))[0]?.identities).toBe(1);
  });
});
