/**
 * Everything unclear asked back in one short question, and her answer completing the
 * record, through the real conversation handler on real Postgres: a sum over several days
 * (which day?), an amount with no goods (sold what?), a face value (which price did she
 * get?), a small number (really?), a buyer with no amount (how much?); a return written
 * with a sale (both recorded, or only the unclear part asked); money talk that is no record
 * (one line on what to write, never "not understood").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChatBooks, type ChatBooks } from '../helpers/chat-books.ts';

/** Saturday 5 December 2026, 10:00 WIB. */
const START = '2026-12-05T03:00:00Z';
const ANI = '9600', TUTI = '9601', SARI = '9602', WIDYA = '9603', YATI = '9604', NUR = '9605', LINA = '9606';
let chat: ChatBooks;

beforeAll(async () => {
  chat = await startChatBooks({
    start: START,
    facilitatorTelegramId: '9699',
    groupChat: '-100960',
    members: [['ani', 'Ani', ANI], ['tuti', 'Tuti', TUTI], ['sari', 'Sari', SARI], ['widya', 'Widya', WIDYA], ['yati', 'Yati', YATI],
      ['nur', 'Nur', NUR], ['lina', 'Lina', LINA]],
  });
});
afterAll(async () => chat?.close());

const books = async (key: string) => (await chat.entriesOf(chat.ids[key]!)).map((e) => [e.kind, e.amount, e.item, e.business_date]);
const lineCount = (text: string) => text.split('\n').length;

describe('a sum over several days: which day?', () => {
  it('asks for the day, with a "Hari ini" button; "kemarin" records it on yesterday', async () => {
    const asked = await chat.reply(ANI, 'total jualan seminggu 1,25jt');
    expect(asked?.text).toContain('Bu Ani, jualan Rp1.250.000 itu jumlah beberapa hari');
    expect(asked?.text).toContain('hari apa?');
    expect(lineCount(asked!.text)).toBeLessThanOrEqual(3);
    expect(asked?.buttons).toEqual([{ label: 'Hari ini', value: 'hari ini' }]);
    expect(await books('ani')).toEqual([]);
    const done = await chat.say(ANI, 'kemarin');
    expect(done).toContain('Rp1.250.000');
    expect(await books('ani')).toEqual([['sale', 1250000, null, '2026-12-04']]);
  });

  it('"hari ini" records it as one entry today; "ya" alone asks the day again', async () => {
    await chat.say(TUTI, 'minggu lalu belanja 400rb');
    expect(await chat.say(TUTI, 'ya')).toContain('hari apa?');
    expect(await books('tuti')).toEqual([]);
    await chat.say(TUTI, 'hari ini');
    expect(await books('tuti')).toEqual([['expense', 400000, null, '2026-12-05']]);
  });
});

describe('an amount with no goods: sold or bought what?', () => {
  it('"dapat 200rb" asks what was sold; "kerudung" records it as that sale', async () => {
    const asked = await chat.say(SARI, 'dapat 200rb');
    expect(asked).toBe('Bu Sari, Rp200.000 itu jual apa?\nTulis barangnya saja, misalnya "kerudung".');
    await chat.say(SARI, 'kerudung bu');
    expect(await books('sari')).toEqual([['sale', 200000, 'kerudung', '2026-12-05']]);
  });

  it('"bayar 75rb" asks what was bought; "beli gas" records the expense', async () => {
    expect(await chat.say(SARI, 'bayar 75rb')).toContain('itu beli apa?');
    await chat.say(SARI, 'beli gas');
    expect((await books('sari'))[1]).toEqual(['expense', 75000, 'gas', '2026-12-05']);
  });

  it('an answer an hour later records nothing and says what the question was about', async () => {
    await chat.say(ANI, 'dapat 60rb');
    chat.clock.advance(60 * 60 * 1000);
    try {
      const late = await chat.say(ANI, 'kerudung');
      expect(late).toContain('kedaluwarsa');
      expect(late).toContain('kerudung Rp60.000');
      expect((await books('ani')).some(([, amount]) => amount === 60000)).toBe(false);
    } finally {
      chat.clock.set(START);
    }
  });

  it('"tidak" drops the guess; a new record instead is handled on its own', async () => {
    await chat.say(WIDYA, 'dapat 90rb');
    expect(await chat.say(WIDYA, 'tidak')).toContain('tidak dicatat');
    await chat.say(WIDYA, 'bayar 30rb');
    expect(await chat.say(WIDYA, 'laku 2 bros 30rb')).toContain('Jualan');
    expect(await books('widya')).toEqual([['sale', 30000, 'bros', '2026-12-05']]);
  });
});

