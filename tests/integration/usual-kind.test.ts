/**
 * Her usual kind (modules/ledger/usual-kind.ts) on real Postgres, through the same processor
 * the queue workers run: a line with no verb ("jamu kunir 12 botol x 5rb") is recorded as the
 * kind her books always give that item, saying so, and asked about ("Jualan atau belanja?")
 * when her books are not sure: a new item, an item seen once, one she both sells and buys,
 * items that disagree, an amount far from hers for the item, or entries older than the window or voided.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startChatBooks, type ChatBooks } from '../helpers/chat-books.ts';

const MEMBERS = ['sari', 'buyer', 'restock', 'once', 'both', 'mixed', 'lines', 'undone', 'old'] as const;
let chat: ChatBooks;

beforeAll(async () => {
  chat = await startChatBooks({
    start: '2026-11-20T03:00:00Z',
    members: MEMBERS.map((key, i) => [key, `Sari ${key}`, String(7101 + i)] as const),
    facilitatorTelegramId: '7100',
    groupChat: '-7100',
  });
});
afterAll(async () => chat?.close());
beforeEach(() => chat.clock.set('2026-11-20T03:00:00Z'));

/** A member by her key: what she writes gets the bot's reply text; her books as they stand. */
function member(key: (typeof MEMBERS)[number]) {
  const telegramId = String(7101 + MEMBERS.indexOf(key));
  return { say: (text: string) => chat.say(telegramId, text), entries: () => chat.entriesOf(chat.ids[key]!) };
}

describe('her usual kind for a line with no verb', () => {
  it('an item she has sold twice is a sale again, and the reply says it was taken from her books', async () => {
    const sari = member('sari');
    await sari.say('laku jamu kunir 10 botol @5rb');
    await sari.say('jual 8 botol jamu kunir 40rb');
    const reply = await sari.say('jamu kunir 12 botol x 5rb');
    expect(reply).toContain('✅ Jualan');
    expect(reply).toContain('Rp60.000');
    expect(reply).toContain('seperti biasanya');
    expect(reply).not.toContain('jualan atau belanja');
    // The hint in the reply works: the one entry becomes a purchase.
    expect(await sari.say('salah, itu belanja bukan jualan')).toContain('Belanja');
    expect((await sari.entries()).at(-1)).toMatchObject({ kind: 'expense', item: 'jamu kunir' });
    await sari.say('salah, itu jualan bukan belanja');
    expect((await sari.entries()).map((e) => [e.kind, e.item, Number(e.amount)])).toEqual([
      ['sale', 'jamu kunir', 50_000],
      ['sale', 'jamu kunir', 40_000],
      ['sale', 'jamu kunir', 60_000],
    ]);
  });

  it('an item she always buys is an expense', async () => {
    const sari = member('buyer');
    await sari.say('beli kain 100rb');
    chat.clock.set('2026-11-21T03:00:00Z');
    await sari.say('beli kain 80rb');
    const reply = await sari.say('kain 50rb');
    expect(reply).toContain('belanja, seperti biasanya');
    expect((await sari.entries()).at(-1)).toMatchObject({ kind: 'expense', item: 'kain' });
  });

  it('asks when her books are not sure: an amount unlike hers, seen once, both kinds, a new item beside a known one, voided or too old', async () => {
    const restock = member('restock');
    await restock.say('laku bros 2 30rb');
    await restock.say('laku bros 3 45rb');
    // A hundred brooches for 1,5jt is her stock bought from the maker, perhaps: asked.
    expect(await restock.say('bros 100 biji 1,5jt')).toContain('Ini jualan atau belanja');

    const once = member('once');
    await once.say('laku bros 2 30rb');
    expect(await once.say('bros 4 @15rb')).toContain('Ini jualan atau belanja');
    expect(await once.entries()).toHaveLength(1);

    const both = member('both');
    await both.say('beli kain 100rb');
    await both.say('beli kain 90rb');
    await both.say('jual kain 2 meter 60rb');
    expect(await both.say('kain 50rb')).toContain('Ini jualan atau belanja');

    const mixed = member('mixed');
    await mixed.say('jual kain 2 meter 60rb');
    await mixed.say('jual kain 1 meter 30rb');
    expect(await mixed.say('kain 2 meter 60rb, benang 15rb')).toContain('Ini jualan atau belanja');

    // Several lines: the parser's guess is the message's, and a line with its own verb keeps
    // its kind; asked, never "Jualan benang" from her bros being sold.
    const lines = member('lines');
    await lines.say('laku bros 2 30rb');
    await lines.say('laku bros 3 45rb');
    await lines.say('jual benang 2 gulung 20rb');
    await lines.say('jual benang 1 gulung 10rb');
    expect(await lines.say('bros 15rb, beli benang 20rb')).not.toContain('seperti biasanya');
    expect((await lines.entries()).filter((e) => e.item === 'benang').map((e) => e.kind)).toEqual(['sale', 'sale']);

    const undone = member('undone');
    await undone.say('laku bros 2 30rb');
    await undone.say('laku bros 3 45rb');
    await undone.say('batal');
    expect(await undone.say('bros 4 @15rb')).toContain('Ini jualan atau belanja');

    const old = member('old');
    chat.clock.set('2026-07-01T03:00:00Z');
    await old.say('laku bros 2 30rb');
    await old.say('laku bros 3 45rb');
    chat.clock.set('2026-11-20T03:00:00Z');
    expect(await old.say('bros 4 @15rb')).toContain('Ini jualan atau belanja');
  });
});
