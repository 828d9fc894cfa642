/**
 * Orders, credit sales, entries on a member's behalf and voice notes end to end
 * on Telegram: real grammY against a local Bot API (telegram-test-api), the whole app with
 * its queues. A member takes an order with a down payment and is paid in full, sells on
 * credit and is paid; her facilitator records for her; her voice note reaches the
 * facilitator as a voice message (sendVoice by file_id).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFacilitator, addMember, createGroup } from '../../src/modules/groups/groups.service.ts';
import { startTelegramApp, type TelegramApp } from '../helpers/telegram-app.ts';
import { eventually } from '../helpers/wait.ts';

let e: TelegramApp;
const RINA = 7300;
const ANI = 7301;

beforeAll(async () => {
  e = await startTelegramApp();
  const rina = await addFacilitator(e.t.db, { name: 'Bu Rina', telegramId: String(RINA), timeZone: 'Asia/Jakarta' });
  const melati = await createGroup(e.t.db, { name: 'Melati', trades: ['asesoris'], facilitatorId: rina.id, timeZone: 'Asia/Jakarta' });
  await addMember(e.t.db, melati.id, { name: 'Ani', telegramId: String(ANI), timeZone: 'Asia/Jakarta' }, new Date());
});
afterAll(async () => e?.stop());

/** Sends a text and waits for the bot's next message in that chat. */
async function ask(chatId: number, firstName: string, text: string): Promise<string> {
  const before = e.tg.botMessages(chatId).length;
  await e.tg.say(e.tg.client({ chatId, userId: chatId, firstName }), text);
  return (await e.botSays(chatId, before + 1))[before]!.text;
}

describe('orders and credit on Telegram', () => {
  it('takes an order with a down payment and follows it to paid', async () => {
    expect(await ask(ANI, 'Ani', 'pesanan 10 kerudung bordir @85rb dari Bu Sri, DP 425rb, selesai 15 Des')).toContain(
      'Total Rp850.000 · dibayar Rp425.000 · sisa Rp425.000',
    );
    expect(await ask(ANI, 'Ani', 'Bu Sri bayar 200rb')).toContain('sisa Rp225.000');
    expect(await ask(ANI, 'Ani', '/pesanan')).toContain('• Bu Sri — 10 kerudung bordir: sisa Rp225.000');
    expect(await ask(ANI, 'Ani', 'pesanan Bu Sri lunas')).toContain('🎉 Pesanan lunas!');
    const sales = await e.t.db.selectFrom('ledger_entries').select('amount').where('kind', '=', 'sale').orderBy('id').execute();
    expect(sales.map((s) => s.amount)).toEqual([425_000, 200_000, 225_000]);
  });

  it('records a credit sale and settles it', async () => {
    expect(await ask(ANI, 'Ani', 'laku 3 kerudung @90rb, belum bayar Bu Tin')).toContain('📒 Bu Tin belum bayar Rp270.000');
    expect(await ask(ANI, 'Ani', '/piutang')).toContain('• Bu Tin: Rp270.000');
    expect(await ask(ANI, 'Ani', 'Bu Tin bayar 270rb')).toContain('🎉 Utang Bu Tin lunas!');
    expect(await ask(ANI, 'Ani', '/piutang')).toBe('Tidak ada yang berutang ke Ibu. 👍');
  });
});

describe('the facilitator on Telegram', () => {
  it('records for her member, who is told', async () => {
    const aniBefore = e.tg.botMessages(ANI).length;
    expect(await ask(RINA, 'Rina', 'catat untuk Ani: laku 5 bros @15rb')).toContain('✅ Dicatat untuk Bu Ani:');
    const told = (await e.botSays(ANI, aniBefore + 1))[aniBefore]!.text;
    expect(told).toContain('📝 Bu Rina mencatat untuk Ibu:');
    expect(told).toContain('5 bros × Rp15.000 = Rp75.000');
  });

  it('refuses a member outside her groups', async () => {
    expect(await ask(RINA, 'Rina', 'catat untuk Dewi: laku 5 bros @15rb')).toBe(
      'Maaf, anggota itu tidak ada di kelompok yang Ibu dampingi, jadi tidak saya catat. Ketik /anggota untuk melihat nama-namanya.',
    );
  });

  it('receives her member’s voice note as a voice message', async () => {
    const before = e.tg.botMessages(ANI).length;
    await e.tg.sendMedia(e.tg.client({ chatId: ANI, userId: ANI, firstName: 'Ani' }), { kind: 'voice', fileId: 'AwACAgUAAxkBAAIvoiceAni' });
    expect((await e.botSays(ANI, before + 1))[before]!.text).toBe('Maaf, Bu, saya belum bisa mendengar pesan suara. Tolong tulis saja ya, misalnya "laku 5 bros @15rb". Pesan suara Ibu sudah diteruskan ke pendamping.');
    const [voice] = await eventually(() => {
      const sent = e.tg.botMedia(RINA);
      return sent.length ? sent : undefined;
    }, { what: 'the voice note forwarded to the facilitator' });
    expect(voice).toMatchObject({ kind: 'voice', file_id: 'AwACAgUAAxkBAAIvoiceAni' });
    expect(voice!.caption).toContain('🎙️ Bu Ani mengirim pesan suara. Bantu catat? Balas dengan: catat untuk Ani: …');
    const kept = await e.t.db.selectFrom('media_messages').select(['kind', 'ref']).execute();
    expect(kept).toEqual([{ kind: 'voice', ref: 'AwACAgUAAxkBAAIvoiceAni' }]);
  });
});