describe('a face value and the price she got', () => {
  it('asks which amount the buyer paid; "27rb" records one sale of it', async () => {
    const asked = await chat.reply(YATI, 'isi pulsa 25rb dibayar 27rb');
    expect(asked?.text).toContain('berapa yang Ibu terima dari pembeli untuk pulsa: Rp25.000 atau Rp27.000?');
    expect(asked?.buttons?.map((b) => b.value)).toEqual(['Rp25.000', 'Rp27.000']);
    expect(await books('yati')).toEqual([]);
    await chat.say(YATI, '27rb');
    expect(await books('yati')).toEqual([['sale', 27000, 'pulsa', '2026-12-05']]);
  });

  it('"2" typed (no buttons on WhatsApp) picks the second amount', async () => {
    await chat.say(NUR, 'isi pulsa 50rb dibayar 52rb');
    await chat.say(NUR, '2');
    expect(await books('nur')).toEqual([['sale', 52000, 'pulsa', '2026-12-05']]);
  });
});

describe('a small number: really that?', () => {
  it('"laku bros 500" asks Rp500 or Rp500.000; "500rb" records the larger', async () => {
    expect(await chat.say(LINA, 'laku bros 500')).toContain('betul Rp500 saja, bukan Rp500.000?');
    await chat.say(LINA, '500rb');
    expect(await books('lina')).toEqual([['sale', 500000, 'bros', '2026-12-05']]);
  });

  it('"laku bros 7" is one question too; "ya" records it as written', async () => {
    expect(await chat.say(LINA, 'laku bros 7')).toContain('betul Rp7 saja');
    await chat.say(LINA, 'ya');
    expect((await books('lina'))[1]).toEqual(['sale', 7, 'bros', '2026-12-05']);
  });
});

describe('a doubt asked as yes/no names what is in doubt', () => {
  it('"beli benang sekitar 20rb": asked about the "about", recorded on "ya"', async () => {
    const asked = await chat.say(ANI, 'beli benang sekitar 20rb');
    expect(asked).toContain('Ibu tulis kira-kira, Bu Ani. Dicatat pas segini?');
    expect(asked).not.toContain('Maksud Ibu begini');
    await chat.say(ANI, 'ya');
    expect((await books('ani')).at(-1)).toEqual(['expense', 20000, 'benang', '2026-12-05']);
  });
});

