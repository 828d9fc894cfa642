/**
 * Several days in one message, through the real conversation on real Postgres: each entry
 * lands on its own business day, the reply names each day, a redelivered message records
 * once, the recap counts each day's entry on its day, and what is unclear ("Jualan atau
 * belanja?", a day written twice) is asked first with each entry still on its day after "ya".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChatBooks, type ChatBooks } from '../helpers/chat-books.ts';

/** Saturday 5 December 2026, 10:00 WIB: Senin is 30 Nov, Jumat 4 Dec. */
const START = '2026-12-05T03:00:00Z';
const ANI = '9700', TUTI = '9701', SARI = '9702', WIDYA = '9703', YATI = '9704';
let chat: ChatBooks;

beforeAll(async () => {
  chat = await startChatBooks({
    start: START,
    facilitatorTelegramId: '9799',
    groupChat: '-100970',
    members: [['ani', 'Ani', ANI], ['tuti', 'Tuti', TUTI], ['sari', 'Sari', SARI], ['widya', 'Widya', WIDYA], ['yati', 'Yati', YATI]],
  });
});
afterAll(async () => chat?.close());

const books = async (key: string) =>
  (await chat.entriesOf(chat.ids[key]!)).map((e) => [e.business_date, e.kind, e.amount, e.item]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe('one message, several days', () => {
  it('records each line on its own day and names each day in the reply; a redelivery records nothing more', async () => {
    const message = chat.dm(ANI, 'Senin laku 120rb / Selasa laku 95rb / Rabu laku 140rb');
    const replies = await chat.send(message);
    const text = replies.filter((m) => m.chatId === ANI).map((m) => m.text).join('\n');
    expect(text).toContain('Senin 30 Nov: jualan Rp120.000');
    expect(text).toContain('Selasa 1 Des: jualan Rp95.000');
    expect(text).toContain('Rabu 2 Des: jualan Rp140.000');
    const expected = [['2026-11-30', 'sale', 120000, null], ['2026-12-01', 'sale', 95000, null], ['2026-12-02', 'sale', 140000, null]];
    expect(await books('ani')).toEqual(expected);
    // Telegram and Baileys redeliver: the inbox claim makes the second delivery record nothing.
    await chat.send(message);
    expect(await books('ani')).toEqual(expected);
  });

  it('a week typed on Saturday: Mon–Fri each on its day, and the recaps count each on its day', async () => {
    await chat.say(TUTI, 'Jualan minggu ini:\nSenin 120rb\nSelasa 95rb\nRabu 140rb\nKamis 110rb\nJumat 150rb');
    expect(await books('tuti')).toEqual([
      ['2026-11-30', 'sale', 120000, null], ['2026-12-01', 'sale', 95000, null], ['2026-12-02', 'sale', 140000, null],
      ['2026-12-03', 'sale', 110000, null], ['2026-12-04', 'sale', 150000, null],
    ]);
    const week = await chat.say(TUTI, 'rekap minggu ini');
    expect(week).toContain('Jualan: Rp615.000');
    expect(week).toContain('5 catatan dalam 5 hari');
    // Yesterday's recap holds Friday's line only, today's nothing.
    const friday = await chat.say(TUTI, 'rekap kemarin');
    expect(friday).toContain('Jualan: Rp150.000');
    expect(friday).toContain('1 catatan dalam 1 hari');
    expect(await chat.say(TUTI, 'rekap hari ini')).toContain('Belum ada catatan');
  });

  it('clauses of kemarin and hari ini, an expense and a sale on their days; "batal" cancels them all, each named on its day', async () => {
    await chat.say(YATI, 'kemarin laku nasi 150rb, beli beras 60rb. hari ini laku nasi 170rb');
    expect(await books('yati')).toEqual([
      ['2026-12-04', 'sale', 150000, 'nasi'], ['2026-12-04', 'expense', 60000, 'beras'], ['2026-12-05', 'sale', 170000, 'nasi'],
    ]);
    const undone = await chat.say(YATI, 'batal');
    expect(undone).toContain('Dibatalkan Jumat 4 Des: jualan nasi Rp150.000');
    expect(undone).toContain('Dibatalkan Sabtu 5 Des: jualan nasi Rp170.000');
    expect(await books('yati')).toEqual([]);
  });
});

describe('asked first, then recorded on the days', () => {
  it('no verb: the guess is asked with each entry on its day; "ya" puts each on its day', async () => {
    const asked = await chat.say(SARI, 'Senin 120rb / Selasa 95rb / Rabu 140rb');
    expect(asked).toContain('Maksud Ibu begini?');
    expect(asked).toContain('Senin 30 Nov:');
    expect(asked).toContain('Rabu 2 Des:');
    expect(await books('sari')).toEqual([]);
    await chat.say(SARI, 'ya');
    expect(await books('sari')).toEqual([['2026-11-30', 'sale', 120000, null], ['2026-12-01', 'sale', 95000, null], ['2026-12-02', 'sale', 140000, null]]);
  });

  it('a day written twice is asked; "ya" records both on that day and the other on its own', async () => {
    const asked = await chat.say(WIDYA, 'Senin laku 120rb\nSenin laku 120rb\nSelasa laku 80rb');
    expect(asked).toContain('ditulis dua kali');
    expect(asked.split('\n').length).toBeLessThanOrEqual(6);
    expect(await books('widya')).toEqual([]);
    await chat.say(WIDYA, 'ya');
    expect(await books('widya')).toEqual([['2026-11-30', 'sale', 120000, null], ['2026-11-30', 'sale', 120000, null], ['2026-12-01', 'sale', 80000, null]]);
  });

  it('a range of days is one sum: asked which day, never split; her day records it once', async () => {
    const asked = await chat.say(WIDYA, 'senin sampai rabu laku 300rb');
    expect(asked).toContain('jumlah beberapa hari');
    expect(asked).toContain('hari apa?');
    expect((await books('widya')).length).toBe(3);
    await chat.say(WIDYA, 'kemarin');
    expect((await books('widya')).filter((e) => e[2] === 300000)).toEqual([['2026-12-04', 'sale', 300000, null]]);
  });
});
