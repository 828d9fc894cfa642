/**
 * Her usual kind (modules/ledger/usual-kind.ts) on real Postgres, through the same processor
 * the queue workers run: a line with no verb ("jamu kunir 12 botol x 5rb") is recorded as the
 * kind her books always give that item, saying so, and asked about ("Jualan atau belanja?")
 * when her books are not sure: a new item, an item seen once, one she both sells and buys,
 * items that disagree, an amount far from hers for the item, or entries older than the window or voided.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { InboundMessage, OutboundMessage } from '../../src/core/messages.ts';
import { processInbound, type InboundDeps } from '../../src/jobs/inbound.processor.ts';
import { findOutbound, type OutboxItem } from '../../src/modules/outbox/outbox.repository.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { privateMessage } from '../helpers/messages.ts';

let t: TestDatabase;
const clock = fixedClock('2026-11-20T03:00:00Z');
let dispatched: OutboxItem[] = [];
let deps: InboundDeps;

beforeAll(async () => {
  t = await createTestDatabase();
  deps = { db: t.db, clock, defaultTimeZone: 'Asia/Jakarta', log: silentLogger(), dispatch: async (items) => void dispatched.push(...items) };
});
afterAll(async () => t?.drop());
beforeEach(() => {
  dispatched = [];
  clock.set('2026-11-20T03:00:00Z');
});

let people = 0;
function member(name = 'Sari') {
  people += 1;
  const id = String(7100 + people);
  // The message's own time decides her business day; it follows the test's clock.
  return { id, say: (text: string) => privateMessage(text, { chatId: id, sender: { id, name }, sentAt: clock.now().toISOString() }) };
}

async function replyTo(message: InboundMessage): Promise<string> {
  const before = dispatched.length;
  await processInbound(deps, message);
  const rows = await Promise.all(dispatched.slice(before).map((i) => findOutbound(t.db, i.idempotencyKey)));
  return rows.map((r) => (r!.payload as OutboundMessage).text).join('\n');
}

async function entriesOf(externalId: string) {
  return t.db
    .selectFrom('ledger_entries')
    .innerJoin('identities', 'identities.person_id', 'ledger_entries.person_id')
    .select(['kind', 'item', 'amount'])
    .where('identities.external_id', '=', externalId)
    .where('voided_at', 'is', null)
    .orderBy('ledger_entries.id')
    .execute();
}

describe('her usual kind for a line with no verb', () => {
  it('an item she has sold twice is a sale again, and the reply says it was taken from her books', async () => {
    const sari = member();
    await replyTo(sari.say('laku jamu kunir 10 botol @5rb'));
    await replyTo(sari.say('jual 8 botol jamu kunir 40rb'));
    const reply = await replyTo(sari.say('jamu kunir 12 botol x 5rb'));
    expect(reply).toContain('✅ Jualan');
    expect(reply).toContain('Rp60.000');
    expect(reply).toContain('seperti biasanya');
    expect(reply).not.toContain('jualan atau belanja');
    // The hint in the reply works: the one entry becomes a purchase.
    expect(await replyTo(sari.say('salah, itu belanja bukan jualan'))).toContain('Belanja');
    expect((await entriesOf(sari.id)).at(-1)).toMatchObject({ kind: 'expense', item: 'jamu kunir' });
    await replyTo(sari.say('salah, itu jualan bukan belanja'));
    expect((await entriesOf(sari.id)).map((e) => [e.kind, e.item, Number(e.amount)])).toEqual([
      ['sale', 'jamu kunir', 50_000],
      ['sale', 'jamu kunir', 40_000],
      ['sale', 'jamu kunir', 60_000],
    ]);
  });

  it('an item she always buys is an expense', async () => {
    const sari = member();
    await replyTo(sari.say('beli kain 100rb'));
    clock.set('2026-11-21T03:00:00Z');
    await replyTo(sari.say('beli kain 80rb'));
    const reply = await replyTo(sari.say('kain 50rb'));
    expect(reply).toContain('belanja, seperti biasanya');
    expect((await entriesOf(sari.id)).at(-1)).toMatchObject({ kind: 'expense', item: 'kain' });
  });

  it('asks when her books are not sure: an amount unlike hers, seen once, both kinds, a new item beside a known one, voided or too old', async () => {
    const restock = member();
    await replyTo(restock.say('laku bros 2 30rb'));
    await replyTo(restock.say('laku bros 3 45rb'));
    // A hundred brooches for 1,5jt is her stock bought from the maker, perhaps: asked.
    expect(await replyTo(restock.say('bros 100 biji 1,5jt'))).toContain('Ini jualan atau belanja');

    const once = member();
    await replyTo(once.say('laku bros 2 30rb'));
    expect(await replyTo(once.say('bros 4 @15rb'))).toContain('Ini jualan atau belanja');
    expect(await entriesOf(once.id)).toHaveLength(1);

    const both = member();
    await replyTo(both.say('beli kain 100rb'));
    await replyTo(both.say('beli kain 90rb'));
    await replyTo(both.say('jual kain 2 meter 60rb'));
    expect(await replyTo(both.say('kain 50rb'))).toContain('Ini jualan atau belanja');

    const mixed = member();
    await replyTo(mixed.say('jual kain 2 meter 60rb'));
    await replyTo(mixed.say('jual kain 1 meter 30rb'));
    expect(await replyTo(mixed.say('kain 2 meter 60rb, benang 15rb'))).toContain('Ini jualan atau belanja');

    // Several lines: the parser's guess is the message's, and a line with its own verb keeps
    // its kind; asked, never "Jualan benang" from her bros being sold.
    const lines = member();
    await replyTo(lines.say('laku bros 2 30rb'));
    await replyTo(lines.say('laku bros 3 45rb'));
    await replyTo(lines.say('jual benang 2 gulung 20rb'));
    await replyTo(lines.say('jual benang 1 gulung 10rb'));
    expect(await replyTo(lines.say('bros 15rb, beli benang 20rb'))).not.toContain('seperti biasanya');
    expect((await entriesOf(lines.id)).filter((e) => e.item === 'benang').map((e) => e.kind)).toEqual(['sale', 'sale']);

    const undone = member();
    await replyTo(undone.say('laku bros 2 30rb'));
    await replyTo(undone.say('laku bros 3 45rb'));
    await replyTo(undone.say('batal'));
    expect(await replyTo(undone.say('bros 4 @15rb'))).toContain('Ini jualan atau belanja');

    const old = member();
    clock.set('2026-07-01T03:00:00Z');
    await replyTo(old.say('laku bros 2 30rb'));
    await replyTo(old.say('laku bros 3 45rb'));
    clock.set('2026-11-20T03:00:00Z');
    expect(await replyTo(old.say('bros 4 @15rb'))).toContain('Ini jualan atau belanja');
  });
});