describe('a return written with a sale', () => {
  it('records both, each its own entry, and the confirmation lists both', async () => {
    const done = await chat.say(TUTI, 'retur 1 mukena 90rb, laku 2 kerudung 50rb');
    expect(done).toContain('Retur');
    expect(done).toContain('mukena');
    expect(done).toContain('kerudung');
    expect(done).not.toContain('terpisah');
    expect((await books('tuti')).slice(1)).toEqual([
      ['sale', -90000, 'mukena', '2026-12-05'],
      ['sale', 50000, 'kerudung', '2026-12-05'],
    ]);
  });

  it('a redelivered message records its parts once', async () => {
    const before = (await books('lina')).length;
    const message = chat.dm(LINA, 'retur 1 bros 15rb, beli benang 20rb');
    await chat.send(message);
    await chat.send(message);
    expect((await books('lina')).slice(before)).toEqual([
      ['sale', -15000, 'bros', '2026-12-05'],
      ['expense', 20000, 'benang', '2026-12-05'],
    ]);
  });

  it('"laku 5 bros 75rb, 1 dibalikin 15rb": the sale and the money given back, never summed as sales', async () => {
    const before = (await books('lina')).length;
    await chat.say(LINA, 'laku 5 bros 75rb, 1 dibalikin 15rb');
    expect((await books('lina')).slice(before)).toEqual([
      ['sale', -15000, null, '2026-12-05'],
      ['sale', 75000, 'bros', '2026-12-05'],
    ]);
  });

  it('parts that cannot be told apart are still asked apart, nothing recorded', async () => {
    const before = await books('nur');
    const out = await chat.say(NUR, 'laku 3 bros 45rb dan retur 1 bros 15rb kemarin');
    expect(out).toContain('Returnya tolong ditulis di pesan sendiri');
    expect(await books('nur')).toEqual(before);
  });

  it('records the clear return and asks only the price of the sale with none', async () => {
    const out = await chat.say(WIDYA, 'retur 1 mukena 90rb, laku 2 kerudung');
    expect(out).toContain('Retur');
    expect(out).toContain('Berapa uangnya untuk 2 kerudung, Bu Widya?');
    expect(await books('widya')).toEqual([
      ['sale', 30000, 'bros', '2026-12-05'],
      ['sale', -90000, 'mukena', '2026-12-05'],
    ]);
    await chat.say(WIDYA, '100rb');
    expect((await books('widya')).at(-1)).toEqual(['sale', 100000, 'kerudung', '2026-12-05']);
  });
});

describe('money talk the parser cannot record: one question, never "not understood"', () => {
  it('a bare "50rb" asks sale or expense with two buttons', async () => {
    const asked = await chat.reply(NUR, '50rb');
    expect(asked?.text).toContain('jualan atau belanja');
    expect(asked?.buttons?.length).toBe(2);
  });

  it('"tadi ada pembeli" asks "Berapa rupiah?"; "50rb" records the sale', async () => {
    await chat.say(NUR, 'jualan');
    const asked = await chat.say(SARI, 'tadi ada pembeli');
    expect(asked).toBe('Berapa rupiah, Bu Sari? Tulis angkanya saja, misalnya "50rb".');
    await chat.say(SARI, '50rb');
    expect((await books('sari')).at(-1)).toEqual(['sale', 50000, null, '2026-12-05']);
  });

  it('a count of the cash in hand is not a sale: she is shown how to record one', async () => {
    const out = await chat.say(YATI, 'sisa uang di laci 200rb');
    expect(out).toContain('tidak saya catat sebagai jualan, Bu Yati');
    expect(out).toContain('"laku 3 bros 45rb"');
    expect(out).not.toContain('belum paham');
    expect(await books('yati')).toHaveLength(1);
  });

  it('a purchase called off is said back, nothing recorded', async () => {
    const before = await books('lina');
    const out = await chat.say(LINA, 'gak jadi beli gas, masih ada');
    expect(out).toContain('Tidak jadi, ya, Bu Lina?');
    expect(await books('lina')).toEqual(before);
  });

  it('a price list, a what-if and haggling each get their own line, nothing recorded', async () => {
    const before = await books('widya');
    expect(await chat.say(WIDYA, 'harga bros 15rb, yg mutiara 25rb')).toContain('Itu daftar harga, ya, Bu Widya?');
    expect(await chat.say(WIDYA, 'berapa untung kalau laku 10 bros @15rb?')).toContain('Itu rencana atau hitungan, ya, Bu Widya?');
    expect(await chat.say(WIDYA, 'pembeli nawar 50rb jadi 40rb')).toContain('Tawar-menawar tidak saya catat, Bu Widya');
    expect(await books('widya')).toEqual(before);
  });
});
