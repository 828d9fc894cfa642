/**
 * A broken rule reaches the person as its own sentence from the catalogue, in her language,
 * through the same processor the queue workers run; nothing else is written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { InboundMessage } from '../../src/core/messages.ts';
import { repliesFor } from '../../src/conversation/replies/index.ts';
import { processInbound, type InboundDeps } from '../../src/jobs/inbound.processor.ts';
import type { OutboxItem } from '../../src/modules/outbox/outbox.repository.ts';
import { findOutbound } from '../../src/modules/outbox/outbox.repository.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { privateMessage } from '../helpers/messages.ts';

let t: TestDatabase;
let deps: InboundDeps;
const dispatched: OutboxItem[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  deps = {
    db: t.db,
    clock: fixedClock('2026-11-20T03:00:00Z'),
    defaultTimeZone: 'Asia/Jakarta',
    log: silentLogger(),
    dispatch: async (items) => void dispatched.push(...items),
  };
});
afterAll(async () => t?.drop());

let counter = 0;
function newPerson(name: string) {
  counter += 1;
  const id = String(7000 + counter);
  return { id, say: (text: string) => privateMessage(text, { chatId: id, sender: { id, name } }) };
}

async function repliesTo(message: InboundMessage): Promise<string[]> {
  const before = dispatched.length;
  await processInbound(deps, message);
  const rows = await Promise.all(dispatched.slice(before).map((i) => findOutbound(t.db, i.idempotencyKey)));
  return rows.map((r) => r!.payload.text);
}

async function entriesOf(externalId: string): Promise<number> {
  const rows = await t.db
    .selectFrom('ledger_entries')
    .innerJoin('identities', 'identities.person_id', 'ledger_entries.person_id')
    .select('ledger_entries.id')
    .where('identities.external_id', '=', externalId)
    .execute();
  return rows.length;
}

describe('a refusal is told in its own sentence', () => {
  const id = repliesFor('id');
  const en = repliesFor('en');

  it('a member asking for a facilitator’s export hears that it is for facilitators', async () => {
    const sri = newPerson('Sri');
    await repliesTo(sri.say('laku 2 bros @15rb')); // she is known: no welcome in the answer below
    expect(await repliesTo(sri.say('/ekspor'))).toEqual([id.refusals.not_facilitator]);
  });

  it('an unknown join code is named as such, in English for an English speaker', async () => {
    const mary = newPerson('Mary');
    await repliesTo(mary.say('laku 2 bros @15rb'));
    await t.db
      .updateTable('people')
      .set({ language: 'en' })
      .where('id', '=', (qb) => qb.selectFrom('identities').select('person_id').where('external_id', '=', mary.id))
      .execute();
    const replies = await repliesTo(mary.say('/gabung ZZZ999'));
    expect(replies).toEqual([en.refusals.code_unknown]);
    expect(replies[0]).not.toBe(id.refusals.code_unknown);
  });

  it('an order whose down payment is more than its price is refused and not written', async () => {
    const ani = newPerson('Ani');
    await repliesTo(ani.say('laku 2 bros @15rb'));
    const before = await entriesOf(ani.id);
    const replies = await repliesTo(ani.say('pesanan 10 kerudung @85rb dari Bu Sri, DP 2jt'));
    expect(replies).toEqual([id.refusals.order_down_payment_too_big]);
    expect(await entriesOf(ani.id)).toBe(before);
  });
});
